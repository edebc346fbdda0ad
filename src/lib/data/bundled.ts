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

/** Loads and parses both bundled files; `fetchImpl`-free so tests can intercept the requests. */
export async function loadBundledDataset(): Promise<Dataset> {
	const [claimsText, papersText] = await Promise.all([
		fetchText(BUNDLED_CLAIMS_URL, 'claims.csv'),
		fetchText(BUNDLED_PAPERS_URL, 'papers.csv')
	]);
	const issues: InputIssue[] = [];
	let claims: Claim[] = [];
	let papers: PaperRecord[] = [];
	if ('issue' in claimsText) issues.push(claimsText.issue);
	else {
		const parsed = parseClaimsCsv(claimsText.text, 'claims.csv');
		claims = parsed.claims;
		issues.push(...parsed.issues);
	}
	if ('issue' in papersText) issues.push(papersText.issue);
	else {
		const parsed = parsePapersCsv(papersText.text, 'papers.csv');
		papers = parsed.papers;
		issues.push(...parsed.issues);
	}
	return { claims, papers, issues };
}
