import { describe, expect, it } from 'vitest';
import { nameInSentence, notedSteps } from '../../../src/charts/figure';
import { chartBuilders } from '../../../src/charts/configs';

describe(notedSteps, () => {
  it('adds the noted points to the tens, in order', () => {
    const steps = notedSteps([
      { x: 0.33, note: 'yours' },
      { x: null, note: 'never' },
    ]);
    expect(steps.map((step) => step.x)).toEqual([
      0, 0.1, 0.2, 0.3, 0.33, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1,
    ]);
    expect(steps[4].notes).toEqual(['yours']);
  });

  it('puts notes that fall on the same point together', () => {
    const steps = notedSteps([
      { x: 0.5, note: 'yours' },
      { x: 0.5, note: 'break-even' },
    ]);
    expect(steps).toHaveLength(11);
    expect(steps[5]).toEqual({ x: 0.5, notes: ['yours', 'break-even'] });
  });
});

describe(nameInSentence, () => {
  it('lowers only the first letter', () => {
    expect(nameInSentence('singleTierAi')).toBe('single-tier AI');
  });
});

describe('chartBuilders', () => {
  it('has a builder for each of the four charts', () => {
    expect(Object.keys(chartBuilders).sort()).toEqual([
      'asymmetry',
      'loadedShare',
      'payback',
      'recall',
    ]);
  });
});
