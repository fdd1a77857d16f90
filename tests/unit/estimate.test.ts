import { describe, expect, it } from 'vitest';
import { estimateMinutes } from '$lib/srs/estimate';

describe('estimateMinutes', () => {
	it('is 0 when there is nothing to ask', () => {
		expect(estimateMinutes([5_000], 0)).toBe(0);
	});

	it('before any answer, assumes 12 s per answer and 4 s of feedback: 15 questions take 4 minutes', () => {
		expect(estimateMinutes([], 15)).toBe(4);
	});

	it("follows the learner's own pace: a fast learner's 20 questions are quicker than a slow one's", () => {
		// 6 s + 4 s feedback = 10 s a question; 26 s + 4 s = 30 s.
		expect(estimateMinutes([6_000, 6_000, 6_000], 20)).toBe(3);
		expect(estimateMinutes([26_000, 26_000, 26_000], 20)).toBe(10);
	});

	it('one answer left on screen for an hour does not change the estimate', () => {
		const steady = [8_000, 8_000, 8_000, 8_000];
		expect(estimateMinutes([...steady, 3_600_000], 30)).toBe(estimateMinutes(steady, 30));
	});

	it('says at least a minute for a single quick question', () => {
		expect(estimateMinutes([2_000], 1)).toBe(1);
	});
});
