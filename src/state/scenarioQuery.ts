/**
 * The calculator's scenario as the sorting worksheet carries it: the
 * calculator's own query string (docs/link-format.md), kept as written so
 * that ranges, preset, name and seed come back untouched, and read here only
 * for a short summary of the key inputs.
 *
 * Deliberately not link.ts: that reader brings the schema and zod, which the
 * worksheet page does not ship. The calculator checks every value when the
 * link comes back and says what it could not use; this module never judges.
 */
import { defaultScenario, findPreset } from '../model/presets';
import type { Currency, Scenario } from '../model/fields';
import { currencySymbols } from '../display/currencySymbols';
import { DECIMAL_TEXT } from './decimalText';
import { currentLinkVersion } from './linkMigrations';

/** The parameter that says where a link came from; `from=segment:…` is the worksheet's hand-over. */
export const FROM_PARAM = 'from';
/** The `from` value of a link the worksheet wrote. */
export const FROM_WORKSHEET = 'segment';

/** A measured field's range as written in a link, `low~likely~high`. */
export interface QueryRange {
  low: number;
  likely: number;
  high: number;
}

/** The decoded name of one `key=value` piece of a query; bad escapes are read leniently. */
function keyOf(piece: string): string {
  return [...new URLSearchParams(piece)][0]?.[0] ?? '';
}

function piecesOf(query: string): string[] {
  const bare = query.startsWith('?') ? query.slice(1) : query;
  return bare.split('&').filter((piece) => piece !== '');
}

/**
 * The scenario part of an address's query: every piece as written, without
 * the leading "?" and without the `from` marker.
 *
 * @example
 * scenarioQueryOf('?inquiriesPerMonth=1200&from=segment') // => 'inquiriesPerMonth=1200'
 */
export function scenarioQueryOf(search: string): string {
  return piecesOf(search)
    .filter((piece) => keyOf(piece) !== FROM_PARAM)
    .join('&');
}

/**
 * The hand-over query: the scenario as written with only the measured fields
 * replaced (each where it stood, later repeats dropped; new ones at the end),
 * then `from=segment:` and the measured fields' names, so that the calculator
 * can say which came from the worksheet. A query without any parameter gains `v`, so a link
 * from an empty scenario still names its format.
 *
 * @example
 * handOverQuery('inquiriesPerMonth=1200&loadedShare=0.5', { loadedShare: { low: 0.2, likely: 0.3, high: 0.4 } })
 * // => 'inquiriesPerMonth=1200&loadedShare=0.2~0.3~0.4&from=segment:loadedShare'
 */
export function handOverQuery(
  scenarioQuery: string,
  measured: Partial<Record<keyof Scenario, QueryRange>>,
): string {
  const written = new Map(
    Object.entries(measured).map(([field, range]) => [
      field,
      `${field}=${[range.low, range.likely, range.high].map(String).join('~')}`,
    ]),
  );
  const placed = new Set<string>();
  const pieces: string[] = [];
  for (const piece of piecesOf(scenarioQuery)) {
    const key = keyOf(piece);
    if (key === FROM_PARAM) continue;
    const replacement = written.get(key);
    if (replacement === undefined) pieces.push(piece);
    else if (!placed.has(key)) {
      placed.add(key);
      pieces.push(replacement);
    }
  }
  if (pieces.length === 0) pieces.push(`v=${currentLinkVersion}`);
  for (const [field, piece] of written) if (!placed.has(field)) pieces.push(piece);
  pieces.push(`${FROM_PARAM}=${FROM_WORKSHEET}:${[...written.keys()].join(',')}`);
  return pieces.join('&');
}

/** The key inputs of a scenario query, for a short summary. */
export interface ScenarioGlance {
  name: string | null;
  /** The preset's name when the query starts from one. */
  presetName: string | null;
  currency: Currency;
  inquiriesPerMonth: number;
  lostClientValue: number;
  loadedShare: number;
  /** How many other scenario inputs the query sets. */
  otherInputs: number;
}

const SUMMARISED = ['currency', 'inquiriesPerMonth', 'lostClientValue', 'loadedShare'];
const CONTROL = ['v', 'preset', 'name', 'seed', FROM_PARAM];

/** A number as a link writes it, or the likely value of a range; null for anything else. */
function readNumber(text: string | undefined): number | null {
  if (text === undefined) return null;
  const parts = text.split('~');
  const likely = parts.length === 3 ? parts[1]! : text;
  if (!DECIMAL_TEXT.test(likely)) return null;
  const value = Number(likely);
  return Number.isFinite(value) && value >= 0 ? value : null;
}

/**
 * The key inputs a scenario query describes: each as the query writes it,
 * else its preset's (or the default scenario's) value. A value the calculator
 * would refuse shows as that fallback too, as the calculator would use it.
 *
 * @example
 * glanceAt('inquiriesPerMonth=1200&lostClientValue=3000').inquiriesPerMonth // => 1200
 */
export function glanceAt(scenarioQuery: string): ScenarioGlance {
  const params = new Map(new URLSearchParams(scenarioQuery));
  const preset = findPreset(params.get('preset') ?? '');
  const base = preset?.scenario ?? defaultScenario;
  const currencyText = params.get('currency') ?? '';
  const number = (field: 'inquiriesPerMonth' | 'lostClientValue' | 'loadedShare') => {
    const value = readNumber(params.get(field));
    return value === null || (field === 'loadedShare' && value > 1) ? base[field] : value;
  };
  const fields = new Set<string>(Object.keys(defaultScenario));
  return {
    name: params.get('name') || null,
    presetName: preset?.name ?? null,
    currency: Object.hasOwn(currencySymbols, currencyText)
      ? (currencyText as Currency)
      : base.currency,
    inquiriesPerMonth: number('inquiriesPerMonth'),
    lostClientValue: number('lostClientValue'),
    loadedShare: number('loadedShare'),
    otherInputs: [...params.keys()].filter(
      (key) => fields.has(key) && !SUMMARISED.includes(key) && !CONTROL.includes(key),
    ).length,
  };
}
