/**
 * "What the answer hangs on" in words: for the inputs that move it most, how
 * far the recommended deployment's lead over the runner-up moves as each input
 * goes from the low to the high end of its range, and whether the answer
 * changes on the way. Bars that change the answer are striped and say so.
 */
import { fieldMeta, type Currency, type Scenario } from '../model';
import type { NumericField } from '../model/uncertainty/ranges';
import type { Tornado, TornadoBar } from '../model/uncertainty/tornado';
import { formatFieldValue } from '../display/fieldValue';
import { formatMoney } from '../display/format';
import { nameInSentence, nameOf, sentence, type FigureText } from './figure';
import { deploymentColours } from './palette';

/** Bars the chart and its table show: the inputs that move the gap most. */
export const TORNADO_BARS = 8;

/** The bars shown, longest first. */
export function shownBars(tornado: Tornado): TornadoBar[] {
  return tornado.bars.slice(0, TORNADO_BARS);
}

/** True when another deployment would be recommended at either end of the bar. */
export function changesAnswer(bar: TornadoBar): boolean {
  return bar.flipAtLow !== null || bar.flipAtHigh !== null;
}

/**
 * The unit of an input's values for a spreadsheet: shares as fractions, money in
 * the currency, the rest as the form labels them.
 *
 * @example
 * csvUnitOf('routerRecall', 'GBP') // => 'fraction'
 * csvUnitOf('aiCostPerInquiry', 'GBP') // => 'GBP per inquiry'
 * csvUnitOf('loadedHandlingMultiplier', 'GBP') // => '× a routine one'
 */
export function csvUnitOf(field: NumericField, currency: Currency): string {
  const { kind, unit } = fieldMeta(field);
  if (kind === 'share') return 'fraction';
  if (kind === 'money') return unit ? `${currency} ${unit}` : currency;
  return unit || kind;
}

/** "80% to 100%": the input's range as the page shows it. */
function rangeText(bar: TornadoBar, currency: Currency): string {
  const value = (x: number) => formatFieldValue(bar.field, x, { currency, rounded: true });
  return `${value(bar.low)} to ${value(bar.high)}`;
}

/** What is recommended at the bar's ends: "All people at the low end", or "No change". */
function answerAtEnds(bar: TornadoBar): string {
  const ends = [
    bar.flipAtLow && `${nameOf(bar.flipAtLow)} at the low end`,
    bar.flipAtHigh && `${nameOf(bar.flipAtHigh)} at the high end`,
  ].filter(Boolean);
  return ends.length > 0 ? ends.join('; ') : 'No change';
}

/** "two-tier's lead over all people" */
function leadName(tornado: Tornado): string {
  return `${nameInSentence(tornado.recommended)}'s lead over ${nameInSentence(tornado.runnerUp)}`;
}

/**
 * The finding: the input that moves the answer most, across its range, and
 * how many of the inputs shown change the answer.
 *
 * @example
 * tornadoCaption(buildTornado(UK_SERVICES_FIRM), 'GBP')
 * // => "Triage recall moves the answer most: across 80% to 100%, two-tier's lead over all
 * //     people runs from -£840 to £1,610 a month; 6 of the 8 inputs shown change the answer
 * //     within their range (striped bars)."
 */
export function tornadoCaption(tornado: Tornado, currency: Currency): string {
  const bars = shownBars(tornado);
  const top = bars[0];
  if (!top) return `No input moves ${leadName(tornado)}.`;
  const money = (value: number) => formatMoney(value, currency);
  const flips = bars.filter(changesAnswer).length;
  const changes =
    flips === 0
      ? 'no input shown changes the answer within its range'
      : `${flips} of the ${bars.length} inputs shown ${flips === 1 ? 'changes' : 'change'} the answer within ${flips === 1 ? 'its' : 'their'} range (striped ${flips === 1 ? 'bar' : 'bars'})`;
  return `${fieldMeta(top.field).label} moves the answer most: across ${rangeText(top, currency)}, ${leadName(tornado)} runs from ${money(top.gapAtLow)} to ${money(top.gapAtHigh)} a month; ${changes}.`;
}

/** Title, caption, legend and data table of the tornado chart. */
export function tornadoFigure(scenario: Scenario, tornado: Tornado): FigureText {
  const { currency } = scenario;
  const money = (value: number) => formatMoney(value, currency);
  const colour = deploymentColours[tornado.recommended];
  return {
    title: 'What moves the answer most',
    caption: tornadoCaption(tornado, currency),
    description: `Horizontal bar chart: for each input, how far ${leadName(tornado)} moves, in ${currency} a month, as the input goes from the low to the high end of its range; striped bars change the answer. The data table below gives the figures.`,
    legend: [
      { label: 'The answer holds across the range', colour, fill: 'solid' },
      { label: 'The answer changes within the range', colour, fill: 'stripes' },
    ],
    table: {
      caption: `${sentence(leadName(tornado))} at each end of an input's range, ${currency} a month (now ${money(tornado.gap)})`,
      columns: ['Input', 'Range', 'Lead at low', 'Lead at high', 'Recommended instead'],
      units: [undefined, undefined, currency, currency, undefined],
      rows: shownBars(tornado).map((bar) => ({
        header: `${fieldMeta(bar.field).label}${bar.source === 'range' ? ' (your range)' : ''}`,
        unit: csvUnitOf(bar.field, currency),
        cells: [
          { text: rangeText(bar, currency), value: bar.low, valueTo: bar.high },
          {
            text: money(bar.gapAtLow),
            metric: `tornado.${bar.field}.gapAtLow`,
            value: bar.gapAtLow,
          },
          {
            text: money(bar.gapAtHigh),
            metric: `tornado.${bar.field}.gapAtHigh`,
            value: bar.gapAtHigh,
          },
          { text: answerAtEnds(bar) },
        ],
        marked: changesAnswer(bar),
      })),
    },
  };
}
