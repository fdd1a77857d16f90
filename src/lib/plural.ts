/** "1 answer", "2 answers", "0 answers"; `many` for an irregular plural. */
export function plural(count: number, noun: string, many = `${noun}s`): string {
	return `${count} ${count === 1 ? noun : many}`;
}
