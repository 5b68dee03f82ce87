/**
 * Display formatting with Intl: money in the scenario's currency, shares as
 * percentages, counts with grouping. Presentation only; no model arithmetic.
 */
import type { Currency } from '../model';

const cache = new Map<string, Intl.NumberFormat>();

function formatter(key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  let found = cache.get(key);
  if (!found) {
    found = new Intl.NumberFormat('en-GB', options);
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

/** Compact money for chart axes: "£12k", "$4.1m". */
export function formatMoneyCompact(value: number, currency: Currency): string {
  return formatter(`compact-${currency}`, {
    style: 'currency',
    currency,
    notation: 'compact',
    maximumFractionDigits: 1,
  }).format(value);
}

/** A fraction as a percentage: 0.33 -> "33%", 0.0719 -> "7.2%". */
export function formatShare(value: number, maximumFractionDigits = 1): string {
  return formatter(`share-${maximumFractionDigits}`, {
    style: 'percent',
    maximumFractionDigits,
  }).format(value);
}

/** A count with grouping and at most the given decimals: 2300000 -> "2,300,000". */
export function formatCount(value: number, maximumFractionDigits = 1): string {
  return formatter(`count-${maximumFractionDigits}`, { maximumFractionDigits }).format(value);
}
