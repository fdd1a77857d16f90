import * as v from 'valibot';
import { FACETS, MUSCLE_GROUP_IDS, SHAPES, type Claim, type Dataset } from './model';
import { render } from './wording';

/**
 * The dataset's schema, checked by a unit test: the data is typed, but types can't see empty
 * strings, malformed ids, duplicates, a truth row with a cell missing, an anatomy cell without
 * its reason, or a wording token that does not exist.
 */

const text = v.pipe(v.string(), v.trim(), v.minLength(2));
/** A sentence: starts with a capital letter, ends with a full stop. */
const sentence = v.pipe(v.string(), v.regex(/^[A-Z].*\.$/, 'must be a sentence ending in "."'));
const question = v.pipe(v.string(), v.regex(/^[A-Z].*\?$/, 'must be a question ending in "?"'));
const instruction = v.pipe(v.string(), v.regex(/^Name .*\.$/, 'must be "Name …."'));
const slug = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug'));
const groupId = v.picklist(MUSCLE_GROUP_IDS);

const CorrectionSchema = v.strictObject({ fact: slug, articleSays: sentence, right: sentence });

const CellSchema = v.variant('truth', [
	v.strictObject({ truth: v.literal('article'), fact: slug, statement: v.optional(sentence) }),
	v.strictObject({ truth: v.literal('anatomy'), why: sentence }),
	v.strictObject({ truth: v.literal('false'), why: v.optional(sentence), correction: v.optional(CorrectionSchema) }),
	v.strictObject({ truth: v.literal('unclear'), why: v.optional(sentence) })
]);

/** Every one of the eight groups has a cell: no claim is silent about a group. */
const TruthRowSchema = v.strictObject(
	Object.fromEntries(MUSCLE_GROUP_IDS.map((id) => [id, CellSchema])) as Record<
		(typeof MUSCLE_GROUP_IDS)[number],
		typeof CellSchema
	>
);

/** Every wording renders for every group (singular and plural) without an unknown token. */
function rendersForEveryGroup(claim: Pick<Claim, 'option' | 'says'>): boolean {
	try {
		for (const wording of [claim.option, claim.says]) {
			render(wording, { name: 'Calves', plural: true });
			render(wording, { name: 'Core', plural: false });
		}
		return true;
	} catch {
		return false;
	}
}

const ClaimSchema = v.pipe(
	v.strictObject({
		id: v.pipe(v.string(), v.regex(/^[a-z]+\.[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be <facet>.<slug>')),
		facet: v.picklist(FACETS),
		shape: v.picklist(SHAPES),
		option: text,
		says: v.pipe(
			v.string(),
			v.check((says) => /^[A-Z].*\.$/.test(says.replace(/^\{Group\}/, 'The')), 'must be a sentence ending in "."')
		),
		whichGroup: v.optional(v.pipe(question, v.startsWith('Which '))),
		nameGroup: v.optional(instruction),
		synonyms: v.optional(v.array(v.pipe(v.string(), v.regex(/^[a-z0-9' -]+$/, 'synonyms are lower case')))),
		truth: TruthRowSchema
	}),
	v.check((c) => c.id.startsWith(`${c.facet}.`), 'claim id must start with its facet'),
	v.check((c) => rendersForEveryGroup(c), 'a wording uses an unknown {token}'),
	v.check(
		(c) =>
			Object.values(c.truth).some((cell) => cell.truth === 'article' || (cell.truth === 'false' && cell.correction)),
		'a claim must be the article’s (an article or corrected cell)'
	)
);

const MuscleGroupSchema = v.strictObject({
	id: groupId,
	name: text,
	plural: v.boolean(),
	aliases: v.array(v.pipe(v.string(), v.regex(/^[a-z' -]+$/, 'aliases are lower case'))),
	partNames: v.array(v.pipe(v.string(), v.regex(/^[a-z' -]+$/, 'part names are lower case'))),
	category: v.picklist(['power', 'supporting']),
	regions: v.pipe(v.array(v.string()), v.minLength(1)),
	neighbours: v.pipe(v.array(groupId), v.minLength(2)),
	summary: sentence,
	notes: v.array(sentence)
});

const GroupFactSchema = v.strictObject({
	id: v.pipe(v.string(), v.regex(/^[a-z-]+\.[a-z]+\.[a-z0-9]+(?:-[a-z0-9]+)*$/)),
	groupId,
	facet: v.picklist(FACETS),
	claimId: v.string(),
	answer: text,
	statement: sentence,
	correction: v.optional(CorrectionSchema)
});

const GeneralFactSchema = v.pipe(
	v.strictObject({
		id: v.pipe(v.string(), v.regex(/^general\.advice\.[a-z0-9]+(?:-[a-z0-9]+)*$/)),
		groupId: v.literal('general'),
		facet: v.literal('advice'),
		prompt: v.pipe(text, v.endsWith('?')),
		answer: text,
		statement: sentence,
		wrongAnswers: v.pipe(v.array(v.strictObject({ answer: text, statement: sentence })), v.minLength(3)),
		correction: v.optional(v.strictObject({ articleSays: sentence, right: sentence }))
	}),
	v.check((f) => !f.wrongAnswers.some((w) => w.answer === f.answer), 'a wrong answer repeats the answer')
);

/** Lower-case letters only, so "Push-ups" and "push ups" are one option. */
const plain = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

const DatasetSchema = v.pipe(
	v.object({
		groups: v.array(MuscleGroupSchema),
		claims: v.array(ClaimSchema),
		facts: v.array(v.union([GroupFactSchema, GeneralFactSchema]))
	}),
	v.check((d) => new Set(d.facts.map((f) => f.id)).size === d.facts.length, 'fact ids must be unique'),
	v.check((d) => new Set(d.claims.map((c) => c.id)).size === d.claims.length, 'claim ids must be unique'),
	v.check(
		(d) =>
			SHAPES.every((shape) => {
				const options = d.claims.filter((c) => c.shape === shape).map((c) => plain(c.option));
				return new Set(options).size === options.length;
			}),
		'two claims of one shape have the same option'
	),
	v.check((d) => {
		const owner = new Map<string, string>();
		return d.claims.every((c) =>
			[c.option, ...(c.synonyms ?? [])].every(
				(form) => (owner.get(plain(form)) ?? c.id) === c.id && owner.set(plain(form), c.id)
			)
		);
	}, 'a synonym names two claims: typed answers would be ambiguous'),
	v.check(
		(d) =>
			d.groups.every(
				(g) =>
					!g.neighbours.includes(g.id) &&
					g.neighbours.every((n) => d.groups.find((o) => o.id === n)?.neighbours.includes(g.id))
			),
		'neighbours must be other groups, and each other’s'
	),
	v.check(
		(d) => MUSCLE_GROUP_IDS.every((id) => d.groups.some((g) => g.id === id)),
		'every muscle group must be described'
	),
	v.check(
		(d) => d.groups.every((g) => FACETS.every((facet) => d.facts.some((f) => f.groupId === g.id && f.facet === facet))),
		'every group needs at least one fact of every facet'
	)
);

export function validateDataset(dataset: Dataset): string[] {
	const result = v.safeParse(DatasetSchema, dataset);
	return result.success ? [] : result.issues.map((issue) => `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`);
}
