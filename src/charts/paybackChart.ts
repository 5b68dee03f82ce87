/**
 * Chart 3 drawn: a line per AI deployment from 0 before month 1, the month
 * lost clients start to show and each payback month marked; zero (all-human)
 * is the strong grid line. The scale fits two-tier (paybackScale.ts).
 */
import type { ChartConfiguration } from 'chart.js';
import { aiDeploymentIds, type Evaluation, type Scenario } from '../model';
import { nameInSentence, nameOf, sentence } from './figure';
import type { Marker } from './markers';
import { baseOptions, deploymentLine, moneyAxis, type Point } from './options';
import { deploymentColours, deploymentDashes, type Ink } from './palette';
import { monthEvents } from './paybackFigure';
import { paybackOffScale } from './paybackScale';

/**
 * The markers of chart 3: the month lost clients start to show, each payback
 * month, and the month single-tier's line leaves the bottom of the scale.
 */
export function paybackMarkers(scenario: Scenario, evaluation: Evaluation, ink: Ink): Marker[] {
  const markers: Marker[] = monthEvents(scenario, evaluation).map(({ month, what, short, id }) => ({
    x: month,
    label: `${sentence(what)}, month ${month}`,
    short: `${short}, month ${month}`,
    colour: id ? deploymentColours[id] : ink.strong,
    dash: id ? deploymentDashes[id] : undefined,
  }));
  const offScale = paybackOffScale(evaluation);
  if (offScale) {
    markers.push({
      x: offScale.month,
      label: `${nameOf('singleTierAi')} off the scale, month ${offScale.month}`,
      short: `Off scale, month ${offScale.month}`,
      colour: deploymentColours.singleTierAi,
      dash: deploymentDashes.singleTierAi,
    });
  }
  return markers;
}

/** The Chart.js configuration of chart 3: each curve starts at 0 before month 1. */
export function paybackChart(
  scenario: Scenario,
  evaluation: Evaluation,
  ink: Ink,
): ChartConfiguration<'line', Point[]> {
  return {
    type: 'line',
    data: {
      datasets: aiDeploymentIds.map((id) =>
        deploymentLine(
          id,
          [
            { x: 0, y: 0 },
            ...evaluation.timeline[id].cumulativeNet.map((y, index) => ({ x: index + 1, y })),
          ],
          // Monthly points help to count months on a short horizon; on a long one they crowd.
          scenario.horizonMonths <= 36 ? 2 : 0,
        ),
      ),
    },
    options: {
      ...baseOptions(ink, paybackMarkers(scenario, evaluation, ink)),
      scales: {
        x: {
          type: 'linear',
          min: 0,
          max: scenario.horizonMonths,
          title: { display: true, text: 'Month', color: ink.text },
          ticks: { color: ink.text, precision: 0 },
          grid: { color: ink.grid },
          border: { color: ink.strong },
        },
        // Two-tier against all people keeps the scale; single-tier may fall past its bottom.
        y: {
          ...moneyAxis(scenario.currency, ink, `Gained against ${nameInSentence('allHuman')}`),
          min: paybackOffScale(evaluation)?.floor,
        },
      },
    },
  };
}
