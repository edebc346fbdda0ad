/**
 * Context: the dataset, task, model or setting a number refers to (`+11% on AIME 2024`,
 * `On ImageNet, ...`, `at 2.54 bits`, `During dynamic inference`), and per-item contexts of
 * lists (`on CIFAR-10, CIFAR-100 and ImageNet, respectively`; `native (virtualized)`).
 */
import { splitNames } from './lists.ts';
import { isSpace } from './text.ts';

const NAME_END = /[,;:.()]|\s(?:with|using|while|and|but|or|by|to|when|which|for|under|across|in|at|compared|than|over|respectively|without|whereas|instead)\b/i;

/** A name-like phrase starting at `pos` (must hold a capital or digit), or ''. */
function namePhrase(text: string, pos: number, max = 60): string {
	let rest = text.slice(pos, pos + max);
	const stop = NAME_END.exec(rest.replace(/(\d)\.(\d)/g, '$1_$2'));
	if (stop) rest = rest.slice(0, stop.index);
	rest = rest.trim().replace(/^(?:the|a|an)\s+/i, '');
	rest = rest.replace(/\s+(?:datasets?|benchmarks?|tasks?|suites?)$/i, '');
	return /[A-Z0-9]/.test(rest) ? rest : '';
}

/** `on AIME 2024`, `on the ImageNet dataset` right after a claim's phrase. */
export function contextAfter(text: string, pos: number): string {
	const c = text.charCodeAt(pos + 1) | 32;
	// `on`, `for`, `in`, `at`: test the first letter before any regex.
	if (!isSpace(text.charCodeAt(pos)) || (c !== 111 && c !== 102 && c !== 105 && c !== 97)) return '';
	const m = /^\s*(?:on|for|in|at)\s+(?=\S)/i.exec(text.slice(pos, pos + 12));
	if (!m) return '';
	const name = namePhrase(text, pos + m[0].length);
	// `at 60% fewer FLOPs` is another claim, not a setting.
	// Nor is a bare number (`on a 1,024-GPU job` cut at its comma) a name.
	// Nor a rate (`at 142 FPS on a Jetson Orin`): what a system runs at is a result.
	return /^[A-Z0-9]/.test(name) && !/^\d[\d.,]*\s?(?:%|x|×|FPS\b|fps\b|tokens\/s|frames per|[a-z]+\/s\b)/.test(name) && !/^[\d.,]+$/.test(name) ? name : '';
}

const ON_NAME_BEFORE = /\b(?:on|for)\s+(?:the\s+)?([A-Z0-9][\w.+/-]*(?:[ -][A-Z0-9][\w.+/-]*)*)/g;

/** `Accuracy on MMLU decreases from ...`, `on MBPP it achieves`: the last `on X` in text[from, to). */
export function contextBefore(text: string, from: number, to: number): string {
	const window = text.slice(from, to);
	ON_NAME_BEFORE.lastIndex = 0;
	let last = '';
	let m: RegExpExecArray | null;
	while ((m = ON_NAME_BEFORE.exec(window)) !== null) if (!/^\d[\d.,]*$/.test(m[1])) last = m[1];
	return last;
}

/** Sentence-level settings: `On ImageNet,`, `During dynamic inference,`, `at 2.54 bits,`, `On SpecBench with`. */
export function contextOfSentence(text: string, from: number, to: number): string {
	const sentence = text.slice(from, to);
	// `On ImageNet,`, `On a Jetson Orin,`, `On Natural Questions and TriviaQA,`.
	let m = /^(?:On|For|In)\s+(?:the\s+|an?\s+)?([A-Z][A-Za-z0-9-]*(?:[ -][A-Z0-9][A-Za-z0-9-]*)*(?:(?:,\s|,?\s(?:and|&)\s)(?:the\s+)?[A-Z][A-Za-z0-9-]*(?:[ -][A-Z0-9][A-Za-z0-9-]*)*){0,3})\s*(?:,|with|dataset|benchmark)/.exec(sentence);
	if (m && !/^(?:This|These|Our|Addition|Particular|Summary|Contrast|Practice|Experiments?)\b/.test(m[1])) return m[1];
	// (Not a clause with its own subject: `At 1.5 kbps it reaches a score of 84,`.)
	// (A thousands separator is no clause end: `At a fixed budget of 1,000 prompt tokens,`.)
	m = /^(?:During|Under|For instance, at|At)\s+((?![^,]*\b(?:it|we|they|our|this)\s)(?:[^,]|,(?=\d{3}))(?:[^,]|,(?=\d{3})){1,39}),/i.exec(sentence);
	if (m) return m[1].trim();
	// (A thousands separator is no clause end: `runs at 10,000 frames per second` is no `at 10`.)
	m = /\bat (\d[\d.,]*\s?(?:bits|bit|K|k)?[a-z -]{0,20}?),(?!\d)/.exec(sentence);
	// (A bare value, `keep recall at 0.93,`, is a result, not a setting; so is a rate, `simulates a dress
	// at 60 frames per second,`: what a system runs at is its result.)
	if (m && !/^[\d.,]+$/.test(m[1].trim()) && !/\bper (?:second|minute|hour)\b|\/s\b|\bfps\b/i.test(m[1])) return m[1].trim();
	return '';
}

const RESPECTIVELY = /\brespectively\b/i;
const LIST_INTRO = /\b(?:on|for|in|across)\s+/gi;

/**
 * Name lists in `before` (`In particular, Foo-L and Foo-H enjoy` gives `Foo-L`, `Foo-H`): runs
 * of capitalized words joined by commas, `and` or `or`, read word by word (no backtracking).
 * Returns the runs of two or more names, last first.
 */
export function nameLists(before: string): string[][] {
	const words = before.trim().split(/\s+/);
	const runs: string[][] = [];
	let run: string[] = [];
	const close = () => {
		while (run.length && /^(?:and|or)$/.test(run[run.length - 1])) run.pop();
		if (run.some((w) => /^(?:and|or)$/.test(w) || /,$/.test(w))) {
			const names = splitNames(run.join(' ').replace(/,$/, ''));
			if (names.length >= 2) runs.unshift(names);
		}
		run = [];
	};
	for (const w of words) {
		const bare = w.replace(/[,;:]$/, '');
		// (`over 4G and 5G traces`: a digit-led name with letters is a name too.)
		const isName = /^[A-Z]/.test(bare) || /^\d+[A-Z]+$/.test(bare) || (run.length > 0 && /^\d/.test(bare) && !/[%x×]$/.test(bare));
		if (isName && !/^(?:In|On|For|At|We|Our|The|This|These|It)$/.test(bare)) {
			run.push(w);
			// (`On A and B, SeqRec-MoE improves ...`: a comma after the list's last name ends it.)
			if (/[;:]$/.test(w) || (w.endsWith(',') && run.some((x) => x === 'and' || x === 'or'))) close();
		} else if ((bare === 'and' || bare === 'or') && run.length) run.push(bare);
		else close();
	}
	close();
	return runs;
}

/** Contexts paired with a list's items via `respectively`, or null when no list fits. */
export function respectiveContexts(
	text: string,
	from: number,
	to: number,
	groupStart: number,
	groupEnd: number,
	count: number
): string[] | null {
	const sentence = text.slice(from, to);
	if (!RESPECTIVELY.test(sentence)) return null;
	// After the values: `on A, B and C, respectively`.
	const after = text.slice(groupEnd, to);
	const r = after.search(RESPECTIVELY);
	if (r > 0) {
		const head = after.slice(0, r);
		LIST_INTRO.lastIndex = 0;
		const on = LIST_INTRO.exec(head);
		if (on && !head.includes(';', on.index)) {
			const phrase = head
				.slice(on.index + on[0].length)
				.replace(/[\s,]+$/, '')
				.replace(/^the\s+/i, '')
				.replace(/\s+(?:datasets?|benchmarks?|tasks?)$/i, '');
			const names = splitNames(phrase);
			// (Names, not clauses: `on normal images with a masked objective and score pixels by error.`)
			if (names.length === count && names.every((n) => n.split(/\s+/).length <= 4 && !/[.;:]$/.test(n))) return names;
		}
	}
	// Before: a subject list `A and B enjoy ...`.
	for (const names of nameLists(text.slice(from, groupStart))) if (names.length === count) return names;
	return null;
}

/** `native (virtualized)`: two settings written as a word and its alternative in brackets. */
export function parenContexts(text: string, from: number, to: number): [string, string] | null {
	const m = /\b([a-z][a-z-]+) \(([a-z][a-z-]+)\)/.exec(text.slice(from, to));
	return m ? [m[1], m[2]] : null;
}
