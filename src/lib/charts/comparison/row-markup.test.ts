import { describe, expect, it } from 'vitest';
import { makeClaim } from '../../testing/claims.ts';
import { createComparisonGeometry } from './geometry.ts';
import { markAriaLabel, rowMarkup } from './row-markup.ts';

const claims = [
	// up to 1.41x (latency), a single value with a tail from 1x
	makeClaim({ paper_id: 'a', title: 'Alpha <b>&</b> "co": x', claim: 1, quote: `up to 29% lower latency than vLLM's <engine>`, baseline: 'vLLM & "SGLang"' }),
	// a range, no tail
	makeClaim({ paper_id: 'b', title: 'Beta', claim: 1, quote: 'reduces latency by 28-71%', value_low: 28, value_high: 71, qualifier: 'exact', baseline: '' })
];
const g = createComparisonGeometry(claims, { width: 900 }, { rowUnit: 'claim', groupBy: 'metric' });
const frame = { width: g.width, plotLeft: g.plotLeft, rowHeight: 22 };
const mark = (paper: string) => g.panels[0].marks.find((m) => m.claim.paper_id === paper)!;
/** The markup's elements, in order, by tag name (a row is one <a> around its parts). */
const tags = (markup: string) => [...markup.matchAll(/<([a-z]+)[\s>/]/g)].map((m) => m[1]);

describe('rowMarkup(mark, frame, href)', () => {
	it('is one link element, not a tab stop until the chart makes it one', () => {
		const s = rowMarkup(mark('b'), frame, '/paper/b#claim-1');
		expect(s.startsWith('<a ')).toBe(true);
		expect(s.endsWith('</a>')).toBe(true);
		expect(tags(s).filter((t) => t === 'a')).toHaveLength(1);
		expect(s).toContain('tabindex="-1"');
		expect(s).toContain('data-testid="claim-mark"');
		expect(s).toContain(`data-key="${mark('b').key}"`);
	});

	it('draws a range with its cap and no tail; a single `up to` value with a tail and no range', () => {
		expect(tags(rowMarkup(mark('b'), frame, '#'))).toEqual(['a', 'rect', 'text', 'line', 'line', 'path', 'text']);
		const upTo = rowMarkup(mark('a'), frame, '#');
		expect(tags(upTo)).toEqual(['a', 'rect', 'text', 'line', 'path', 'text']);
		expect(upTo).toContain('class="tail"');
		expect(upTo).toContain(`x1="${g.panels[0].refX}"`);
	});

	it('escapes every text and attribute taken from a claim', () => {
		const s = rowMarkup(mark('a'), frame, '/paper/a?q="x"&y=<1>');
		expect(s).toContain('href="/paper/a?q=&quot;x&quot;&amp;y=&lt;1&gt;"');
		expect(s).toContain('Alpha &lt;b&gt;&amp;&lt;/b&gt; &quot;co&quot;');
		expect(s).toContain('vLLM &amp; &quot;SGLang&quot;');
		// Nothing from the claim opens an element: the only tags are the row's own.
		expect(tags(s)).toEqual(['a', 'rect', 'text', 'line', 'path', 'text']);
	});

	it('says what a screen reader announces: paper, sentence, value, baseline', () => {
		expect(markAriaLabel(mark('b'))).toBe(`Beta: reduces latency by 28-71%; ${mark('b').valueLabel}. Opens the paper.`);
		expect(markAriaLabel(mark('a'))).toContain(' vs vLLM & "SGLang". Opens the paper.');
	});
});
