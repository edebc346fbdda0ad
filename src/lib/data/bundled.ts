/**
 * The bundled dataset: `data/claims.csv` and `data/papers.csv` as built assets, fetched in the
 * browser after first paint. A missing or malformed file is reported as issues; whatever parses is
 * still returned.
 */
import claimsUrl from '../../../data/claims.csv?url';
import papersUrl from '../../../data/papers.csv?url';
import { parseClaimsCsv } from '../claims/csv.ts';
import type { InputIssue } from '../claims/issues.ts';
import type { Claim } from '../claims/schema.ts';
import { parsePapersCsv, type PaperRecord } from './papers.ts';
import { parseClaimsPieces, textPieces } from './stream-claims.ts';

export interface Dataset {
	claims: Claim[];
	papers: PaperRecord[];
	issues: InputIssue[];
}

export const BUNDLED_CLAIMS_URL: string = claimsUrl;
export const BUNDLED_PAPERS_URL: string = papersUrl;

async function fetchText(url: string, source: string): Promise<{ text: string } | { issue: InputIssue }> {
	try {
		const res = await fetch(url);
		if (!res.ok)
			return { issue: { source, reason: `could not be loaded (HTTP ${res.status}); rebuild the app with \`npm run data\` then \`npm run build\``, severity: 'fatal' } };
		return { text: await res.text() };
	} catch (err) {
		return { issue: { source, reason: `could not be loaded (${String(err)})`, severity: 'fatal' } };
	}
}

/** Fetches and parses the claims file while it downloads (see stream-claims.ts). */
async function fetchClaims(url: string, source: string): Promise<{ claims: Claim[]; issues: InputIssue[] }> {
	try {
		const res = await fetch(url);
		if (!res.ok)
			return { claims: [], issues: [{ source, reason: `could not be loaded (HTTP ${res.status}); rebuild the app with \`npm run data\` then \`npm run build\``, severity: 'fatal' }] };
		const parsed = res.body ? await parseClaimsPieces(textPieces(res.body), source) : parseClaimsCsv(await res.text(), source);
		return { claims: parsed.claims, issues: parsed.issues };
	} catch (err) {
		return { claims: [], issues: [{ source, reason: `could not be loaded (${String(err)})`, severity: 'fatal' }] };
	}
}

/** Loads and parses the bundled claims file (what the first chart needs). */
export async function loadBundledClaims(): Promise<Pick<Dataset, 'claims' | 'issues'>> {
	return fetchClaims(BUNDLED_CLAIMS_URL, 'claims.csv');
}

/** Downloads the bundled papers file now; `parse()` reads it when called (titles are in the
 * claims; this adds the abstracts), so the caller decides when its parse may take the main thread. */
export function downloadBundledPapers(): { parse: () => Promise<Pick<Dataset, 'papers' | 'issues'>> } {
	const text = fetchText(BUNDLED_PAPERS_URL, 'papers.csv');
	return {
		parse: async () => {
			const got = await text;
			if ('issue' in got) return { papers: [], issues: [got.issue] };
			return parsePapersCsv(got.text, 'papers.csv');
		}
	};
}
