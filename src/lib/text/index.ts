export * from './highlight.ts';
export * from './compare.ts';
