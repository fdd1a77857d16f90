import { describe, expect, it } from 'vitest';
import { DATASET, FACETS, MUSCLE_GROUP_IDS, isGroupFact, render } from '$lib/content';
import { validateDataset } from '$lib/content/schema';

describe('dataset', () => {
	it('passes its schema', () => {
		expect(validateDataset(DATASET)).toEqual([]);
	});

	it('describes all eight groups of the article, in its order', () => {
		expect(DATASET.groups.map((g) => g.id)).toEqual([...MUSCLE_GROUP_IDS]);
		expect(DATASET.groups.filter((g) => g.category === 'power').map((g) => g.id)).toEqual([
			'quadriceps',
			'hamstrings',
			'glutes',
			'hip-flexors',
			'calves'
		]);
	});

	it('has a fact of every facet for every group', () => {
		for (const group of DATASET.groups) {
			for (const facet of FACETS) {
				const facts = DATASET.facts.filter((f) => f.groupId === group.id && f.facet === facet);
				expect(facts.length, `${group.id} ${facet}`).toBeGreaterThan(0);
			}
		}
	});

	it('states each group role to match its category', () => {
		for (const group of DATASET.groups) {
			const role = group.category === 'power' ? 'power-muscle' : 'supports-power-muscles';
			expect(
				DATASET.facts.some((f) => f.id === `${group.id}.function.${role}`),
				group.id
			).toBe(true);
		}
	});

	// Ids are progress keys: this list pins a sample of them so a rename is a deliberate act.
	it('keeps progress keys stable', () => {
		const ids = new Set(DATASET.facts.map((f) => f.id));
		for (const id of [
			'quadriceps.exercise.squat',
			'glutes.exercise.squat',
			'glutes.exercise.glute-bridge',
			'hamstrings.function.bend-the-knee',
			'calves.injury.shin-splints',
			'diaphragm.function.prevent-acid-reflux',
			'core.exercise.plank',
			'upper-body.function.arm-swing-pace',
			'general.advice.warm-up-before'
		]) {
			expect(ids.has(id), id).toBe(true);
		}
	});

	it('covers every exercise the article names, teaching the two it gets wrong as corrections', () => {
		const exercises = DATASET.facts
			.filter(isGroupFact)
			.filter((f) => f.facet === 'exercise')
			.map((f) => `${f.groupId}:${f.answer.toLowerCase().replace('’', "'")}${f.correction ? ' (corrected)' : ''}`);
		for (const expected of [
			'quadriceps:leg extensions',
			'quadriceps:leg lifts',
			'quadriceps:squats',
			'hamstrings:deadlifts',
			'hamstrings:lying leg curls',
			'hamstrings:hamstring push-ups',
			'glutes:squats',
			'glutes:walking lunges',
			'glutes:glute bridges',
			'hip-flexors:weighted hip extensions (corrected)',
			"hip-flexors:runners' lunges",
			'hip-flexors:seated butterfly stretch (corrected)',
			'calves:calf raises',
			'calves:toe lunges',
			'calves:dumbbell jump squats',
			'diaphragm:breathing techniques',
			'core:planks',
			'core:russian twists',
			'core:crunches',
			'core:pilates',
			'upper-body:push-ups',
			'upper-body:bicep curls',
			'upper-body:pull-ups',
			'upper-body:shoulder presses'
		]) {
			expect(exercises).toContain(expected);
		}
	});

	it('fills every cell of the truth table, and gives a reason for every anatomy cell', () => {
		for (const claim of DATASET.claims) {
			expect(Object.keys(claim.truth).sort(), claim.id).toEqual([...MUSCLE_GROUP_IDS].sort());
			for (const cell of Object.values(claim.truth))
				if (cell.truth === 'anatomy') expect(cell.why.length, claim.id).toBeGreaterThan(10);
		}
		const missingCell = structuredClone(DATASET.claims[0]!) as { truth: Record<string, unknown> };
		delete missingCell.truth.core;
		expect(
			validateDataset({ ...DATASET, claims: [missingCell as never, ...DATASET.claims.slice(1)] }).join('\n')
		).toMatch(/core/);
	});

	it('reads as English for every group: no article doubled by a {group} token ("A strong the core")', () => {
		for (const claim of DATASET.claims) {
			for (const group of DATASET.groups) {
				for (const wording of [claim.option, claim.says]) {
					const text = render(wording, group);
					expect(text, claim.id).not.toMatch(/\b(a|an|the|strong|weak|relatively) the\b/i);
					expect(text, claim.id).not.toMatch(
						/\b(it|the core|the diaphragm|the upper body) (put|get|fall|help|keep|lift|are)\b/i
					);
				}
			}
		}
	});

	it('teaches every article error as its correction, never as the article put it', () => {
		const corrected = DATASET.facts.filter((f) => f.correction).map((f) => f.id);
		expect(corrected.sort()).toEqual([
			'diaphragm.injury.cannot-be-overused',
			'general.advice.stretching-benefits',
			'hamstrings.injury.imbalance-with-quadriceps',
			'hip-flexors.exercise.seated-butterfly-stretch',
			'hip-flexors.exercise.weighted-hip-extension'
		]);
		for (const fact of DATASET.facts.filter(isGroupFact).filter((f) => f.correction)) {
			expect(fact.statement, fact.id).toBe(fact.correction!.right);
		}
		const stretching = DATASET.facts.find((f) => f.id === 'general.advice.stretching-benefits')!;
		expect(`${stretching.answer} ${stretching.statement}`).not.toMatch(/lactic/i);
	});

	it('rejects a broken dataset with a message naming the problem', () => {
		const first = DATASET.facts[0]!;
		const broken = { ...DATASET, facts: [...DATASET.facts, { ...first }] };
		expect(validateDataset(broken).join('\n')).toMatch(/unique/);
		const noExercise = {
			...DATASET,
			facts: DATASET.facts.filter((f) => !(f.groupId === 'core' && f.facet === 'exercise'))
		};
		expect(validateDataset(noExercise).join('\n')).toMatch(/every facet/);
	});
});
