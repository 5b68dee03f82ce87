/**
 * Chart 1 in words, the asymmetry: each deployment's monthly cost as operating
 * cost, the cost of lost clients and the liability for what the AI says; the
 * finding is whether the cheapest to run is also the cheapest in total.
 */
import { deploymentIds, type Evaluation, type Scenario } from '../model';
import { formatMoney } from '../display/format';
import { nameInSentence, nameOf, type FigureText } from './figure';
import type { Fill } from './palette';

/** The stacked components, bottom to top; each has its own fill pattern. */
export const costComponents = [
  { field: 'operatingCost', label: 'Operating cost', fill: 'solid' },
  { field: 'churnCost', label: 'Lost clients', fill: 'stripes' },
  { field: 'liabilityCost', label: 'Liability for AI answers', fill: 'dots' },
] as const satisfies readonly { field: string; label: string; fill: Fill }[];

/**
 * The finding: whether the cheapest to run is also the cheapest in total.
 *
 * @example
 * asymmetryCaption(UK_SERVICES_FIRM, evaluate(UK_SERVICES_FIRM))
 * // => 'Single-tier AI is the cheapest to run, £1,476 a month less than two-tier,
 * //     but costs £10,790 a month more in total once lost clients and liability are counted.'
 */
export function asymmetryCaption(scenario: Scenario, evaluation: Evaluation): string {
  const money = (value: number) => formatMoney(value, scenario.currency);
  const { cheapestToRun: cheapest, recommended, deployments } = evaluation;
  const total = deployments[recommended].totalCost;
  if (cheapest === recommended) {
    return `${nameOf(recommended)} is the cheapest both to run and in total, at ${money(total)} a month once lost clients and liability are counted.`;
  }
  const saving = deployments[recommended].operatingCost - deployments[cheapest].operatingCost;
  const extra = deployments[cheapest].totalCost - total;
  const start = `${nameOf(cheapest)} is the cheapest to run, ${money(saving)} a month less than ${nameInSentence(recommended)},`;
  if (evaluation.costOnlyTrap) {
    return `${start} but costs ${money(extra)} a month more in total once lost clients and liability are counted.`;
  }
  return `${start} and ties with it in total at ${money(total)} a month once lost clients and liability are counted.`;
}

/** Title, caption, legend and data table of chart 1. */
export function asymmetryFigure(scenario: Scenario, evaluation: Evaluation): FigureText {
  const money = (value: number) => formatMoney(value, scenario.currency);
  return {
    title: 'What each option costs a month',
    caption: asymmetryCaption(scenario, evaluation),
    description: `Stacked bar chart of each option's monthly cost in ${scenario.currency}: operating cost, lost clients and liability. The data table below gives the figures.`,
    legend: costComponents.map(({ label, fill }) => ({ label, colour: 'currentColor', fill })),
    table: {
      caption: `Monthly cost by component, ${scenario.currency}`,
      columns: ['Option', ...costComponents.map(({ label }) => label), 'Total'],
      units: [undefined, ...costComponents.map(() => scenario.currency), scenario.currency],
      rows: deploymentIds.map((id) => {
        const result = evaluation.deployments[id];
        const cell = (field: (typeof costComponents)[number]['field'] | 'totalCost') => ({
          text: money(result[field]),
          metric: `${id}.${field}`,
          value: result[field],
        });
        return {
          header: nameOf(id),
          cells: [...costComponents.map(({ field }) => cell(field)), cell('totalCost')],
          marked: id === evaluation.recommended,
        };
      }),
    },
  };
}
