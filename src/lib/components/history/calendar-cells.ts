import { plural } from '$lib/plural';
import type { Calendar } from '$lib/srs/calendar';

const SVG = 'http://www.w3.org/2000/svg';
const dateName = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

/** Where the cells go in the chart, in its own units. */
export interface CellLayout {
	left: number;
	top: number;
	step: number;
	cell: number;
}

/** A day's tooltip, e.g. "Today, 2 Dec 2026: 12 answers". */
function cellTitle(day: string, count: number, today: string): string {
	return `${day === today ? 'Today, ' : ''}${dateName.format(Date.parse(`${day}T00:00:00Z`))}: ${plural(count, 'answer')}`;
}

/**
 * Draws the year's day cells into `group` in one pass: one plain `<rect>` per day (its level,
 * day and count as data attributes), built with DOM calls rather than a component block per
 * cell, since a year is 365 of them and they change only with the calendar. Today's cell gets
 * its tooltip at once; every other cell gets its own when the pointer first reaches it
 * (`titlesOnPointer`), so the chart holds one node per day rather than three. The chart is one
 * image to assistive technology, named by its summary, so the tooltips are for the pointer only.
 */
export function drawCells(group: SVGGElement, calendar: Calendar, firstWeek: number, layout: CellLayout): void {
	const fragment = document.createDocumentFragment();
	const size = String(layout.cell);
	calendar.weeks.slice(firstWeek).forEach((week, w) => {
		week.forEach((cell, d) => {
			if (!cell) return;
			const rect = document.createElementNS(SVG, 'rect');
			rect.setAttribute('x', String(layout.left + w * layout.step));
			rect.setAttribute('y', String(layout.top + d * layout.step));
			rect.setAttribute('width', size);
			rect.setAttribute('height', size);
			rect.setAttribute('rx', '2');
			rect.dataset.level = String(cell.level);
			rect.dataset.day = cell.day;
			rect.dataset.count = String(cell.count);
			if (cell.day === calendar.today) {
				rect.dataset.today = 'true';
				addCellTitle(rect, calendar.today);
			}
			fragment.append(rect);
		});
	});
	group.replaceChildren(fragment);
}

/**
 * Gives each drawn cell in `group` its tooltip when the pointer first reaches it: an
 * attachment, returning its cleanup.
 */
export function titlesOnPointer(group: SVGGElement, today: () => string): () => void {
	const onPointerOver = (event: Event) => addCellTitle(event.target, today());
	group.addEventListener('pointerover', onPointerOver);
	return () => group.removeEventListener('pointerover', onPointerOver);
}

function addCellTitle(target: EventTarget | null, today: string): void {
	if (!(target instanceof SVGRectElement) || target.firstChild) return;
	const { day, count } = target.dataset;
	if (day === undefined || count === undefined) return;
	const title = document.createElementNS(SVG, 'title');
	title.textContent = cellTitle(day, Number(count), today);
	target.append(title);
}
