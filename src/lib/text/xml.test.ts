import { describe, expect, it } from 'vitest';
import { escapeXml } from './xml.ts';

describe('escapeXml(text)', () => {
	it('escapes the five XML specials', () => {
		expect(escapeXml(`<a href="x">&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
	});
	it('leaves other text, unicode included, as it is', () => {
		expect(escapeXml('1.3× faster — 28–71% µs')).toBe('1.3× faster — 28–71% µs');
	});
});
