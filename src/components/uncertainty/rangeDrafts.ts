/**
 * The "I'm not sure" control's boundary: the low and high ends typed in
 * display units (percentages for shares, as the field itself), read into a
 * range around the field's value, or a message naming the field and the end.
 * Ships with the first paint, so it only reuses what the form already loads.
 */
import { fieldMeta, type Currency } from '../../model';
import type { NumericField, Range } from '../../model/uncertainty/ranges';
import { checkRange } from '../../model/uncertainty/ranges';
import { currencySymbol } from '../../display/format';
import { parseField, toDisplay } from '../../state/formFields';

/** The two ends as typed. */
export interface RangeTexts {
  low: string;
  high: string;
}

export type RangeRead = { ok: true; range: Range } | { ok: false; message: string };

/**
 * Reads the typed ends into a range whose likely value is the field's value;
 * money ends may carry the marks of `currency` ("£500").
 *
 * @example
 * readRangeTexts('loadedShare', { low: '20', high: '50' }, 0.33)
 * // => { ok: true, range: { low: 0.2, likely: 0.33, high: 0.5 } }
 * readRangeTexts('loadedShare', { low: '40', high: '50' }, 0.33)
 * // => { ok: false, message: 'Loaded share: the low end is above the likely value.' }
 */
export function readRangeTexts(
  field: NumericField,
  texts: RangeTexts,
  likely: number,
  currency?: Currency,
): RangeRead {
  const low = parseField(field, texts.low, currency);
  if (!low.ok) return { ok: false, message: `${low.message} (the low end)` };
  const high = parseField(field, texts.high, currency);
  if (!high.ok) return { ok: false, message: `${high.message} (the high end)` };
  const range = { low: low.value, likely, high: high.value };
  const problem = checkRange(field, range);
  return problem ? { ok: false, message: problem } : { ok: true, range };
}

/** What each end shows: what was typed while it stands, else the range's own value. */
export interface TypedEnds {
  low: string | null;
  high: string | null;
}

/**
 * The texts the two boxes show. What the person typed stays as typed while it
 * cannot be used (with its message) or while it is the range in force; when
 * the range has changed since (the field's value widened it, a link replaced
 * it), the range's values show instead.
 *
 * @example
 * shownRangeTexts('loadedShare', { low: '20.0', high: null }, { low: 0.2, likely: 0.33, high: 0.43 })
 * // => { low: '20.0', high: '43' }
 * shownRangeTexts('loadedShare', { low: '20', high: null }, { low: 0.1, likely: 0.33, high: 0.43 })
 * // => { low: '10', high: '43' }: the range moved on
 */
export function shownRangeTexts(
  field: NumericField,
  typed: TypedEnds,
  range: Range,
  currency?: Currency,
): RangeTexts {
  const texts = {
    low: typed.low ?? toDisplay(field, range.low),
    high: typed.high ?? toDisplay(field, range.high),
  };
  const read = readRangeTexts(field, texts, range.likely, currency);
  if (!read.ok) return texts;
  const keep = (end: keyof RangeTexts) =>
    read.range[end] === range[end] ? texts[end] : toDisplay(field, range[end]);
  return { low: keep('low'), high: keep('high') };
}

/** The ends as the person last set them (or as they opened). */
export type SetEnds = Pick<Range, 'low' | 'high'>;

/**
 * Says which ends the field's value pushed out since the person set them: the
 * range widens to hold a likely value typed past an end, and the person is
 * told where that happened.
 *
 * @example
 * movedEndsMessage('loadedShare', { low: 0.2, high: 0.43 }, { low: 0.15, likely: 0.15, high: 0.43 }, 'GBP')
 * // => 'Loaded share: low end moved to 15 % to stay at or below the likely value.'
 */
export function movedEndsMessage(
  field: NumericField,
  set: SetEnds,
  range: Range,
  currency: Currency,
): string {
  const { label, kind } = fieldMeta(field);
  const shown = (value: number) =>
    kind === 'money'
      ? `${currencySymbol(currency)}${toDisplay(field, value)}`
      : `${toDisplay(field, value)}${kind === 'share' ? ' %' : ''}`;
  const moves = [
    range.low < set.low ? `low end moved to ${shown(range.low)} to stay at or below` : '',
    range.high > set.high ? `high end moved to ${shown(range.high)} to stay at or above` : '',
  ].filter(Boolean);
  return moves.length === 0 ? '' : `${label}: ${moves.join(', and ')} the likely value.`;
}
