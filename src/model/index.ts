/** The model's public face: pure TypeScript, no DOM, no Svelte, no Chart.js. */
export * from './schema';
export * from './types';
export * from './presets';
export { evaluate } from './evaluate';
export { evaluateDeployment, evaluateDeployments } from './evaluateDeployment';
export { routeFirstContact, usesAi, type Streams } from './routing';
export { recommend, cheapestToRun, decideVerdict, compareAmounts } from './decision';
export { breakEvenRecall, breakEvenLoadedShare } from './breakEven';
export { monthlyNet, buildTimeline, rampShare } from './timeline';
export { clientsLostPerYear, clientsLostPerYearShare } from './yearlyClients';
export * from './presetSources';
