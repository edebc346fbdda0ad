/** Test helpers for chart exports: read downloads, check PNG bytes and pixels, parse SVG in the page. */
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { parseClaimsCsv } from '../../src/lib/claims/csv.ts';
import type { Claim } from '../../src/lib/claims/schema.ts';

/** The claims the app ships, parsed with the app's own reader (counts are never hard-coded). */
export function readShippedClaims(path = 'data/claims.csv'): Claim[] {
	const { claims, issues } = parseClaimsCsv(readFileSync(path, 'utf8'), path);
	if (issues.length) throw new Error(`${path} has issues: ${JSON.stringify(issues.slice(0, 3))}`);
	return claims;
}

export interface Downloaded {
	name: string;
	bytes: Buffer;
	path: string;
}

/** Clicks `testId` and returns the file it downloads. */
export async function downloadBy(page: Page, testId: string): Promise<Downloaded> {
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
	const path = await download.path();
	return { name: download.suggestedFilename(), bytes: readFileSync(path), path };
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from the IHDR chunk, after checking the signature and the chunk type. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
	expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
	expect(bytes.toString('ascii', 12, 16)).toBe('IHDR');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Decodes the PNG in the page and returns the variance of its grey levels and the share of non-white pixels. */
export async function pngPixelStats(page: Page, bytes: Buffer): Promise<{ variance: number; inked: number; width: number }> {
	return page.evaluate(async (b64) => {
		const img = new Image();
		img.src = `data:image/png;base64,${b64}`;
		await img.decode();
		const canvas = document.createElement('canvas');
		canvas.width = img.naturalWidth;
		canvas.height = img.naturalHeight;
		const ctx = canvas.getContext('2d')!;
		ctx.drawImage(img, 0, 0);
		const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
		let sum = 0;
		let sumSq = 0;
		let inked = 0;
		const n = data.length / 4;
		for (let i = 0; i < data.length; i += 4) {
			const grey = (data[i] + data[i + 1] + data[i + 2]) / 3;
			sum += grey;
			sumSq += grey * grey;
			if (grey < 240) inked++;
		}
		const mean = sum / n;
		return { variance: sumSq / n - mean * mean, inked: inked / n, width: canvas.width };
	}, bytes.toString('base64'));
}

export interface ParsedSvg {
	error: string | null;
	xmlns: string | null;
	viewBox: string | null;
	text: string;
	count: (selector: string) => number;
}

/** Parses SVG text with the browser's DOMParser and counts `selectors` in it. */
export async function parseSvgInPage(page: Page, svg: string, selectors: string[]) {
	return page.evaluate(
		({ svg, selectors }) => {
			const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
			const error = doc.querySelector('parsererror');
			const root = doc.documentElement;
			return {
				error: error ? error.textContent : null,
				rootName: root.localName,
				namespace: root.namespaceURI,
				xmlns: root.getAttribute('xmlns'),
				viewBox: root.getAttribute('viewBox'),
				text: root.textContent ?? '',
				counts: Object.fromEntries(selectors.map((s) => [s, doc.querySelectorAll(s).length]))
			};
		},
		{ svg, selectors }
	);
}

/** Keeps a copy of an exported file for people to look at when SHOTS_DIR is set. */
export function keepForShots(file: Downloaded, name = file.name): void {
	const dir = process.env.SHOTS_DIR;
	if (!dir) return;
	if (!existsSync(dir)) mkdirSync(dir, { recursive: true });
	copyFileSync(file.path, join(dir, name));
}
