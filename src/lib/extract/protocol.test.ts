import { describe, expect, it } from 'vitest';
import { isExtractRequest, isExtractResponse } from './protocol.ts';

describe('protocol', () => {
	it('isExtractRequest(message) accepts extract and cancel requests', () => {
		expect(isExtractRequest({ type: 'extract', id: 1, text: 'x', source: 'pasted text' })).toBe(true);
		expect(isExtractRequest({ type: 'extract', id: 1, text: 'x', format: 'jsonl', source: 'a.jsonl' })).toBe(true);
		expect(isExtractRequest({ type: 'cancel', id: 3 })).toBe(true);
	});

	it('isExtractRequest(message) rejects malformed messages', () => {
		for (const m of [null, 1, 'extract', {}, { type: 'extract', id: '1', text: '', source: '' }, { type: 'extract', id: 1, source: '' }, { type: 'run', id: 1 }])
			expect(isExtractRequest(m)).toBe(false);
	});

	it('isExtractResponse(message) accepts each response type and rejects others', () => {
		expect(isExtractResponse({ type: 'progress', id: 1, done: 0, total: 3 })).toBe(true);
		expect(isExtractResponse({ type: 'chunk', id: 1, papers: [], claims: [] })).toBe(true);
		expect(isExtractResponse({ type: 'result', id: 1, issues: [], format: 'text' })).toBe(true);
		expect(isExtractResponse({ type: 'chunk', id: 1, papers: [] })).toBe(false);
		expect(isExtractResponse({ type: 'error', id: 1, message: 'boom' })).toBe(true);
		expect(isExtractResponse({ type: 'progress', id: 1, done: 0 })).toBe(false);
		expect(isExtractResponse({ type: 'result', id: 1, issues: [] })).toBe(false);
		expect(isExtractResponse({ type: 'done', id: 1 })).toBe(false);
	});
});
