/**
 * src/state/ holds the boundaries (shared links, saved scenarios, files, the
 * browser's storage) and the page's state; it words its messages with
 * src/display/ and never the other way round.
 *
 * Reading scenario fields at the boundaries: shared links (text), saved
 * scenarios and imported files (JSON values). One reader per field, so the
 * link parser, the storage reader and the file importer accept exactly the same
 * values and word their messages the same way.
 *
 * The rules: the schema decides (bounds, whole numbers, currency codes);
 * nothing is clamped; a bad field keeps its fallback (the default or the
 * preset's value) and yields a message naming the field, saying what was wrong
 * and what was used instead. Nothing here throws, whatever it is given.
 */
import {
  fieldProblem,
  currencies,
  fieldMeta,
  scenarioFields,
  type Scenario,
  type ScenarioField,
} from '../model/schema';
import { defaultScenario, findPreset } from '../model/presets';
import {
  numericFields,
  type NumericField,
  type Range,
  type Ranges,
} from '../model/uncertainty/ranges';
import { formatFieldValue } from '../display/fieldValue';
import { formatCount } from '../display/format';

/** What a message is about, so a page can group or style them. */
export type MessageKind =
  /** The value cannot be read as this field's type (not a number, not true/false...). */
  | 'invalid'
  /** A readable value outside the field's bounds, or not a whole number where one is needed. */
  | 'out-of-bounds'
  /** A parameter or key this calculator does not know. */
  | 'unknown'
  /** A parameter given more than once. */
  | 'duplicate'
  /** A field absent from a stored scenario or file (links leave defaults out on purpose). */
  | 'missing'
  /** Something readable that was set aside on purpose (results in a file, a too-long name). */
  | 'ignored'
  /** Reading or writing the browser's storage failed. */
  | 'storage';

/** One message for a person about one parameter, field or entry. */
export interface BoundaryMessage {
  /** The parameter, field or entry it is about: "loadedShare", "v", "entries[2].name". */
  param: string;
  kind: MessageKind;
  /** One sentence: what was wrong and what was used instead. Plain text, never markup. */
  text: string;
}

/** The result of reading one value: the value, or why it was refused. */
export type FieldReading<T> =
  { ok: true; value: T } | { ok: false; kind: 'invalid' | 'out-of-bounds'; problem: string };

/** Scenario fields that hold numbers, in schema order (the fields that can carry a range). */
export { numericFields };

const knownFields: ReadonlySet<string> = new Set(scenarioFields);

/** True when `name` is a scenario field (safe for any string, "__proto__" included). */
export function isScenarioField(name: string): name is ScenarioField {
  return knownFields.has(name);
}

/** True when `name` is a numeric scenario field. */
export function isNumericField(name: string): name is NumericField {
  return (numericFields as readonly string[]).includes(name);
}

/** Longest scenario name kept (links, storage, files); longer names are cut, with a message. */
export const MAX_NAME_LENGTH = 200;

/**
 * Reads one field from a JSON value (storage, files): numbers must be JSON
 * numbers, booleans JSON booleans; the schema's bounds apply as in links.
 *
 * @example
 * readFieldValue('horizonMonths', 24.5) // => { ok: false, kind: 'out-of-bounds', problem: 'is not a whole number' }
 */
export function readFieldValue<F extends ScenarioField>(
  field: F,
  value: unknown,
): FieldReading<Scenario[F]> {
  const kind = fieldMeta(field).kind;
  if (kind === 'boolean' && typeof value !== 'boolean') {
    return { ok: false, kind: 'invalid', problem: 'is not true or false' };
  }
  if (kind !== 'boolean' && !fieldMeta(field).options && typeof value !== 'number') {
    return { ok: false, kind: 'invalid', problem: 'is not a number' };
  }
  return checkField(field, value === 0 ? 0 : value);
}

/** Checks a typed value against the field's rules (those of the schema) and words the problem. */
function checkField<F extends ScenarioField>(field: F, value: unknown): FieldReading<Scenario[F]> {
  const meta = fieldMeta(field);
  switch (fieldProblem(field, value)) {
    case null:
      return { ok: true, value: value as Scenario[F] };
    case 'invalid_value':
      return { ok: false, kind: 'invalid', problem: `is not one of ${listValues(meta.options ?? currencies)}` };
    case 'too_small':
      return {
        ok: false,
        kind: 'out-of-bounds',
        problem: meta.minExclusive
          ? `must be more than ${describeValue(field, meta.min)}`
          : `is below the minimum, ${describeValue(field, meta.min)}`,
      };
    case 'too_big':
      return {
        ok: false,
        kind: 'out-of-bounds',
        problem: `is above the maximum, ${describeValue(field, meta.max)}`,
      };
    case 'not_integer':
      return { ok: false, kind: 'out-of-bounds', problem: 'is not a whole number' };
    case 'invalid_type':
      return { ok: false, kind: 'invalid', problem: 'is not a number' };
  }
}

function listValues(values: readonly unknown[]): string {
  return values.map(String).join(', ');
}

/** A field's value in a message: "33%", "24 months", "on". */
function describeValue(field: ScenarioField, value: unknown): string {
  return formatFieldValue(field, value, { withUnit: true });
}

const SHOWN_LENGTH = 40;
// Control characters and bidirectional overrides would garble or disguise a message.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text from outside, made safe to quote in a message: unprintable characters
 * replaced, long text cut to 40 characters with its length given.
 *
 * @example
 * quote('abc') // => 'abc'
 */
export function quote(text: string): string {
  const clean = text.replace(UNPRINTABLE, '\uFFFD');
  if (clean.length <= SHOWN_LENGTH) return clean;
  return `${cutText(clean, SHOWN_LENGTH)}… (${formatCount(text.length, 0)} characters)`;
}

/**
 * A name from outside: cut to `MAX_NAME_LENGTH`, with a message naming `param`
 * when it was. Empty names are undefined.
 */
export function readName(
  text: string,
  param: string,
  messages: BoundaryMessage[],
): string | undefined {
  if (text === '') return undefined;
  if (text.length <= MAX_NAME_LENGTH) return text;
  messages.push({
    param,
    kind: 'ignored',
    text: `${param} is ${formatCount(text.length, 0)} characters long; only its first ${MAX_NAME_LENGTH} were kept.`,
  });
  return cutText(text, MAX_NAME_LENGTH);
}

/** The first `length` UTF-16 units of `text`, never ending in half a surrogate pair. */
export function cutText(text: string, length: number): string {
  const cut = text.slice(0, length);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/**
 * The message for a refused field value.
 *
 * @example
 * refusedMessage('loadedShare', 'abc', 'is not a number', 'invalid', 0.33, 'the default')
 * // => { param: 'loadedShare', kind: 'invalid', text: 'loadedShare=abc is not a number; used the default, 33%.' }
 */
export function refusedMessage(
  field: ScenarioField,
  shown: string,
  problem: string,
  kind: MessageKind,
  fallback: unknown,
  source: string,
): BoundaryMessage {
  return {
    param: field,
    kind,
    text: `${field}=${quote(shown)} ${problem}; used ${source}, ${describeValue(field, fallback)}.`,
  };
}

/** A JSON value shown in a message: strings as they are, anything else as JSON. */
export function showJson(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * Messages about a document's `version`: none when it is the one this code
 * writes; otherwise the document is read as that version, and says so.
 *
 * @example
 * versionMessages('The file is', 2, 1)[0].text // => 'The file is marked version 2; read as version 1.'
 */
export function versionMessages(
  subject: string,
  found: unknown,
  expected: number,
): BoundaryMessage[] {
  if (found === expected) return [];
  const shown = quote(showJson(found ?? 'none'));
  return [
    {
      param: 'version',
      kind: 'invalid',
      text: `${subject} marked version ${shown}; read as version ${expected}.`,
    },
  ];
}

/** A plain object (not an array, not null), safe to read own keys from. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads an own property only: never `__proto__` or anything inherited. */
export function ownValue(record: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** What bad or absent fields fall back to, and the words for it in messages. */
export interface Baseline {
  /** The preset's scenario when the preset is known, else the default scenario. */
  base: Scenario;
  /** "the default" or "the preset’s value". */
  source: string;
}

/**
 * The baseline for a preset id: values in links are compared with it, and bad
 * fields in links, saved scenarios and files fall back to it.
 *
 * @example
 * baselineOf('klarna-hybrid').base.currency // => 'USD'
 * baselineOf(undefined).source // => 'the default'
 */
export function baselineOf(presetId: string | undefined): Baseline {
  const preset = presetId === undefined ? undefined : findPreset(presetId);
  return preset
    ? { base: preset.scenario, source: 'the preset’s value' }
    : { base: defaultScenario, source: 'the default' };
}

/** How a JSON scenario object is read. */
/**
 * Reads a scenario from a JSON value field by field: every valid field is
 * kept, every bad, missing or unknown one gets a message, and a bad or missing
 * field takes its value from `base`.
 *
 * @example
 * readScenarioObject({ ...defaultScenario, loadedShare: 'lots' }, { base: defaultScenario, source: 'the default' })
 * // => { scenario: defaultScenario, messages: [{ param: 'loadedShare', kind: 'invalid', ... }] }
 */
export function readScenarioObject(
  value: unknown,
  { base, source }: Baseline,
): { scenario: Scenario; messages: BoundaryMessage[] } {
  const messages: BoundaryMessage[] = [];
  if (!isRecord(value)) {
    messages.push({
      param: 'scenario',
      kind: 'invalid',
      text: `The scenario is not an object of fields; used ${source} for every field.`,
    });
    return { scenario: { ...base }, messages };
  }
  const scenario: Record<string, unknown> = { ...base };
  for (const field of scenarioFields) {
    if (!Object.prototype.hasOwnProperty.call(value, field)) {
      messages.push({
        param: field,
        kind: 'missing',
        text: `${field} is missing; used ${source}, ${describeValue(field, base[field])}.`,
      });
      continue;
    }
    const raw = value[field];
    const reading = readFieldValue(field, raw);
    if (reading.ok) scenario[field] = reading.value;
    else {
      const { problem, kind } = reading;
      messages.push(refusedMessage(field, showJson(raw), problem, kind, base[field], source));
    }
  }
  for (const key of Object.keys(value)) {
    if (!isScenarioField(key)) messages.push(unknownKeyMessage(key));
  }
  return { scenario: scenario as Scenario, messages };
}

/**
 * The message for a key or parameter this calculator does not know, with a
 * hint when it is a field name in the wrong case ("loadedshare").
 */
export function unknownKeyMessage(param: string, key = param): BoundaryMessage {
  const name = param === '' ? 'A parameter with no name' : quote(param);
  const lower = key.toLowerCase();
  const near = scenarioFields.find((field) => field.toLowerCase() === lower);
  const hint = near ? ` (did you mean ${near}?)` : '';
  return {
    param,
    kind: 'unknown',
    text: `${name} is not known to this calculator${hint}; ignored.`,
  };
}

/**
 * Checks a range around the scenario's value: low and high within the field's
 * bounds, and low <= likely <= high. Returns the problem, or null when it holds.
 *
 * @example
 * rangeProblem('churnIfFumbledLoaded', 0.05, 0.1, 0.2) // => null
 * rangeProblem('churnIfFumbledLoaded', 0.2, 0.1, 0.3) // => 'has its low above the likely value'
 */
export function rangeProblem(
  field: NumericField,
  low: number,
  likely: number,
  high: number,
): string | null {
  for (const [end, value] of [
    ['low', low],
    ['high', high],
  ] as const) {
    const reading = readFieldValue(field, value);
    if (!reading.ok) return `has a ${end} that ${reading.problem}`;
  }
  if (low > likely) return 'has its low above the likely value';
  if (high < likely) return 'has its high below the likely value';
  return null;
}

/**
 * Reads the ranges of a JSON value (storage, files) against the scenario
 * already read: the likely value is always the scenario's own. A bad range is
 * dropped with a message; the field's value stays.
 *
 * @example
 * readRangesObject({ loadedShare: { low: 0.2, likely: 0.33, high: 0.5 } }, defaultScenario)
 * // => { ranges: { loadedShare: { low: 0.2, likely: 0.33, high: 0.5 } }, messages: [] }
 */
export function readRangesObject(
  value: unknown,
  scenario: Scenario,
): { ranges: Ranges; messages: BoundaryMessage[] } {
  const ranges: Ranges = {};
  const messages: BoundaryMessage[] = [];
  if (value === undefined || value === null) return { ranges, messages };
  if (!isRecord(value)) {
    messages.push({
      param: 'ranges',
      kind: 'invalid',
      text: 'The ranges are not an object of fields; every input is read as a single value.',
    });
    return { ranges, messages };
  }
  for (const key of Object.keys(value)) {
    const param = `ranges.${key}`;
    if (!isNumericField(key)) {
      messages.push(
        isScenarioField(key)
          ? { param, kind: 'invalid', text: `${param}: ${key} cannot carry a range; ignored.` }
          : unknownKeyMessage(param, key),
      );
      continue;
    }
    const raw = value[key];
    const range = readRangeValue(key, raw, scenario[key]);
    if (typeof range === 'string') {
      messages.push(droppedRangeMessage(param, showJson(raw), range, key, scenario[key]));
    } else ranges[key] = range;
  }
  return { ranges, messages };
}

/** A range from a JSON value `{ low, high }` around `likely`, or the problem with it. */
function readRangeValue(field: NumericField, raw: unknown, likely: number): Range | string {
  const low = isRecord(raw) ? ownValue(raw, 'low') : undefined;
  const high = isRecord(raw) ? ownValue(raw, 'high') : undefined;
  if (typeof low !== 'number' || typeof high !== 'number') {
    return 'is not an object with a low and a high number';
  }
  const lowValue = low === 0 ? 0 : low;
  const highValue = high === 0 ? 0 : high;
  return (
    rangeProblem(field, lowValue, likely, highValue) ?? { low: lowValue, likely, high: highValue }
  );
}

/** The message for a range set aside while the field's value is kept. */
export function droppedRangeMessage(
  param: string,
  shown: string,
  problem: string,
  field: NumericField,
  kept: number,
): BoundaryMessage {
  return {
    param,
    kind: 'invalid',
    text: `${param}=${quote(shown)} ${problem}; the range was dropped and ${describeValue(field, kept)} kept as a single value.`,
  };
}
