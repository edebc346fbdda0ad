/** Pareto chart: frontier, pairing of claims into points, geometry. The module's public surface. */
export * from './frontier.ts';
export * from './pairing.ts';
export * from './geometry.ts';
export * from './format.ts';
export * from './legend.ts';
export * from './dense.ts';
