import { describe, expect, it } from 'vitest';
import { generateClaims } from '../../../../bench/synthetic-claims.ts';
import { createComparisonGeometry } from './geometry.ts';
import { isWindowed, marksInWindow, viewWindow, WINDOW_OVERSCAN, WINDOW_STEP, WINDOWED_ROWS_ABOVE } from './row-window.ts';

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
	it('keeps the rows within the overscan of the window, in order, and the kept keys', () => {
		const marks = rows(500);
		const view = { top: 2000, bottom: 2800 };
		const shown = marksInWindow(marks, view, new Set(['p#0', 'p#499', null]));
		const inside = marks.filter((m) => m.y >= view.top - WINDOW_OVERSCAN && m.y <= view.bottom + WINDOW_OVERSCAN);
		expect(inside.length).toBeGreaterThan(40);
		expect(shown.map((m) => m.key)).toEqual(['p#0', ...inside.map((m) => m.key), 'p#499']);
		expect(shown.length).toBeLessThan(marks.length / 3);
	});
	it('every row that is on screen while scrolling is drawn (window from viewWindow)', () => {
		const marks = rows(800);
		for (let scroll = -400; scroll < 800 * 22; scroll += 37) {
			const shown = new Set(marksInWindow(marks, viewWindow(-scroll, 900), new Set()).map((m) => m.key));
			for (const m of marks) if (m.y + 11 >= scroll && m.y - 11 <= scroll + 900) expect(shown.has(m.key)).toBe(true);
		}
	});
	it('row marks of a geometry run top to bottom, which the window relies on', () => {
		const geometry = createComparisonGeometry(generateClaims(600, 7), { width: 900 }, { rowUnit: 'claim', groupBy: 'baseline' });
		const ys = geometry.panels.flatMap((p) => p.marks.map((m) => m.y));
		expect(ys.length).toBeGreaterThan(WINDOWED_ROWS_ABOVE);
		for (let i = 1; i < ys.length; i++) expect(ys[i]).toBeGreaterThan(ys[i - 1]);
	});
});
