/**
 * The calculator's state as a shared link and back: which parts a link
 * carries (link.ts writes and reads the format) and how an opened link is put
 * on the calculator. The page loads this module on demand (urlSync.svelte.ts).
 */
import { defaultScenario } from '../model/presets';
import { scenarioFields } from '../model/schema';
import { DEFAULT_SIMULATION_SEED, type Calculator } from './calculator.svelte';
import { parseSharedLink, writeSharedLink, type LinkMessage } from './link';

/** What a link is written from: the parts of the calculator's state it carries. */
export type LinkSource = Pick<Calculator, 'scenario' | 'ranges' | 'presetId' | 'name' | 'seed'>;

/**
 * The query string (without "?") of a link to the calculator's state. The seed
 * is written only when it is not the default one, the name only when there is one.
 *
 * @example
 * linkQueryOf({ scenario: { ...defaultScenario, loadedShare: 0.4 }, ranges: {}, presetId: null, name: '', seed: 1 })
 * // => 'v=1&loadedShare=0.4'
 */
export function linkQueryOf({ scenario, ranges, presetId, name, seed }: LinkSource): string {
  return writeSharedLink({
    scenario,
    ranges,
    ...(presetId !== null && { presetId }),
    ...(name !== '' && { name }),
    ...(seed !== DEFAULT_SIMULATION_SEED && { seed }),
  });
}

/**
 * The full link to the calculator's state, for the page at `pageUrl`.
 *
 * @example
 * shareUrlOf(state, 'http://127.0.0.1:4321/?v=1#figures') // => 'http://127.0.0.1:4321/?v=1&loadedShare=0.4'
 */
export function shareUrlOf(state: LinkSource, pageUrl: string): string {
  const url = new URL(pageUrl);
  return `${url.origin}${url.pathname}?${linkQueryOf(state)}`;
}

/**
 * Opens the link in `search` (`location.search`) on the calculator and returns
 * the messages about what could not be used. A hand-over from the sorting
 * worksheet (`from=segment:…`) also sets `calc.fromWorksheet`. A link that changes nothing (no
 * query, or only parameters this calculator does not read) leaves the
 * calculator as it is, its preset included.
 */
export function openSharedLink(calc: Calculator, search: string): LinkMessage[] {
  if (search === '' || search === '?') return [];
  const link = parseSharedLink(search);
  const changes =
    link.presetId !== undefined ||
    link.name !== undefined ||
    link.seed !== undefined ||
    Object.keys(link.ranges).length > 0 ||
    scenarioFields.some((field) => link.scenario[field] !== defaultScenario[field]);
  if (changes) {
    calc.loadScenario(link.scenario, link.presetId ?? null, {
      ranges: link.ranges,
      ...(link.name !== undefined && { name: link.name }),
      ...(link.seed !== undefined && { seed: link.seed }),
    });
  }
  calc.fromWorksheet = (link.fromWorksheet ?? []).map((field) => ({
    field,
    value: link.scenario[field],
    ...(link.ranges[field] && { range: link.ranges[field] }),
  }));
  return link.messages;
}
