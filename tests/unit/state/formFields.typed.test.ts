import { describe, expect, it } from 'vitest';
import { currencies } from '../../../src/model';
import {
  meantPercentage,
  parseField,
  toDisplay,
  type NumberField,
} from '../../../src/state/formFields';

// Numbers as people type them: en-GB style (commas between thousands, a point
// before decimals), money with the scenario's currency mark, shares with "%".

describe('parseField, given money as people write it', () => {
  it.each([
    ['£6,500', 'GBP', 6500],
    ['£ 6,500', 'GBP', 6500],
    ['6,500.00', 'GBP', 6500],
    ['6500', 'GBP', 6500],
    ['GBP 6,500', 'GBP', 6500],
    ['gbp6500', 'GBP', 6500],
    ['6,500 GBP', 'GBP', 6500],
    ['£1,250.5', 'GBP', 1250.5],
    ['$6,500', 'USD', 6500],
    ['US$6,500', 'USD', 6500],
    ['USD 6,500', 'USD', 6500],
    ['€6,500', 'EUR', 6500],
    ['$6,500', 'CAD', 6500],
    ['CA$6,500', 'CAD', 6500],
    ['A$6,500', 'AUD', 6500],
  ] as const)('reads "%s" in %s as %d', (typed, currency, value) => {
    expect(parseField('lostClientValue', typed, currency)).toEqual({ ok: true, value });
  });

  it.each([
    [
      '$6,500',
      'GBP',
      'Value of a lost client is in £: type the amount alone, or change the currency',
    ],
    [
      '€6,500',
      'USD',
      'Value of a lost client is in US$: type the amount alone, or change the currency',
    ],
    [
      'A$6,500',
      'USD',
      'Value of a lost client is in US$: type the amount alone, or change the currency',
    ],
    [
      '6,500 EUR',
      'GBP',
      'Value of a lost client is in £: type the amount alone, or change the currency',
    ],
    ['£', 'GBP', 'Value of a lost client is empty: enter a number'],
    ['££6,500', 'GBP', 'Value of a lost client must be a number, such as 6000'],
    ['£-5', 'GBP', 'Value of a lost client must be 0 or more'],
  ] as const)('refuses "%s" in %s: %s', (typed, currency, message) => {
    expect(parseField('lostClientValue', typed, currency)).toEqual({ ok: false, message });
  });

  it('takes the currency mark on money only', () => {
    expect(parseField('inquiriesPerMonth', '£1,200', 'GBP')).toEqual({
      ok: false,
      message: 'Inquiries per month must be a number, such as 400',
    });
  });

  it('reads back what it shows, with the symbol put before it, in every currency', () => {
    for (const currency of currencies) {
      const read = parseField(
        'aiCostPerInquiry',
        `${currency} ${toDisplay('aiCostPerInquiry', 0.8)}`,
        currency,
      );
      expect(read, currency).toEqual({ ok: true, value: 0.8 });
    }
  });
});

describe('parseField, given thousands separators', () => {
  it.each([
    ['inquiriesPerMonth', '1,200', 1200],
    ['inquiriesPerMonth', '2,300,000', 2_300_000],
    ['activeClients', '1,500', 1500],
    ['fteHoursPerMonth', '1,000.5', 1000.5],
    ['minutesPerHumanInquiry', '1,000', 1000],
    ['lostClientValue', '6,500.', 6500],
  ] as const)('reads %s typed as "%s" as %d', (field, typed, value) => {
    expect(parseField(field, typed, 'GBP')).toEqual({ ok: true, value });
  });

  const unclear = (label: string) =>
    `${label} is unclear: commas go between thousands and a point before decimals, such as 1,250.5`;

  // A comma out of thousands place may be a decimal comma: guessing could be 100 times off.
  it.each([
    ['lostClientValue', '6,50', 'Value of a lost client'],
    ['lostClientValue', '£6,50', 'Value of a lost client'],
    ['lostClientValue', '6.500,00', 'Value of a lost client'],
    ['lostClientValue', '65,00', 'Value of a lost client'],
    ['inquiriesPerMonth', '1,2000', 'Inquiries per month'],
    ['inquiriesPerMonth', ',500', 'Inquiries per month'],
    ['loadedShare', '33,5', 'Loaded share'],
  ] as const)('refuses %s typed as "%s", naming the field', (field, typed, label) => {
    expect(parseField(field, typed, 'GBP')).toEqual({ ok: false, message: unclear(label) });
  });
});

describe('parseField, given a share with its percent sign', () => {
  it.each([
    ['45%', 0.45],
    ['45 %', 0.45],
    ['0.45', 0.0045],
    ['0.45%', 0.0045],
  ])('reads "%s" as %d, as typed', (typed, value) => {
    expect(parseField('loadedShare', typed)).toEqual({ ok: true, value });
  });
});

describe('meantPercentage', () => {
  it.each([
    ['loadedShare', '0.45', '45'],
    ['loadedShare', ' .45 ', '45'],
    ['loadedShare', '0.333', '33.3'],
    ['routerRecall', '0.9', '90'],
    ['loadedShare', '0.07', '7'], // 0.07 x 100 is 7.000000000000001 in binary
  ] as const)('offers %s typed as "%s" as %s %%', (field, typed, meant) => {
    expect(meantPercentage(field, typed)).toBe(meant);
  });

  it.each([
    ['loadedShare', '45'], // a percentage already
    ['loadedShare', '0.45%'], // says what it means
    ['loadedShare', '0.45 %'],
    ['loadedShare', '0'], // no decimal point
    ['loadedShare', '0.0'], // not between 0 and 1
    ['loadedShare', '1.0'],
    ['loadedShare', '0.'],
    ['loadedShare', 'abc'],
    ['aiCostPerInquiry', '0.45'], // money, not a share
    ['loadedHandlingMultiplier', '0.45'],
  ] as const)('offers nothing for %s typed as "%s"', (field, typed) => {
    expect(meantPercentage(field as NumberField, typed)).toBeNull();
  });

  it('offers a percentage that reads as 100 times what was typed', () => {
    for (const typed of ['0.45', '0.5', '0.999', '0.001']) {
      const meant = meantPercentage('loadedShare', typed) ?? '';
      const asTyped = parseField('loadedShare', typed);
      const asMeant = parseField('loadedShare', meant);
      expect(asTyped.ok && asMeant.ok && asMeant.value / asTyped.value).toBeCloseTo(100, 9);
    }
  });
});
