/**
 * Which of the four input formats a text is, from its content; the file extension only decides
 * when the content gives no clear sign. Looks at the first lines only, so it is cheap on any size.
 */
import type { InputFormat } from '../types.ts';

/** How much of the start of a text detection looks at. */
export const DETECT_WINDOW = 64 * 1024;

/** `• 3 authors` on a daily-papers page. */
const AUTHORS_LINE = /^\s*•\s*\d+\s+authors?\s*$/;
/** The `·` separator line before a paper's date on a daily-papers page. */
const DOT_LINE = /^\s*·\s*$/;
/** `May 16, 2025` or `Sep 26, 2025 2` (date then upvotes) on a daily-papers page. */
const DAILY_DATE_LINE = /^\s*[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}(?:\s+\d+)?\s*$/;

function csvHeaderCells(line: string): string[] {
	return line.split(',').map((c) => c.trim().replace(/^"|"$/g, '').trim().toLowerCase());
}

function extensionFormat(fileName: string | undefined): InputFormat | null {
	const ext = /\.([a-z0-9]+)$/i.exec(fileName ?? '')?.[1]?.toLowerCase();
	switch (ext) {
		case 'jsonl':
		case 'ndjson':
		case 'json':
			return 'jsonl';
		case 'csv':
			return 'csv';
		default:
			return null;
	}
}

export function detectFormat(text: string, fileName?: string): InputFormat {
	const head = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).slice(0, DETECT_WINDOW);
	const lines = head.split(/\r?\n/);
	const firstLine = lines.find((l) => l.trim() !== '')?.trim() ?? '';

	if (firstLine.startsWith('{')) return 'jsonl';
	const cells = csvHeaderCells(firstLine);
	if (cells.includes('abstract') && cells.includes('title')) return 'csv';

	let dailySigns = 0;
	for (let i = 0; i < lines.length; i++) {
		if (AUTHORS_LINE.test(lines[i])) dailySigns++;
		else if (DOT_LINE.test(lines[i])) {
			const next = lines.slice(i + 1).find((l) => l.trim() !== '');
			if (next !== undefined && DAILY_DATE_LINE.test(next)) dailySigns += 2;
		}
		if (dailySigns >= 2) return 'daily';
	}
	return extensionFormat(fileName) ?? 'text';
}
