/**
 * Chart 2 in words: each deployment's monthly total as the loaded share goes
 * from 0 to 100 %; the finding is what costs least at the firm's share and the
 * shares at which each AI deployment starts to cost more than all-human.
 */
import {
  aiDeploymentIds,
  deploymentIds,
  type AiDeploymentId,
  type Evaluation,
  type Scenario,
} from '../model';
import { sweepLoadedShare } from '../model/sweeps';
import { formatShare } from '../display/format';
import {
  moneyCell,
  nameInSentence,
  nameOf,
  notedRowHeader,
  notedSteps,
  type FigureText,
} from './figure';
import { deploymentColours, deploymentDashes } from './palette';

function breakEvenClause(id: AiDeploymentId, share: number | null): string {
  const name = nameInSentence(id);
  const people = nameInSentence('allHuman');
  if (share === null) return `${name} never costs more than ${people}`;
  if (share === 0) return `${name} costs more than ${people} even with no loaded inquiries`;
  return `${name} costs more than ${people} once over ${formatShare(share)} of inquiries are loaded`;
}

/**
 * The finding: what costs least at the firm's share, and where each AI option
 * starts to cost more than people alone.
 *
 * @example
 * loadedShareCaption(UK_SERVICES_FIRM, evaluate(UK_SERVICES_FIRM))
 * // => 'At your loaded share of 33%, two-tier costs least; single-tier AI costs more than
 * //     all people once over 7.2% of inquiries are loaded, two-tier once over 38.8%.'
 */
export function loadedShareCaption(scenario: Scenario, evaluation: Evaluation): string {
  const { singleTierAi, twoTier } = evaluation.breakEvenLoadedShare;
  // Two proper crossings read as one clause; otherwise each is said in full.
  const second =
    singleTierAi && twoTier
      ? `${nameInSentence('twoTier')} once over ${formatShare(twoTier)}`
      : `and ${breakEvenClause('twoTier', twoTier)}`;
  return `At your loaded share of ${formatShare(scenario.loadedShare)}, ${nameInSentence(evaluation.recommended)} costs least; ${breakEvenClause('singleTierAi', singleTierAi)}, ${second}.`;
}

/** Title, caption, legend and data table of chart 2. */
export function loadedShareFigure(scenario: Scenario, evaluation: Evaluation): FigureText {
  const steps = notedSteps([
    { x: scenario.loadedShare, note: 'yours' },
    ...aiDeploymentIds.map((id) => ({
      x: evaluation.breakEvenLoadedShare[id],
      note: `${nameInSentence(id)} break-even`,
    })),
  ]);
  const sweep = sweepLoadedShare(
    scenario,
    steps.map(({ x }) => x),
  );
  return {
    title: 'As the share of loaded inquiries grows',
    caption: loadedShareCaption(scenario, evaluation),
    description: `Line chart of each option's monthly total in ${scenario.currency} against the loaded share, 0 to 100%, with your share and the break-even points marked. The data table below gives the figures.`,
    legend: deploymentIds.map((id) => ({
      label: nameOf(id),
      colour: deploymentColours[id],
      dash: deploymentDashes[id],
    })),
    table: {
      caption: `Monthly total by loaded share, ${scenario.currency}`,
      columns: ['Loaded share', ...deploymentIds.map(nameOf)],
      units: ['fraction', ...deploymentIds.map(() => scenario.currency)],
      rows: steps.map(({ x, notes }, index) => ({
        ...notedRowHeader(x, formatShare(x), notes),
        cells: deploymentIds.map((id) => moneyCell(sweep.totalCost[id][index], scenario.currency)),
      })),
    },
  };
}
