export * from './schema.ts';
export * from './normalize.ts';
export * from './csv.ts';
export * from './issues.ts';
export * from './slug.ts';
