/**
 * Name lists that pair with value lists: `Qwen3-1.7B/0.6B` (a shared prefix), `CIFAR-10,
 * CIFAR-100 and ImageNet`, `single-line CROHME 2014/2016/2019, multi-line M2E, and complex MNE
 * datasets`. Used with `respectively` and `A (B)` to give each listed value its own baseline or
 * context.
 */

const SPLIT = /\s*(?:, and |, or |,\s*| and | or )\s*/;

function hasNameChar(word: string): boolean {
	return /[A-Z0-9]/.test(word);
}

/** Drops lowercase words before the first name-like word and after the last one. */
function trimToNames(part: string): string {
	const words = part.trim().split(/\s+/);
	let a = 0;
	let b = words.length;
	while (a < b && !hasNameChar(words[a])) a++;
	while (b > a && !hasNameChar(words[b - 1])) b--;
	return a < b ? words.slice(a, b).join(' ') : part.trim();
}

/** `Qwen3-1.7B/0.6B` -> `Qwen3-1.7B`, `Qwen3-0.6B`; `CROHME 2014/2016` -> `CROHME 2014`, `CROHME 2016`. */
export function expandSlashes(name: string): string[] {
	if (!name.includes('/')) return [name];
	const pieces = name.split('/');
	const out = [pieces[0]];
	for (let k = 1; k < pieces.length; k++) {
		const piece = pieces[k];
		const prev = out[k - 1];
		if (/^\d/.test(piece)) {
			// The prefix is the previous name up to its last number after `-` or a space.
			const m = /^(.*[-\s])\d[^-\s]*$/.exec(prev);
			out.push(m ? m[1] + piece : piece);
		} else out.push(piece);
	}
	return out;
}

/** The names of a list phrase, in order (slashes expanded). */
export function splitNames(phrase: string): string[] {
	const parts = phrase.split(SPLIT).filter((p) => p.trim() !== '');
	const names: string[] = [];
	for (const p of parts) for (const n of expandSlashes(trimToNames(p))) names.push(n);
	return names;
}
