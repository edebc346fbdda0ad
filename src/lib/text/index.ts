export * from './highlight.ts';
