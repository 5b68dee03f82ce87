/**
 * A comparison as one link: up to three scenarios, each written as its own
 * shared link (link.ts) with its parameters under a letter.
 *
 * `/compare/?v=1&a.v=1&a.name=Today&b.v=1&b.name=Heavier%20mix&b.loadedShare=0.4`
 *
 * `v` is the comparison format's version; `a.`, `b.` and `c.` hold the
 * columns in order, the first being the reference. Each scenario's own
 * parameters (its `v`, `preset`, `name`, fields, ranges) read exactly as a
 * shared link's, so old scenario links inside a comparison keep opening.
 *
 * Reading never throws: every readable scenario opens; each bad parameter
 * yields the shared link's own message, prefixed with the scenario it is in.
 */
import { MAX_COMPARED, type ComparedScenario } from '../display/compare';
import { quote, unknownKeyMessage, type BoundaryMessage } from './boundary';
import { parseSharedLink, writeSharedLink, type SharedLinkState } from './link';

/** The comparison link format's version, written as `v`. */
export const COMPARE_LINK_VERSION = 1;

/** The letters the columns are written under, in order. */
export const columnLetters = ['a', 'b', 'c'] as const;

/** The path of the comparison page, below the site's base. */
export const COMPARE_PATH = 'compare/';

/** What a comparison link holds: its scenarios, in column order. */
export interface ParsedCompareLink {
  items: ComparedScenario[];
  messages: BoundaryMessage[];
}

/** A column's name when its scenario has none: "Scenario A". */
export const unnamed = (letter: string) => `Scenario ${letter.toUpperCase()}`;

/**
 * The query string of a comparison (without "?"): `v`, then each scenario's
 * shared-link parameters under its letter. Only the first MAX_COMPARED count.
 *
 * @example
 * writeCompareLink([{ name: 'Today', scenario: defaultScenario }])
 * // => 'v=1&a.v=1&a.name=Today'
 */
export function writeCompareLink(items: readonly SharedLinkState[]): string {
  const parts = items.slice(0, MAX_COMPARED).flatMap((item, index) =>
    writeSharedLink(item)
      .split('&')
      .map((param) => `${columnLetters[index]}.${param}`),
  );
  return [`v=${COMPARE_LINK_VERSION}`, ...parts].join('&');
}

/**
 * Reads a comparison link's query string. Scenarios are read in letter order;
 * a letter with no parameters is skipped.
 *
 * @example
 * parseCompareLink('?v=1&a.name=Today&b.loadedShare=abc').messages[0].text
 * // => 'Scenario B: b.loadedShare=abc is not a number; used the default, 33%.'
 */
export function parseCompareLink(search: string): ParsedCompareLink {
  const messages: BoundaryMessage[] = [];
  const byLetter = new Map<string, string[]>();
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  for (const [key, value] of params) {
    const letter = /^([a-c])\.(.*)$/.exec(key);
    if (letter) {
      const [, column, param] = letter as unknown as [string, string, string];
      byLetter.set(column, [
        ...(byLetter.get(column) ?? []),
        `${encodeURIComponent(param)}=${encodeURIComponent(value)}`,
      ]);
    } else if (key === 'v') {
      if (value !== String(COMPARE_LINK_VERSION))
        messages.push({
          param: 'v',
          kind: 'invalid',
          text: `The comparison link is marked version ${quote(value)}; read as version ${COMPARE_LINK_VERSION}.`,
        });
    } else {
      messages.push(unknownKeyMessage(key));
    }
  }
  const items = columnLetters.flatMap((letter) => {
    const query = byLetter.get(letter);
    if (!query) return [];
    const read = parseSharedLink(query.join('&'));
    const name = read.name ?? unnamed(letter);
    const where = `${unnamed(letter)}${read.name ? ` (“${read.name}”)` : ''}`;
    for (const message of read.messages)
      messages.push({
        ...message,
        param: `${letter}.${message.param}`,
        text: `${where}: ${message.text.replace(`${message.param}=`, `${letter}.${message.param}=`)}`,
      });
    return [{ name, scenario: read.scenario }];
  });
  return { items, messages };
}
