/**
 * Claim curation as pure values: per-claim edits, rejections and verification, plus claims a user
 * added by selecting text. `applyCuration` turns bundled or extracted claims into the curated ones,
 * with the normalization recomputed from the edited facts. Nothing here touches the DOM or storage.
 */
import { applyNormalization } from '../claims/csv.ts';
import { type Claim, type ClaimStatus, METRIC_INFO } from '../claims/schema.ts';

/** The fields a user may correct; the norm columns follow from them. */
export const EDITABLE_FIELDS = [
	'metric',
	'higher_is_better',
	'value_low',
	'value_high',
	'unit',
	'qualifier',
	'change',
	'baseline',
	'baseline_value',
	'context'
] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];
export type ClaimPatch = Partial<Pick<Claim, EditableField>>;

/** What a user decided about one claim. Absent fields mean "as extracted". */
export interface ClaimCuration {
	patch?: ClaimPatch;
	rejected?: boolean;
	verified?: boolean;
}

export interface Curation {
	version: 1;
	/** By `claimKey`. */
	claims: Record<string, ClaimCuration>;
	/** Claims the user added from a text selection, status `added`. */
	added: Claim[];
}

export const EMPTY_CURATION: Curation = Object.freeze({ version: 1, claims: {}, added: [] }) as Curation;

/**
 * Identifies a claim across reloads and files: its paper and its span. The quote is part of the
 * key so that a claim loaded without offsets (start = -1) is still told from its neighbours.
 */
export function claimKey(claim: Pick<Claim, 'paper_id' | 'start' | 'end' | 'quote'>): string {
	return `${claim.paper_id}\u241f${claim.start}\u241f${claim.end}\u241f${claim.quote}`;
}

/** A reason the patch cannot be applied, or null when it is valid for `claim`. */
export function validatePatch(claim: Claim, patch: ClaimPatch): string | null {
	const merged = { ...claim, ...patch };
	for (const field of ['value_low', 'value_high'] as const)
		if (!Number.isFinite(merged[field])) return `${field} must be a number`;
	if (merged.value_low < 0) return 'value_low is written without sign (the sign goes to change)';
	if (merged.value_low > merged.value_high) return `value_high ${merged.value_high} is below value_low ${merged.value_low}`;
	if (merged.baseline_value !== null && !Number.isFinite(merged.baseline_value))
		return 'baseline_value must be a number or empty';
	return null;
}

function withClaim(curation: Curation, key: string, update: (c: ClaimCuration) => ClaimCuration): Curation {
	const next = update(curation.claims[key] ?? {});
	return { ...curation, claims: { ...curation.claims, [key]: next } };
}

/** Merges `patch` into the claim's edits. A new metric brings its default direction unless the
 * patch sets `higher_is_better` itself. */
export function editClaim(curation: Curation, key: string, patch: ClaimPatch): Curation {
	const full: ClaimPatch = { ...patch };
	if (full.metric !== undefined && full.higher_is_better === undefined)
		full.higher_is_better = METRIC_INFO[full.metric].higherIsBetter;
	return withClaim(curation, key, (c) => ({ ...c, patch: { ...c.patch, ...full } }));
}

export function setRejected(curation: Curation, key: string, rejected: boolean): Curation {
	return withClaim(curation, key, (c) => ({ ...c, rejected }));
}

export function setVerified(curation: Curation, key: string, verified: boolean): Curation {
	return withClaim(curation, key, (c) => ({ ...c, verified }));
}

/** Drops every decision about one claim (and the claim itself if the user added it). */
export function resetClaim(curation: Curation, key: string): Curation {
	const claims = { ...curation.claims };
	delete claims[key];
	return { ...curation, claims, added: curation.added.filter((c) => claimKey(c) !== key) };
}

/** Adds a claim (status `added`); a claim with the same key replaces the earlier one. */
export function addClaim(curation: Curation, claim: Claim): Curation {
	const key = claimKey(claim);
	const added = { ...claim, status: 'added' as const };
	return { ...curation, added: [...curation.added.filter((c) => claimKey(c) !== key), added] };
}

function patchChanges(claim: Claim, patch: ClaimPatch | undefined): boolean {
	if (!patch) return false;
	return (Object.keys(patch) as EditableField[]).some((f) => patch[f] !== undefined && patch[f] !== claim[f]);
}

function statusOf(base: Claim, c: ClaimCuration, changed: boolean): ClaimStatus {
	if (c.rejected) return 'rejected';
	const baseStatus = base.status ?? 'extracted';
	if (baseStatus === 'added') return 'added';
	if (changed) return 'edited';
	// Un-rejecting a claim that came in rejected (from a loaded CSV) makes it a user decision.
	if (baseStatus === 'rejected' && c.rejected === false) return 'edited';
	return baseStatus;
}

/** One claim with its curation applied: edited facts, recomputed norm, status and verified. */
export function curateClaim(base: Claim, c: ClaimCuration | undefined): Claim {
	if (!c) return base;
	const changed = patchChanges(base, c.patch);
	const claim: Claim = { ...base, ...c.patch };
	claim.status = statusOf(base, c, changed);
	if (c.verified !== undefined) claim.verified = c.verified;
	return changed ? applyNormalization(claim) : claim;
}

/**
 * The curated claims: `claims` plus the user's added claims whose paper passes `includePaper`,
 * each with its edits applied. Rejected claims stay in, with status `rejected` (so that a download
 * carries them); views hide them. Papers with added claims are renumbered by `start`. Pure: the
 * inputs are not changed.
 */
export function applyCuration(
	claims: readonly Claim[],
	curation: Curation,
	includePaper: (paperId: string) => boolean = () => true
): Claim[] {
	// Fast path: no decisions and nothing added (most users, most of the time) leaves the claims as they are.
	if (curation.added.length === 0 && Object.keys(curation.claims).length === 0) return [...claims];
	const baseKeys = new Set(claims.map(claimKey));
	const added = curation.added.filter((c) => includePaper(c.paper_id) && !baseKeys.has(claimKey(c)));
	const curated = [...claims, ...added].map((c) => curateClaim(c, curation.claims[claimKey(c)]));
	if (added.length === 0) return curated;
	const touched = new Set(added.map((c) => c.paper_id));
	const byPaper = new Map<string, Claim[]>();
	for (const c of curated) if (touched.has(c.paper_id)) byPaper.set(c.paper_id, [...(byPaper.get(c.paper_id) ?? []), c]);
	const renumbered = new Map<Claim, Claim>();
	for (const list of byPaper.values())
		[...list].sort((a, b) => a.start - b.start || a.end - b.end).forEach((c, i) => renumbered.set(c, { ...c, claim: i + 1 }));
	// Keep each paper's claims together and in claim order.
	const out: Claim[] = [];
	const emitted = new Set<string>();
	for (const c of curated) {
		if (!touched.has(c.paper_id)) out.push(c);
		else if (!emitted.has(c.paper_id)) {
			emitted.add(c.paper_id);
			out.push(...byPaper.get(c.paper_id)!.map((x) => renumbered.get(x)!).sort((a, b) => a.claim - b.claim));
		}
	}
	return out;
}

/** Stored decisions and added claims that match nothing in the data (see `unmatchedCuration`). */
export interface UnmatchedCuration {
	/** Decisions (edits, rejections, checks) about claims no dataset has. */
	decisions: number;
	/** Added claims whose paper no dataset has. */
	added: number;
}

/**
 * What in `curation` matches no claim or paper of the data (`claims` and `paperIds` of every
 * dataset, not only the one shown): the bundled data was rebuilt, or the user removed a paper.
 * Such decisions are reported and kept, never deleted: they apply again if the claims come back.
 */
export function unmatchedCuration(curation: Curation, claims: Iterable<Claim>, paperIds: ReadonlySet<string>): UnmatchedCuration {
	const decided = Object.keys(curation.claims);
	if (decided.length === 0 && curation.added.length === 0) return { decisions: 0, added: 0 };
	const present = new Set(decided);
	const keys = new Set<string>();
	for (const c of claims) {
		const key = claimKey(c);
		if (present.has(key)) keys.add(key);
	}
	const added = curation.added.filter((c) => !paperIds.has(c.paper_id));
	for (const c of curation.added) if (paperIds.has(c.paper_id)) keys.add(claimKey(c));
	return { decisions: decided.filter((k) => !keys.has(k)).length, added: added.length };
}

/** Claims a view shows: everything but the rejected ones. */
export function visibleClaims(claims: readonly Claim[]): Claim[] {
	return claims.filter((c) => c.status !== 'rejected');
}

/** Number of claims with each status (for the curation summary). */
export function countStatuses(claims: readonly Claim[]): Record<ClaimStatus, number> & { verified: number } {
	const counts = { extracted: 0, edited: 0, added: 0, rejected: 0, verified: 0 };
	for (const c of claims) {
		counts[c.status ?? 'extracted']++;
		if (c.verified) counts.verified++;
	}
	return counts;
}

/** A stored curation is trusted only in shape; its claims are re-normalized on apply. */
export function isCuration(value: unknown): value is Curation {
	if (typeof value !== 'object' || value === null) return false;
	const v = value as Record<string, unknown>;
	return v.version === 1 && typeof v.claims === 'object' && v.claims !== null && Array.isArray(v.added);
}
