/**
 * Chart 4 drawn: two-tier's total through 101 recalls, all-human's total as a
 * flat reference line, the break-even recall and the firm's recall marked.
 */
import type { ChartConfiguration } from 'chart.js';
import type { Evaluation, Scenario } from '../model';
import { sweepRecall } from '../model/sweeps';
import { formatShare } from '../display/format';
import type { Marker } from './markers';
import { baseOptions, deploymentLine, moneyAxis, shareAxis, type Point } from './options';
import { deploymentColours, deploymentDashes, type Ink } from './palette';

/** The markers of chart 4: the firm's recall and the break-even recall. */
export function recallMarkers(scenario: Scenario, evaluation: Evaluation, ink: Ink): Marker[] {
  const recall = evaluation.breakEvenRecall;
  return [
    {
      x: scenario.routerRecall,
      label: `Yours ${formatShare(scenario.routerRecall)}`,
      colour: ink.strong,
    },
    ...(recall === null
      ? []
      : [
          {
            x: recall,
            label: `Break-even ${formatShare(recall)}`,
            colour: deploymentColours.twoTier,
            dash: deploymentDashes.twoTier,
          },
        ]),
  ];
}

/** The Chart.js configuration of chart 4, drawn through 101 recalls. */
export function recallChart(
  scenario: Scenario,
  evaluation: Evaluation,
  ink: Ink,
): ChartConfiguration<'line', Point[]> {
  const sweep = sweepRecall(scenario);
  return {
    type: 'line',
    data: {
      datasets: [
        deploymentLine(
          'twoTier',
          sweep.routerRecall.map((x, index) => ({ x, y: sweep.twoTier[index] })),
        ),
        deploymentLine('allHuman', [
          { x: 0, y: sweep.allHuman },
          { x: 1, y: sweep.allHuman },
        ]),
      ],
    },
    options: {
      ...baseOptions(ink, recallMarkers(scenario, evaluation, ink)),
      scales: {
        x: shareAxis(ink, 'Loaded inquiries the sorting catches (sends to a person)'),
        y: moneyAxis(scenario.currency, ink, 'Total a month'),
      },
    },
  };
}
