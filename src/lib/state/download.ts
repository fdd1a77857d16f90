/** Hands a text file to the browser's downloads (a temporary blob URL and a download link). */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.rel = 'noopener';
	document.body.append(link);
	link.click();
	link.remove();
	// Revoked later, not at once: some browsers start the download asynchronously.
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
