import { describe, expect, it } from 'vitest';
import { firmness } from '../../../src/model/uncertainty/firmness';
import { firmnessText } from '../../../src/display/firmnessText';
import { UK_SERVICES_FIRM, ukFirmWith } from '../model/fixtures';

describe(firmnessText, () => {
  it('names the input nearest to flipping the default, with its value in its own units', () => {
    // Flip at a catch rate of 0.9 - 384.64 / 12,249.6 = 86.86 %, within 80 % to 100 %.
    const text = firmnessText(UK_SERVICES_FIRM, firmness(UK_SERVICES_FIRM));
    expect(text.close).toMatch(
      /^A close call: with .* at 86\.9% instead of 90%, all people would cost less in total\./,
    );
    expect(text.close).toContain('the nearest of 6 inputs that change the answer');
    expect(text.close).toContain('80% to 100%');
    expect(text.firm).toMatch(
      /^What is firm: Single-tier AI is never the cheapest in total within these ranges\./,
    );
  });

  it('names a money input in the scenario’s currency', () => {
    // Only a lost client's value ranged wide, every other input held by a narrow range of its own.
    const scenario = ukFirmWith({ currency: 'EUR' });
    const flips = firmness(scenario).flips.filter((f) => f.field === 'lostClientValue');
    const text = firmnessText(scenario, {
      level: 'close-call',
      recommended: 'twoTier',
      flips,
      neverCheapest: [],
    });
    // 2,020.48 / 0.27264 = 7,410.80
    expect(text.close).toContain('at €7,411 instead of €6,000');
    expect(text.close).toContain('the only input that changes the answer');
    expect(text.firm).toMatch(/^Nothing is firm/);
  });

  it('says what holds when nothing flips', () => {
    const scenario = ukFirmWith({ aiCostPerInquiry: 20, lostClientValue: 1_000 });
    const text = firmnessText(scenario, firmness(scenario));
    expect(text.close).toBeNull();
    expect(text.firm).toMatch(
      /^Firm: all people stays the cheapest in total across the plausible range of every input/,
    );
    expect(text.firm).toContain('Single-tier AI and two-tier are never the cheapest in total');
  });
});
