/**
 * The simulation in words: the distribution of two-tier's monthly total minus
 * single-tier's across the draws (left of zero, two-tier costs less), and the
 * tables of the simulation's figures, each cell tagged with its data-metric
 * name from the model's `summaryMetrics`.
 */
import { aiDeploymentIds, deploymentIds, type Currency } from '../model';
import type { HistogramBin, PercentileId, UncertaintySummary } from '../model/uncertainty/stats';
import { percentileLevels } from '../model/uncertainty/stats';
import type { UncertaintyMetric } from '../model/uncertainty/metrics';
import { summaryMetrics } from '../model/uncertainty/metrics';
import { formatCount, formatMoney, formatShare } from '../display/format';
import { nameInSentence, nameOf, type DataTable, type FigureText, type TableCell } from './figure';
import { deploymentColours } from './palette';

/** True when two-tier costs less than single-tier across the whole bin. */
export function twoTierCheaperIn(bin: HistogramBin): boolean {
  return bin.from + bin.to < 0;
}

/**
 * A chance as the page shows it, to a tenth of a percent; a chance that is not
 * quite 0 or 1 never rounds to it.
 *
 * @example
 * formatChance(0.8734) // => '87.3%'
 * formatChance(0.9996) // => '>99.9%'
 * formatChance(0.0002) // => '<0.1%'
 */
export function formatChance(probability: number): string {
  if (probability > 0 && probability < 0.001) return '<0.1%';
  if (probability < 1 && probability > 0.999) return '>99.9%';
  return formatShare(probability, 1);
}

/**
 * True when every draw gave the same totals: the ranges move nothing, and a
 * chance of 100 % would claim a certainty the simulation does not have.
 *
 * @example
 * drawsAllAlike(summarize(simulate(UK_SERVICES_FIRM, {}, { seed: 1 }))) // => true
 */
export function drawsAllAlike(summary: UncertaintySummary): boolean {
  return deploymentIds.every((id) => {
    const { p10, p90 } = summary.percentiles[id].totalCost;
    return p10 === p90;
  });
}

const single = nameInSentence('singleTierAi');
const two = nameInSentence('twoTier');

/**
 * The finding: how often two-tier costs less than single-tier, and how far apart they run.
 *
 * @example
 * distributionCaption(summary, 'GBP')
 * // => 'Two-tier costs less than single-tier AI in 99.9% of the 10,000 draws (the bars left
 * //     of zero); the difference runs from -£18,000 to £1,000 a month.'
 */
export function distributionCaption(summary: UncertaintySummary, currency: Currency): string {
  const bins = summary.twoTierMinusSingleTier;
  const money = (value: number) => formatMoney(value, currency);
  const share = formatChance(summary.probability.twoTierBeatsSingleTier);
  const spread =
    bins.length > 0
      ? `; the difference runs from ${money(bins[0].from)} to ${money(bins.at(-1)!.to)} a month`
      : '';
  return `${nameOf('twoTier')} costs less than ${single} in ${share} of the ${formatCount(summary.draws)} draws (the bars left of zero)${spread}.`;
}

/** Title, caption, legend and data table of the distribution chart. */
export function distributionFigure(summary: UncertaintySummary, currency: Currency): FigureText {
  const money = (value: number) => formatMoney(value, currency);
  return {
    title: `${nameOf('twoTier')}'s total minus ${single}'s`,
    caption: distributionCaption(summary, currency),
    description: `Histogram of ${two}'s monthly total minus ${single}'s in ${currency} across ${formatCount(summary.draws)} draws, with zero marked; bars left of zero are draws in which ${two} costs less. The data table below gives the figures.`,
    legend: [
      { label: `${nameOf('twoTier')} cheaper`, colour: deploymentColours.twoTier, fill: 'solid' },
      {
        label: `${nameOf('singleTierAi')} cheaper`,
        colour: deploymentColours.singleTierAi,
        fill: 'stripes',
      },
    ],
    table: {
      caption: `Draws by ${two}'s total minus ${single}'s, ${currency} a month`,
      columns: ['Difference a month', 'Draws', 'Share of draws'],
      units: [currency, undefined, 'fraction'],
      rows: summary.twoTierMinusSingleTier.map((bin) => {
        const share = summary.draws > 0 ? bin.count / summary.draws : 0;
        return {
          header: `${money(bin.from)} to ${money(bin.to)}`,
          headerValue: bin.from,
          headerValueTo: bin.to,
          cells: [
            { text: formatCount(bin.count, 0), value: bin.count },
            { text: formatChance(share), value: share },
          ],
        };
      }),
    },
  };
}

/** The summary's figures by name. */
function figuresOf(summary: UncertaintySummary) {
  const values = new Map(summaryMetrics(summary).map(({ metric, value }) => [metric, value]));
  return (metric: UncertaintyMetric, format: (value: number) => string): TableCell => {
    const value = values.get(metric) ?? Number.NaN;
    return { text: format(value), metric, value };
  };
}

/** The chances: each deployment the cheapest in total, and two-tier against each of the others. */
export function chanceTable(summary: UncertaintySummary): DataTable {
  const cell = figuresOf(summary);
  return {
    caption: `How often each comes out ahead, in ${formatCount(summary.draws)} draws`,
    columns: ['Outcome', 'Chance'],
    rows: [
      ...deploymentIds.map((id) => ({
        header: `${nameOf(id)} is the cheapest in total`,
        cells: [cell(`probability.cheapest.${id}`, formatChance)],
      })),
      {
        header: `${nameOf('twoTier')} costs less than ${single}`,
        cells: [cell('probability.twoTierBeatsSingleTier', formatChance)],
      },
      {
        header: `${nameOf('twoTier')} costs less than ${nameInSentence('allHuman')}`,
        cells: [cell('probability.twoTierBeatsAllHuman', formatChance)],
      },
    ],
  };
}

/** The column heading of each percentile the summary reports. */
const percentileNames: Record<PercentileId, string> = {
  p10: 'Low: 1 case in 10 below',
  p50: 'Middle',
  p90: 'High: 1 case in 10 above',
};
const percentileIds = Object.keys(percentileLevels) as PercentileId[];
const percentileColumns = percentileIds.map((p) => percentileNames[p]);

/** Each deployment's monthly total at the 10th, 50th and 90th percentiles of the draws. */
export function totalsTable(summary: UncertaintySummary, currency: Currency): DataTable {
  const cell = figuresOf(summary);
  const money = (value: number) => formatMoney(value, currency);
  return {
    caption: `Monthly total across the draws, ${currency}: low, middle and high cases`,
    columns: ['Option', ...percentileColumns],
    rows: deploymentIds.map((id) => ({
      header: nameOf(id),
      cells: percentileIds.map((p) => cell(`percentiles.${id}.totalCost.${p}`, money)),
    })),
  };
}

/** Each AI deployment's monthly net gain over all people at the same percentiles. */
export function netGainTable(summary: UncertaintySummary, currency: Currency): DataTable {
  const cell = figuresOf(summary);
  const money = (value: number) => formatMoney(value, currency);
  return {
    caption: `Net gain over ${nameInSentence('allHuman')} a month across the draws, ${currency} (below zero, a loss): low, middle and high cases`,
    columns: ['Option', ...percentileColumns],
    rows: aiDeploymentIds.map((id) => ({
      header: nameOf(id),
      cells: percentileIds.map((p) => cell(`percentiles.${id}.netGain.${p}`, money)),
    })),
  };
}
