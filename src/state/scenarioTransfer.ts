/**
 * Export and import on the page: the calculator's scenario written as a file
 * (scenarioFile.ts, resultsCsv.ts) for the browser to save, and an imported
 * file opened on the calculator with a message for each field it could not use.
 *
 * The page loads this module on first use, with papaparse, so that none of it
 * weighs on the calculator's first paint.
 */
import { modelVersion } from '../model/version';
import type { BoundaryMessage } from './boundary';
import type { Calculator } from './calculator.svelte';
import { downloadText, fileTypes } from './download';
import { resultsToCsv } from './resultsCsv';
import {
  MAX_FILE_CHARS,
  readScenarioFile,
  scenarioFileName,
  writeScenarioFile,
} from './scenarioFile';

/** What an export is written from: the parts of the calculator's state a file carries. */
export type ExportSource = Pick<
  Calculator,
  'scenario' | 'ranges' | 'presetId' | 'name' | 'evaluation' | 'currency'
>;

/** A file to save: its text and its name. */
export interface ExportedFile {
  text: string;
  fileName: string;
}

/**
 * The scenario file of the calculator's state, exported at `exportedAt` (ISO 8601).
 *
 * @example
 * scenarioExportOf(calc, '2026-01-05T10:00:00.000Z').fileName // => 'two-tier-scenario-2026-01-05.json'
 */
export function scenarioExportOf(state: ExportSource, exportedAt: string): ExportedFile {
  return {
    text: writeScenarioFile({
      scenario: state.scenario,
      ranges: state.ranges,
      ...(state.name !== '' && { name: state.name }),
      ...(state.presetId !== null && { presetId: state.presetId }),
      exportedAt,
      modelVersion,
    }),
    fileName: scenarioFileName(state.name, exportedAt),
  };
}

/**
 * The results CSV of the calculator's state, named like the scenario file.
 *
 * @example
 * resultsExportOf(calc, '2026-01-05T10:00:00.000Z').fileName // => 'two-tier-scenario-2026-01-05-results.csv'
 */
export function resultsExportOf(state: ExportSource, exportedAt: string): ExportedFile {
  return {
    text: resultsToCsv(state.evaluation, state.currency),
    fileName: scenarioFileName(state.name, exportedAt).replace(/\.json$/, '-results.csv'),
  };
}

/** Saves the scenario file, stamped with the time of the click. */
export function downloadScenario(state: ExportSource, now: Date = new Date()): void {
  const file = scenarioExportOf(state, now.toISOString());
  downloadText(file.text, file.fileName, fileTypes.json);
}

/** Saves the results CSV. */
export function downloadResults(state: ExportSource, now: Date = new Date()): void {
  const file = resultsExportOf(state, now.toISOString());
  downloadText(file.text, file.fileName, fileTypes.csv);
}

/** What opening a file did. */
export interface ImportOutcome {
  /** True when the file's scenario is now on the calculator; false when nothing changed. */
  opened: boolean;
  /** A message for each field, key or problem the file had. */
  messages: BoundaryMessage[];
  /** True when the file carried results, which were ignored and recomputed. */
  recomputed: boolean;
}

/**
 * Opens a scenario file's text on the calculator: every valid field is applied,
 * each bad one named. A file that holds no scenario changes nothing. The
 * routine note that stored results were recomputed is reported as `recomputed`,
 * not among the messages.
 */
export function openScenarioFile(calc: Calculator, text: string): ImportOutcome {
  const reading = readScenarioFile(text);
  if (!reading.ok) return { opened: false, messages: reading.messages, recomputed: false };
  calc.loadScenario(reading.scenario, reading.presetId ?? null, {
    ranges: reading.ranges,
    ...(reading.name !== undefined && { name: reading.name }),
  });
  const isResultsNote = (message: BoundaryMessage) =>
    message.param === 'results' && message.kind === 'ignored';
  return {
    opened: true,
    messages: reading.messages.filter((message) => !isResultsNote(message)),
    recomputed: reading.messages.some(isResultsNote),
  };
}

// UTF-8 takes at most 4 bytes a character: a larger file cannot be within MAX_FILE_CHARS.
const MAX_FILE_BYTES = 4 * MAX_FILE_CHARS;

/** Opens a chosen or dropped file on the calculator; an unreadable file changes nothing. */
export async function importScenarioFile(calc: Calculator, file: Blob): Promise<ImportOutcome> {
  const refused = (text: string): ImportOutcome => ({
    opened: false,
    messages: [{ param: 'file', kind: 'invalid', text: `${text} Nothing was changed.` }],
    recomputed: false,
  });
  if (file.size > MAX_FILE_BYTES) {
    return refused('The file is too large to be a scenario file.');
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return refused('The browser could not read the file.');
  }
  return openScenarioFile(calc, text);
}
