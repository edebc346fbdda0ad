import { describe, expect, it } from 'vitest';
import { parseClaimsCsv, writeClaimsCsv } from '../claims/csv.ts';
import type { Claim } from '../claims/schema.ts';
import {
	addClaim,
	applyCuration,
	claimKey,
	countStatuses,
	editClaim,
	EMPTY_CURATION,
	isCuration,
	resetClaim,
	setRejected,
	setVerified,
	unmatchedCuration,
	validatePatch,
	visibleClaims
} from './curation.ts';
import { draftClaim, locateSelection, trimSelection } from './draft-claim.ts';

const abstract = 'Our system achieves up to 29% latency gains and 2.5x higher throughput than vLLM.';

function claim(over: Partial<Claim>): Claim {
	return {
		paper_id: 'p1', title: 'P one', date: '2025-01-02', claim: 1, quote: 'up to 29% latency gains', start: 20, end: 43,
		metric: 'latency', higher_is_better: false, value_low: 29, value_high: 29, unit: '%', qualifier: 'up_to',
		change: 'decrease', baseline: '', baseline_value: null, context: '', norm_kind: 'factor', norm_low: 1.408, norm_high: 1.408,
		norm_unit: 'x', ...over
	};
}

const latency = claim({});
const throughput = claim({
	claim: 2, quote: '2.5x higher throughput than vLLM', start: 48, end: 80, metric: 'throughput', higher_is_better: true,
	value_low: 2.5, value_high: 2.5, unit: 'x', qualifier: 'exact', change: 'increase', baseline: 'vLLM', norm_low: 2.5, norm_high: 2.5
});
const claims = [latency, throughput];

describe('curation', () => {
	it('has the expected defaults: no decisions, nothing added, claims unchanged', () => {
		expect(EMPTY_CURATION).toEqual({ version: 1, claims: {}, added: [] });
		expect(applyCuration(claims, EMPTY_CURATION)).toEqual(claims);
		expect(abstract.slice(latency.start, latency.end)).toBe(latency.quote);
		expect(abstract.slice(throughput.start, throughput.end)).toBe(throughput.quote);
	});

	it('unmatchedCuration counts decisions and added claims the data no longer has, and only those', () => {
		const papers = new Set(['p1']);
		expect(unmatchedCuration(EMPTY_CURATION, claims, papers)).toEqual({ decisions: 0, added: 0 });
		let c = editClaim(EMPTY_CURATION, claimKey(latency), { value_low: 30, value_high: 30 });
		c = setRejected(c, claimKey({ ...throughput, start: 47 }), true); // the span moved when the data was rebuilt
		c = addClaim(c, { ...latency, quote: 'system', start: 4, end: 10 });
		c = setVerified(c, claimKey({ ...latency, quote: 'system', start: 4, end: 10 }), true); // a decision on an added claim
		c = addClaim(c, { ...latency, paper_id: 'gone' });
		expect(unmatchedCuration(c, claims, papers)).toEqual({ decisions: 1, added: 1 });
		// Against every dataset: the user's own claims match their decisions too.
		expect(unmatchedCuration(c, [...claims, { ...throughput, start: 47 }], new Set(['p1', 'gone']))).toEqual({ decisions: 0, added: 0 });
	});

	it('claimKey(claim) tells claims apart by paper, span and quote', () => {
		expect(claimKey(latency)).not.toBe(claimKey(throughput));
		const renumbered: Claim = { ...latency, claim: 7, metric: 'speed' };
		expect(claimKey(renumbered)).toBe(claimKey(latency));
		expect(claimKey({ ...latency, paper_id: 'p2' })).not.toBe(claimKey(latency));
	});

	it('editClaim(...) marks the claim edited and recomputes its normalization at once', () => {
		const cur = editClaim(EMPTY_CURATION, claimKey(latency), { value_low: 50, value_high: 50 });
		const [edited, other] = applyCuration(claims, cur);
		expect(edited).toMatchObject({ status: 'edited', value_low: 50, norm_kind: 'factor', norm_low: 2, norm_high: 2 });
		expect(other).toBe(throughput);
	});

	it('editClaim(...) with a new metric takes its default direction and family', () => {
		const cur = editClaim(EMPTY_CURATION, claimKey(latency), { metric: 'accuracy', change: 'increase' });
		const [edited] = applyCuration(claims, cur);
		expect(edited).toMatchObject({ metric: 'accuracy', higher_is_better: true, norm_kind: 'delta', norm_low: 29, norm_unit: 'pp' });
	});

	it('an edit that restores the extracted values leaves the status extracted', () => {
		const cur = editClaim(EMPTY_CURATION, claimKey(latency), { unit: '%', value_low: 29 });
		expect(applyCuration(claims, cur)[0].status).toBe('extracted');
	});

	it('setRejected(...) keeps the claim with status rejected; visibleClaims hides it; undoing it restores', () => {
		const cur = setRejected(EMPTY_CURATION, claimKey(throughput), true);
		const curated = applyCuration(claims, cur);
		expect(curated[1].status).toBe('rejected');
		expect(visibleClaims(curated)).toEqual([latency]);
		expect(applyCuration(claims, setRejected(cur, claimKey(throughput), false))[1].status).toBe('extracted');
	});

	it('setVerified(...) marks a claim verified without changing its status', () => {
		const curated = applyCuration(claims, setVerified(EMPTY_CURATION, claimKey(latency), true));
		expect(curated[0]).toMatchObject({ verified: true, status: 'extracted' });
		expect(countStatuses(curated)).toEqual({ extracted: 2, edited: 0, added: 0, rejected: 0, verified: 1 });
	});

	it('addClaim(...) adds a drafted claim from a selection and renumbers its paper by start', () => {
		const paper = { paper_id: 'p1', title: 'P one', date: '2025-01-02', abstract };
		const sel = trimSelection(abstract, 20, 3)!; // backwards, from before "system" to after "achieves "
		const draft = draftClaim(paper, 0, 3); // "Our": a claim with no number, for the test's sake
		const cur = addClaim(EMPTY_CURATION, draft);
		const curated = applyCuration(claims, cur);
		expect(sel).toEqual({ start: 4, end: 19 });
		expect(trimSelection(abstract, 5, 5)).toBeNull();
		expect(curated.map((c) => [c.claim, c.quote, c.status ?? 'extracted'])).toEqual([
			[1, 'Our', 'added'],
			[2, latency.quote, 'extracted'],
			[3, throughput.quote, 'extracted']
		]);
		expect(applyCuration(claims, cur, (id) => id !== 'p1')).toEqual(claims);
	});

	it('draftClaim(paper, start, end) reads numbers, unit and direction from the selection', () => {
		const paper = { paper_id: 'p1', title: 'P one', date: '', abstract };
		const d = draftClaim(paper, throughput.start, throughput.end);
		expect(d).toMatchObject({ quote: throughput.quote, value_low: 2.5, unit: 'x', change: 'increase', metric: 'throughput', norm_low: 2.5, status: 'added' });
		expect(abstract.slice(d.start, d.end)).toBe(d.quote);
		const l = draftClaim(paper, latency.start, latency.end);
		expect(l).toMatchObject({ value_low: 29, unit: '%', qualifier: 'up_to', metric: 'latency' });
	});

	it('edits to an added claim keep it added; resetClaim removes it', () => {
		const draft = draftClaim({ paper_id: 'p1', title: 'P one', date: '', abstract }, 0, 3);
		let cur = addClaim(EMPTY_CURATION, draft);
		cur = editClaim(cur, claimKey(draft), { value_low: 3, value_high: 3, unit: 'x', metric: 'speed', change: 'increase' });
		expect(applyCuration(claims, cur)[0]).toMatchObject({ status: 'added', norm_low: 3 });
		expect(applyCuration(claims, resetClaim(cur, claimKey(draft)))).toEqual(claims);
	});

	it('validatePatch(claim, patch) names what is wrong', () => {
		expect(validatePatch(latency, { value_low: 5, value_high: 6 })).toBeNull();
		expect(validatePatch(latency, { value_low: NaN })).toMatch(/value_low must be a number/);
		expect(validatePatch(latency, { value_low: 40 })).toMatch(/below value_low/);
		expect(validatePatch(latency, { value_low: -1, value_high: 2 })).toMatch(/without sign/);
	});

	it('applyCuration(...) does not mutate its inputs', () => {
		const before = JSON.stringify(claims);
		const cur = editClaim(setRejected(EMPTY_CURATION, claimKey(throughput), true), claimKey(latency), { value_low: 10, value_high: 10 });
		const curBefore = JSON.stringify(cur);
		applyCuration(claims, cur);
		expect(JSON.stringify(claims)).toBe(before);
		expect(JSON.stringify(cur)).toBe(curBefore);
	});

	it('curated claims round-trip through the CSV with status and verified, and loading restores statuses', () => {
		let cur = editClaim(EMPTY_CURATION, claimKey(latency), { value_low: 30, value_high: 30 });
		cur = setVerified(cur, claimKey(latency), true);
		cur = setRejected(cur, claimKey(throughput), true);
		cur = addClaim(cur, draftClaim({ paper_id: 'p1', title: 'P one', date: '2025-01-02', abstract }, 0, 3));
		const curated = applyCuration(claims, cur);
		const parsed = parseClaimsCsv(writeClaimsCsv(curated, { extensions: true }));
		expect(parsed.issues).toEqual([]);
		expect(parsed.hasStatus).toBe(true);
		const pick = (c: Claim) => [c.quote, c.status, c.verified ?? false, c.value_low, c.norm_low];
		expect(parsed.claims.map(pick)).toEqual(curated.map(pick));
		// Loaded as the user's dataset, with no curation of its own, the statuses stay.
		expect(applyCuration(parsed.claims, EMPTY_CURATION).map((c) => c.status)).toEqual(['added', 'edited', 'rejected']);
	});

	it('isCuration(value) accepts stored curations and rejects other values', () => {
		expect(isCuration(JSON.parse(JSON.stringify(setRejected(EMPTY_CURATION, 'k', true))))).toBe(true);
		for (const v of [null, [], {}, { version: 2, claims: {}, added: [] }, { version: 1, claims: {} }]) expect(isCuration(v)).toBe(false);
	});
});

describe('locateSelection', () => {
	it('locateSelection(abstract, selected, approx) finds the occurrence nearest to where it was selected', () => {
		const text = 'a 2x b 2x c 2x';
		expect(locateSelection(text, '2x', 0)).toEqual({ start: 2, end: 4 });
		expect(locateSelection(text, '2x', 8)).toEqual({ start: 7, end: 9 });
		expect(locateSelection(text, '2x', 13)).toEqual({ start: 12, end: 14 });
		expect(locateSelection(text, '3x', 0)).toBeNull();
		expect(locateSelection(text, '', 0)).toBeNull();
	});
});
