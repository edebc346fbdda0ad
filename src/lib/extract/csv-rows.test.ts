import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvRows } from './csv-rows.ts';

describe('csvRows', () => {
	it('writes what papaparse writes, on random cells full of quoting hazards', () => {
		let seed = 9;
		const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
		const atoms = ['a', 'Z', '0', ' ', ',', '"', '""', '\n', '\r', '\r\n', '\uFEFF', "'", '=', '-', '+', '@', '\t', 'é', '×', '🚀', ';'];
		for (let n = 0; n < 300; n++) {
			const rows: string[][] = [];
			const width = 1 + Math.floor(rand() * 5);
			for (let r = 0; r < 1 + Math.floor(rand() * 4); r++) {
				const row: string[] = [];
				for (let c = 0; c < width; c++) {
					let cell = '';
					for (let k = Math.floor(rand() * 6); k > 0; k--) cell += atoms[Math.floor(rand() * atoms.length)];
					row.push(cell);
				}
				rows.push(row);
			}
			expect(csvRows(rows)).toBe(Papa.unparse(rows, { newline: '\n', quotes: false }) + '\n');
		}
	});

	it('writes nothing for no rows', () => {
		expect(csvRows([])).toBe('');
	});
});
