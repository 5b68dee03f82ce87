import { describe, expect, it } from 'vitest';
import type { NumericField } from '../../../src/model/uncertainty/ranges';
import type { Tornado, TornadoBar } from '../../../src/model/uncertainty/tornado';
import { buildTornado } from '../../../src/model/uncertainty/tornado';
import {
  csvUnitOf,
  shownBars,
  TORNADO_BARS,
  tornadoCaption,
  tornadoFigure,
} from '../../../src/charts/tornadoFigure';
import {
  tornadoChart,
  tornadoLabels,
  tornadoMarkers,
  wrapWords,
} from '../../../src/charts/tornadoChart';
import { chartInk, deploymentColours } from '../../../src/charts/palette';
import { UK_SERVICES_FIRM } from '../model/fixtures';
import { FAKE_PATTERN, fakeBarContext } from './fakeCanvas';

const ink = chartInk(false);

/** A bar drawn by hand: the lead at each end of the input's range. */
function handBar(
  field: NumericField,
  [low, high]: [number, number],
  [gapAtLow, gapAtHigh]: [number, number],
  flips: Partial<Pick<TornadoBar, 'flipAtLow' | 'flipAtHigh'>> = {},
): TornadoBar {
  return {
    field,
    base: (low + high) / 2,
    low,
    high,
    source: 'default',
    gapAtLow,
    gapAtHigh,
    swing: Math.abs(gapAtHigh - gapAtLow),
    flipAtLow: flips.flipAtLow ?? null,
    flipAtHigh: flips.flipAtHigh ?? null,
  };
}

/** Two-tier £400 ahead of all people; the AI's loaded fumble rate turns it at the high end. */
const HAND_TORNADO: Tornado = {
  recommended: 'twoTier',
  runnerUp: 'allHuman',
  gap: 400,
  bars: [
    handBar('fumbleRateAiLoaded', [0.1, 0.3], [1200, -400], { flipAtHigh: 'allHuman' }),
    handBar('aiCostPerInquiry', [0.6, 1], [450, 350]),
  ],
};

describe(tornadoCaption, () => {
  it('names the input that moves the UK firm’s answer most, across its default swing', () => {
    // Two-tier's lead over all people along triage recall r is −£10,640 + £12,249.60 r:
    // at 0.8, −10,640 + 9,799.68 = −£840.32; at 1, £1,609.60.
    expect(tornadoCaption(buildTornado(UK_SERVICES_FIRM), 'GBP')).toMatch(
      /^Loaded inquiries the sorting catches moves the answer most: across 80% to 100%, two-tier's lead over all people runs from -£840 to £1,610 a month; \d of the 8 inputs shown change the answer within their range \(striped bars\)\.$/,
    );
  });

  it('counts the inputs that change the answer', () => {
    expect(tornadoCaption(HAND_TORNADO, 'GBP')).toBe(
      "AI handles badly, loaded moves the answer most: across 10% to 30%, two-tier's lead over all people runs from £1,200 to -£400 a month; 1 of the 2 inputs shown changes the answer within its range (striped bar).",
    );
  });

  it('says when no input changes the answer', () => {
    const steady = { ...HAND_TORNADO, bars: [HAND_TORNADO.bars[1]] };
    expect(tornadoCaption(steady, 'EUR')).toBe(
      "AI cost per inquiry moves the answer most: across €0.60 to €1.00, two-tier's lead over all people runs from €450 to €350 a month; no input shown changes the answer within its range.",
    );
  });

  it('says when nothing moves the lead', () => {
    expect(tornadoCaption({ ...HAND_TORNADO, bars: [] }, 'GBP')).toBe(
      "No input moves two-tier's lead over all people.",
    );
  });
});

describe(tornadoFigure, () => {
  it('lists each bar’s range, its lead at both ends and the answer there', () => {
    // Loaded inquiries the sorting catches 0.85 to 0.95: −10,640 + 12,249.60 × 0.85 = −£227.84 (all people ahead),
    // −10,640 + 12,249.60 × 0.95 = £997.12.
    const tornado = buildTornado(UK_SERVICES_FIRM, {
      routerRecall: { low: 0.85, likely: 0.9, high: 0.95 },
    });
    const { table } = tornadoFigure(UK_SERVICES_FIRM, tornado);
    expect(table.columns).toEqual([
      'Input',
      'Range',
      'Lead at low',
      'Lead at high',
      'Recommended instead',
    ]);
    const recall = table.rows.find((row) =>
      row.header.startsWith('Loaded inquiries the sorting catches'),
    );
    expect(recall?.header).toBe('Loaded inquiries the sorting catches (your range)');
    expect(recall?.cells.map((cell) => cell.text)).toEqual([
      '85% to 95%',
      '-£228',
      '£997',
      'All people at the low end',
    ]);
    expect(recall?.cells[1]).toMatchObject({ metric: 'tornado.routerRecall.gapAtLow' });
    expect(recall?.cells[1].value).toBeCloseTo(-227.84, 9);
    expect(recall?.marked).toBe(true);
    // For a spreadsheet: the range's ends as fractions, and the row's unit.
    expect(recall?.cells[0]).toMatchObject({ value: 0.85, valueTo: 0.95 });
    expect(recall?.unit).toBe('fraction');
    expect(table.units).toEqual([undefined, undefined, 'GBP', 'GBP', undefined]);
  });

  it('marks only the rows that change the answer, and says “no change” for the others', () => {
    const { table } = tornadoFigure(UK_SERVICES_FIRM, HAND_TORNADO);
    expect(table.rows.map((row) => row.marked)).toEqual([true, false]);
    expect(table.rows[0].cells[3].text).toBe('All people at the high end');
    expect(table.rows[1].cells[3].text).toBe('No change');
    expect(table.caption).toBe(
      "Two-tier's lead over all people at each end of an input's range, GBP a month (now £400)",
    );
  });

  it('tells the two kinds of bar apart by pattern in the legend', () => {
    const { legend } = tornadoFigure(UK_SERVICES_FIRM, HAND_TORNADO);
    expect(legend.map((item) => item.fill)).toEqual(['solid', 'stripes']);
  });

  it(`shows at most ${TORNADO_BARS} inputs, the longest bars`, () => {
    const tornado = buildTornado(UK_SERVICES_FIRM);
    expect(tornado.bars.length).toBeGreaterThan(TORNADO_BARS);
    expect(shownBars(tornado)).toEqual(tornado.bars.slice(0, TORNADO_BARS));
    expect(tornadoFigure(UK_SERVICES_FIRM, tornado).table.rows).toHaveLength(TORNADO_BARS);
  });
});

describe(csvUnitOf, () => {
  it.each([
    ['routerRecall', 'fraction'],
    ['aiCostPerInquiry', 'USD per inquiry'],
    ['loadedHandlingMultiplier', '× a routine one'], // the form's own unit
  ] as const)('names %s in %s', (field, unit) => {
    expect(csvUnitOf(field, 'USD')).toBe(unit);
  });
});

describe(wrapWords, () => {
  it.each([
    [
      'Clients lost after a loaded inquiry handled badly',
      ['Clients lost after a', 'loaded inquiry handled', 'badly'],
    ],
    ['Loaded inquiries the sorting catches', ['Loaded inquiries the', 'sorting catches']],
    ['Cost of a person per routine inquiry', ['Cost of a person per', 'routine inquiry']],
    ['Productive hours per full-time person', ['Productive hours per', 'full-time person']],
    ['An-extraordinarily-long-single-word here', ['An-extraordinarily-long-single-word', 'here']],
  ])('breaks “%s” into lines of at most 22 characters', (text, lines) => {
    expect(wrapWords(text, 22)).toEqual(lines);
  });
});

describe(tornadoChart, () => {
  const config = tornadoChart(HAND_TORNADO, 'GBP', ink);
  const [dataset] = config.data.datasets;

  it('draws horizontal floating bars from the lower lead to the higher', () => {
    expect(config.type).toBe('bar');
    expect(config.options?.indexAxis).toBe('y');
    // The fumble rate's lead falls from £1,200 to −£400: the bar still runs low to high.
    expect(dataset.data).toEqual([
      [-400, 1200],
      [350, 450],
    ]);
  });

  it('labels a bar that changes the answer in words and stripes it', () => {
    expect(tornadoLabels(HAND_TORNADO)).toEqual([
      ['AI handles badly,', 'loaded', '(changes the answer)'],
      ['AI cost per inquiry'],
    ]);
    const fill = dataset.backgroundColor as (context: unknown) => unknown;
    expect(fill(fakeBarContext(0))).toBe(FAKE_PATTERN);
    expect(fill(fakeBarContext(1))).toBe(deploymentColours.twoTier);
  });

  it('marks a tie at zero and the lead today', () => {
    expect(tornadoMarkers(HAND_TORNADO, 'GBP', ink)).toEqual([
      { x: 0, label: 'Tie', colour: ink.strong, dash: [4, 4] },
      { x: 400, label: 'Now £400', colour: ink.strong },
    ]);
    expect(config.options?.plugins?.markers?.lines).toHaveLength(2);
  });

  it('keeps a band above the bars for the two labels, so that they never cover the first bar', () => {
    // Two rows of labels with 3 px above and below: 2 × 17 + 2 × 3 = 40 px, kept free by the
    // layout and used by the plugin.
    expect(config.options?.layout?.padding).toEqual({ top: 40 });
    expect(config.options?.plugins?.markers?.above).toBe(40);
  });
});
