export * from './highlight.ts';
export * from './compare.ts';
export * from './numbers.ts';
export * from './xml.ts';
