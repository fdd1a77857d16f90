import * as v from 'valibot';
import { FACETS, MUSCLE_GROUP_IDS, type Dataset } from './types';

/**
 * The dataset's schema, checked by a unit test: the data is typed, but types can't see empty
 * strings, malformed ids, duplicates or a group that lacks a facet.
 */

const text = v.pipe(v.string(), v.trim(), v.minLength(2));
/** A sentence: starts with a capital letter, ends with a full stop. */
const sentence = v.pipe(v.string(), v.regex(/^[A-Z].*\.$/, 'must be a sentence ending in "."'));
const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const tag = v.pipe(v.string(), v.regex(slug, 'must be a lower-case slug'));
const groupId = v.picklist(MUSCLE_GROUP_IDS);

const GroupFactSchema = v.pipe(
	v.strictObject({
		id: v.pipe(v.string(), v.regex(/^[a-z-]+\.[a-z]+\.[a-z0-9]+(?:-[a-z0-9]+)*$/)),
		groupId,
		facet: v.picklist(FACETS),
		answer: text,
		statement: sentence,
		clue: v.pipe(text, v.regex(/^[a-z]/, 'continues "Which muscle group …"')),
		overlaps: v.pipe(v.array(tag), v.minLength(1)),
		alsoTrueOf: v.optional(v.array(groupId)),
		mentions: v.optional(v.array(groupId))
	}),
	v.check((f) => f.id.startsWith(`${f.groupId}.${f.facet}.`), 'id must be <group>.<facet>.<slug>'),
	v.check(
		(f) => ![...(f.alsoTrueOf ?? []), ...(f.mentions ?? [])].includes(f.groupId),
		'alsoTrueOf and mentions must name other groups'
	)
);

const GeneralFactSchema = v.pipe(
	v.strictObject({
		id: v.pipe(v.string(), v.regex(/^general\.advice\.[a-z0-9]+(?:-[a-z0-9]+)*$/)),
		groupId: v.literal('general'),
		facet: v.literal('advice'),
		prompt: v.pipe(text, v.endsWith('?')),
		answer: text,
		statement: sentence,
		wrongAnswers: v.pipe(v.array(text), v.minLength(3))
	}),
	v.check((f) => !f.wrongAnswers.includes(f.answer), 'a wrong answer repeats the answer')
);

const MuscleGroupSchema = v.strictObject({
	id: groupId,
	name: text,
	plural: v.boolean(),
	aliases: v.array(v.pipe(v.string(), v.regex(/^[a-z' -]+$/, 'aliases are lower case'))),
	category: v.picklist(['power', 'supporting']),
	regions: v.pipe(v.array(v.string()), v.minLength(1)),
	summary: sentence,
	notes: v.array(sentence)
});

export const DatasetSchema = v.pipe(
	v.object({
		groups: v.array(MuscleGroupSchema),
		facts: v.array(v.union([GroupFactSchema, GeneralFactSchema]))
	}),
	v.check((d) => new Set(d.facts.map((f) => f.id)).size === d.facts.length, 'fact ids must be unique'),
	v.check(
		(d) => MUSCLE_GROUP_IDS.every((id) => d.groups.some((g) => g.id === id)),
		'every muscle group must be described'
	),
	v.check(
		(d) =>
			d.groups.every((g) =>
				FACETS.every((facet) => d.facts.some((f) => f.groupId === g.id && f.facet === facet))
			),
		'every group needs at least one fact of every facet'
	)
);

export function validateDataset(dataset: Dataset): string[] {
	const result = v.safeParse(DatasetSchema, dataset);
	return result.success
		? []
		: result.issues.map((issue) => `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`);
}
