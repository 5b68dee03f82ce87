/**
 * Everything the charts need once Chart.js is there: the configuration
 * builders, the ink and the markers plugin. Chart.svelte loads this module
 * lazily with Chart.js, so none of it weighs on the page's first script.
 */
import type { ChartConfiguration } from 'chart.js';
import type { Evaluation, Scenario } from '../model';
import { asymmetryChart } from './asymmetryChart';
import type { ChartKind } from './figure';
import { loadedShareChart } from './loadedShareChart';
import type { Ink } from './palette';
import { paybackChart } from './paybackChart';
import { recallChart } from './recallChart';

export { markersPlugin } from './markers';
export { chartInk } from './palette';

/** Each builder returns its own chart type's configuration; Chart.js takes any of them. */
type Builder = (scenario: Scenario, evaluation: Evaluation, ink: Ink) => ChartConfiguration;

/** The configuration builder of each chart. */
export const chartBuilders: Record<ChartKind, Builder> = {
  asymmetry: asymmetryChart as Builder,
  loadedShare: loadedShareChart as Builder,
  payback: paybackChart as Builder,
  recall: recallChart as Builder,
};
