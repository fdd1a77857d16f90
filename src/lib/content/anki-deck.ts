import type { Claim, Dataset, Fact } from './model';
import { isGroupFact } from './model';
import { claimById, groupOf, groupsTrueOf } from './truth';
import { render } from './wording';

/**
 * Stride's facts as an Anki notes file: the header lines Anki's File > Import reads (so the
 * note type, deck and tags columns need no choosing), then one Basic note per fact.
 */

const ANKI_DECK_NAME = 'Stride — running muscles';

const HEADER = [
	'#separator:tab',
	'#html:false',
	'#notetype:Basic',
	`#deck:${ANKI_DECK_NAME}`,
	'#tags column:3',
	'#columns:Front\tBack\tTags'
];

interface Note {
	front: string;
	back: string;
	tags: string;
}

/**
 * A fact's front asks what the card's back answers, and nothing else can answer it: a free
 * recall card has no options to rule out the other true answers, as the quiz's do.
 * - the article's advice: its own prompt;
 * - a claim true of this group alone (by the article and accepted anatomy): its authored
 *   "Which muscle group …?", answered by the group, and naming on the back any group anatomy
 *   is split on (an `unclear` cell), which a learner may fairly have answered;
 * - otherwise (a claim true of several groups, or several claims of this group and facet),
 *   the quiz's true-or-false statement of it, which only this fact answers; a corrected
 *   claim's statement is the article's error, answered "False" and the correction.
 */
function noteOf(fact: Fact, dataset: Dataset): Note {
	const tags = `stride group::${fact.groupId} facet::${fact.facet}`;
	if (!isGroupFact(fact)) {
		const correction = fact.correction ? ` ${fact.correction.articleSays} In fact: ${fact.correction.right}` : '';
		return { front: fact.prompt, back: fact.statement + correction, tags };
	}
	const claim = claimById(dataset, fact.claimId);
	const group = groupOf(dataset, fact);
	const trueOf = groupsTrueOf(claim, dataset.groups);
	if (claim.whichGroup && !fact.correction && trueOf.length === 1 && trueOf[0] === group) {
		return {
			front: claim.whichGroup,
			back: [`${group.name}.`, fact.statement, ...arguable(claim, dataset)].join(' '),
			tags
		};
	}
	const front = `True or false? ${render(claim.says, group)}`;
	return { front, back: `${fact.correction ? 'False' : 'True'}. ${fact.statement}`, tags };
}

/**
 * "Also arguable: the hip flexors (two hip flexors … run down the front of the thigh).", for the
 * groups a claim's `unclear` cells name, each with its cell's reason where it has one.
 */
function arguable(claim: Claim, dataset: Dataset): string[] {
	const names = dataset.groups.flatMap((g) => {
		const cell = claim.truth[g.id];
		if (cell.truth !== 'unclear') return [];
		const name = `the ${g.name.toLowerCase()}`;
		return [cell.why ? `${name} (${cell.why.charAt(0).toLowerCase()}${cell.why.slice(1).replace(/\.$/, '')})` : name];
	});
	if (names.length === 0) return [];
	return [`Also arguable: ${names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`}.`];
}

/**
 * One field as Anki reads it with `#html:false`: literal text on one line. A tab or line break
 * would start another field or note, so it becomes a space; a quote mark would start a quoted
 * field, so a field holding one is quoted, its quotes doubled (as Anki's CSV reader expects).
 */
function field(text: string): string {
	const flat = text.replace(/[\t\r\n]+/g, ' ');
	return flat.includes('"') ? `"${flat.replaceAll('"', '""')}"` : flat;
}

/** The notes file: Anki's header lines, then one line per fact in the dataset's order. */
export function ankiNotesTsv(dataset: Dataset): string {
	const lines = dataset.facts.map((fact) => {
		const { front, back, tags } = noteOf(fact, dataset);
		return [field(front), field(back), tags].join('\t');
	});
	return [...HEADER, ...lines].join('\n') + '\n';
}
