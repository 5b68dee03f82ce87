/** The segmentation worksheet's model: pure TypeScript, no DOM. */
export * from './types';
export * from './signals';
export * from './wilson';
export * from './review';
export * from './classify';
export * from './triageQuality';
export * from './topics';
export * from './summary';
