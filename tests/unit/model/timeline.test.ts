/**
 * The month-four trap (docs/model.md, "Timeline"), worked by hand for the UK
 * firm: savings show at once, lost clients three months later.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline, evaluateDeployments, monthlyNet } from '../../../src/model';
import { UK_SERVICES_FIRM, ukFirmWith } from './fixtures';

describe(monthlyNet, () => {
  it('gives single-tier a gain until the churn lag, then a loss every month', () => {
    // Saves £5,592 − £1,892 = £3,700 to run, pays £320 − £0 more liability: +£3,380 a month.
    // Month 1 pays the £5,000 setup: −£1,620. From month 4 (lag 3) the extra churn
    // £16,322.40 − £2,536.80 = £13,785.60 shows: £3,380 − £13,785.60 = −£10,405.60.
    const net = monthlyNet(UK_SERVICES_FIRM, 'singleTierAi');
    expect(net).toHaveLength(24);
    const expected = [-1620, 3380, 3380, ...Array<number>(21).fill(-10405.6)];
    net.forEach((value, index) => expect(value).toBeCloseTo(expected[index], 9));
  });

  it('gives two-tier a smaller gain that survives the churn', () => {
    // £5,592 − £3,368 − £203.52 = £2,020.48 a month; month 1 −£2,979.52 after setup; from month 4
    // the extra churn £4,172.64 − £2,536.80 = £1,635.84 leaves £384.64.
    const net = monthlyNet(UK_SERVICES_FIRM, 'twoTier');
    expect(net.slice(0, 5).map((value) => Number(value.toFixed(6)))).toEqual([
      -2979.52, 2020.48, 2020.48, 384.64, 384.64,
    ]);
  });

  it.each([
    [0, [-1620 - 13785.6, -10405.6]], // no lag: churn from month 1
    [1, [-1620, -10405.6]],
  ])('counts churn from month lag + 1 (lag %s)', (lag, firstTwo) => {
    const net = monthlyNet(ukFirmWith({ churnLagMonths: lag }), 'singleTierAi');
    expect(net[0]).toBeCloseTo(firstTwo[0], 9);
    expect(net[1]).toBeCloseTo(firstTwo[1], 9);
  });

  it('shows only gains before the churn when the lag outlasts the horizon', () => {
    const net = monthlyNet(ukFirmWith({ horizonMonths: 3, churnLagMonths: 24 }), 'singleTierAi');
    expect(net.map((value) => Number(value.toFixed(6)))).toEqual([-1620, 3380, 3380]);
  });

  it('subtracts only the AI deployment’s setup, even when all-human also pays for the assistant', () => {
    const assisted = ukFirmWith({ humansUseAiAssist: true });
    const deployments = evaluateDeployments(assisted);
    expect(deployments.allHuman.setupCost).toBe(5000);
    // Month 1 = month 2 − the AI deployment's £5,000 setup; all-human's £5,000 is not credited back.
    const net = monthlyNet(assisted, 'twoTier');
    expect(net[0]).toBeCloseTo(net[1] - 5000, 9);
    // Assisted: all-human £4,614 to run, two-tier £2,709.38; liability £203.52: £1,701.10 in month 2.
    expect(net[1]).toBeCloseTo(4614 - 2709.38 - 203.52, 9);
  });
});

describe(buildTimeline, () => {
  it.each([
    [[-10, 4, 8], [-10, -6, 2], 3],
    [[5, -10, 20], [5, -5, 15], 3], // dipping below zero again moves payback later
    [[1, 2, 3], [1, 3, 6], 1],
    [[0, 0], [0, 0], 1], // level counts as paid back
    [[3, -4], [3, -1], null], // ends below zero: no payback
    [[], [], null],
  ])('adds up %j to %j, paying back in month %s', (monthly, cumulative, payback) => {
    expect(buildTimeline(monthly)).toEqual({ cumulativeNet: cumulative, paybackMonth: payback });
  });

  it('shows the UK firm’s single-tier gain turning into a loss in month 4, never paid back', () => {
    const { cumulativeNet, paybackMonth } = buildTimeline(
      monthlyNet(UK_SERVICES_FIRM, 'singleTierAi'),
    );
    // −1,620; −1,620 + 3,380 = 1,760; 5,140; 5,140 − 10,405.60 = −5,265.60
    [-1620, 1760, 5140, -5265.6].forEach((value, index) =>
      expect(cumulativeNet[index]).toBeCloseTo(value, 9),
    );
    expect(cumulativeNet[2]).toBeGreaterThan(0);
    expect(cumulativeNet[3]).toBeLessThan(0);
    // Month 24: 5,140 − 21 × 10,405.60 = −213,377.60
    expect(cumulativeNet[23]).toBeCloseTo(5140 - 21 * 10405.6, 6);
    expect(paybackMonth).toBeNull();
  });

  it('shows the UK firm’s two-tier paying back in month 3 and staying ahead', () => {
    const { cumulativeNet, paybackMonth } = buildTimeline(monthlyNet(UK_SERVICES_FIRM, 'twoTier'));
    // −2,979.52; −959.04; +1,061.44; then +384.64 a month: 1,061.44 + 21 × 384.64 = 9,138.88 at month 24
    expect(cumulativeNet[1]).toBeCloseTo(-959.04, 9);
    expect(cumulativeNet[2]).toBeCloseTo(1061.44, 9);
    expect(cumulativeNet[23]).toBeCloseTo(1061.44 + 21 * 384.64, 6);
    expect(paybackMonth).toBe(3);
  });
});
