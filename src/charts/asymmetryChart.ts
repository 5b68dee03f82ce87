/**
 * Chart 1 drawn: stacked bars per deployment. Colour names the deployment and
 * the pattern names the component, so neither is told by colour alone.
 */
import type { ChartConfiguration } from 'chart.js';
import { deploymentIds, type Evaluation, type Scenario } from '../model';
import { costComponents } from './asymmetryFigure';
import { nameOf } from './figure';
import { baseOptions, moneyAxis } from './options';
import { deploymentColours, type Ink } from './palette';
import { patternFill } from './patterns';

/** The Chart.js configuration of chart 1. */
export function asymmetryChart(
  scenario: Scenario,
  evaluation: Evaluation,
  ink: Ink,
): ChartConfiguration<'bar'> {
  const colours = deploymentIds.map((id) => deploymentColours[id]);
  return {
    type: 'bar',
    data: {
      labels: deploymentIds.map(nameOf),
      datasets: costComponents.map(({ field, label, fill }) => ({
        label,
        data: deploymentIds.map((id) => evaluation.deployments[id][field]),
        backgroundColor:
          fill === 'solid'
            ? colours
            : (context) => patternFill(context.chart.ctx, colours[context.dataIndex], fill),
        borderColor: colours,
        borderWidth: 1.5,
        stack: 'cost',
      })),
    },
    options: {
      ...baseOptions(ink),
      scales: {
        x: { stacked: true, ticks: { color: ink.text }, grid: { display: false } },
        y: { ...moneyAxis(scenario.currency, ink, 'A month'), stacked: true },
      },
    },
  };
}
