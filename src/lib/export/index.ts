export * from './filename.ts';
export * from './download.ts';
export * from './figure.ts';
export * from './notes.ts';
export * from './svg.ts';
export * from './png.ts';
