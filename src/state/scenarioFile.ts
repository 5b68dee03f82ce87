/**
 * Scenario files: a scenario with its results, exported as versioned JSON, and
 * read back with the same per-field checks and messages as links.
 *
 * The results in a file are a record for the person who reads it; on import
 * they are ignored and recomputed from the inputs, so a file edited by hand (or
 * written by an older model) can never show figures its inputs do not give.
 */
import { evaluate } from '../model/evaluate';
import type { Scenario } from '../model/schema';
import type { Evaluation } from '../model/types';
import type { Ranges } from '../model/uncertainty/ranges';
import {
  type BoundaryMessage,
  baselineOf,
  isRecord,
  ownValue,
  quote,
  readName,
  readRangesObject,
  readScenarioObject,
  unknownKeyMessage,
  versionMessages,
} from './boundary';
import { findPreset } from '../model/presets';

/** The `format` tag of a scenario file. */
export const scenarioFileFormat = 'two-tier-support-scenario';
/** The file version written today. */
export const scenarioFileVersion = 1;
/** Files longer than this (in characters, about 2 MB) are refused unread. */
export const MAX_FILE_CHARS = 2_000_000;

/** The JSON document of an exported scenario. */
export interface ScenarioFile {
  format: typeof scenarioFileFormat;
  version: typeof scenarioFileVersion;
  /** The model's version, so a reader knows which formulas gave `results`. */
  modelVersion: string;
  /** When it was exported, ISO 8601. */
  exportedAt: string;
  name?: string;
  presetId?: string;
  scenario: Scenario;
  ranges?: Ranges;
  /** `evaluate(scenario)` at export; ignored on import. Non-finite numbers are written as null. */
  results: Evaluation;
}

/** What an export holds. */
export interface ScenarioExport {
  scenario: Scenario;
  ranges?: Ranges;
  name?: string;
  presetId?: string;
  /** ISO 8601, from the caller's clock. */
  exportedAt: string;
  modelVersion: string;
}

/**
 * The exported file's text: pretty-printed JSON with the scenario's results.
 *
 * @example
 * JSON.parse(writeScenarioFile({ scenario: defaultScenario, exportedAt: '2026-01-05T10:00:00.000Z', modelVersion: '1' })).results.recommended
 * // => 'twoTier'
 */
export function writeScenarioFile({
  scenario,
  ranges,
  name,
  presetId,
  exportedAt,
  modelVersion,
}: ScenarioExport): string {
  const file: ScenarioFile = {
    format: scenarioFileFormat,
    version: scenarioFileVersion,
    modelVersion,
    exportedAt,
    ...(name ? { name } : {}),
    ...(presetId !== undefined && findPreset(presetId) ? { presetId } : {}),
    scenario,
    ...(ranges && Object.keys(ranges).length > 0 ? { ranges } : {}),
    results: evaluate(scenario),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * A file name for an export: "two-tier-<name>-<date>.json", the name reduced
 * to lower-case ASCII letters, digits and hyphens.
 *
 * @example
 * scenarioFileName('Q3 plan', '2026-01-05T10:00:00.000Z') // => 'two-tier-q3-plan-2026-01-05.json'
 */
export function scenarioFileName(name: string | undefined, exportedAt: string): string {
  const slug = (name ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  const date = /^\d{4}-\d{2}-\d{2}/.exec(exportedAt)?.[0];
  return `${['two-tier', slug || 'scenario', date].filter(Boolean).join('-')}.json`;
}

/** What reading a file gave: the scenario to open, or only the reasons it cannot be. */
export type ScenarioFileReading =
  | {
      ok: true;
      scenario: Scenario;
      ranges: Ranges;
      name?: string;
      presetId?: string;
      messages: BoundaryMessage[];
    }
  | { ok: false; messages: BoundaryMessage[] };

const knownKeys = new Set([
  'format',
  'version',
  'modelVersion',
  'exportedAt',
  'name',
  'presetId',
  'scenario',
  'ranges',
  'results',
]);

/**
 * Reads an imported file's text. Never throws. Refuses (ok: false) only what
 * holds no scenario at all: not JSON, not this calculator's format, no
 * scenario object. Otherwise every valid field is kept and each bad, missing
 * or unknown one has a message naming it (`param` is the field's name).
 *
 * @example
 * readScenarioFile('{"format":"two-tier-support-scenario","version":1,"scenario":{...,"loadedShare":"lots"}}')
 * // => { ok: true, scenario: { ...loadedShare: 0.33 }, messages: [{ param: 'loadedShare', ... }] }
 */
export function readScenarioFile(text: string): ScenarioFileReading {
  if (text.length > MAX_FILE_CHARS) {
    return refuse(
      `The file is too large (over ${MAX_FILE_CHARS / 1_000_000} million characters) to be a scenario file.`,
    );
  }
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return refuse('The file is not a scenario file: it is not valid JSON.');
  }
  if (!isRecord(file) || ownValue(file, 'format') !== scenarioFileFormat) {
    return refuse(
      'The file is not a scenario file of this calculator (its "format" is not "two-tier-support-scenario").',
    );
  }
  const rawScenario = ownValue(file, 'scenario');
  if (!isRecord(rawScenario))
    return refuse('The file holds no scenario, so there is nothing to open.');

  const messages = versionMessages('The file is', ownValue(file, 'version'), scenarioFileVersion);
  const rawPreset = ownValue(file, 'presetId');
  const presetId = typeof rawPreset === 'string' && findPreset(rawPreset) ? rawPreset : undefined;
  if (rawPreset !== undefined && presetId === undefined) {
    messages.push({
      param: 'presetId',
      kind: 'invalid',
      text: `presetId=${quote(String(rawPreset))} is not a preset of this calculator; missing values were taken from the default scenario.`,
    });
  }
  const read = readScenarioObject(rawScenario, baselineOf(presetId));
  const ranges = readRangesObject(ownValue(file, 'ranges'), read.scenario);
  messages.push(...read.messages, ...ranges.messages);
  const name = readFileName(ownValue(file, 'name'), messages);
  if (ownValue(file, 'results') !== undefined) {
    messages.push({
      param: 'results',
      kind: 'ignored',
      text: 'The results stored in the file were ignored; they are recomputed from its inputs.',
    });
  }
  for (const key of Object.keys(file)) {
    if (!knownKeys.has(key)) messages.push(unknownKeyMessage(key));
  }
  return {
    ok: true,
    scenario: read.scenario,
    ranges: ranges.ranges,
    ...(name !== undefined && { name }),
    ...(presetId !== undefined && { presetId }),
    messages,
  };
}

function readFileName(value: unknown, messages: BoundaryMessage[]): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return readName(value, 'name', messages);
  messages.push({
    param: 'name',
    kind: 'invalid',
    text: 'The name in the file is not text; it was left out.',
  });
  return undefined;
}

function refuse(text: string): ScenarioFileReading {
  return {
    ok: false,
    messages: [{ param: 'file', kind: 'invalid', text: `${text} Nothing was changed.` }],
  };
}
