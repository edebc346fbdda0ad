/**
 * Number formatting for labels, with formatters made once: `Number.prototype.toLocaleString`
 * builds a new Intl.NumberFormat on every call, which cost several milliseconds per chart update
 * (a dozen labels) in Chromium.
 */
const formatters = new Map<number, Intl.NumberFormat>();

/** `n` in US English with thousands separators and at most `maxFractionDigits` decimals. */
export function formatNumber(n: number, maxFractionDigits = 3): string {
	let f = formatters.get(maxFractionDigits);
	if (!f) formatters.set(maxFractionDigits, (f = new Intl.NumberFormat('en-US', { maximumFractionDigits: maxFractionDigits })));
	return f.format(n);
}
