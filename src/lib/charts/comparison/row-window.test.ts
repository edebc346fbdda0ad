import { describe, expect, it } from 'vitest';
import { generateClaims } from '../../../../bench/synthetic-claims.ts';
import { createComparisonGeometry } from './geometry.ts';
import { exactViewWindow, FIRST_FRAME_OVERSCAN, isWindowed, marksInWindow, viewWindow, windowCovers, WINDOW_OVERSCAN, WINDOW_STEP, WINDOWED_ROWS_ABOVE } from './row-window.ts';

const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ key: `p#${i}`, y: 30 + 22 * i }));

describe('viewWindow', () => {
	it('rounds the viewport out to whole steps, in chart coordinates', () => {
		// Chart top 350 px below the viewport's top, 900 px viewport: chart y from -350 to 550.
		expect(viewWindow(350, 900)).toEqual({ top: -2 * WINDOW_STEP, bottom: 3 * WINDOW_STEP });
		// Scrolled 1,000 px into the chart.
		const w = viewWindow(-1000, 900);
		expect(w.top).toBeLessThanOrEqual(1000);
		expect(w.bottom).toBeGreaterThanOrEqual(1900);
		expect(w.top % WINDOW_STEP).toBe(0);
		expect(w.bottom % WINDOW_STEP).toBe(0);
	});
	it('does not change while the scroll stays within a step', () => {
		expect(viewWindow(-1010, 900)).toEqual(viewWindow(-1090, 900));
	});
});

describe('marksInWindow', () => {
	it('a short chart is not windowed', () => {
		expect(isWindowed(WINDOWED_ROWS_ABOVE)).toBe(false);
		expect(isWindowed(WINDOWED_ROWS_ABOVE + 1)).toBe(true);
	});
	it('keeps the rows within the overscan of the window (and no row farther than one more), in order, and the kept keys', () => {
		const marks = rows(500);
		const view = { top: 2000, bottom: 2800 };
		const shown = marksInWindow(marks, view, new Set(['p#0', 'p#499', null]));
		const keys = shown.map((m) => m.key);
		expect(keys[0]).toBe('p#0');
		expect(keys[keys.length - 1]).toBe('p#499');
		const middle = shown.slice(1, -1);
		for (const m of marks)
			if (m.y + 11 >= view.top - WINDOW_OVERSCAN && m.y - 11 <= view.bottom + WINDOW_OVERSCAN) expect(keys).toContain(m.key);
		for (const m of middle) {
			expect(m.y).toBeGreaterThanOrEqual(view.top - WINDOW_OVERSCAN - 22);
			expect(m.y).toBeLessThanOrEqual(view.bottom + WINDOW_OVERSCAN + 22 + 11);
		}
		expect(middle.map((m) => m.y)).toEqual([...middle.map((m) => m.y)].sort((a, b) => a - b));
		expect(shown.length).toBeLessThan(marks.length / 3);
	});
	it('every row that is on screen is drawn, with or without the overscan (window from viewWindow)', () => {
		const marks = rows(800);
		for (const overscan of [0, WINDOW_OVERSCAN])
			for (let scroll = -400; scroll < 800 * 22; scroll += 37) {
				const shown = new Set(marksInWindow(marks, viewWindow(-scroll, 900), new Set(), overscan).map((m) => m.key));
				for (const m of marks) if (m.y + 11 >= scroll && m.y - 11 <= scroll + 900) expect(shown.has(m.key)).toBe(true);
			}
	});
	it('the first frame (exact viewport, a small overscan) draws every row on screen and few more', () => {
		const marks = rows(800);
		for (let scroll = -400; scroll < 800 * 22; scroll += 37) {
			const shown = marksInWindow(marks, exactViewWindow(-scroll, 900), new Set(), FIRST_FRAME_OVERSCAN);
			const keys = new Set(shown.map((m) => m.key));
			const onScreen = marks.filter((m) => m.y + 11 >= scroll && m.y - 11 <= scroll + 900);
			for (const m of onScreen) expect(keys.has(m.key)).toBe(true);
			expect(shown.length).toBeLessThanOrEqual(onScreen.length + Math.ceil((2 * FIRST_FRAME_OVERSCAN) / 22) + 3);
		}
	});
	it('windowCovers: the rows drawn still cover the screen after the chart moved less than the overscan', () => {
		const drawn = exactViewWindow(-1000, 900);
		expect(windowCovers(drawn, exactViewWindow(-1000 + 69, 900), FIRST_FRAME_OVERSCAN)).toBe(true);
		expect(windowCovers(drawn, exactViewWindow(-1000 - FIRST_FRAME_OVERSCAN, 900), FIRST_FRAME_OVERSCAN)).toBe(true);
		expect(windowCovers(drawn, exactViewWindow(-1000 + FIRST_FRAME_OVERSCAN + 1, 900), FIRST_FRAME_OVERSCAN)).toBe(false);
		expect(windowCovers(drawn, exactViewWindow(-1000, 1200), FIRST_FRAME_OVERSCAN)).toBe(false);
	});
	it('without the overscan, the rounded window draws about a screenful', () => {
		const marks = rows(800);
		const shown = marksInWindow(marks, viewWindow(-3000, 900), new Set(), 0);
		expect(shown.length).toBeGreaterThanOrEqual(900 / 22);
		expect(shown.length).toBeLessThan((900 + 2 * 200) / 22 + 2);
	});
	it('row marks of a geometry run top to bottom, which the window relies on', () => {
		const geometry = createComparisonGeometry(generateClaims(600, 7), { width: 900 }, { rowUnit: 'claim', groupBy: 'baseline' });
		const ys = geometry.panels.flatMap((p) => p.marks.map((m) => m.y));
		expect(ys.length).toBeGreaterThan(WINDOWED_ROWS_ABOVE);
		for (let i = 1; i < ys.length; i++) expect(ys[i]).toBeGreaterThan(ys[i - 1]);
	});
});
