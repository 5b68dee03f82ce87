/**
 * Links from the calculator to the sorting worksheet carry the calculator's
 * current scenario in its own link format (preset, name, ranges and seed
 * included), so that the worksheet can measure for it and hand it back with
 * only what it measured changed.
 *
 * Every link marked `data-carries-scenario` gets it: the site header's, the
 * loaded share's "Measure it" and the verdict's. Its address is rewritten as
 * the link is approached (pointer, focus, touch) and again at the click, so a
 * copied, middle-clicked or opened-in-a-new-tab link carries it too; a plain
 * click before the link code has arrived waits for it.
 */
import type { LinkSource } from './shareLink';
import { linkCodeIfArrived, loadShareLink } from './urlSync.svelte';

const SELECTOR = 'a[data-carries-scenario]';

/** `anchor`'s address with `query` as its query string. */
function setQuery(anchor: HTMLAnchorElement, query: string): void {
  const url = new URL(anchor.href);
  url.search = query;
  anchor.href = url.href;
}

/**
 * Keeps the worksheet links under `root` carrying `state` (read at the moment
 * of use, so always the current scenario). Returns the function that stops it.
 */
export function carryScenarioToWorksheet(state: LinkSource, root: Document = document): () => void {
  const anchorOf = (event: Event) =>
    event.target instanceof Element ? event.target.closest<HTMLAnchorElement>(SELECTOR) : null;
  const update = (anchor: HTMLAnchorElement) =>
    loadShareLink().then(
      (link) => setQuery(anchor, link.linkQueryOf(state)),
      () => {}, // the link still opens the worksheet, without the scenario
    );

  const prepare = (event: Event) => {
    const anchor = anchorOf(event);
    if (anchor) void update(anchor);
  };
  const follow = (event: MouseEvent) => {
    const anchor = anchorOf(event);
    if (!anchor) return;
    const link = linkCodeIfArrived();
    if (link) return setQuery(anchor, link.linkQueryOf(state));
    const plainClick =
      event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey;
    if (!plainClick) return;
    event.preventDefault();
    void update(anchor).then(() => location.assign(anchor.href));
  };

  const approaches = ['pointerover', 'focusin', 'touchstart'] as const;
  for (const type of approaches) root.addEventListener(type, prepare, { passive: true });
  root.addEventListener('click', follow);
  root.addEventListener('auxclick', follow);
  return () => {
    for (const type of approaches) root.removeEventListener(type, prepare);
    root.removeEventListener('click', follow);
    root.removeEventListener('auxclick', follow);
  };
}
