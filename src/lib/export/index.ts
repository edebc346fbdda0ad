export * from './filename.ts';
export * from './download.ts';
