/** A share (0–1) as a whole percentage, "64%"; a dash when there is nothing to measure. */
export function percent(value: number | null | undefined): string {
	return value === null || value === undefined ? '—' : `${Math.round(value * 100)}%`;
}
