/**
 * Work on a keystroke only for what can be seen. A part of the page off the
 * screen keeps showing what it last showed, and does no work as the inputs
 * change; when it comes near the screen it catches up at once, before it
 * scrolls into sight. What is seen therefore always comes from one
 * evaluation: the parts on screen follow every change, and a part that
 * lags is never on screen.
 */
import type { Attachment } from 'svelte/attachments';

/**
 * How far beyond the viewport a part counts as seen: half a screen above and
 * below, so that it has caught up before a scroll brings it in.
 */
const SEEN_MARGIN = '50% 0px';

/** Whether one element is on or near the screen, as reactive state. */
export class Sight {
  /**
   * True while the element is within SEEN_MARGIN of the viewport, and until the
   * browser first says otherwise (or always, without IntersectionObserver).
   */
  seen = $state(true);

  /** Attach to the element to watch. */
  readonly watch: Attachment<Element> = (element) => {
    if (typeof IntersectionObserver !== 'function') return;
    const observer = new IntersectionObserver(
      (entries) => (this.seen = entries[entries.length - 1].isIntersecting),
      { rootMargin: SEEN_MARGIN },
    );
    observer.observe(element);
    return () => observer.disconnect();
  };
}

/**
 * `live()` while `sight` sees its element; otherwise the value it had when last
 * seen, without calling `live` (nor anything it reads) again until it is.
 */
export function whileSeen<T>(sight: Sight, live: () => T): { readonly current: T } {
  let last: { value: T } | undefined;
  const current = $derived.by(() => {
    if (sight.seen || !last) last = { value: live() };
    return last.value;
  });
  return {
    get current() {
      return current;
    },
  };
}
