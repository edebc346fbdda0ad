import { describe, expect, it } from 'vitest';
import { composeFigure, FIGURE_FONT, type FigureParts, wrapText } from './figure.ts';

/**
 * A small well-formedness check (no DOM here): tags balance, attributes are quoted, every `&`
 * starts an entity, no `<` in text. The browser's DOMParser checks the real thing in Playwright.
 */
function assertWellFormed(xml: string): void {
	const stack: string[] = [];
	const token = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
	let m: RegExpExecArray | null;
	let pos = 0;
	while (pos < xml.length && (m = token.exec(xml)) !== null) {
		pos = token.lastIndex;
		const [, close, name, , selfClose, text] = m;
		if (text !== undefined) {
			expect(text, 'bare & in text').not.toMatch(/&(?!(amp|lt|gt|quot|apos|#\d+);)/);
			continue;
		}
		if (close) expect(stack.pop(), `closing </${name}>`).toBe(name);
		else if (!selfClose) stack.push(name);
	}
	expect(pos, `unparsable markup near: ${xml.slice(pos, pos + 60)}`).toBe(xml.length);
	expect(stack).toEqual([]);
}

const CHART = '<svg xmlns="http://www.w3.org/2000/svg" width="700" height="400" viewBox="0 0 700 400"><circle class="point" cx="10" cy="10" r="4"/></svg>';
const PARTS: FigureParts = {
	title: 'Speed-up against quality: Pareto frontier',
	subtitle: 'Filters: latency, speed-up, throughput · no "up to" claims',
	chart: { svg: CHART, width: 700, height: 400 },
	legend: [
		{ label: 'Paper', color: '#4477aa', shape: 'dot' },
		{ label: 'Pareto frontier', color: '#cc6677', shape: 'line' }
	],
	notes: ['One point per paper: x = its best factor, y = its best delta.', 'Factors: times better than the baseline; 1/(1−p) for a p% latency cut.'],
	source: 'Source: Claimscope, 89 claims from 28 papers',
	date: '2026-11-23',
	link: 'https://example.org/?metric=latency&q=<b>'
};

describe('composeFigure(parts)', () => {
	const fig = composeFigure(PARTS);

	it('is a standalone SVG with xmlns, a viewBox of its size and a white background', () => {
		expect(fig.svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
		expect(fig.svg).toContain(`viewBox="0 0 ${fig.width} ${fig.height}"`);
		expect(fig.svg).toContain('fill="#ffffff"');
		expect(fig.width).toBe(748);
		expect(fig.height).toBeGreaterThan(400 + 100);
	});

	it('is well-formed XML, escaping text from the view', () => {
		assertWellFormed(fig.svg.trim());
		expect(fig.svg).toContain('q=&lt;b&gt;');
		expect(fig.svg).toContain('no &quot;up to&quot; claims');
	});

	it('holds title, subtitle, chart, legend, notes and the footer in that order', () => {
		const order = ['Speed-up against quality', 'Filters: latency', 'class="point"', '>Pareto frontier</text></g>', 'One point per paper', 'Source: Claimscope, 89 claims from 28 papers · 2026-11-23 · https://example.org/'];
		const at = order.map((s) => fig.svg.indexOf(s));
		expect(at.every((i) => i >= 0), JSON.stringify(at)).toBe(true);
		expect([...at].sort((a, b) => a - b)).toEqual(at);
	});

	it('names the font on every text so it renders the same outside the browser', () => {
		const texts = fig.svg.match(/<text [^>]*>/g)!;
		expect(texts.length).toBeGreaterThan(5);
		for (const t of texts) expect(t).toContain(`font-family="${FIGURE_FONT}"`);
	});

	it('wraps long notes inside the figure width', () => {
		const long = composeFigure({ ...PARTS, notes: ['word '.repeat(200)] });
		const lines = long.svg.match(/class="figure-footer">word[^<]*/g)!;
		expect(lines.length).toBeGreaterThan(3);
		for (const l of lines) expect(l.length - 'class="figure-footer">'.length).toBeLessThanOrEqual(Math.floor((748 - 48) / (11 * 0.6)));
		expect(long.height).toBeGreaterThan(fig.height);
	});

	it('is at least 560 px wide for a small chart', () => {
		expect(composeFigure({ ...PARTS, chart: { svg: CHART, width: 300, height: 200 } }).width).toBe(560);
	});
});

describe('wrapText(text, width, size)', () => {
	it('breaks at spaces and keeps a long word whole', () => {
		expect(wrapText('aaa bbb ccc', 8 * 10 * 0.6, 10)).toEqual(['aaa bbb', 'ccc']);
		expect(wrapText('x'.repeat(20), 60, 10)).toEqual(['x'.repeat(20)]);
		expect(wrapText('', 100, 10)).toEqual([]);
	});
});
