/**
 * src/display/ holds the page's wording and presentation: formats, labels,
 * the verdict in words, the figures' rows, the printed summary. It reads the
 * model and nothing else of ours; imports run model <- display <- state <-
 * charts <- components <- pages, so the boundaries in src/state/ word their
 * messages with these formats.
 *
 * Display formatting in en-GB: money in the scenario's currency, shares as
 * percentages, counts with grouping. Presentation only; no model arithmetic.
 * The formats the page shows as it loads are written out (writtenNumbers.ts,
 * held equal to Intl by a test); the rest are Intl's.
 */
import type { Currency } from '../model';
import { currencySymbols, writtenNumberFormat, type NumberFormatLike } from './writtenNumbers';

const cache = new Map<string, NumberFormatLike>();

/**
 * An en-GB number format for `options`, made once per key: written out where
 * writtenNumbers.ts can (everything the page shows as it loads), else Intl's.
 */
function formatter(key: string, options: Intl.NumberFormatOptions): NumberFormatLike {
  let found = cache.get(key);
  if (!found) {
    found = writtenNumberFormat(options) ?? new Intl.NumberFormat('en-GB', options);
    cache.set(key, found);
  }
  return found;
}

/** "£8,129" (whole units) or "£0.80" (below 10, with pence). */
export function formatMoney(value: number, currency: Currency): string {
  const digits = Math.abs(value) < 10 && value !== 0 ? 2 : 0;
  return formatter(`money-${currency}-${digits}`, {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/**
 * Money as typed, for inputs a reader may type in again: whole amounts bare
 * ("£5,000"), others with two to four decimals ("£12.50", "£0.055").
 */
export function formatMoneyExact(value: number, currency: Currency): string {
  const digits = Number.isInteger(value) ? 0 : 2;
  return formatter(`exact-${currency}-${digits}`, {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: 4,
  }).format(value);
}

/** Compact money for chart axes: "£12k", "$4.1m". */
export function formatMoneyCompact(value: number, currency: Currency): string {
  return formatter(`compact-${currency}`, {
    style: 'currency',
    currency,
    notation: 'compact',
    maximumFractionDigits: 1,
  }).format(value);
}

/** The Intl options of `formatShare`. */
export function shareOptions(maximumFractionDigits = 1): Intl.NumberFormatOptions {
  return { style: 'percent', maximumFractionDigits };
}

/** A fraction as a percentage: 0.33 -> "33%", 0.0719 -> "7.2%". */
export function formatShare(value: number, maximumFractionDigits = 1): string {
  return formatter(`share-${maximumFractionDigits}`, shareOptions(maximumFractionDigits)).format(
    value,
  );
}

/** A count with grouping and at most the given decimals: 2300000 -> "2,300,000". */
export function formatCount(value: number, maximumFractionDigits = 1): string {
  return formatter(`count-${maximumFractionDigits}`, { maximumFractionDigits }).format(value);
}

/** The Intl options of `formatQuantity` for `value`: whole from 10 up (and 0), else two significant digits. */
export function quantityOptions(value: number): Intl.NumberFormatOptions {
  return value === 0 || Math.abs(value) >= 10
    ? { maximumFractionDigits: 0 }
    : { minimumSignificantDigits: 2, maximumSignificantDigits: 2 };
}

/**
 * A quantity that may be small or fractional (clients lost, wrong answers, FTE):
 * whole numbers from 10 up, two significant digits below, so that figures side
 * by side read alike. 2.7204 -> "2.7", 0.4228 -> "0.42", 0.69544 -> "0.70",
 * 26.4 -> "26", 49038.3 -> "49,038", 0 -> "0".
 */
export function formatQuantity(value: number): string {
  if (value === 0) return '0';
  const whole = Math.abs(value) >= 10;
  return formatter(whole ? 'quantity-whole' : 'quantity-small', quantityOptions(value)).format(
    value,
  );
}

/**
 * Each currency's name in British English, as Intl.DisplayNames('en-GB') gives
 * it (a unit test holds them equal). Written out because building DisplayNames
 * costs a slow phone some 50 ms while the page comes to life.
 */
const currencyNames: Record<Currency, string> = {
  GBP: 'British Pound',
  USD: 'US Dollar',
  EUR: 'Euro',
  CAD: 'Canadian Dollar',
  AUD: 'Australian Dollar',
};

/** "British Pound" for GBP. */
export function currencyName(currency: Currency): string {
  return currencyNames[currency];
}

/** The symbol shown beside money inputs: "£", "US$", "€", "CA$", "A$". */
export function currencySymbol(currency: Currency): string {
  return currencySymbols[currency].symbol;
}

/**
 * The Intl options of `formatMoneyShort` for `value`: the narrow symbol, whole
 * units from 10 up, pence below, compact with three significant digits from a
 * million up.
 */
export function moneyShortOptions(value: number, currency: Currency): Intl.NumberFormatOptions {
  const style = moneyShortStyle(value);
  return {
    style: 'currency',
    currency,
    currencyDisplay: 'narrowSymbol',
    ...(style === 'compact'
      ? { notation: 'compact', maximumSignificantDigits: 3 }
      : {
          minimumFractionDigits: style === 'cents' ? 2 : 0,
          maximumFractionDigits: style === 'cents' ? 2 : 0,
        }),
  };
}

function moneyShortStyle(value: number): 'compact' | 'cents' | 'whole' {
  const size = Math.abs(value);
  return size >= 1_000_000 ? 'compact' : size < 10 && value !== 0 ? 'cents' : 'whole';
}

/**
 * Money for a narrow table cell whose caption names the currency:
 * 297620 -> "$297,620", 5359000 -> "$5.36m", 0.8 -> "$0.80".
 */
export function formatMoneyShort(value: number, currency: Currency): string {
  const key = `short-${currency}-${moneyShortStyle(value)}`;
  return formatter(key, moneyShortOptions(value, currency)).format(value);
}
