/**
 * Binds shared links to the page: the calculator opens the link it was loaded
 * with, and the address then follows what is on screen.
 *
 * The address is rewritten with `history.replaceState` (no new history entry)
 * and only when the query written for the scenario differs from the address's.
 * A link as opened, odd parameters and all, stays in the address until the
 * person changes something, so the messages about it can be checked against it.
 *
 * The link code (shareLink.ts, link.ts) is not part of the first paint: it is
 * fetched at once, while the island hydrates, when the page was opened with a
 * query, and otherwise on the first change or "Copy link".
 */
import { onMount } from 'svelte';
import type { Calculator } from './calculator.svelte';
import type { LinkMessage } from './link';

/** How long the address waits for typing to pause before it follows (ms). */
export const ADDRESS_DELAY_MS = 150;

type ShareLink = typeof import('./shareLink');
let shareLink: Promise<ShareLink> | undefined;

/** The link writer and reader, fetched once. */
export function loadShareLink(): Promise<ShareLink> {
  shareLink ??= import('./shareLink');
  shareLink.catch(() => (shareLink = undefined)); // a failed fetch is tried again next time
  return shareLink;
}

// A page opened from a link needs the reader right away: fetch it alongside hydration.
if (typeof location !== 'undefined' && location.search.length > 1) void loadShareLink();

/**
 * Puts `query` in the address with `history.replaceState`, keeping the path,
 * the hash and the history entry's state; does nothing when the address already
 * holds exactly that query. True when it rewrote the address.
 */
export function replaceAddressQuery(
  query: string,
  { location, history }: Pick<Window, 'location' | 'history'> = window,
): boolean {
  const search = query === '' ? '' : `?${query}`;
  if (location.search === search) return false;
  history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  return true;
}

/**
 * Call once while the calculator island initialises. After hydration (so that
 * the server-rendered page and the first render agree) it opens the page's link
 * and puts what it could not use in `calc.linkMessages`, for the share bar to
 * show; from then on each change of the scenario, preset, name, ranges or seed
 * updates the address once typing pauses for `delayMs`.
 */
export function followAddress(calc: Calculator, delayMs = ADDRESS_DELAY_MS): void {
  const onopen = (messages: LinkMessage[]) => (calc.linkMessages = messages);
  let opened = $state(false);
  let first = true;

  onMount(() => {
    const search = location.search;
    if (search.length <= 1) {
      opened = true;
      return;
    }
    loadShareLink()
      .then((link) => onopen(link.openSharedLink(calc, search)))
      .catch(() => onopen([{ param: 'link', kind: 'invalid', text: LINK_UNAVAILABLE }]))
      .finally(() => (opened = true));
  });

  $effect(() => {
    if (!opened) return;
    // Read every part a link carries, so that a change to any of them runs this again.
    const state = {
      scenario: calc.scenario,
      ranges: calc.ranges,
      presetId: calc.presetId,
      name: calc.name,
      seed: calc.seed,
    };
    if (first) {
      first = false; // the link as opened stays in the address
      return;
    }
    const timer = setTimeout(async () => {
      const link = await loadShareLink().catch(() => null);
      if (link) replaceAddressQuery(link.linkQueryOf(state));
    }, delayMs);
    return () => clearTimeout(timer);
  });
}

const LINK_UNAVAILABLE =
  'The link could not be read because part of the page did not load; the calculator opened with its defaults. Reload to try again.';
