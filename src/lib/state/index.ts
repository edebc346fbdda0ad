export * from './filters.ts';
export * from './sort.ts';
export * from './explorer.svelte.ts';
export * from './pareto-view.ts';
export * from './describe.ts';
