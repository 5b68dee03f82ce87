import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/model';
import { recallChart, recallMarkers } from '../../../src/charts/recallChart';
import { recallCaption, recallFigure } from '../../../src/charts/recallFigure';
import { chartInk, deploymentColours } from '../../../src/charts/palette';
import { UK_SERVICES_FIRM, ukFirmWith } from '../model/fixtures';

const ink = chartInk(false);

// UK firm, two-tier at triage recall r, worked by hand:
//   to run 2,180 + 1,320 r; lost clients (2.71504 − 2.244 r) × £6,000 = 16,290.24 − 13,464 r;
//   liability 298.56 − 105.6 r. Total 18,768.80 − 12,249.60 r, against all people's £8,128.80.
//   Break-even r = 10,640 / 12,249.6 = 86.86 %; at r = 0.9 two-tier is £7,744.16, £384.64 less.
const BREAK_EVEN = 10640 / 12249.6;

describe(recallCaption, () => {
  it('gives the recall two-tier needs and where the firm’s triage leaves it', () => {
    expect(recallCaption(UK_SERVICES_FIRM, evaluate(UK_SERVICES_FIRM))).toBe(
      'Two-tier costs no more than all people once triage sends at least 86.9% of loaded inquiries to a person; with your sorting catching 90% it costs £385 a month less.',
    );
  });

  it('says what the firm pays when its triage falls short', () => {
    // At r = 0.5: 18,768.80 − 6,124.80 = £12,644, £4,515.20 more than all people.
    const scenario = ukFirmWith({ routerRecall: 0.5 });
    expect(recallCaption(scenario, evaluate(scenario))).toBe(
      'Two-tier costs no more than all people once triage sends at least 86.9% of loaded inquiries to a person; with your sorting catching 50% it costs £4,515 a month more.',
    );
  });

  it('says when no recall is enough', () => {
    // Triage at £25 an inquiry (£10,000 a month) keeps two-tier dearer at any recall.
    const scenario = ukFirmWith({ triageCostPerInquiry: 25 });
    const evaluation = evaluate(scenario);
    expect(evaluation.breakEvenRecall).toBeNull();
    expect(recallCaption(scenario, evaluation)).toMatch(
      /^No sorting, not even one that catches every loaded inquiry, brings two-tier down to all people's total; with your sorting catching 90% it costs £[\d,]+ a month more\.$/,
    );
  });

  it('says when any recall is enough', () => {
    // With lost clients worth nothing, two-tier's 2,180 + 298.56 at r = 0 beats £5,592.
    const scenario = ukFirmWith({ lostClientValue: 0 });
    const evaluation = evaluate(scenario);
    expect(evaluation.breakEvenRecall).toBe(0);
    expect(recallCaption(scenario, evaluation)).toContain(
      'costs no more than all people even when triage sends no loaded inquiry to a person',
    );
  });
});

describe(recallMarkers, () => {
  it('marks the firm’s recall and the break-even', () => {
    const [yours, breakEven] = recallMarkers(UK_SERVICES_FIRM, evaluate(UK_SERVICES_FIRM), ink);
    expect(yours).toMatchObject({ x: 0.9, label: 'Yours 90%', colour: ink.strong });
    expect(breakEven.x).toBeCloseTo(BREAK_EVEN, 6);
    expect(breakEven).toMatchObject({
      label: 'Break-even 86.9%',
      colour: deploymentColours.twoTier,
    });
  });

  it('marks no break-even when there is none', () => {
    const scenario = ukFirmWith({ triageCostPerInquiry: 25 });
    expect(recallMarkers(scenario, evaluate(scenario), ink)).toHaveLength(1);
  });
});

describe(recallChart, () => {
  const evaluation = evaluate(UK_SERVICES_FIRM);
  const config = recallChart(UK_SERVICES_FIRM, evaluation, ink);
  const [twoTier, allHuman] = config.data.datasets;

  it('draws two-tier through 101 recalls, through the firm’s own total', () => {
    expect(twoTier.label).toBe('Two-tier');
    expect(twoTier.data).toHaveLength(101);
    expect(twoTier.data[0].y).toBeCloseTo(18768.8, 6);
    expect(twoTier.data[100].y).toBeCloseTo(18768.8 - 12249.6, 6);
    expect(twoTier.data[90]).toEqual({ x: 0.9, y: evaluation.deployments.twoTier.totalCost });
  });

  it('draws all people’s total as a flat reference line', () => {
    expect(allHuman.label).toBe('All people');
    expect(allHuman.data).toEqual([
      { x: 0, y: evaluation.deployments.allHuman.totalCost },
      { x: 1, y: evaluation.deployments.allHuman.totalCost },
    ]);
  });
});

describe(recallFigure, () => {
  it('lists every tenth recall, the break-even and the firm’s recall', () => {
    const { table } = recallFigure(UK_SERVICES_FIRM, evaluate(UK_SERVICES_FIRM));
    const headers = table.rows.map((row) => row.header);
    expect(headers).toHaveLength(12);
    expect(headers.slice(8, 11)).toEqual(['80%', '86.9% (break-even)', '90% (yours)']);
    // At the break-even both cost £8,128.80.
    expect(table.rows[9].cells.map((cell) => cell.text)).toEqual(['£8,129', '£8,129']);
  });
});
