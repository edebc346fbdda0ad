/**
 * Which baselines named in a sentence reach a number: a clause boundary with a subject of its own
 * stops a baseline named before it (and one named after it, from reaching back). Regexes run on
 * the text between the baseline and the number only.
 */
import type { BaselineMention } from './baseline.ts';
import type { NumberGroup } from './numbers.ts';

/** `..., and decoding is 1.8x faster`: a new clause with its own subject and verb; a baseline named
 * before it does not reach into it. (`while query time grows by 35 ns`, `and one ensemble takes
 * 3.8 s`: verbs other than `is`/`runs` need a subject before them.) */
const NEW_CLAUSE =
	/(?:,\s*|\s)(?:and|but|while|whereas|yet)\s+(?:(?:[\w-]+\s+){0,10}?(?:is|are|was|were|becomes?|remains?|runs?)|(?:[\w-]+\s+){1,4}?(?:takes?|took|grows?|grew|rises?|rose|stays?|stayed|completes|finishes))\s/i;
/** A new clause with a subject of its own (`, and decoding is 2.6x faster than FP16`): a baseline named in
 * it is not the one of a number before it (`lowers error by 27% and runs 6.4x faster than X` shares X),
 * and a verb's baseline (`outperforms X by`) does not reach past it. The subject may hold a share
 * (`, but only 19% of them are faster than X`). */
const NEW_SUBJECT_CLAUSE =
	/(?:,\s*|\s)(?:and|but|while|whereas|yet)\s+(?:[\w%.-]+\s+){1,6}?(?:is|are|was|were|becomes?|remains?|runs?|takes?|took|grows?|grew|rises?|rose|stays?|stayed|drops?|dropped|falls?|fell)\s/i;
/** `3.4x more than llama.cpp, while its MMLU score drops from 45.1 to 43.9`: a before/after pair in a
 * clause of its own compares the method with itself, not with the baseline named before. */
const PAIR_CLAUSE =
	/(?:,\s*|\s)(?:while|whereas|and)\s+(?:[\w-]+\s+){1,6}?(?:drops?|dropped|falls?|fell|decreases?|decreased|increases?|increased|improves?|improved|declines?|declined|rises?|rose|goes|went|changes?|changed)\s/i;

/** The mentions that may name the baseline of `group` (pickBaseline chooses among them). */
export function baselinesInReach(text: string, group: NumberGroup, baselines: readonly BaselineMention[]): BaselineMention[] {
	return baselines.filter((b) => {
		if (b.start >= group.end) return !NEW_SUBJECT_CLAUSE.test(text.slice(group.end, b.start));
		if (b.end > group.start) return false;
		const between = text.slice(b.end, group.start);
		if (b.verb ? NEW_SUBJECT_CLAUSE.test(between) : NEW_CLAUSE.test(between)) return false;
		return !(group.kind === 'fromTo' && PAIR_CLAUSE.test(between));
	});
}
