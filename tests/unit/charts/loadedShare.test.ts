import { describe, expect, it } from 'vitest';
import { deploymentIds, evaluate } from '../../../src/model';
import { loadedShareChart, loadedShareMarkers } from '../../../src/charts/loadedShareChart';
import { loadedShareCaption, loadedShareFigure } from '../../../src/charts/loadedShareFigure';
import { chartInk, deploymentColours } from '../../../src/charts/palette';
import { UK_SERVICES_FIRM, ukFirmWith } from '../model/fixtures';

const ink = chartInk(false);

// UK firm, loaded share s, worked by hand (monthly totals):
//   all people      5,040 + 9,360 s   (4,800 + 2,400 s to run; 0.04 + 1.16 s clients lost)
//   single-tier AI  2,140 + 49,680 s  (1,100 + 2,400 s; 0.12 + 7.88 s clients; £320 liability)
//   two-tier        2,480 + 15,952 s  (1,520 + 5,600 s; 0.112 + 1.768 s clients; 288 − 256 s liability)
// Single-tier overtakes all people at s = 2,900 / 40,320 = 7.19 %; two-tier at 2,560 / 6,592 = 38.8 %.
const SINGLE_TIER_BREAK_EVEN = 2900 / 40320;
const TWO_TIER_BREAK_EVEN = 2560 / 6592;

describe(loadedShareCaption, () => {
  it('says what costs least at the firm’s share and where each AI option overtakes people', () => {
    expect(loadedShareCaption(UK_SERVICES_FIRM, evaluate(UK_SERVICES_FIRM))).toBe(
      'At your loaded share of 33%, two-tier costs least; single-tier AI costs more than all people once over 7.2% of inquiries are loaded, two-tier once over 38.8%.',
    );
  });

  it('says when an AI option never costs more than people', () => {
    // An AI as careful as a person and never wrong: no share makes either AI option dearer.
    const scenario = ukFirmWith({
      fumbleRateAiRoutine: 0.01,
      fumbleRateAiLoaded: 0.03,
      wrongAnswerRate: 0,
    });
    const evaluation = evaluate(scenario);
    expect(evaluation.breakEvenLoadedShare).toEqual({ singleTierAi: null, twoTier: null });
    expect(loadedShareCaption(scenario, evaluation)).toBe(
      'At your loaded share of 33%, single-tier AI costs least; single-tier AI never costs more than all people, and two-tier never costs more than all people.',
    );
  });

  it('says when an AI option costs more even with no loaded inquiries', () => {
    // A platform of £10,000 a month outweighs the saving on 400 routine inquiries.
    const scenario = ukFirmWith({ aiPlatformPerMonth: 10_000 });
    const evaluation = evaluate(scenario);
    expect(evaluation.breakEvenLoadedShare).toEqual({ singleTierAi: 0, twoTier: 0 });
    expect(loadedShareCaption(scenario, evaluation)).toContain(
      'single-tier AI costs more than all people even with no loaded inquiries, and two-tier costs more than all people even with no loaded inquiries.',
    );
  });
});

describe(loadedShareMarkers, () => {
  it('marks the firm’s share and both break-even points', () => {
    const markers = loadedShareMarkers(UK_SERVICES_FIRM, evaluate(UK_SERVICES_FIRM), ink);
    expect(markers.map((marker) => marker.label)).toEqual([
      'Yours 33%',
      'Single-tier AI break-even 7.2%',
      'Two-tier break-even 38.8%',
    ]);
    expect(markers[0].x).toBe(0.33);
    expect(markers[1].x).toBeCloseTo(SINGLE_TIER_BREAK_EVEN, 6);
    expect(markers[2].x).toBeCloseTo(TWO_TIER_BREAK_EVEN, 6);
    expect(markers[2].colour).toBe(deploymentColours.twoTier);
  });

  it('marks no break-even that does not exist', () => {
    const scenario = ukFirmWith({
      fumbleRateAiRoutine: 0.01,
      fumbleRateAiLoaded: 0.03,
      wrongAnswerRate: 0,
    });
    expect(loadedShareMarkers(scenario, evaluate(scenario), ink)).toHaveLength(1);
  });
});

describe(loadedShareChart, () => {
  const evaluation = evaluate(UK_SERVICES_FIRM);
  const config = loadedShareChart(UK_SERVICES_FIRM, evaluation, ink);

  it('draws each deployment through 101 loaded shares', () => {
    expect(config.data.datasets.map((dataset) => dataset.label)).toEqual([
      'All people',
      'Single-tier AI',
      'Two-tier',
    ]);
    for (const dataset of config.data.datasets) expect(dataset.data).toHaveLength(101);
    const [allHuman, singleTier, twoTier] = config.data.datasets.map((dataset) => dataset.data);
    expect(allHuman[50].x).toBe(0.5);
    expect(allHuman[50].y).toBeCloseTo(5040 + 9360 * 0.5, 6);
    expect(singleTier[100].y).toBeCloseTo(2140 + 49680, 6);
    expect(twoTier[0].y).toBeCloseTo(2480, 6);
  });

  it('passes through the firm’s own totals at the firm’s share', () => {
    deploymentIds.forEach((id, index) => {
      const point = config.data.datasets[index].data[33];
      expect(point).toEqual({ x: 0.33, y: evaluation.deployments[id].totalCost });
    });
  });

  it('hands the markers to the markers plugin', () => {
    expect(config.options?.plugins?.markers?.lines).toEqual(
      loadedShareMarkers(UK_SERVICES_FIRM, evaluation, ink),
    );
  });

  it('tells the lines apart by dash as well as colour', () => {
    const dashes = config.data.datasets.map((dataset) => JSON.stringify(dataset.borderDash));
    expect(new Set(dashes).size).toBe(3);
  });
});

describe(loadedShareFigure, () => {
  const evaluation = evaluate(UK_SERVICES_FIRM);
  const { table } = loadedShareFigure(UK_SERVICES_FIRM, evaluation);

  it('lists every tenth share, the firm’s share and both break-evens, in order', () => {
    expect(table.rows.map((row) => row.header)).toEqual([
      '0%',
      '7.2% (single-tier AI break-even)',
      '10%',
      '20%',
      '30%',
      '33% (yours)',
      '38.8% (two-tier break-even)',
      '40%',
      '50%',
      '60%',
      '70%',
      '80%',
      '90%',
      '100%',
    ]);
  });

  it('gives the firm’s own totals on its row', () => {
    const yours = table.rows.find((row) => row.header === '33% (yours)');
    // £8,128.80, £18,534.40 and £7,744.16 a month.
    expect(yours?.cells.map((cell) => cell.text)).toEqual(['£8,129', '£18,534', '£7,744']);
    expect(yours?.marked).toBe(true);
  });

  it('shows single-tier level with all people at its break-even', () => {
    // At 7.19 % single-tier costs what all people cost: 5,040 + 9,360 × 0.0719 = £5,713.
    const row = table.rows[1];
    expect(row.cells[0].text).toBe('£5,713');
    expect(row.cells[1].text).toBe('£5,713');
  });
});
