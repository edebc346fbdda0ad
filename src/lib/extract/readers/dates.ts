/**
 * Dates as inputs write them, turned into the contract's `YYYY-MM-DD`. Pure string work: no `Date`
 * parsing, so the result never depends on the machine's time zone.
 */

const MONTHS: Record<string, number> = {
	jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12
};

/** `2024-05-16`, `2024-05-16T10:00:00Z`, `2024/05/16` */
const ISO = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?![\d])/;
/** `Mon, 2 Apr 2007 19:18:42 GMT` (arXiv `versions[].created`), `2 April 2007` */
const DAY_MONTH_YEAR = /^(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})(?!\d)/;
/** `May 16, 2025`, `Sep 26 2025` */
const MONTH_DAY_YEAR = /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})(?!\d)/;

function monthNumber(name: string): number | undefined {
	const m = MONTHS[name.slice(0, 3).toLowerCase()];
	// Only real month names or their three-letter forms: `Mayday` is not May.
	if (m === undefined) return undefined;
	const full = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'][m - 1];
	const lower = name.toLowerCase();
	return lower.length === 3 || full === lower || (lower.length === 4 && full.startsWith(lower)) ? m : undefined;
}

function format(year: number, month: number, day: number): string | null {
	if (month < 1 || month > 12 || day < 1) return null;
	const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
	const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
	if (day > days) return null;
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `YYYY-MM-DD` for a date written in one of the forms above, `null` when it is not a date. */
export function parseDate(raw: string): string | null {
	const s = raw.trim();
	let m = ISO.exec(s);
	if (m) return format(+m[1], +m[2], +m[3]);
	m = DAY_MONTH_YEAR.exec(s);
	if (m) {
		const month = monthNumber(m[2]);
		return month === undefined ? null : format(+m[3], month, +m[1]);
	}
	m = MONTH_DAY_YEAR.exec(s);
	if (m) {
		const month = monthNumber(m[1]);
		return month === undefined ? null : format(+m[3], month, +m[2]);
	}
	return null;
}
