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
import { formatMoney } from '../display/format';
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

/** The longest line of a bar's label, in characters: the labels leave the bars room on a phone. */
const LABEL_LINE = 22;

/**
 * Words in lines of at most `width` characters (a longer word has a line of its own).
 *
 * @example
 * wrapWords('Churn after a fumbled loaded inquiry', 22) // => ['Churn after a fumbled', 'loaded inquiry']
 */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) {
      lines[lines.length - 1] = `${last} ${word}`;
    } else {
      lines.push(word);
    }
  }
  return lines;
}

/**
 * Each bar's label: the input's name in short lines, and a line more on a bar
 * that changes the answer.
 *
 * @example
 * tornadoLabels(buildTornado(UK_SERVICES_FIRM))[0] // => ['Triage recall', '(changes the answer)']
 */
export function tornadoLabels(tornado: Tornado): string[][] {
  return shownBars(tornado).map((bar) => [
    ...wrapWords(fieldMeta(bar.field).label, LABEL_LINE),
    ...(changesAnswer(bar) ? ['(changes the answer)'] : []),
  ]);
}

/** The Chart.js configuration of the tornado. */
export function tornadoChart(
  tornado: Tornado,
  currency: Currency,
  ink: Ink,
): ChartConfiguration<'bar', FloatingBar[], string[]> {
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
      // The labels of the tie and of today's lead sit above the bars.
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
