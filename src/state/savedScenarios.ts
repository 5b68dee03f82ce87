/**
 * Scenarios saved in the browser under a name: one versioned JSON document in
 * one localStorage key (`two-tier:scenarios`).
 *
 * Nothing is lost: a document or entry that cannot be read is kept, as its raw
 * text, in the document's `unreadable` list until the person downloads and
 * discards it; an entry with some bad fields opens with the default (or its
 * preset's value) in their place, a message per field, and its original text
 * kept in `unreadable` too. Writing the collection back keeps that list.
 *
 * Entry ids are never reused, not even after a delete (the document counts
 * the ids it has handed out), so that a change made to an entry in one tab
 * can never land on a newer entry saved in another.
 *
 * The collection functions are pure and return new collections; the time and
 * the storage are passed in.
 */
import type { Scenario } from '../model/schema';
import { findPreset } from '../model/presets';
import type { Ranges } from '../model/uncertainty/ranges';
import {
  type BoundaryMessage,
  baselineOf,
  isRecord,
  MAX_NAME_LENGTH,
  ownValue,
  quote,
  readName,
  readRangesObject,
  readScenarioObject,
  cutText,
  versionMessages,
} from './boundary';
import { readStored, writeStored, type StorageLike } from './persisted';

/** The localStorage key of the saved-scenarios document. */
export const savedScenariosKey = 'two-tier:scenarios';
/** The document's `format` tag, so foreign data under the key is recognised as such. */
export const savedScenariosFormat = 'two-tier-support-saved-scenarios';
/** The document version written today. */
export const savedScenariosVersion = 1;

/** One saved scenario. */
export interface SavedScenario {
  /** Stable within the collection ("s1", "s2"...). */
  id: string;
  name: string;
  /** When it was saved, ISO 8601; "" when a stored date could not be read. */
  savedAt: string;
  presetId?: string;
  scenario: Scenario;
  ranges?: Ranges;
}

/** Stored data that could not be read, kept as text to download. */
export interface UnreadableItem {
  /** Stable within the collection ("u1", "u2"...). */
  id: string;
  /** The data exactly as it was stored (an entry's JSON, or the whole document). */
  raw: string;
  /** Why it is here, in one sentence. */
  reason: string;
}

/** Everything under the key: readable entries, and what could not be read. */
export interface SavedScenarios {
  entries: SavedScenario[];
  unreadable: UnreadableItem[];
  /** The highest entry number handed out ("s7" is 7), so that no id is used twice. */
  idCounter?: number;
}

/** A collection with nothing in it. */
export const emptySavedScenarios: SavedScenarios = Object.freeze({ entries: [], unreadable: [] });

/** A collection with the messages from reading it. */
export interface SavedScenariosReading {
  collection: SavedScenarios;
  messages: BoundaryMessage[];
}

const UNTITLED = 'Untitled scenario';

/**
 * Reads the stored document (null when nothing is stored). Never throws: a
 * corrupt or foreign document becomes one unreadable item; a bad entry, an
 * unreadable item; a bad field, a message and the fallback value.
 *
 * @example
 * readSavedScenarios('not json').collection.unreadable[0].reason
 * // => 'The saved scenarios were damaged (not valid JSON).'
 */
export function readSavedScenarios(raw: string | null): SavedScenariosReading {
  if (raw === null) return { collection: { entries: [], unreadable: [] }, messages: [] };
  let document: unknown;
  try {
    document = JSON.parse(raw);
  } catch {
    return wholeDocumentUnreadable(raw, 'The saved scenarios were damaged (not valid JSON).');
  }
  if (!isRecord(document) || ownValue(document, 'format') !== savedScenariosFormat) {
    return wholeDocumentUnreadable(
      raw,
      'The data under this calculator’s key is not a list of saved scenarios.',
    );
  }
  const messages = versionMessages(
    'The saved scenarios are',
    ownValue(document, 'version'),
    savedScenariosVersion,
  );
  const unreadable = readUnreadableList(ownValue(document, 'unreadable'));
  // Bookkeeping only: a bad counter is ignored, since the ids in use still bound it.
  const rawCounter = ownValue(document, 'idCounter');
  const entries: SavedScenario[] = [];
  const rawEntries = ownValue(document, 'entries');
  if (!Array.isArray(rawEntries)) {
    if (rawEntries !== undefined) {
      addUnreadable(
        unreadable,
        JSON.stringify(rawEntries) ?? String(rawEntries),
        'The list of saved scenarios was not a list.',
      );
      messages.push({
        param: 'entries',
        kind: 'invalid',
        text: 'The list of saved scenarios was damaged; it is kept so it can be downloaded.',
      });
    }
    return { collection: withIdCounter({ entries, unreadable }, rawCounter), messages };
  }
  rawEntries.forEach((rawEntry: unknown, index) => {
    const read = readEntry(rawEntry, index, entries, readIdCounter(rawCounter));
    messages.push(...read.messages);
    if (read.entry) entries.push(read.entry);
    if (read.keepRaw)
      addUnreadable(unreadable, JSON.stringify(rawEntry) ?? String(rawEntry), read.keepRaw);
  });
  return { collection: withIdCounter({ entries, unreadable }, rawCounter), messages };
}

function readIdCounter(value: unknown): number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : 0;
}

function withIdCounter(collection: SavedScenarios, value: unknown): SavedScenarios {
  const idCounter = readIdCounter(value);
  return idCounter > 0 ? { ...collection, idCounter } : collection;
}

function wholeDocumentUnreadable(raw: string, reason: string): SavedScenariosReading {
  return {
    collection: { entries: [], unreadable: [{ id: 'u1', raw, reason }] },
    messages: [
      {
        param: savedScenariosKey,
        kind: 'invalid',
        text: `${reason} Nothing was deleted: the data is kept so it can be downloaded.`,
      },
    ],
  };
}

function readUnreadableList(value: unknown): UnreadableItem[] {
  const list: UnreadableItem[] = [];
  if (value === undefined) return list;
  for (const item of Array.isArray(value) ? value : [value]) {
    const raw = isRecord(item) ? ownValue(item, 'raw') : undefined;
    const reason = isRecord(item) ? ownValue(item, 'reason') : undefined;
    if (typeof raw === 'string' && typeof reason === 'string') addUnreadable(list, raw, reason);
    else addUnreadable(list, JSON.stringify(item) ?? String(item), 'Kept from an earlier reading.');
  }
  return list;
}

function addUnreadable(list: UnreadableItem[], raw: string, reason: string): void {
  list.push({ id: nextId('u', list), raw, reason });
}

interface EntryReading {
  entry?: SavedScenario;
  messages: BoundaryMessage[];
  /** Set when the entry's original text must be kept, with the reason. */
  keepRaw?: string;
}

function readEntry(
  value: unknown,
  index: number,
  earlier: readonly SavedScenario[],
  idCounter: number,
): EntryReading {
  const param = `entries[${index}]`;
  const rawScenario = isRecord(value) ? ownValue(value, 'scenario') : undefined;
  if (!isRecord(value) || !isRecord(rawScenario)) {
    const reason = `Saved scenario ${index + 1} could not be read (it has no scenario).`;
    return {
      messages: [{ param, kind: 'invalid', text: `${reason} It is kept so it can be downloaded.` }],
      keepRaw: reason,
    };
  }
  const messages: BoundaryMessage[] = [];
  const rawName = ownValue(value, 'name');
  const name =
    (typeof rawName === 'string' && readName(rawName.trim(), `${param}.name`, messages)) ||
    UNTITLED;
  if (typeof rawName !== 'string' || rawName.trim() === '') {
    messages.push({
      param: `${param}.name`,
      kind: 'invalid',
      text: `Saved scenario ${index + 1} has no name; it is called “${UNTITLED}”.`,
    });
  }
  const label = `“${quote(name)}”`;
  const rawPreset = ownValue(value, 'presetId');
  const presetId = typeof rawPreset === 'string' && findPreset(rawPreset) ? rawPreset : undefined;
  if (rawPreset !== undefined && presetId === undefined) {
    messages.push({
      param: `${param}.presetId`,
      kind: 'invalid',
      text: `${label}: its preset ${quote(String(rawPreset))} is not known; it was read against the default scenario.`,
    });
  }
  const read = readScenarioObject(rawScenario, baselineOf(presetId));
  const ranges = readRangesObject(ownValue(value, 'ranges'), read.scenario);
  const fieldMessages = [...read.messages, ...ranges.messages].map((message) => ({
    ...message,
    param: `${param}.${message.param === 'scenario' || message.param.startsWith('ranges') ? '' : 'scenario.'}${message.param}`,
    text: `${label}: ${message.text}`,
  }));
  const savedAt = readSavedAt(ownValue(value, 'savedAt'));
  if (savedAt === '') {
    messages.push({
      param: `${param}.savedAt`,
      kind: 'invalid',
      text: `${label}: the date it was saved could not be read.`,
    });
  }
  const rawId = ownValue(value, 'id');
  const id =
    typeof rawId === 'string' && rawId !== '' && !earlier.some((entry) => entry.id === rawId)
      ? rawId
      : nextId('s', earlier, idCounter);
  const entry: SavedScenario = {
    id,
    name,
    savedAt,
    ...(presetId !== undefined && { presetId }),
    scenario: read.scenario,
    ...(Object.keys(ranges.ranges).length > 0 && { ranges: ranges.ranges }),
  };
  const all = [...messages, ...fieldMessages];
  // Missing fields are what an older save looks like after a field is added: not damage.
  const damaged = all.some((message) => message.kind !== 'missing');
  return {
    entry,
    messages: all,
    ...(damaged && {
      keepRaw: `${label} had values that could not be read; this is the original as it was saved.`,
    }),
  };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

function readSavedAt(value: unknown): string {
  return typeof value === 'string' && ISO_DATE.test(value) && Number.isFinite(Date.parse(value))
    ? value
    : '';
}

/** The next free id with this prefix: one more than the largest in use (or `counted`). */
function nextId(prefix: string, items: readonly { id: string }[], counted = 0): string {
  return `${prefix}${largestNumber(prefix, items, counted) + 1}`;
}

function largestNumber(prefix: string, items: readonly { id: string }[], counted = 0): number {
  const used = items.map(({ id }) => (id.startsWith(prefix) ? Number(id.slice(prefix.length)) : 0));
  return used.reduce((max, n) => (Number.isSafeInteger(n) && n > max ? n : max), counted);
}

/** The collection with its counter raised to cover every entry id it holds. */
function counted(collection: SavedScenarios): SavedScenarios {
  const idCounter = largestNumber('s', collection.entries, collection.idCounter);
  return idCounter > 0 ? { ...collection, idCounter } : collection;
}

/** The id a new entry gets: never one handed out before. */
function nextEntryId(collection: SavedScenarios): string {
  return nextId('s', collection.entries, collection.idCounter);
}

/** The stored document for a collection: `{ format, version, entries, unreadable }`. */
export function writeSavedScenarios(collection: SavedScenarios): string {
  return JSON.stringify({
    format: savedScenariosFormat,
    version: savedScenariosVersion,
    entries: collection.entries,
    unreadable: collection.unreadable,
    ...(collection.idCounter !== undefined && { idCounter: collection.idCounter }),
  });
}

/** Reads the collection from storage; storage failures are messages too. */
export function loadSavedScenarios(storage: StorageLike | null): SavedScenariosReading {
  const { text, message } = readStored(storage, savedScenariosKey);
  const reading = readSavedScenarios(text);
  return message ? { ...reading, messages: [message, ...reading.messages] } : reading;
}

/** Stores the collection; the messages are empty when it was saved. */
export function storeSavedScenarios(
  storage: StorageLike | null,
  collection: SavedScenarios,
): BoundaryMessage[] {
  const { message } = writeStored(storage, savedScenariosKey, writeSavedScenarios(collection));
  return message ? [message] : [];
}

/** What is saved: the scenario with its ranges and preset. */
export interface ScenarioToSave {
  scenario: Scenario;
  ranges?: Ranges;
  presetId?: string;
  /** ISO 8601, from the caller's clock. */
  savedAt: string;
}

/**
 * Adds a scenario under a name (trimmed, cut to 200 characters, "Untitled
 * scenario" when empty). Several may share a name.
 *
 * @example
 * saveScenario(emptySavedScenarios, 'Q3 plan', { scenario, savedAt: '2026-01-05T10:00:00.000Z' }).entry.id // => 's1'
 */
export function saveScenario(
  collection: SavedScenarios,
  name: string,
  toSave: ScenarioToSave,
): { collection: SavedScenarios; entry: SavedScenario } {
  const entry = makeEntry(nextEntryId(collection), name, toSave);
  return { collection: counted({ ...collection, entries: [...collection.entries, entry] }), entry };
}

/** Replaces the scenario of an existing entry, keeping its id and name. Unknown ids change nothing. */
export function updateScenario(
  collection: SavedScenarios,
  id: string,
  toSave: ScenarioToSave,
): SavedScenarios {
  return mapEntry(collection, id, (entry) => makeEntry(entry.id, entry.name, toSave));
}

/** Renames an entry. Unknown ids change nothing. */
export function renameScenario(
  collection: SavedScenarios,
  id: string,
  name: string,
): SavedScenarios {
  return mapEntry(collection, id, (entry) => ({ ...entry, name: cleanName(name) }));
}

/**
 * Copies an entry, placed right after it, named "<name> (copy)".
 *
 * @example
 * duplicateScenario(collection, 's1', '2026-01-05T10:00:00.000Z').entry?.name // => 'Q3 plan (copy)'
 */
export function duplicateScenario(
  collection: SavedScenarios,
  id: string,
  savedAt: string,
): { collection: SavedScenarios; entry?: SavedScenario } {
  const index = collection.entries.findIndex((entry) => entry.id === id);
  const original = collection.entries[index];
  if (!original) return { collection };
  const entry = makeEntry(nextEntryId(collection), `${original.name} (copy)`, {
    ...original,
    savedAt,
  });
  const entries = [...collection.entries];
  entries.splice(index + 1, 0, entry);
  return { collection: counted({ ...collection, entries }), entry };
}

/** Removes an entry; its id is not handed out again. Unknown ids change nothing. */
export function deleteScenario(collection: SavedScenarios, id: string): SavedScenarios {
  if (!collection.entries.some((entry) => entry.id === id)) return collection;
  const before = counted(collection);
  return { ...before, entries: before.entries.filter((entry) => entry.id !== id) };
}

/**
 * Puts a deleted entry back, right after the entry `afterId` (first when null
 * or gone), with its own id. An entry already in the list is left as it is.
 *
 * @example
 * putBackScenario(deleteScenario(collection, 's2'), entryS2, 's1').entries.map(({ id }) => id)
 * // => ['s1', 's2', 's3']
 */
export function putBackScenario(
  collection: SavedScenarios,
  entry: SavedScenario,
  afterId: string | null,
): SavedScenarios {
  if (collection.entries.some(({ id }) => id === entry.id)) return collection;
  const entries = [...collection.entries];
  const after = afterId === null ? -1 : entries.findIndex(({ id }) => id === afterId);
  entries.splice(after + 1, 0, entry);
  return counted({ ...collection, entries });
}

/** The entry to open, or undefined. */
export function findSavedScenario(
  collection: SavedScenarios,
  id: string,
): SavedScenario | undefined {
  return collection.entries.find((entry) => entry.id === id);
}

/** Forgets an unreadable item, once the person has downloaded it or chosen to. */
export function discardUnreadable(collection: SavedScenarios, id: string): SavedScenarios {
  return { ...collection, unreadable: collection.unreadable.filter((item) => item.id !== id) };
}

function makeEntry(
  id: string,
  name: string,
  { scenario, ranges, presetId, savedAt }: ScenarioToSave,
): SavedScenario {
  const known = presetId !== undefined && findPreset(presetId) !== undefined;
  const hasRanges = ranges !== undefined && Object.keys(ranges).length > 0;
  return {
    id,
    name: cleanName(name),
    savedAt,
    ...(known && { presetId }),
    scenario: { ...scenario },
    ...(hasRanges && { ranges: structuredClone(ranges) }),
  };
}

function mapEntry(
  collection: SavedScenarios,
  id: string,
  change: (entry: SavedScenario) => SavedScenario,
): SavedScenarios {
  return {
    ...collection,
    entries: collection.entries.map((entry) => (entry.id === id ? change(entry) : entry)),
  };
}

function cleanName(name: string): string {
  return cutText(name.trim(), MAX_NAME_LENGTH) || UNTITLED;
}
