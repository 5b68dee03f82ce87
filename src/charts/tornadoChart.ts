/**
 * The tornado drawn: one floating horizontal bar per input, from the
 * recommended deployment's lead over the runner-up at one end of the input's
 * range to its lead at the other, longest first. A bar that changes the answer
 * is striped and its label says so, so colour is never the only cue; the zero
 * line (a tie) and today's lead are marked.
 */
import type { ChartConfiguration } from 'chart.js';
import { fieldMeta, type Currency } from '../model';
import type { Tornado } from '../model/uncertainty/tornado';
import { formatMoney } from '../state/format';
import type { Marker } from './markers';
import { baseOptions, moneyAxis } from './options';
import { deploymentColours, type Ink } from './palette';
import { patternFill } from './patterns';
import { changesAnswer, shownBars } from './tornadoFigure';
import { nameInSentence, nameOf } from './figure';

/** A bar from one end's lead to the other's, lower first. */
export type FloatingBar = [number, number];

/** The markers of the tornado: a tie (zero) and the lead today. */
export function tornadoMarkers(tornado: Tornado, currency: Currency, ink: Ink): Marker[] {
  return [
    { x: 0, label: 'Tie', colour: ink.strong, dash: [4, 4] },
    { x: tornado.gap, label: `Now ${formatMoney(tornado.gap, currency)}`, colour: ink.strong },
  ];
}

/**
 * Each bar's label: the input's name, with a second line on a bar that changes the answer.
 *
 * @example
 * tornadoLabels(buildTornado(UK_SERVICES_FIRM))[0] // => ['Triage recall', '(changes the answer)']
 */
export function tornadoLabels(tornado: Tornado): (string | string[])[] {
  return shownBars(tornado).map((bar) => {
    const label = fieldMeta(bar.field).label;
    return changesAnswer(bar) ? [label, '(changes the answer)'] : label;
  });
}

/** The Chart.js configuration of the tornado. */
export function tornadoChart(
  tornado: Tornado,
  currency: Currency,
  ink: Ink,
): ChartConfiguration<'bar', FloatingBar[], string | string[]> {
  const bars = shownBars(tornado);
  const colour = deploymentColours[tornado.recommended];
  return {
    type: 'bar',
    data: {
      labels: tornadoLabels(tornado),
      datasets: [
        {
          label: `${nameOf(tornado.recommended)}'s lead`,
          data: bars.map((bar): FloatingBar => {
            const ends = [bar.gapAtLow, bar.gapAtHigh];
            return [Math.min(...ends), Math.max(...ends)];
          }),
          backgroundColor: (context) =>
            changesAnswer(bars[context.dataIndex])
              ? patternFill(context.chart.ctx, colour, 'stripes')
              : colour,
          borderColor: colour,
          borderWidth: 1.5,
          borderSkipped: false,
        },
      ],
    },
    options: {
      ...baseOptions(ink, tornadoMarkers(tornado, currency, ink)),
      indexAxis: 'y',
      scales: {
        x: moneyAxis(
          currency,
          ink,
          `${nameOf(tornado.recommended)}'s lead over ${nameInSentence(tornado.runnerUp)}, a month`,
        ),
        y: { ticks: { color: ink.text, autoSkip: false }, grid: { display: false } },
      },
    },
  };
}
