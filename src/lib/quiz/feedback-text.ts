import type { Claim, Dataset, GroupFact, MuscleGroup } from '../content';
import { render } from '../content';
import { anatomyNotes, groupsTrueOf } from '../content/truth';

/**
 * Feedback text, from the truth table: which groups a claim is true of, which of that the
 * article says and which is added anatomy (with why), and the correction where the article is wrong.
 */

function listNames(groups: readonly MuscleGroup[]): string {
	const names = groups.map((g) => `the ${g.name.toLowerCase()}`);
	return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** A reason written as a sentence, made to sit inside brackets: "They cross…." → "they cross…". */
function aside(why: string): string {
	return why.charAt(0).toLowerCase() + why.slice(1).replace(/\.$/, '');
}

/** The groups as one subject: "the quadriceps and the glutes" take a plural verb. */
function asSubject(groups: readonly MuscleGroup[]): Pick<MuscleGroup, 'name' | 'plural'> {
	return groups.length === 1 ? groups[0]! : { name: listNames(groups).replace(/^the /, ''), plural: true };
}

/** "Also true, though not in the article: the hamstrings (they help extend the hip …)." */
function anatomyNote(claim: Claim, dataset: Dataset, except?: MuscleGroup): string {
	const notes = anatomyNotes(claim, dataset.groups).filter((n) => n.group.id !== except?.id);
	if (notes.length === 0) return '';
	const items = notes.map((n) => `the ${n.group.name.toLowerCase()} (${aside(n.why)})`);
	return `Also true, though not in the article: ${items.join('; ')}.`;
}

/** Who a claim is true of, said once and short: "Squats strengthen the quadriceps and the glutes." */
export function whoClaimIsTrueOf(claim: Claim, dataset: Dataset): string {
	const byArticle = dataset.groups.filter((g) => claim.truth[g.id].truth === 'article');
	const byAnatomy = anatomyNotes(claim, dataset.groups).map((n) => n.group);
	const corrections = dataset.groups.flatMap((g) => {
		const cell = claim.truth[g.id];
		return cell.truth === 'false' && cell.correction ? [cell.correction.right] : [];
	});
	if (byArticle.length === 0) {
		const trueOf = groupsTrueOf(claim, dataset.groups);
		return corrections.length > 0
			? corrections.join(' ')
			: trueOf.length > 0
				? render(claim.says, asSubject(trueOf))
				: '';
	}
	const alsoAnatomy = byAnatomy.length > 0 ? `By anatomy, also true of ${listNames(byAnatomy)}.` : '';
	return [render(claim.says, asSubject(byArticle)), alsoAnatomy, ...corrections].filter(Boolean).join(' ');
}

/** The explanation after any question about `fact`: what it teaches, and the claim's other truths. */
export function explainFact(fact: GroupFact, claim: Claim, dataset: Dataset): string {
	if (fact.correction) return `${fact.correction.articleSays} In fact: ${fact.correction.right}`;
	const group = dataset.groups.find((g) => g.id === fact.groupId)!;
	const others = dataset.groups.filter((g) => g.id !== group.id && claim.truth[g.id].truth === 'article');
	const alsoSaid = others.length > 0 ? `The article says this of ${listNames(others)} too.` : '';
	return [fact.statement, alsoSaid, anatomyNote(claim, dataset, group)].filter(Boolean).join(' ');
}

/** Why a claim said of `group` is false, who it is true of, then what the fact teaches. */
export function explainFalse(wrong: Claim, group: MuscleGroup, fact: GroupFact, dataset: Dataset): string {
	const cell = wrong.truth[group.id];
	const why = cell.truth === 'false' && cell.why ? ` ${cell.why}` : '';
	const trueOf = whoClaimIsTrueOf(wrong, dataset);
	return [`False for ${listNames([group])}.${why}`, trueOf, fact.statement].filter(Boolean).join(' ');
}
