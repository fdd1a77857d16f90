/** A share (0–1) as a whole percentage, "64%"; a dash when there is nothing to measure. */
export function percent(value: number | null | undefined): string {
	return value === null || value === undefined ? '—' : `${Math.round(value * 100)}%`;
}

/** How long ago `at` was, roughly, as "5 min ago", "2 h ago", "3 days ago". */
export function timeAgo(at: number, now: number): string {
	const minutes = Math.max(0, Math.round((now - at) / 60_000));
	if (minutes < 1) return 'just now';
	if (minutes < 60) return `${minutes} min ago`;
	const hours = Math.round(minutes / 60);
	if (hours < 24) return `${hours} h ago`;
	const days = Math.round(hours / 24);
	return `${days} day${days === 1 ? '' : 's'} ago`;
}

/** How much lower or higher `to` is than `from`, "3.4% lower"; "the same" within 0.05%. */
export function relativeChange(from: number, to: number): string {
	if (from === 0) return '—';
	const relative = (to - from) / from;
	if (Math.abs(relative) < 0.0005) return 'the same';
	return `${Math.abs(relative * 100).toFixed(1)}% ${relative < 0 ? 'lower' : 'higher'}`;
}
