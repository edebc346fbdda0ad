// Public surface of the extractor. Pure TypeScript: no DOM, no Node APIs.
export * from './types.ts';
export { findClaims } from './find.ts';
