import { DEVICE_TIME_ZONE, studyDay, type DaySettings } from '../day';
import type { PlainReview } from './review-history';

/** One review as fsrs-rs trains on it: the rating (1–4) and the whole study days since the card's previous review. */
export interface FsrsReview {
	rating: 1 | 2 | 3 | 4;
	/** 0 for a card's first review and for a re-ask on the same study day. */
	deltaT: number;
}

/**
 * A training item as fsrs-rs expects it: a card's history up to and including the review to
 * predict, which is the last one. A card reviewed n times gives up to n − 1 items, each a
 * prefix of its history: the items share the card's history rather than copying it, which
 * would grow with the square of its length.
 */
export interface FsrsItem {
	/** The card's whole history, shared by all of its items. */
	history: readonly FsrsReview[];
	/** How many of its reviews this item holds; the last of them is the one to predict. */
	length: number;
}

/** An item's reviews, the one to predict last. */
export function reviewsOf(item: FsrsItem): readonly FsrsReview[] {
	return item.history.slice(0, item.length);
}

/** Study days for a history with no day settings of its own: Anki's default day start, 4:00 UTC. */
const UTC_DAYS: DaySettings = { timeZone: 'UTC', dayStartHour: 4 };

/** The learner's own day boundaries: the device's time zone and the day-start hour they set. */
export function deviceDays(dayStartHour: number): DaySettings {
	return { timeZone: DEVICE_TIME_ZONE, dayStartHour };
}

const QUARTER_HOUR_MS = 900_000;

/**
 * The study day of a time as a whole number of days, so that two days' difference is an
 * interval. Every time zone's offset is a whole number of quarter hours and a study day starts
 * on the hour, so all of a quarter hour lies in one study day: it is worked out once per
 * quarter hour (a time zone by name costs a formatter call, ~10 µs, and a history of 100,000
 * answers has a few thousand quarter hours).
 */
function studyDayNumbers(days: DaySettings): (at: number) => number {
	const known = new Map<number, number>();
	return (at) => {
		const quarter = Math.floor(at / QUARTER_HOUR_MS);
		let day = known.get(quarter);
		if (day === undefined) {
			day = Date.parse(`${studyDay(quarter * QUARTER_HOUR_MS, days)}T00:00:00Z`) / 86_400_000;
			known.set(quarter, day);
		}
		return day;
	};
}

/**
 * Each card's reviews in time order, split at resets: a reset card starts afresh, so what
 * came after a reset is a history of its own (the one before it stays true of its time).
 */
function historiesOf(reviews: readonly PlainReview[]): PlainReview[][] {
	const byCard = new Map<string, PlainReview[]>();
	for (const review of reviews) {
		const list = byCard.get(review.cardId) ?? [];
		list.push(review);
		byCard.set(review.cardId, list);
	}
	const histories: PlainReview[][] = [];
	for (const list of byCard.values()) {
		// A stable sort: reviews at the same millisecond keep the order they were given in.
		list.sort((a, b) => a.reviewedAt - b.reviewedAt);
		let current: PlainReview[] = [];
		for (const review of list) {
			if (review.rating === 0) {
				if (current.length > 0) histories.push(current);
				current = [];
			} else current.push(review);
		}
		if (current.length > 0) histories.push(current);
	}
	return histories;
}

/**
 * The training items of a review history, built as fsrs-rs builds them from Anki's log: every
 * card's history as prefixes, each ending in a review to predict; intervals in whole study
 * days (`days` says where a day starts); a same-day re-ask is a 0-day review, which FSRS-6's
 * short-term model reads. An item is kept only when the review it predicts came a day or more
 * after the one before it: how well a same-day re-ask goes says little about memory (FSRS's
 * benchmark does not score them either), though it stays in the later items' histories.
 */
export function fsrsItemsFrom(reviews: readonly PlainReview[], days: DaySettings = UTC_DAYS): FsrsItem[] {
	const items: FsrsItem[] = [];
	const dayNumber = studyDayNumbers(days);
	for (const history of historiesOf(reviews)) {
		const converted: FsrsReview[] = [];
		let previousDay: number | null = null;
		for (const review of history) {
			const day = dayNumber(review.reviewedAt);
			const deltaT = previousDay === null ? 0 : day - previousDay;
			previousDay = day;
			converted.push({ rating: review.rating as FsrsReview['rating'], deltaT });
			if (converted.length > 1 && deltaT > 0) items.push({ history: converted, length: converted.length });
		}
	}
	return items;
}
