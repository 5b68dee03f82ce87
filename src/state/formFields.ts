/**
 * The form's boundary: what a person types <-> the model's values, for every
 * scenario field, driven by the schema's metadata (`fieldMeta`).
 *
 * Shares are typed as percentages ("33" means 0.33); everything else is typed
 * in model units. Numbers are read in the en-GB style: commas between
 * thousands, a point before decimals ("6,500.50"); money may carry the
 * scenario's currency ("£6,500", "GBP 6,500"). A typed string is refused with
 * a message naming the field (empty, not a number, out of bounds in display
 * units), never clamped.
 */
import { formatFieldValue } from '../display/fieldValue';
import {
  tableProblem,
  currencies,
  defaultScenario,
  fieldMeta,
  scenarioFields,
  type FieldMeta,
  type Scenario,
  type Currency,
  type ScenarioField,
} from '../model';
import { currencySymbols } from '../display/currencySymbols';

/** Scenario fields typed as numbers (every field but the currency and the assistant switch). */
export type NumberField = {
  [K in ScenarioField]: Scenario[K] extends number ? K : never;
}[ScenarioField];

/** What the form holds for each field: typed text for numbers, the choice for the rest. */
export type Drafts = {
  [K in ScenarioField]: Scenario[K] extends boolean ? boolean : string;
};

/** Messages by field, for the fields that are wrong. */
export type FieldErrors = Partial<Record<ScenarioField, string>>;

export type ParseResult<T> = { ok: true; value: T } | { ok: false; message: string };

/** True for the fields typed as numbers. */
export function isNumberField(field: ScenarioField): field is NumberField {
  const meta = fieldMeta(field);
  return !meta.options && meta.kind !== 'boolean';
}

/** Percentages exist only on screen: a share's display value is 100 times its model value. */
function displayScale(meta: FieldMeta): number {
  return meta.kind === 'share' ? 100 : 1;
}

/** Drops the binary noise of scaling by 100 (0.07 x 100 = 7.000000000000001). */
function tidy(value: number, scale: number): number {
  // 15 significant digits survive any double; + 0 turns -0 into 0.
  return (scale === 1 ? value : Number(value.toPrecision(15))) + 0;
}

/**
 * The text a field shows for a model value.
 *
 * @example
 * toDisplay('loadedShare', 0.33) // => '33'
 * toDisplay('aiCostPerInquiry', 0.8) // => '0.8'
 */
export function toDisplay(field: NumberField, value: number): string {
  const scale = displayScale(fieldMeta(field));
  return String(tidy(value * scale, scale));
}

/** The drafts that show a scenario exactly. */
export function toDrafts(scenario: Scenario): Drafts {
  const drafts: Record<string, string | boolean> = {};
  for (const field of scenarioFields) {
    drafts[field] = isNumberField(field) ? toDisplay(field, scenario[field]) : scenario[field];
  }
  return drafts as Drafts;
}

/**
 * The rule a field's value must meet, in display units, as a sentence.
 *
 * @example
 * boundsMessage('loadedShare') // => 'Loaded share must be between 0% and 100%'
 * boundsMessage('activeClients') // => 'Active clients must be more than 0'
 */
export function boundsMessage(field: NumberField): string {
  const meta = fieldMeta(field);
  const low = formatFieldValue(field, meta.min);
  if (Number.isFinite(meta.max)) {
    const what = meta.integer ? 'a whole number ' : '';
    return `${meta.label} must be ${what}between ${low} and ${formatFieldValue(field, meta.max)}`;
  }
  const what = meta.integer ? 'a whole number, ' : '';
  return `${meta.label} must be ${what}${meta.minExclusive ? `more than ${low}` : `${low} or more`}`;
}

// A plain decimal: optional sign, digits with an optional point, an optional exponent.
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
// Thousands separators as people type them: "2,300,000" or "1,250.5".
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;

/** How money in `currency` may be marked, longest first: "US$" before "$". */
function currencyMarks(currency: Currency): string[] {
  const { symbol, narrow } = currencySymbols[currency];
  return [currency, symbol, narrow].sort((a, b) => b.length - a.length);
}

/**
 * Typed money without its currency mark, before or after the amount ("£6,500",
 * "6,500 GBP"), or null when it carries another currency's mark.
 */
function withoutCurrency(typed: string, currency: Currency): string | null {
  const upper = typed.toUpperCase();
  for (const mark of currencyMarks(currency)) {
    if (upper.startsWith(mark)) return typed.slice(mark.length).trimStart();
    if (upper.endsWith(mark)) return typed.slice(0, -mark.length).trimEnd();
  }
  const foreign = currencies.flatMap(currencyMarks);
  return foreign.some((mark) => upper.startsWith(mark) || upper.endsWith(mark)) ? null : typed;
}

/**
 * Reads what a person typed into a number field, in display units, and returns
 * the model value or a message naming the field. Money may carry the marks of
 * `currency`, the scenario's currency.
 *
 * @example
 * parseField('loadedShare', '33') // => { ok: true, value: 0.33 }
 * parseField('lostClientValue', '£6,500', 'GBP') // => { ok: true, value: 6500 }
 * parseField('loadedShare', '120') // => { ok: false, message: 'Loaded share must be between 0% and 100%' }
 */
export function parseField(
  field: NumberField,
  text: string,
  currency?: Currency,
): ParseResult<number> {
  const meta = fieldMeta(field);
  let typed: string | null = text.trim();
  if (meta.kind === 'share') typed = typed.replace(/\s*%$/, '');
  if (meta.kind === 'money' && currency) typed = withoutCurrency(typed, currency);
  if (typed === null) {
    const symbol = currencySymbols[currency ?? 'GBP'].symbol;
    return {
      ok: false,
      message: `${meta.label} is in ${symbol}: type the amount alone, or change the currency`,
    };
  }
  const wanted = meta.kind === 'share' ? 'a percentage' : 'a number';
  if (typed === '') return { ok: false, message: `${meta.label} is empty: enter ${wanted}` };
  if (GROUPED.test(typed)) typed = typed.replaceAll(',', '');
  else if (typed.includes(',') && DECIMAL.test(typed.replaceAll(',', ''))) {
    // "6,50": a comma out of thousands place may be a decimal comma; guessing could be 100 times off.
    return {
      ok: false,
      message: `${meta.label} is unclear: commas go between thousands and a point before decimals, such as 1,250.5`,
    };
  }
  const shown = DECIMAL.test(typed) ? Number(typed) : Number.NaN;
  if (!Number.isFinite(shown)) {
    const example = toDisplay(field, defaultScenario[field]);
    return { ok: false, message: `${meta.label} must be ${wanted}, such as ${example}` };
  }
  const scale = displayScale(meta);
  const value = tidy(shown / scale, scale);
  return tableProblem(field, value) === null
    ? { ok: true, value }
    : { ok: false, message: boundsMessage(field) };
}

/**
 * The percentage a person may have meant by typing a share as a fraction:
 * "0.45" is read as typed (0.45 %), and "45" is offered in its place. Null for
 * anything else, a "%" included ("0.45 %" says what it means).
 *
 * @example
 * meantPercentage('loadedShare', '0.45') // => '45'
 * meantPercentage('loadedShare', '45') // => null
 */
export function meantPercentage(field: NumberField, text: string): string | null {
  const typed = text.trim();
  if (fieldMeta(field).kind !== 'share' || !/^0?\.\d+$/.test(typed)) return null;
  const fraction = Number(typed);
  return fraction > 0 ? toDisplay(field, fraction) : null;
}

/** Reads a chosen currency code. */
export function parseCurrency(text: string): ParseResult<Scenario['currency']> {
  const found = currencies.find((code) => code === text);
  return found
    ? { ok: true, value: found }
    : { ok: false, message: `Currency must be one of ${currencies.join(', ')}` };
}

/**
 * Reads a chosen word of a choice field (how the AI is billed), refusing any
 * other with the words it takes.
 *
 * @example
 * parseChoice('aiBilling', 'perResolution') // => { ok: true, value: 'perResolution' }
 */
export function parseChoice(field: ScenarioField, text: string): ParseResult<string> {
  const meta = fieldMeta(field);
  const options = meta.options ?? [];
  return options.includes(text)
    ? { ok: true, value: text }
    : { ok: false, message: `${meta.label} must be one of ${options.join(', ')}` };
}

/**
 * Checks a whole scenario, field by field, with the rules of the schema
 * (`tableProblem`, held equal to the zod schema's check). On failure
 * every wrong field gets a message in display units; the fields that pass are
 * simply not listed. Unknown keys are dropped, as the schema drops them.
 */
export function validateScenario(
  input: unknown,
): { ok: true; scenario: Scenario } | { ok: false; errors: FieldErrors } {
  const record: Record<string, unknown> =
    typeof input === 'object' && input !== null ? { ...input } : {};
  const scenario: Record<string, unknown> = {};
  const errors: FieldErrors = {};
  for (const field of scenarioFields) {
    const value = record[field];
    if (tableProblem(field, value) === null) {
      scenario[field] = value;
      continue;
    }
    const meta = fieldMeta(field);
    errors[field] = isNumberField(field)
      ? boundsMessage(field)
      : meta.options
        ? `${meta.label} must be one of ${meta.options.join(', ')}`
        : `${meta.label} must be on or off`;
  }
  return Object.keys(errors).length === 0
    ? { ok: true, scenario: scenario as Scenario }
    : { ok: false, errors };
}
