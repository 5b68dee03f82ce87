/**
 * Chart 3 in words, the month-four trap: each AI deployment's cumulative net
 * gain over all-human, month by month (`evaluation.timeline`). The saving shows
 * at once; the clients it costs show `churnLagMonths` later.
 */
import {
  aiDeploymentIds,
  type AiDeploymentId,
  type DeploymentTimeline,
  type Evaluation,
  type Scenario,
} from '../model';
import { formatMoney } from '../display/format';
import { moneyCell, nameInSentence, nameOf, notedRowHeader, type FigureText } from './figure';
import { deploymentColours, deploymentDashes } from './palette';
import { paybackOffScale } from './paybackScale';

function paybackClause(
  id: AiDeploymentId,
  timeline: DeploymentTimeline,
  scenario: Scenario,
): string {
  const money = (value: number) => formatMoney(value, scenario.currency);
  const { cumulativeNet, paybackMonth } = timeline;
  const months = cumulativeNet.length;
  const last = cumulativeNet[months - 1];
  const name = nameInSentence(id);
  if (paybackMonth !== null) {
    const when = paybackMonth === 1 ? 'in its first month' : `in month ${paybackMonth}`;
    return `${name} pays back ${when} and is ${money(last)} ahead by month ${months}`;
  }
  const peak = Math.max(...cumulativeNet);
  if (peak <= 0) return `${name} never gets ahead and is ${money(-last)} behind by month ${months}`;
  const peakMonth = cumulativeNet.indexOf(peak) + 1;
  const lag = scenario.churnLagMonths;
  const why = lag > 0 && peakMonth <= lag ? ` once lost clients show from month ${lag + 1}` : '';
  return `${name} is ${money(peak)} ahead by month ${peakMonth}, then falls behind${why}, and is ${money(-last)} behind by month ${months}`;
}

/**
 * The finding: which AI option pays back, and which looks ahead only until
 * the clients it loses show.
 *
 * @example
 * paybackCaption(UK_SERVICES_FIRM, evaluate(UK_SERVICES_FIRM))
 * // => 'Against all people, single-tier AI is £5,140 ahead by month 3, then falls behind once
 * //     lost clients show from month 4, and is £213,378 behind by month 24; two-tier pays back
 * //     in month 3 and is £9,139 ahead by month 24.'
 */
export function paybackCaption(scenario: Scenario, evaluation: Evaluation): string {
  const [single, twoTier] = aiDeploymentIds.map((id) =>
    paybackClause(id, evaluation.timeline[id], scenario),
  );
  const lag = scenario.churnLagMonths;
  const unseen =
    lag >= scenario.horizonMonths
      ? `; lost clients show only from month ${lag + 1}, after the months shown`
      : '';
  const ramp = scenario.aiRampMonths;
  const rising =
    ramp > 0
      ? ` The AI takes its full share only from month ${ramp}, rising evenly until then, so the savings build up over the first ${ramp === 1 ? 'month' : `${ramp} months`}.`
      : '';
  return `Against ${nameInSentence('allHuman')}, ${single}; ${twoTier}${unseen}.${rising}`;
}

/** A month the chart marks and the table notes: lost clients start to show (id null), or a deployment pays back. */
export interface MonthEvent {
  month: number;
  what: string;
  /** `what` in fewer words, beside the line's colour on a narrow chart. */
  short: string;
  id: AiDeploymentId | null;
}

/**
 * The months chart 3 marks, in order of kind: lost clients start to show (only
 * when the lag ends inside the horizon), then each payback month.
 *
 * @example
 * monthEvents(UK_SERVICES_FIRM, evaluate(UK_SERVICES_FIRM))
 * // => [{ month: 4, what: 'lost clients show', short: 'Clients lost', id: null },
 * //     { month: 3, what: 'two-tier pays back', short: 'Pays back', id: 'twoTier' }]
 */
export function monthEvents(scenario: Scenario, evaluation: Evaluation): MonthEvent[] {
  const lag = scenario.churnLagMonths;
  const events: MonthEvent[] =
    lag > 0 && lag < scenario.horizonMonths
      ? [{ month: lag + 1, what: 'lost clients show', short: 'Clients lost', id: null }]
      : [];
  for (const id of aiDeploymentIds) {
    const month = evaluation.timeline[id].paybackMonth;
    if (month !== null) {
      events.push({ month, what: `${nameInSentence(id)} pays back`, short: 'Pays back', id });
    }
  }
  return events;
}

/** Title, caption, legend and data table of chart 3. */
export function paybackFigure(scenario: Scenario, evaluation: Evaluation): FigureText {
  const notes = new Map<number, string[]>();
  for (const { month, what } of monthEvents(scenario, evaluation)) {
    notes.set(month, [...(notes.get(month) ?? []), what]);
  }
  const offScale = paybackOffScale(evaluation);
  const money = (value: number) => formatMoney(value, scenario.currency);
  return {
    title: 'Month by month: the month-four trap',
    caption: paybackCaption(scenario, evaluation),
    note: offScale
      ? `${nameOf('singleTierAi')} falls below ${money(offScale.floor)} in month ${offScale.month}, off the chart's scale, to ${money(offScale.lowest)} by month ${offScale.lowestMonth}; the data table has every month.`
      : undefined,
    description: `Line chart of the running total gained or lost against ${nameInSentence('allHuman')}, month by month in ${scenario.currency}, for ${nameInSentence('singleTierAi')} and ${nameInSentence('twoTier')}, with the month lost clients show and each payback month marked. The data table below gives the figures.`,
    legend: [
      ...aiDeploymentIds.map((id) => ({
        label: nameOf(id),
        colour: deploymentColours[id],
        dash: deploymentDashes[id],
      })),
      { label: `${nameOf('allHuman')} (zero line)`, colour: 'currentColor' },
    ],
    table: {
      caption: `Running total gained (or lost, with a minus) against ${nameInSentence('allHuman')}, ${scenario.currency}`,
      columns: ['Month', ...aiDeploymentIds.map(nameOf)],
      units: [undefined, ...aiDeploymentIds.map(() => scenario.currency)],
      rows: evaluation.timeline.twoTier.cumulativeNet.map((_, index) => {
        const month = index + 1;
        return {
          ...notedRowHeader(month, `Month ${month}`, notes.get(month) ?? []),
          cells: aiDeploymentIds.map((id) =>
            moneyCell(evaluation.timeline[id].cumulativeNet[index], scenario.currency),
          ),
        };
      }),
    },
  };
}
