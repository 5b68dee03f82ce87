import { describe, expect, it } from 'vitest';
import { moneyCell, nameInSentence, notedRowHeader, notedSteps } from '../../../src/charts/figure';
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

describe(notedRowHeader, () => {
  it('shows the notes in brackets and keeps the number and the notes apart, marked', () => {
    expect(notedRowHeader(0.33, '33%', ['yours', 'break-even'])).toEqual({
      header: '33% (yours; break-even)',
      headerValue: 0.33,
      notes: ['yours', 'break-even'],
      marked: true,
    });
  });

  it('leaves a header without notes plain and unmarked', () => {
    expect(notedRowHeader(4, 'Month 4', [])).toMatchObject({ header: 'Month 4', marked: false });
  });
});

describe(moneyCell, () => {
  it('shows money for people and keeps the amount as it is', () => {
    expect(moneyCell(-1620.5, 'GBP')).toEqual({ text: '-£1,621', value: -1620.5 });
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
