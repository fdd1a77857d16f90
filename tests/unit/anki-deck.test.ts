import { describe, expect, it } from 'vitest';
import { DATASET, FACTS, type Dataset, type GeneralFact } from '../../src/lib/content';
import { ankiNotesTsv } from '../../src/lib/content/anki-deck';

const HEADER = [
	'#separator:tab',
	'#html:false',
	'#notetype:Basic',
	'#deck:Stride — running muscles',
	'#tags column:3',
	'#columns:Front\tBack\tTags'
];

const text = ankiNotesTsv(DATASET);
const lines = text.split('\n');
const noteLines = lines.filter((line) => line !== '' && !line.startsWith('#'));
const notes = noteLines.map((line) => {
	const [front, back, tags] = line.split('\t');
	return { front: front!, back: back!, tags: tags! };
});

function noteFor(factId: string) {
	const index = FACTS.findIndex((fact) => fact.id === factId);
	return notes[index]!;
}

describe('the Anki notes file', () => {
	it('starts with the header lines Anki’s text import reads, and ends with a newline', () => {
		expect(lines.slice(0, HEADER.length)).toEqual(HEADER);
		expect(text.endsWith('\n')).toBe(true);
	});

	it('has one note per current fact, each exactly three tab-separated fields', () => {
		expect(noteLines).toHaveLength(FACTS.length);
		for (const line of noteLines) expect(line.split('\t')).toHaveLength(3);
	});

	it('has unique fronts, so Anki’s duplicate check merges none', () => {
		expect(new Set(notes.map((note) => note.front)).size).toBe(notes.length);
	});

	it('tags every note stride, its group and its facet, with no spaces inside a tag', () => {
		FACTS.forEach((fact, i) => {
			const tags = notes[i]!.tags.split(' ');
			expect(tags).toEqual(['stride', `group::${fact.groupId}`, `facet::${fact.facet}`]);
			for (const tag of tags) expect(tag).toMatch(/^[^\s"]+$/);
		});
	});

	it('asks a claim true of one group alone as “which muscle group”, answered by that group', () => {
		expect(noteFor('quadriceps.exercise.leg-extension')).toEqual({
			front: 'Which muscle group do leg extensions strengthen?',
			back: 'Quadriceps. Leg extensions strengthen the quadriceps.',
			tags: 'stride group::quadriceps facet::exercise'
		});
	});

	it('names a group anatomy is split on, on the back of a “which muscle group” card', () => {
		const note = noteFor('quadriceps.location.front-of-thigh');
		expect(note.front).toBe('Which muscle group is on the front of the thigh?');
		expect(note.back).toMatch(/^Quadriceps\. .*Also arguable: the hip flexors \(two hip flexors/);
	});

	it('asks a claim true of several groups as true or false, never as “which muscle group”', () => {
		const note = noteFor('glutes.exercise.squat');
		expect(note.front).toBe('True or false? Squats strengthen the glutes.');
		expect(note.back).toMatch(/^True\. Squats strengthen the glutes/);
	});

	it('asks a corrected claim as the article’s error, answered False and the correction', () => {
		const note = noteFor('hip-flexors.exercise.weighted-hip-extension');
		expect(note.front).toBe('True or false? Weighted hip extensions strengthen the hip flexors.');
		expect(note.back).toMatch(/^False\. Weighted hip extensions do not strengthen the hip flexors/);
	});

	it('asks the article’s advice with its own prompt', () => {
		expect(noteFor('general.advice.warm-up-before')).toEqual({
			front: 'When should you warm up?',
			back: 'Warm up before you start running.',
			tags: 'stride group::general facet::advice'
		});
	});

	it('keeps each note on one line and quotes a field holding a quote mark', () => {
		const advice = FACTS.find((f) => f.id === 'general.advice.warm-up-before') as GeneralFact;
		const tricky: Dataset = { ...DATASET, facts: [{ ...advice, prompt: 'Warm\tup\nwhen, "really"?' }] };
		const [, ...rest] = ankiNotesTsv(tricky).split('#columns:Front\tBack\tTags\n');
		expect(rest.join('')).toBe(
			'"Warm up when, ""really""?"\tWarm up before you start running.\tstride group::general facet::advice\n'
		);
	});
});
