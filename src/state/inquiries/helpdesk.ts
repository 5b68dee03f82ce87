/**
 * Reading a helpdesk's JSON export as a table: the list of tickets or
 * conversations is found wherever the export keeps it (a bare array, or under
 * `tickets`, `conversations`, `results`, `data`, `_embedded`…), and each
 * ticket's nested fields become columns named by their path, so HubSpot's
 * `properties.content` and Intercom's `source.body` are columns like any other.
 */

/** A JSON export read as a header and rows of cells, or a message saying why it could not be. */
export type JsonTable =
  | { ok: true; headers: string[]; records: string[][]; skipped: number[] }
  | { ok: false; problem: string };

/** How deep nested fields are followed; deeper ones are left out. */
const MAX_DEPTH = 4;
/** More columns than this are left out: a ticket's useful fields come first. */
const MAX_COLUMNS = 200;
/** Where exports keep their list, tried first (other keys are tried after). */
const LIST_KEYS = ['tickets', 'conversations', 'results', 'data', 'items', 'records', '_embedded'];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True when the text is meant as JSON: an object, or an array of objects. */
export function looksLikeJson(text: string): boolean {
  return /^\s*(?:\{|\[\s*(?:\{|\]))/.test(text);
}

function findList(value: Json, depth = 0): Json[] | null {
  if (Array.isArray(value)) return value;
  if (!isObject(value) || depth > 2) return null;
  const keys = [
    ...LIST_KEYS.filter((key) => key in value),
    ...Object.keys(value).filter((key) => !LIST_KEYS.includes(key)),
  ];
  for (const key of keys) {
    const inner = value[key];
    if (Array.isArray(inner) && inner.some(isObject)) return inner;
  }
  for (const key of keys) {
    const found = isObject(value[key]) ? findList(value[key], depth + 1) : null;
    if (found) return found;
  }
  return null;
}

/** A tag list's names: Gorgias and Intercom write `[{ name }]`, Help Scout `[{ tag }]`. */
function namesOf(items: JsonObject[]): string | null {
  const names = items.map((item) => item.name ?? item.tag ?? item.label);
  return names.every((name) => typeof name === 'string') ? names.join(', ') : null;
}

function flatten(value: Json, path: string, depth: number, into: Map<string, string>): void {
  if (value === null || value === undefined) into.set(path, '');
  else if (typeof value !== 'object') into.set(path, String(value));
  else if (Array.isArray(value)) {
    if (value.every((item) => !isObject(item) && !Array.isArray(item))) {
      into.set(path, value.map((item) => (item === null ? '' : String(item))).join(', '));
      return;
    }
    const objects = value.filter(isObject);
    const names = namesOf(objects);
    if (names !== null) into.set(path, names);
    // The first of a list of messages is the one that opened the conversation.
    else if (objects[0] && depth < MAX_DEPTH) flatten(objects[0], `${path}.0`, depth + 1, into);
  } else if (depth < MAX_DEPTH) {
    for (const [key, inner] of Object.entries(value)) {
      flatten(inner, path === '' ? key : `${path}.${key}`, depth + 1, into);
    }
  }
}

/** The line of a position in the text, for a message about broken JSON. */
function lineAt(text: string, position: number): number {
  return text.slice(0, position).split('\n').length;
}

/**
 * Reads a JSON export into a header and rows. A ticket that is not an object
 * is skipped (its 1-based row is listed); cells are the field values as text,
 * lists of plain values joined with ", ".
 *
 * @example
 * readJsonExport('{"results":[{"id":"7","properties":{"subject":"Late","content":"Where are you?"}}]}')
 * // => { ok: true, headers: ['id', 'properties.subject', 'properties.content'], records: [['7', 'Late', 'Where are you?']], skipped: [] }
 */
export function readJsonExport(text: string): JsonTable {
  let parsed: Json;
  try {
    parsed = JSON.parse(text) as Json;
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    const position = /position (\d+)/.exec(message);
    const where = position ? ` near line ${lineAt(text, Number(position[1]))}` : '';
    return {
      ok: false,
      problem: `The file looks like JSON but is broken${where}, so nothing in it was read. Export it again, or save it as CSV.`,
    };
  }
  const list = findList(parsed);
  if (!list || !list.some(isObject)) {
    return {
      ok: false,
      problem:
        'The JSON holds no list of tickets or conversations (such as "tickets": [ … ]), so nothing in it was read.',
    };
  }
  const headers: string[] = [];
  const seen = new Set<string>();
  const rows: Map<string, string>[] = [];
  const skipped: number[] = [];
  list.forEach((item, index) => {
    if (!isObject(item)) {
      skipped.push(index + 1);
      return;
    }
    const cells = new Map<string, string>();
    flatten(item, '', 0, cells);
    for (const key of cells.keys()) {
      if (!seen.has(key) && headers.length < MAX_COLUMNS) {
        seen.add(key);
        headers.push(key);
      }
    }
    rows.push(cells);
  });
  const records = rows.map((cells) => headers.map((header) => cells.get(header) ?? ''));
  return { ok: true, headers, records, skipped };
}
