/**
 * The figures table's payback row: the month each AI deployment's running
 * total first turns positive, or words saying it never does in the months shown.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/model';
import { figureSections, paybackCell } from '../../../src/display/figureRows';
import { UK_SERVICES_FIRM, ukFirmWith } from '../model/fixtures';

describe(paybackCell, () => {
  it('gives the month as the raw value and in words', () => {
    // The UK firm's two-tier pays back in month 3 (docs/model.md, timeline).
    expect(paybackCell(evaluate(UK_SERVICES_FIRM), 'twoTier', 24)).toEqual({
      value: '3',
      words: 'month 3',
    });
  });

  it('leaves the value empty and says so when it never pays back in the months shown', () => {
    // Single-tier costs more than all-human every month for the UK firm: it never pays back.
    expect(paybackCell(evaluate(UK_SERVICES_FIRM), 'singleTierAi', 24)).toEqual({
      value: '',
      words: 'never within 24 months',
    });
  });

  it('follows the ramp: a slower start pays back later', () => {
    const ramped = ukFirmWith({ aiRampMonths: 6 });
    const month = Number(paybackCell(evaluate(ramped), 'twoTier', 24).value);
    expect(month).toBe(evaluate(ramped).timeline.twoTier.paybackMonth);
    expect(month).toBeGreaterThan(3);
  });
});

describe('the figures table', () => {
  it('shows the billed units of every deployment', () => {
    const rows = figureSections.flatMap((section) => section.rows.map((row) => row.field));
    expect(rows).toContain('aiBillable');
  });
});
