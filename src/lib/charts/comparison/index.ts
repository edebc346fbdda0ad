export * from './geometry.ts';
export { default as ComparisonChart } from './ComparisonChart.svelte';
