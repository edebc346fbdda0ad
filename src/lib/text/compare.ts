/**
 * Text order for people (`Paper 2` before `Paper 10`, case ignored). One shared Intl.Collator:
 * `a.localeCompare(b)` builds a collator per call and made sorting 100,000 claims take seconds.
 */
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
export const compareText: (a: string, b: string) => number = collator.compare;
