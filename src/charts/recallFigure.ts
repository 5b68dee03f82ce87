/**
 * Chart 4 in words: two-tier's monthly total as the triage recall (the share
 * of loaded inquiries it sends to a person) goes from 0 to 100 %, against
 * all-human's; the finding is the recall two-tier needs and where the firm is.
 */
import { compareAmounts, type Evaluation, type Scenario } from '../model';
import { sweepRecall } from '../model/sweeps';
import { formatMoney, formatShare } from '../display/format';
import {
  moneyCell,
  nameInSentence,
  nameOf,
  notedRowHeader,
  notedSteps,
  sentence,
  type FigureText,
} from './figure';
import { deploymentColours, deploymentDashes } from './palette';

/**
 * The finding: the recall two-tier needs to cost no more than all-human, and
 * where the firm's own recall leaves it.
 *
 * @example
 * recallCaption(UK_SERVICES_FIRM, evaluate(UK_SERVICES_FIRM))
 * // => 'Two-tier costs no more than all people once triage sends at least 86.9% of loaded
 * //     inquiries to a person; with your sorting catching 90% it costs £385 a month less.'
 */
export function recallCaption(scenario: Scenario, evaluation: Evaluation): string {
  const { twoTier, allHuman } = evaluation.deployments;
  const people = nameInSentence('allHuman');
  const gap = twoTier.totalCost - allHuman.totalCost;
  const yours = `with your sorting catching ${formatShare(scenario.routerRecall)} it costs`;
  const money = formatMoney(Math.abs(gap), scenario.currency);
  const order = compareAmounts(twoTier.totalCost, allHuman.totalCost);
  const where =
    order === 0 ? `${yours} the same` : `${yours} ${money} a month ${order < 0 ? 'less' : 'more'}`;
  const recall = evaluation.breakEvenRecall;
  if (recall === null) {
    return `No sorting, not even one that catches every loaded inquiry, brings ${nameInSentence('twoTier')} down to ${people}'s total; ${where}.`;
  }
  const needs =
    recall === 0
      ? 'even when triage sends no loaded inquiry to a person'
      : `once triage sends at least ${formatShare(recall)} of loaded inquiries to a person`;
  return `${sentence(nameInSentence('twoTier'))} costs no more than ${people} ${needs}; ${where}.`;
}

/** Title, caption, legend and data table of chart 4. */
export function recallFigure(scenario: Scenario, evaluation: Evaluation): FigureText {
  const steps = notedSteps([
    { x: scenario.routerRecall, note: 'yours' },
    { x: evaluation.breakEvenRecall, note: 'break-even' },
  ]);
  const sweep = sweepRecall(
    scenario,
    steps.map(({ x }) => x),
  );
  const money = (value: number) => moneyCell(value, scenario.currency);
  return {
    title: 'How well must triage sort?',
    caption: recallCaption(scenario, evaluation),
    description: `Line chart of ${nameInSentence('twoTier')}'s monthly total in ${scenario.currency} against the share of loaded inquiries the sorting catches, 0 to 100%, with ${nameInSentence('allHuman')}'s total as a flat reference line, and the break-even and yours marked. The data table below gives the figures.`,
    legend: (['twoTier', 'allHuman'] as const).map((id) => ({
      label: id === 'allHuman' ? `${nameOf(id)} (no triage)` : nameOf(id),
      colour: deploymentColours[id],
      dash: deploymentDashes[id],
    })),
    table: {
      caption: `Monthly total by the share of loaded inquiries the sorting catches (sends to a person), ${scenario.currency}`,
      columns: ['Loaded inquiries the sorting catches', nameOf('twoTier'), nameOf('allHuman')],
      units: ['fraction', scenario.currency, scenario.currency],
      rows: steps.map(({ x, notes }, index) => ({
        ...notedRowHeader(x, formatShare(x), notes),
        cells: [money(sweep.twoTier[index]), money(sweep.allHuman)],
      })),
    },
  };
}
