import { describe, expect, it } from 'vitest';
import { placeTooltip, stepIndex, TOOLTIP_WIDTH } from './interaction.ts';

describe('placeTooltip', () => {
	it('goes right of the mark when it fits', () => {
		expect(placeTooltip({ left: 90, right: 100 }, 800)).toEqual({ left: 114, width: TOOLTIP_WIDTH });
	});
	it('goes left of the mark when the right side is too narrow', () => {
		// 600 + 14 + 340 > 800: left of the mark's left end, 14 px away.
		expect(placeTooltip({ left: 500, right: 600 }, 800)).toEqual({ left: 500 - 14 - 340, width: 340 });
	});
	it('stays inside the chart on both sides', () => {
		expect(placeTooltip({ left: 100, right: 500 }, 800)).toEqual({ left: 4, width: 340 });
		// A mark past the right edge still gets a tooltip ending 4 px inside the chart.
		expect(placeTooltip({ left: 1000, right: 1000 }, 800)).toEqual({ left: 800 - 340 - 4, width: 340 });
	});
	it('narrows to the chart width minus 8 on small charts', () => {
		expect(placeTooltip({ left: 10, right: 10 }, 300)).toEqual({ left: 4, width: 292 });
	});
});

describe('stepIndex', () => {
	it('steps forward and back with the arrow keys', () => {
		expect(stepIndex('ArrowRight', 2, 5)).toBe(3);
		expect(stepIndex('ArrowDown', 2, 5)).toBe(3);
		expect(stepIndex('ArrowLeft', 2, 5)).toBe(1);
		expect(stepIndex('ArrowUp', 2, 5)).toBe(1);
	});
	it('jumps to the ends with Home and End', () => {
		expect(stepIndex('Home', 3, 5)).toBe(0);
		expect(stepIndex('End', 0, 5)).toBe(4);
	});
	it('clamps at both ends and starts at 0 from no focus', () => {
		expect(stepIndex('ArrowRight', 4, 5)).toBe(4);
		expect(stepIndex('ArrowLeft', 0, 5)).toBe(0);
		expect(stepIndex('ArrowRight', -1, 5)).toBe(0);
	});
	it('returns null for other keys', () => {
		expect(stepIndex('Enter', 1, 5)).toBeNull();
		expect(stepIndex('a', 1, 5)).toBeNull();
	});
});
