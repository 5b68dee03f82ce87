/**
 * The words of the printed one-page summary that the screen does not show:
 * the inputs that differ from the default scenario (label, value, default),
 * where the scenario came from, the date, and the share link as a QR code.
 * Pure functions; the page passes in the date. Only the lazily loaded print
 * summary imports this (and uqr with it).
 */
import {
  defaultScenario,
  fieldMeta,
  findPreset,
  scenarioFields,
  type Currency,
  type Scenario,
  type ScenarioField,
} from '../model';
import { renderSVG } from 'uqr';
import type { NumericField, Range, Ranges } from '../model/uncertainty/ranges';
import { formatFieldValue } from './fieldValue';

/** One input as the summary prints it. */
export interface PrintedInput {
  field: ScenarioField;
  label: string;
  /** The scenario's value, formatted without its unit: "40%", "$2,000,000". */
  value: string;
  /** The default scenario's value, formatted the same way. */
  defaultValue: string;
  /** The unit both values are in, as the form shows it ("a month", "per inquiry"); '' for none. */
  unit: string;
  /** "20% to 50%" when the owner gave the input a range; null otherwise. */
  range: string | null;
}

function formatRange(field: NumericField, range: Range, currency: Currency): string {
  return `${formatFieldValue(field, range.low, { currency })} to ${formatFieldValue(field, range.high, { currency })}`;
}

/**
 * The inputs that differ from `baseline` (the default scenario unless given),
 * in the form's order, plus any input that carries a range even where its
 * likely value is the default's. Defaults are formatted in the baseline's
 * own currency. Shares carry no unit: their "%" is in the value.
 *
 * @example
 * changedInputs({ ...defaultScenario, loadedShare: 0.4 })
 * // => [{ field: 'loadedShare', label: 'Loaded share', value: '40%', defaultValue: '33%', unit: '', range: null }]
 */
export function changedInputs(
  scenario: Scenario,
  ranges: Ranges = {},
  baseline: Scenario = defaultScenario,
): PrintedInput[] {
  return scenarioFields
    .filter((field) => differs(field, scenario, ranges, baseline))
    .map((field) => printedInput(field, scenario, ranges, baseline));
}

/** True when `field` is not the baseline's value, or carries a range. */
function differs(field: ScenarioField, scenario: Scenario, ranges: Ranges, baseline: Scenario) {
  return scenario[field] !== baseline[field] || ranges[field as NumericField] !== undefined;
}

/** One input as printed: its value (and range) beside the baseline's value. */
function printedInput(
  field: ScenarioField,
  scenario: Scenario,
  ranges: Ranges,
  baseline: Scenario,
): PrintedInput {
  const range = ranges[field as NumericField];
  return {
    field,
    label: fieldMeta(field).label,
    unit: fieldMeta(field).kind === 'share' ? '' : fieldMeta(field).unit,
    value: formatFieldValue(field, scenario[field], { currency: scenario.currency }),
    defaultValue: formatFieldValue(field, baseline[field], { currency: baseline.currency }),
    range: range ? formatRange(field as NumericField, range, scenario.currency) : null,
  };
}

/** The inputs as the summary prints them: which are listed, which go unlisted as the default. */
export interface PrintedInputs {
  /** Every key input (the form's primary ones), then any other that differs or has a range. */
  listed: PrintedInput[];
  /** The labels of the other inputs, each at the default's value. */
  asDefault: string[];
}

/**
 * Every key input with its value, default or not, so that a reader sees the
 * assumptions behind the figures; the other inputs listed where they differ
 * from the default (or carry a range), and named under "as the default"
 * where they do not. Both in the form's order.
 *
 * @example
 * printedInputs({ ...defaultScenario, churnLagMonths: 2 }).listed.map((input) => input.field)
 * // => the primary fields, with churnLagMonths in its place among them
 */
export function printedInputs(
  scenario: Scenario,
  ranges: Ranges = {},
  baseline: Scenario = defaultScenario,
): PrintedInputs {
  const listed = (field: ScenarioField) =>
    fieldMeta(field).primary === true || differs(field, scenario, ranges, baseline);
  return {
    listed: scenarioFields
      .filter(listed)
      .map((field) => printedInput(field, scenario, ranges, baseline)),
    asDefault: scenarioFields
      .filter((field) => !listed(field))
      .map((field) => fieldMeta(field).label),
  };
}

/**
 * Where the scenario came from, in a few words, or null for the default
 * scenario as it is.
 *
 * @example
 * scenarioOrigin('klarna-hybrid', true) // => 'Klarna’s hybrid preset, edited'
 * scenarioOrigin(null, false) // => 'Your own figures'
 */
export function scenarioOrigin(presetId: string | null, edited: boolean): string {
  const preset = presetId === null ? undefined : findPreset(presetId);
  if (!preset) return 'Your own figures';
  return `${preset.name} preset${edited ? ', edited' : ''}`;
}

/**
 * The date a summary is printed, in words, in the page's English.
 *
 * @example
 * printedDate(new Date(2026, 10, 25)) // => '25 November 2026'
 */
export function printedDate(date: Date): string {
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }).format(date);
}

/**
 * A QR code of `link` as SVG markup: geometry only (a white square and one
 * black path, colours as attributes, no style), four modules of quiet border,
 * error correction M (a fold or a smudge on paper still scans).
 *
 * @example
 * qrCodeSvg('http://127.0.0.1:4413/?v=1').startsWith('<svg xmlns="http://www.w3.org/2000/svg"') // => true
 */
export function qrCodeSvg(link: string): string {
  return renderSVG(link, { ecc: 'M', border: 4, pixelSize: 1 });
}
