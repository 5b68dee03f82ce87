/**
 * en-GB number formatting written out, for the formats the calculator shows as
 * it loads: whole and fractional amounts, money with a symbol, percentages, and
 * significant digits.
 *
 * Why not Intl.NumberFormat alone: the first one a page builds loads the
 * locale's data, which costs a slow phone 30 to 130 ms (measured at 4× CPU
 * slowdown) inside the one task that brings the calculator to life. Measured
 * again once a keystroke updated only what is on screen: in Chromium at 4×
 * slowdown, the first en-GB money and percent formats in a fresh page took a
 * median of 160 ms (55 to 460), and with Intl alone the longest task while the
 * calculator loads grew by a median of 100 ms (254 against 154 ms, six loads
 * each); it is still needed. Everything
 * here follows Intl's rules: the digits of the shortest string that reads back
 * as the same number, rounded half away from zero, grouped by threes with
 * commas, "-" before a negative number (and before negative zero), the symbol
 * after the sign. A property test (tests/unit/display/writtenNumbers.test.ts)
 * holds it equal to Intl.NumberFormat('en-GB') over many thousands of values.
 * Options it does not write (compact notation, other styles, Intl's default
 * digit counts) get Intl's formatter instead, as do NaN and the infinities.
 */
import type { Currency } from '../model';
import { currencySymbols } from './currencySymbols';

/** What the page needs of a number format. */
export interface NumberFormatLike {
  format(value: number): string;
}

export { currencySymbols } from './currencySymbols';

/** A number's decimal digits without leading or trailing zeros, and where its point falls. */
interface Digits {
  /** "12345" for 1234.5; '' for zero. */
  digits: string;
  /** How many of `digits` stand before the decimal point (negative: zeros after it first). */
  point: number;
}

/**
 * The format for `options`, or null when they ask for something this file does
 * not write (then use Intl.NumberFormat).
 *
 * @example
 * writtenNumberFormat({ style: 'currency', currency: 'GBP', minimumFractionDigits: 0, maximumFractionDigits: 0 })
 *   ?.format(-1234.5) // => '-£1,235'
 * writtenNumberFormat({ style: 'percent' }) // => null: Intl's default digits are Intl's to apply
 */
export function writtenNumberFormat(options: Intl.NumberFormatOptions): NumberFormatLike | null {
  const plan = planOf(options);
  if (!plan) return null;
  let intl: Intl.NumberFormat | undefined;
  return {
    format(value) {
      if (!Number.isFinite(value))
        return (intl ??= new Intl.NumberFormat('en-GB', options)).format(value);
      const negative = value < 0 || Object.is(value, -0);
      const exact = shift(decimalDigits(value), plan.scale);
      const text =
        plan.significant === undefined
          ? write(round(exact, exact.point + plan.maxFraction), plan.minFraction)
          : writeSignificant(round(exact, plan.significant.max), plan.significant.min);
      return `${negative ? '-' : ''}${plan.prefix}${text}${plan.suffix}`;
    },
  };
}

interface Plan {
  prefix: string;
  suffix: string;
  /** Powers of ten to multiply by before writing (2 for a percentage). */
  scale: number;
  minFraction: number;
  maxFraction: number;
  significant?: { min: number; max: number };
}

/** How to write `options`; null for anything but the explicit digit counts the page asks for. */
function planOf(options: Intl.NumberFormatOptions): Plan | null {
  const {
    style = 'decimal',
    currency,
    currencyDisplay = 'symbol',
    minimumFractionDigits: minFraction = 0,
    maximumFractionDigits: maxFraction,
    minimumSignificantDigits: minSig,
    maximumSignificantDigits: maxSig,
    ...other
  } = options;
  const significant =
    minSig !== undefined && maxSig !== undefined ? { min: minSig, max: maxSig } : undefined;
  // Intl's defaults, and its rule for money given a maximum alone, are left to Intl.
  const fractionGiven =
    maxFraction !== undefined &&
    maxFraction >= minFraction &&
    (style !== 'currency' || options.minimumFractionDigits !== undefined);
  const oneSignificantBound = (minSig === undefined) !== (maxSig === undefined);
  if (Object.keys(other).length > 0 || oneSignificantBound || !(significant || fractionGiven)) {
    return null;
  }
  const symbols = currencySymbols[currency as Currency];
  if (style === 'currency' && !(symbols && /^(symbol|narrowSymbol)$/.test(currencyDisplay))) {
    return null;
  }
  if (!/^(currency|decimal|percent)$/.test(style)) return null;
  return {
    prefix:
      style !== 'currency' ? '' : currencyDisplay === 'symbol' ? symbols.symbol : symbols.narrow,
    suffix: style === 'percent' ? '%' : '',
    scale: style === 'percent' ? 2 : 0,
    minFraction,
    maxFraction: maxFraction ?? 0, // unused when significant digits rule
    significant,
  };
}

/** The digits of |value| as its shortest round-trip string has them. */
function decimalDigits(value: number): Digits {
  const [mantissa, exponent = '0'] = Math.abs(value).toString().split('e');
  const [whole, fraction = ''] = mantissa.split('.');
  const all = whole + fraction;
  const leading = all.length - all.replace(/^0+/, '').length;
  const digits = all.slice(leading).replace(/0+$/, '');
  return digits === ''
    ? { digits: '', point: 0 }
    : { digits, point: whole.length + Number(exponent) - leading };
}

function shift({ digits, point }: Digits, places: number): Digits {
  return digits === '' ? { digits, point } : { digits, point: point + places };
}

/** Keeps the first `keep` digits (none when keep <= 0), rounding half away from zero. */
function round({ digits, point }: Digits, keep: number): Digits {
  if (keep >= digits.length) return { digits, point };
  if (keep < 0) return { digits: '', point: 0 };
  const kept = digits.slice(0, keep).split('').map(Number);
  let carry = digits.charCodeAt(keep) >= 53; // the next digit is 5 or more
  for (let at = kept.length - 1; carry && at >= 0; at -= 1) {
    kept[at] += 1;
    carry = kept[at] === 10;
    if (carry) kept[at] = 0;
  }
  if (carry) {
    kept.unshift(1);
    point += 1;
  }
  const result = kept.join('').replace(/0+$/, '');
  return result === '' ? { digits: '', point: 0 } : { digits: result, point };
}

/** "1,234.5": the digits with a point, at least `minFraction` decimals, grouped by threes. */
function write({ digits, point }: Digits, minFraction: number): string {
  const whole = point > 0 ? digits.slice(0, point).padEnd(point, '0') : '0';
  const fraction = (point >= 0 ? digits.slice(point) : '0'.repeat(-point) + digits).padEnd(
    minFraction,
    '0',
  );
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return fraction === '' ? grouped : `${grouped}.${fraction}`;
}

/** Written with at least `min` significant digits ("0.70", "1.0", "10"). */
function writeSignificant(number: Digits, min: number): string {
  const point = number.digits === '' ? 1 : number.point;
  return write(number, Math.max(0, min - point));
}
