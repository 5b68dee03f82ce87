import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currencies } from '../../../src/model';
import {
  formatCount,
  formatMoney,
  formatMoneyShort,
  formatQuantity,
  formatShare,
} from '../../../src/display/format';
import { currencySymbols, writtenNumberFormat } from '../../../src/display/writtenNumbers';

/** Every option set format.ts writes out, and a few more of the same kinds. */
const optionSets: Intl.NumberFormatOptions[] = [
  ...currencies.flatMap(
    (currency) =>
      [
        { style: 'currency', currency, minimumFractionDigits: 0, maximumFractionDigits: 0 },
        { style: 'currency', currency, minimumFractionDigits: 2, maximumFractionDigits: 2 },
        {
          style: 'currency',
          currency,
          currencyDisplay: 'narrowSymbol',
          minimumFractionDigits: 0,
          maximumFractionDigits: 0,
        },
        {
          style: 'currency',
          currency,
          currencyDisplay: 'narrowSymbol',
          minimumFractionDigits: 2,
          maximumFractionDigits: 2,
        },
      ] satisfies Intl.NumberFormatOptions[],
  ),
  { style: 'percent', maximumFractionDigits: 0 },
  { style: 'percent', maximumFractionDigits: 1 },
  { style: 'percent', maximumFractionDigits: 2 },
  { maximumFractionDigits: 0 },
  { maximumFractionDigits: 1 },
  { maximumFractionDigits: 4 },
  { minimumFractionDigits: 2, maximumFractionDigits: 5 },
  { minimumSignificantDigits: 2, maximumSignificantDigits: 2 },
  { minimumSignificantDigits: 1, maximumSignificantDigits: 3 },
  { minimumSignificantDigits: 4, maximumSignificantDigits: 6 },
];

/** Doubles of every size, ties at each decimal place, and the awkward ones. */
const value = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.double({ min: -1e7, max: 1e7, noNaN: true }),
  fc.double({ min: -1, max: 1, noNaN: true }),
  fc.integer({ min: -1e9, max: 1e9 }),
  // n + 0.5, n/100 + 0.005, …: where rounding half away from zero shows.
  fc
    .tuple(fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: 0, max: 6 }))
    .map(([n, places]) => (n + 0.5) / 10 ** places),
  fc.constantFrom(0, -0, 1e21, -1e21, 1e-7, 9.995, 0.995, 999.5, 0.0005, 5e-324, Number.MAX_VALUE),
);

describe('writtenNumberFormat', () => {
  it('writes every number as Intl.NumberFormat("en-GB") does, for every option set the page uses', () => {
    for (const options of optionSets) {
      const written = writtenNumberFormat(options);
      expect(written, JSON.stringify(options)).not.toBeNull();
      const intl = new Intl.NumberFormat('en-GB', options);
      fc.assert(
        fc.property(value, (number) => {
          expect(written!.format(number), `${number} with ${JSON.stringify(options)}`).toBe(
            intl.format(number),
          );
        }),
        { numRuns: 2_000 },
      );
    }
  });

  it('hands NaN and the infinities to Intl', () => {
    const options = { style: 'percent', maximumFractionDigits: 1 } as const;
    const written = writtenNumberFormat(options)!;
    const intl = new Intl.NumberFormat('en-GB', options);
    for (const number of [NaN, Infinity, -Infinity]) {
      expect(written.format(number)).toBe(intl.format(number));
    }
  });

  it('declines what it does not write, so that Intl does it', () => {
    expect(writtenNumberFormat({ notation: 'compact' })).toBeNull();
    expect(writtenNumberFormat({ style: 'unit', unit: 'hour' })).toBeNull();
    expect(writtenNumberFormat({ style: 'currency', currency: 'JPY' })).toBeNull();
    expect(
      writtenNumberFormat({ style: 'currency', currency: 'GBP', currencyDisplay: 'name' }),
    ).toBeNull();
    expect(writtenNumberFormat({ useGrouping: false, maximumFractionDigits: 0 })).toBeNull();
    // Intl's default digit counts, and its rule for money given a maximum alone.
    expect(writtenNumberFormat({})).toBeNull();
    expect(writtenNumberFormat({ style: 'percent' })).toBeNull();
    expect(
      writtenNumberFormat({ style: 'currency', currency: 'GBP', maximumFractionDigits: 1 }),
    ).toBeNull();
    expect(writtenNumberFormat({ maximumSignificantDigits: 3 })).toBeNull();
  });
});

describe('currencySymbols', () => {
  it('are the symbols Intl writes in en-GB, plain and narrow', () => {
    for (const currency of currencies) {
      const symbolOf = (currencyDisplay: 'symbol' | 'narrowSymbol') =>
        new Intl.NumberFormat('en-GB', { style: 'currency', currency, currencyDisplay })
          .formatToParts(1)
          .find((part) => part.type === 'currency')?.value;
      expect(currencySymbols[currency].symbol, currency).toBe(symbolOf('symbol'));
      expect(currencySymbols[currency].narrow, currency).toBe(symbolOf('narrowSymbol'));
    }
  });
});

describe('the page’s formats', () => {
  it('read as documented', () => {
    expect(formatMoney(8129.4, 'GBP')).toBe('£8,129');
    expect(formatMoney(0.8, 'GBP')).toBe('£0.80');
    expect(formatMoney(-385, 'USD')).toBe('-US$385');
    expect(formatMoneyShort(297620, 'USD')).toBe('$297,620');
    expect(formatMoneyShort(5359000, 'USD')).toBe('$5.36m'); // compact: Intl's
    expect(formatShare(0.0719)).toBe('7.2%');
    expect(formatCount(2300000)).toBe('2,300,000');
    expect(formatQuantity(2.7204)).toBe('2.7');
    expect(formatQuantity(0.69544)).toBe('0.70');
    expect(formatQuantity(49038.3)).toBe('49,038');
  });
});
