/**
 * The one function that touches the DOM to save a file: it clicks a temporary `<a download>`.
 * `doc` is a parameter so that the caller decides which document (and tests can pass their own).
 */
export function downloadBlob(blob: Blob, filename: string, doc: Document = document): void {
	const url = URL.createObjectURL(blob);
	const a = doc.createElement('a');
	a.href = url;
	a.download = filename;
	a.rel = 'noopener';
	a.style.display = 'none';
	doc.body.append(a);
	a.click();
	a.remove();
	// Revoke later: some browsers read the URL after click() returns.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Saves text as a UTF-8 file. */
export function downloadText(text: string, filename: string, type = 'text/csv;charset=utf-8', doc: Document = document): void {
	downloadBlob(new Blob([text], { type }), filename, doc);
}
