/**
 * Chart 2 drawn: a line per deployment through 101 loaded shares, with the
 * firm's share and each break-even (`breakEvenLoadedShare`) marked.
 */
import type { ChartConfiguration } from 'chart.js';
import { aiDeploymentIds, deploymentIds, type Evaluation, type Scenario } from '../model';
import { sweepLoadedShare } from '../model/sweeps';
import { formatShare } from '../display/format';
import { nameOf } from './figure';
import type { Marker } from './markers';
import { baseOptions, deploymentLine, moneyAxis, shareAxis, type Point } from './options';
import { deploymentColours, deploymentDashes, type Ink } from './palette';

/** The markers of chart 2: the firm's share and each break-even. */
export function loadedShareMarkers(scenario: Scenario, evaluation: Evaluation, ink: Ink): Marker[] {
  const markers: Marker[] = [
    {
      x: scenario.loadedShare,
      label: `Yours ${formatShare(scenario.loadedShare)}`,
      colour: ink.strong,
    },
  ];
  for (const id of aiDeploymentIds) {
    const share = evaluation.breakEvenLoadedShare[id];
    if (share === null) continue;
    markers.push({
      x: share,
      label: `${nameOf(id)} break-even ${formatShare(share)}`,
      short: `Break-even ${formatShare(share)}`,
      colour: deploymentColours[id],
      dash: deploymentDashes[id],
    });
  }
  return markers;
}

/** The Chart.js configuration of chart 2, drawn through 101 loaded shares. */
export function loadedShareChart(
  scenario: Scenario,
  evaluation: Evaluation,
  ink: Ink,
): ChartConfiguration<'line', Point[]> {
  const sweep = sweepLoadedShare(scenario);
  return {
    type: 'line',
    data: {
      datasets: deploymentIds.map((id) =>
        deploymentLine(
          id,
          sweep.loadedShare.map((x, index) => ({ x, y: sweep.totalCost[id][index] })),
        ),
      ),
    },
    options: {
      ...baseOptions(ink, loadedShareMarkers(scenario, evaluation, ink)),
      scales: {
        x: shareAxis(ink, 'Share of inquiries that are loaded'),
        y: moneyAxis(scenario.currency, ink, 'Total a month'),
      },
    },
  };
}
