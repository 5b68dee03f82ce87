/** Uncertainty: ranges, the seeded simulation, its statistics, the tornado and the thresholds. */
export * from './ranges';
export * from './random';
export * from './pert';
export * from './simulate';
export * from './stats';
export * from './metrics';
export * from './tornado';
export * from './thresholds';
export * from './wording';
export * from './firmness';
