import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/model';
import { paybackChart, paybackMarkers } from '../../../src/charts/paybackChart';
import { monthEvents, paybackCaption, paybackFigure } from '../../../src/charts/paybackFigure';
import { niceStep, paybackOffScale } from '../../../src/charts/paybackScale';
import { chartInk, deploymentColours } from '../../../src/charts/palette';
import { UK_SERVICES_FIRM, ukFirmWith } from '../model/fixtures';

const ink = chartInk(false);

// UK firm against all people, worked by hand:
//   single-tier saves £5,592 − £1,892 = £3,700 to run and pays £320 more liability: +£3,380 a month;
//     month 1 also pays £5,000 setup: −£1,620; from month 4 the extra churn of
//     £16,322.40 − £2,536.80 = £13,785.60 shows: −£10,405.60 a month.
//     Running total: −1,620, 1,760, 5,140, then 5,140 − 10,405.60 k: month 24 is −£213,377.60.
//   two-tier: £5,592 − £3,368 − £203.52 = +£2,020.48 a month, −£2,979.52 in month 1; from month 4
//     £4,172.64 − £2,536.80 = £1,635.84 less: +£384.64 a month.
//     Running total: −2,979.52, −959.04, 1,061.44, then + 384.64 k: month 24 is £9,138.88.

describe(paybackCaption, () => {
  it('shows the month-four trap: ahead until lost clients show, then behind', () => {
    expect(paybackCaption(UK_SERVICES_FIRM, evaluate(UK_SERVICES_FIRM))).toBe(
      'Against all people, single-tier AI is £5,140 ahead by month 3, then falls behind once lost clients show from month 4, and is £213,378 behind by month 24; two-tier pays back in month 3 and is £9,139 ahead by month 24.',
    );
  });

  it('says when the AI ramps up to its share, and says nothing of a ramp when there is none', () => {
    const ramped = ukFirmWith({ aiRampMonths: 6 });
    expect(paybackCaption(ramped, evaluate(ramped))).toMatch(
      /\. The AI takes its full share only from month 6, rising evenly until then, so the savings build up over the first 6 months\.$/,
    );
    expect(paybackCaption(UK_SERVICES_FIRM, evaluate(UK_SERVICES_FIRM))).not.toMatch(/full share/);
  });

  it('says when an option never gets ahead', () => {
    // AI at £20 an inquiry costs more to run than people: single-tier is behind from the start.
    const scenario = ukFirmWith({ aiCostPerInquiry: 20 });
    expect(paybackCaption(scenario, evaluate(scenario))).toMatch(
      /^Against all people, single-tier AI never gets ahead and is £[\d,]+ behind by month 24;/,
    );
  });

  it('says when an option pays back in its first month', () => {
    // No setup cost and no value in a client: both save from month 1.
    const scenario = ukFirmWith({ aiSetupCost: 0, lostClientValue: 0 });
    const caption = paybackCaption(scenario, evaluate(scenario));
    expect(caption).toContain('single-tier AI pays back in its first month');
    expect(caption).toContain('two-tier pays back in its first month');
  });

  it('warns when lost clients would show only after the months shown', () => {
    // Three months with a lag of three: single-tier's −1,620, 1,760, 5,140 pays back in month 2.
    const scenario = ukFirmWith({ horizonMonths: 3, churnLagMonths: 3 });
    expect(paybackCaption(scenario, evaluate(scenario))).toBe(
      'Against all people, single-tier AI pays back in month 2 and is £5,140 ahead by month 3; two-tier pays back in month 3 and is £1,061 ahead by month 3; lost clients show only from month 4, after the months shown.',
    );
  });

  it('does not blame the churn lag when there is none', () => {
    // With no lag single-tier is behind from month 1: −1,620 − 10,405.60.
    const scenario = ukFirmWith({ churnLagMonths: 0 });
    expect(paybackCaption(scenario, evaluate(scenario))).not.toContain('once lost clients show');
  });
});

describe(monthEvents, () => {
  it('gives the month lost clients show and each payback month', () => {
    expect(monthEvents(UK_SERVICES_FIRM, evaluate(UK_SERVICES_FIRM))).toEqual([
      { month: 4, what: 'lost clients show', short: 'Clients lost', id: null },
      { month: 3, what: 'two-tier pays back', short: 'Pays back', id: 'twoTier' },
    ]);
  });

  it('leaves out the churn lag when there is none or it ends after the horizon', () => {
    for (const changes of [{ churnLagMonths: 0 }, { horizonMonths: 3, churnLagMonths: 3 }]) {
      const scenario = ukFirmWith(changes);
      expect(monthEvents(scenario, evaluate(scenario)).map((event) => event.what)).not.toContain(
        'lost clients show',
      );
    }
  });
});

describe(paybackMarkers, () => {
  it('draws each event at its month, in its deployment’s colour', () => {
    expect(paybackMarkers(UK_SERVICES_FIRM, evaluate(UK_SERVICES_FIRM), ink)).toEqual([
      {
        x: 4,
        label: 'Lost clients show, month 4',
        short: 'Clients lost, month 4',
        colour: ink.strong,
        dash: undefined,
      },
      {
        x: 3,
        label: 'Two-tier pays back, month 3',
        short: 'Pays back, month 3',
        colour: deploymentColours.twoTier,
        dash: [12, 3, 3, 3],
      },
      {
        x: 6,
        label: 'Single-tier AI off the scale, month 6',
        short: 'Off scale, month 6',
        colour: deploymentColours.singleTierAi,
        dash: [8, 4],
      },
    ]);
  });
});

describe(niceStep, () => {
  it.each([
    [4039, 5000],
    [1000, 1000],
    [1001, 2000],
    [0.3, 0.5],
    [12_000, 20_000],
  ])('rounds %d up to a step of 1, 2 or 5 times a power of ten: %d', (value, step) => {
    expect(niceStep(value)).toBe(step);
  });
});

describe(paybackOffScale, () => {
  it('fits two-tier and zero with as much again below, and lets single-tier fall past it', () => {
    // Two-tier: −£2,979.52 (month 1) to £9,138.88 (month 24); single-tier peaks at £5,140 below
    // that. Span 9,138.88 + 2,979.52 = £12,118.40, so the floor may sit at −£15,097.92; a tick is
    // (9,138.88 + 15,097.92) / 6 = £4,039.47, rounded up to £5,000, and the floor down to
    // −£20,000. Single-tier: month 5 is 5,140 − 2 × 10,405.60 = −£15,671.20, above it; month 6
    // is −£26,076.80, below it. Its lowest is month 24's −£213,377.60.
    const offScale = paybackOffScale(evaluate(UK_SERVICES_FIRM));
    expect(offScale).toMatchObject({ floor: -20_000, month: 6, lowestMonth: 24 });
    expect(offScale?.lowest).toBeCloseTo(-213_377.6, 6);
  });

  it('leaves the scale alone when single-tier stays within it', () => {
    // Three months, lag three: single-tier −1,620, 1,760, 5,140; two-tier from −2,979.52.
    const scenario = ukFirmWith({ horizonMonths: 3, churnLagMonths: 3 });
    expect(paybackOffScale(evaluate(scenario))).toBeNull();
  });

  it('always keeps two-tier whole on the scale', () => {
    for (const changes of [
      {},
      { inquiriesPerMonth: 1200, loadedShare: 0.45 },
      { loadedShare: 0.9 },
    ]) {
      const evaluation = evaluate(ukFirmWith(changes));
      const floor = paybackOffScale(evaluation)?.floor ?? -Infinity;
      expect(Math.min(...evaluation.timeline.twoTier.cumulativeNet)).toBeGreaterThanOrEqual(floor);
    }
  });
});

describe(paybackChart, () => {
  const evaluation = evaluate(UK_SERVICES_FIRM);
  const config = paybackChart(UK_SERVICES_FIRM, evaluation, ink);

  it('draws each AI option’s running total from 0 before month 1', () => {
    const [single, twoTier] = config.data.datasets.map((dataset) => dataset.data);
    expect(single).toHaveLength(25);
    expect(single[0]).toEqual({ x: 0, y: 0 });
    expect(single.slice(1, 5).map((point) => point.y)).toEqual(
      evaluation.timeline.singleTierAi.cumulativeNet.slice(0, 4),
    );
    expect(single[4].y).toBeCloseTo(5140 - 10405.6, 6);
    expect(twoTier[24]).toEqual({ x: 24, y: evaluation.timeline.twoTier.cumulativeNet[23] });
    expect(twoTier[24].y).toBeCloseTo(9138.88, 6);
  });

  it('keeps zero, all people’s line, in view and drawn strong', () => {
    const y = config.options?.scales?.y as {
      beginAtZero: boolean;
      grid: { color: (c: unknown) => string };
    };
    expect(y.beginAtZero).toBe(true);
    expect(y.grid.color({ tick: { value: 0 } })).toBe(ink.strong);
    expect(y.grid.color({ tick: { value: 50_000 } })).toBe(ink.grid);
  });

  it('stops the money axis at the floor that fits two-tier', () => {
    expect(config.options?.scales?.y).toMatchObject({ min: -20_000 });
  });

  it('spans the horizon on the x axis', () => {
    expect(config.options?.scales?.x).toMatchObject({ min: 0, max: 24 });
  });
});

describe(paybackFigure, () => {
  const { table } = paybackFigure(UK_SERVICES_FIRM, evaluate(UK_SERVICES_FIRM));

  it('lists every month with its running totals and notes', () => {
    expect(table.rows).toHaveLength(24);
    expect(table.rows[2].header).toBe('Month 3 (two-tier pays back)');
    expect(table.rows[3].header).toBe('Month 4 (lost clients show)');
    expect(table.rows[2].cells.map((cell) => cell.text)).toEqual(['£5,140', '£1,061']);
    expect(table.rows[3].cells[0].text).toBe('-£5,266');
  });

  it('says under the chart how far single-tier falls past its scale', () => {
    expect(paybackFigure(UK_SERVICES_FIRM, evaluate(UK_SERVICES_FIRM)).note).toBe(
      "Single-tier AI falls below -£20,000 in month 6, off the chart's scale, to -£213,378 by month 24; the data table has every month.",
    );
  });

  it('has no such note when every line fits', () => {
    const scenario = ukFirmWith({ horizonMonths: 3, churnLagMonths: 3 });
    expect(paybackFigure(scenario, evaluate(scenario)).note).toBeUndefined();
  });
});
