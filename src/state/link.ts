/**
 * Shared links: the scenario in the address as readable query parameters.
 *
 * `?v=1&preset=klarna-hybrid&name=Q3%20plan&loadedShare=0.4&churnIfFumbledLoaded=0.05~0.1~0.2&seed=7`
 *
 * Each field is written under its name in docs/model.md, in model units
 * (fractions for shares, true/false for switches), and only when it differs
 * from the baseline: the chosen preset's scenario when `preset=` is given,
 * else the default scenario. So a link stays short, and a preset link reads as
 * "this preset, with these changes". A range is written `low~likely~high`; the
 * likely value is the scenario's own.
 *
 * Reading never throws and never blanks anything: every valid parameter is
 * applied; each invalid, out-of-bounds, unknown or repeated one yields a
 * message saying what was wrong and what was used instead. The README's
 * "link format" section is the reference for people.
 */
import { fieldMeta, scenarioFields, type Scenario, type ScenarioField } from '../model/schema';
import { findPreset } from '../model/presets';
import type { NumericField, Range, Ranges } from '../model/uncertainty/ranges';
import {
  type BoundaryMessage,
  baselineOf,
  readName,
  droppedRangeMessage,
  isNumericField,
  isScenarioField,
  quote,
  rangeProblem,
  readFieldValue,
  type FieldReading,
  refusedMessage,
  unknownKeyMessage,
} from './boundary';
import { DECIMAL_TEXT } from './decimalText';
import { currentLinkVersion, migrateLinkParams, type LinkParam } from './linkMigrations';

/** Longer than any number `String(number)` writes, by far; longer text is refused unread. */
export const MAX_NUMBER_TEXT = 100;

/**
 * Reads a number written as text, strictly: ASCII decimal or exponent notation
 * only, no spaces, no hex, no "Infinity" or "NaN". The result is the nearest
 * double; "-0" (and anything rounding to it) reads as 0.
 *
 * @example
 * readNumberText('0.33') // => { ok: true, value: 0.33 }
 * readNumberText('0x10') // => { ok: false, kind: 'invalid', problem: 'is not a number' }
 */
export function readNumberText(text: string): FieldReading<number> {
  if (text === '') return { ok: false, kind: 'invalid', problem: 'is empty' };
  if (text.length > MAX_NUMBER_TEXT || !DECIMAL_TEXT.test(text)) {
    return { ok: false, kind: 'invalid', problem: 'is not a number' };
  }
  const value = Number(text);
  if (!Number.isFinite(value)) {
    return { ok: false, kind: 'out-of-bounds', problem: 'is too large to be a number here' };
  }
  return { ok: true, value: value === 0 ? 0 : value };
}

/**
 * Reads one field from link text: numbers as `readNumberText`, booleans as
 * exactly "true" or "false", the currency as its exact ISO code.
 *
 * @example
 * readFieldText('loadedShare', '1.5') // => { ok: false, kind: 'out-of-bounds', problem: 'is above the maximum, 100%' }
 */
export function readFieldText<F extends ScenarioField>(
  field: F,
  text: string,
): FieldReading<Scenario[F]> {
  const kind = fieldMeta(field).kind;
  if (kind === 'boolean') {
    if (text === 'true' || text === 'false') return readFieldValue(field, text === 'true');
    return { ok: false, kind: 'invalid', problem: 'is not true or false' };
  }
  if (fieldMeta(field).options) return readFieldValue(field, text);
  const number = readNumberText(text);
  return number.ok ? readFieldValue(field, number.value) : number;
}

/** A message about one link parameter; `param` is the parameter's name. */
export type LinkMessage = BoundaryMessage;

/** What a shared link holds. */
export interface SharedLinkState {
  scenario: Scenario;
  /** Ranges on uncertain inputs; the likely value is always `scenario[field]`. */
  ranges?: Ranges;
  /** A preset id from src/model/presets.ts; unknown ids are not written. */
  presetId?: string;
  /** The scenario's name, any text up to `MAX_NAME_LENGTH` (boundary.ts) characters. */
  name?: string;
  /** The simulation's seed, a whole number in [0, `MAX_SEED`]. */
  seed?: number;
}

/** What `parseSharedLink` read, with a message for everything it could not use. */
export interface ParsedSharedLink {
  scenario: Scenario;
  ranges: Ranges;
  presetId?: string;
  name?: string;
  seed?: number;
  /** The fields the sorting worksheet measured, read from `from=segment:…`; absent otherwise. */
  fromWorksheet?: WorksheetField[];
  messages: LinkMessage[];
}

/** Parameters that are not scenario fields. */
export const linkControlParams = ['v', 'preset', 'name', 'seed', 'from'] as const;

/** The fields the sorting worksheet measures and hands over. */
export const worksheetFields = ['loadedShare', 'routerRecall', 'routerFalseAlarmRate'] as const;
export type WorksheetField = (typeof worksheetFields)[number];

/**
 * The worksheet's fields a `from` marker names, among those the link set
 * without a message: `segment:loadedShare,routerRecall` names two, a bare
 * `segment` all the worksheet fields in the link. Any other `from` is no
 * concern of the calculator's and is ignored.
 *
 * @example
 * readFromWorksheet('segment:loadedShare', new Set(['loadedShare', 'routerRecall'])) // => ['loadedShare']
 */
export function readFromWorksheet(
  text: string | undefined,
  usable: ReadonlySet<string>,
): WorksheetField[] | undefined {
  const [origin, list] = (text ?? '').split(':', 2);
  if (origin !== 'segment') return undefined;
  const named = list === undefined ? null : new Set(list.split(','));
  return worksheetFields.filter((field) => usable.has(field) && (named?.has(field) ?? true));
}
/** Largest seed: seeds are unsigned 32-bit integers. */
export const MAX_SEED = 0xffff_ffff;

const RANGE_SEPARATOR = '~';

/**
 * Writes the query string of a shared link (without the leading "?"): `v=1`,
 * then `preset` and `name` where set, then every field that differs from the
 * baseline or carries a range, in schema order, then `seed`. Numbers are
 * written as `String(number)`, the shortest text that reads back to the same
 * double. Pure and total.
 *
 * @example
 * writeSharedLink({ scenario: { ...defaultScenario, loadedShare: 0.4 } }) // => 'v=1&loadedShare=0.4'
 * writeSharedLink({ scenario: defaultScenario, ranges: { churnIfFumbledLoaded: { low: 0.05, likely: 0.1, high: 0.2 } } })
 * // => 'v=1&churnIfFumbledLoaded=0.05~0.1~0.2'
 */
export function writeSharedLink({
  scenario,
  ranges,
  presetId,
  name,
  seed,
}: SharedLinkState): string {
  const known = presetId !== undefined && findPreset(presetId) !== undefined;
  const baseline = baselineOf(presetId).base;
  const params: LinkParam[] = [['v', String(currentLinkVersion)]];
  if (known) params.push(['preset', presetId]);
  if (name) params.push(['name', name]);
  for (const field of scenarioFields) {
    const range = isNumericField(field) ? ranges?.[field] : undefined;
    const value = scenario[field];
    if (range) params.push([field, writeRange(range, value as number)]);
    else if (value !== baseline[field]) params.push([field, String(value)]);
  }
  if (seed !== undefined) params.push(['seed', String(seed)]);
  return params.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&');
}

function writeRange(range: Range, likely: number): string {
  return [range.low, likely, range.high].map(String).join(RANGE_SEPARATOR);
}

/** Options for reading links. */
export interface ParseLinkOptions {
  /** Parameters another part of the page uses, accepted without an "unknown" message. */
  otherParams?: readonly string[];
}

/**
 * Reads a shared link's query string (`location.search`, with or without the
 * "?"). Never throws. A repeated parameter: the last one is used. A link with
 * no `v` is a v1 link.
 *
 * @example
 * parseSharedLink('?v=1&loadedShare=abc').messages[0].text
 * // => 'loadedShare=abc is not a number; used the default, 33%.'
 */
export function parseSharedLink(search: string, options: ParseLinkOptions = {}): ParsedSharedLink {
  const { otherParams = [] } = options;
  const messages: LinkMessage[] = [];
  const params = migrateLinkParams(readParams(search));
  checkVersion(lastValue(params, 'v'), messages);

  const byKey = groupByKey(params, messages);
  const presetId = readPresetId(byKey.get('preset'), messages);
  const { base: baseline, source } = baselineOf(presetId);

  const scenario: Record<string, unknown> = { ...baseline };
  const ranges: Ranges = {};
  for (const field of scenarioFields) {
    const text = byKey.get(field);
    if (text === undefined) continue;
    const read = readLinkField(field, text, baseline[field], source);
    messages.push(...read.messages);
    if (read.value !== undefined) scenario[field] = read.value;
    if (read.range && isNumericField(field)) ranges[field] = read.range;
  }

  const nameText = byKey.get('name');
  const name = nameText === undefined ? undefined : readName(nameText, 'name', messages);
  const seed = readSeed(byKey.get('seed'), messages);
  const refused = new Set(messages.map(({ param }) => param));
  const fromWorksheet = readFromWorksheet(
    byKey.get('from'),
    new Set([...byKey.keys()].filter((key) => !refused.has(key))),
  );
  const accepted = new Set<string>([...linkControlParams, ...otherParams]);
  for (const key of byKey.keys()) {
    if (!isScenarioField(key) && !accepted.has(key)) messages.push(unknownKeyMessage(key));
  }
  return {
    scenario: scenario as Scenario,
    ranges,
    ...(presetId !== undefined && { presetId }),
    ...(name !== undefined && { name }),
    ...(seed !== undefined && { seed }),
    ...(fromWorksheet !== undefined && { fromWorksheet }),
    messages,
  };
}

function readParams(search: string): LinkParam[] {
  const query = search.startsWith('?') ? search.slice(1) : search;
  // URLSearchParams decodes leniently (bad escapes become U+FFFD) and never throws.
  return [...new URLSearchParams(query)];
}

function lastValue(params: readonly LinkParam[], key: string): string | undefined {
  return params.findLast(([name]) => name === key)?.[1];
}

/** Last value of each key; one message per repeated key. A Map, so "__proto__" is just a key. */
function groupByKey(params: readonly LinkParam[], messages: LinkMessage[]): Map<string, string> {
  const values = new Map<string, string>();
  const counts = new Map<string, number>();
  for (const [key, value] of params) {
    values.set(key, value);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  for (const [key, count] of counts) {
    if (count > 1) {
      messages.push({
        param: key,
        kind: 'duplicate',
        text: `${quote(key)} appears ${count} times in the link; the last one (${quote(values.get(key) ?? '')}) is used.`,
      });
    }
  }
  return values;
}

/** Words a `v` this calculator cannot read as its own; the link is read all the same. */
function checkVersion(text: string | undefined, messages: LinkMessage[]): void {
  const current = currentLinkVersion;
  if (text === undefined) return;
  const number = readNumberText(text);
  if (!number.ok || !Number.isInteger(number.value) || number.value < 1) {
    messages.push({
      param: 'v',
      kind: 'invalid',
      text: `v=${quote(text)} is not a link version; the link was read as v1.`,
    });
    return;
  }
  if (number.value > current) {
    messages.push({
      param: 'v',
      kind: 'out-of-bounds',
      text: `v=${number.value} is newer than this calculator (v${current}); the link was read as v${current}, and some values may be missed.`,
    });
  }
}

function readPresetId(text: string | undefined, messages: LinkMessage[]): string | undefined {
  if (text === undefined) return undefined;
  if (findPreset(text)) return text;
  messages.push({
    param: 'preset',
    kind: 'invalid',
    text: `preset=${quote(text)} is not a preset of this calculator; the other values were read against the default scenario.`,
  });
  return undefined;
}

interface LinkFieldReading {
  /** The value to use, or undefined to keep the baseline's. */
  value?: Scenario[ScenarioField];
  range?: Range;
  messages: LinkMessage[];
}

function readLinkField(
  field: ScenarioField,
  text: string,
  fallback: Scenario[ScenarioField],
  source: string,
): LinkFieldReading {
  if (!isNumericField(field)) {
    const reading = readFieldText(field, text);
    if (reading.ok) return { value: reading.value, messages: [] };
    return {
      messages: [refusedMessage(field, text, reading.problem, reading.kind, fallback, source)],
    };
  }
  const parts = text.split(RANGE_SEPARATOR);
  const likely = readFieldText(field, parts.length === 3 ? parts[1]! : text);
  if (!likely.ok) {
    const problem =
      parts.length > 1 ? 'is neither a number nor a low~likely~high range' : likely.problem;
    return { messages: [refusedMessage(field, text, problem, likely.kind, fallback, source)] };
  }
  if (parts.length !== 3) return { value: likely.value, messages: [] };
  const value = likely.value as number;
  const range = readRangeText(field, parts[0], value, parts[2]);
  if (typeof range === 'string') {
    return { value, messages: [droppedRangeMessage(field, text, range, field, value)] };
  }
  return { value, range, messages: [] };
}

/** A range from link text, or the problem with it. */
function readRangeText(
  field: NumericField,
  lowText: string,
  likely: number,
  highText: string,
): Range | string {
  const low = readNumberText(lowText);
  if (!low.ok) return `has a low that ${low.problem}`;
  const high = readNumberText(highText);
  if (!high.ok) return `has a high that ${high.problem}`;
  return (
    rangeProblem(field, low.value, likely, high.value) ?? {
      low: low.value,
      likely,
      high: high.value,
    }
  );
}

function readSeed(text: string | undefined, messages: LinkMessage[]): number | undefined {
  if (text === undefined) return undefined;
  const number = readNumberText(text);
  if (
    number.ok &&
    Number.isInteger(number.value) &&
    number.value >= 0 &&
    number.value <= MAX_SEED
  ) {
    return number.value;
  }
  messages.push({
    param: 'seed',
    kind: number.ok ? 'out-of-bounds' : 'invalid',
    text: `seed=${quote(text)} is not a whole number from 0 to ${MAX_SEED}; the simulation uses its own seed.`,
  });
  return undefined;
}
