/**
 * One scenario field's value as a person reads it, by the field's unit: shares
 * as percentages, money in the scenario's currency, switches as on or off.
 * The page's messages, the form's bounds, the printed summary, the tornado and
 * the methodology's preset tables all word a value through this one function.
 *
 * Inputs are shown exactly, so a reader can type them in again; `rounded`
 * is for values the page computed (the ends of a tornado bar), which are
 * shown to the precision of the page's other figures.
 */
import { fieldMeta, type Currency, type ScenarioField } from '../model';
import { formatCount, formatMoney, formatMoneyExact, formatQuantity, formatShare } from './format';

/** How `formatFieldValue` shows a value. */
export interface FieldValueOptions {
  /** The scenario's currency; money without one is shown as a plain amount. */
  currency?: Currency;
  /** A computed value, rounded as the page's figures are; otherwise shown as typed. */
  rounded?: boolean;
  /** Adds the unit of time to minutes, hours and months ("24 months"). */
  withUnit?: boolean;
}

/**
 * A field's value in words.
 *
 * @example
 * formatFieldValue('loadedShare', 0.33) // => '33%'
 * formatFieldValue('aiCostPerInquiry', 0.8, { currency: 'GBP' }) // => '£0.80'
 * formatFieldValue('horizonMonths', 24, { withUnit: true }) // => '24 months'
 * formatFieldValue('wrongAnswerRate', 0.00043, { rounded: true }) // => '0.043%'
 * formatFieldValue('humansUseAiAssist', true) // => 'on'
 * formatFieldValue('aiBilling', 'perResolution') // => 'Per inquiry it resolves'
 */
export function formatFieldValue(
  field: ScenarioField,
  value: unknown,
  { currency, rounded = false, withUnit = false }: FieldValueOptions = {},
): string {
  if (typeof value === 'boolean') return value ? 'on' : 'off';
  const meta = fieldMeta(field);
  // A choice in plain words; a word the field does not take is shown as it came.
  if (typeof value === 'string') return meta.optionLabels?.[value] ?? value;
  if (typeof value !== 'number') return String(value);
  switch (meta.kind) {
    case 'share':
      // Small computed shares keep two significant digits: 0.00043 -> "0.043%".
      return formatShare(value, !rounded ? 4 : value !== 0 && Math.abs(value) < 0.01 ? 3 : 1);
    case 'money':
      if (!currency) return formatCount(value, 6);
      return rounded ? formatMoney(value, currency) : formatMoneyExact(value, currency);
    default: {
      const shown = rounded ? formatQuantity(value) : formatCount(value, 6);
      const timed = meta.kind === 'months' || meta.kind === 'minutes' || meta.kind === 'hours';
      if (!withUnit || !timed) return shown;
      return `${shown} ${value === 1 ? meta.unit.replace(/s\b/, '') : meta.unit}`;
    }
  }
}
