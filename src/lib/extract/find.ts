import type { Claim } from '../claims/schema.ts';
import type { Paper } from './types.ts';

/**
 * Every claim of one paper, numbered by `start`, normalized, with
 * `paper.abstract.slice(start, end) === quote`. Placeholder until the claim finder lands.
 */
export function findClaims(paper: Paper): Claim[] {
	void paper;
	return [];
}
