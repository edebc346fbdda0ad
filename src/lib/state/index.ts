export * from './filters.ts';
export * from './sort.ts';
export * from './explorer.svelte.ts';
