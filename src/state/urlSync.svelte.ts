/**
 * Binds shared links to the page: the calculator opens the link it was loaded
 * with, and the address then follows what is on screen.
 *
 * The address is rewritten with `history.replaceState` (no new history entry)
 * and only when the query written for the scenario differs from the address's.
 * A link as opened, odd parameters and all, stays in the address until the
 * person changes something, so the messages about it can be checked against it.
 *
 * The address is written once typing pauses (ADDRESS_DELAY_MS), off the
 * keystroke's frame, and at once when the link may be taken from it: on a copy,
 * before "Share" or "Copy link" read it (`flushAddress`), and when the page is
 * hidden or left.
 *
 * The link code (shareLink.ts, link.ts) is not part of the first paint. A page
 * opened with a query fetches it before its load event and hands it over
 * (`provideShareLink`, SharedLinkParts.astro): the link is then opened the
 * moment the code runs, before the page counts as loaded. Otherwise it is
 * fetched on the first change or "Copy link".
 */
import { onMount } from 'svelte';
import type { Calculator } from './calculator.svelte';
import type { LinkMessage } from './link';

/** How long the address waits for typing to pause before it follows (ms). */
export const ADDRESS_DELAY_MS = 150;

type ShareLink = typeof import('./shareLink');
let shareLink: Promise<ShareLink> | undefined;
/** The link code once it has arrived, so that a flush can write at once. */
let arrived: ShareLink | undefined;

/** The link writer and reader, fetched once. */
export function loadShareLink(): Promise<ShareLink> {
  shareLink ??= import('./shareLink').then((link) => (arrived = link));
  shareLink.catch(() => (shareLink = undefined)); // a failed fetch is tried again next time
  return shareLink;
}

/** The link code if it has already arrived, for what must use it within an event. */
export const linkCodeIfArrived = (): ShareLink | undefined => arrived;

/** What waits for the link code to open the page's link with it. */
const waitingForCode = new Set<(link: ShareLink) => void>();

/**
 * Hands over the link code, fetched by the page itself before its load event:
 * whatever waits for it (the calculator's link to open) runs now, not a task later.
 */
export function provideShareLink(link: ShareLink): void {
  arrived = link;
  shareLink ??= Promise.resolve(link);
  for (const use of [...waitingForCode]) use(link);
}

/** Writes the address the page is waiting to write, if any, now. */
let pendingWrite: (() => void) | undefined;

/** Brings the address up to date at once (before a link is copied or shared from it). */
export function flushAddress(): void {
  pendingWrite?.();
}

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
 * Call once while the calculator initialises. After hydration (so that the
 * server-rendered page and the first render agree) it opens the page's link as
 * soon as the link code is here (within the handing over, when the page fetched
 * it) and puts what it could not use in `calc.linkMessages`, for the share bar to
 * show; from then on each change of the scenario, preset, name, ranges or seed
 * updates the address once typing pauses for `delayMs`. The function it returns
 * says whether the link has been opened yet (at once when there is none).
 */
export function followAddress(calc: Calculator, delayMs = ADDRESS_DELAY_MS): () => boolean {
  const onopen = (messages: LinkMessage[]) => (calc.linkMessages = messages);
  let opened = $state(false);
  let first = true;

  onMount(() => {
    const search = location.search;
    if (search.length <= 1) {
      opened = true;
      return;
    }
    const open = (link: ShareLink) => {
      if (opened) return;
      onopen(link.openSharedLink(calc, search));
      opened = true;
    };
    if (arrived) return open(arrived);
    // Handed over by the page before its load event, or else fetched here.
    waitingForCode.add(open);
    loadShareLink().then(open, () => {
      if (opened) return;
      onopen([{ param: 'link', kind: 'invalid', text: LINK_UNAVAILABLE }]);
      opened = true;
    });
    return () => waitingForCode.delete(open);
  });

  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Writes `state`'s link now if the link code is here, else as soon as it is. */
  const write = (state: Parameters<ShareLink['linkQueryOf']>[0]) => {
    clearTimeout(timer);
    pendingWrite = undefined;
    if (arrived) replaceAddressQuery(arrived.linkQueryOf(state));
    else
      loadShareLink().then(
        (link) => replaceAddressQuery(link.linkQueryOf(state)),
        () => {},
      );
  };

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
    void loadShareLink().catch(() => {}); // fetched while typing, so a flush can write at once
    clearTimeout(timer);
    pendingWrite = () => write(state);
    timer = setTimeout(pendingWrite, delayMs);
  });

  // The link may be taken from the address now: write what is waiting first.
  onMount(() => {
    const onHidden = () => document.visibilityState === 'hidden' && flushAddress();
    const events = ['copy', 'beforeunload', 'pagehide'] as const;
    for (const type of events) addEventListener(type, flushAddress);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      for (const type of events) removeEventListener(type, flushAddress);
      document.removeEventListener('visibilitychange', onHidden);
      clearTimeout(timer);
      pendingWrite = undefined;
    };
  });

  return () => opened;
}

const LINK_UNAVAILABLE =
  'The link could not be read because part of the page did not load; the calculator opened with its defaults. Reload to try again.';
