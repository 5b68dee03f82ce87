import { afterEach, vi } from 'vitest';

/**
 * jsdom has no matchMedia; components that follow the colour scheme (Svelte's
 * MediaQuery in Chart.svelte) would throw when a test renders them. The stub
 * answers "no match", as a light-scheme screen would.
 */
if (typeof window !== 'undefined' && typeof window.matchMedia !== 'function') {
  window.matchMedia = (query: string): MediaQueryList =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => {},
      removeEventListener: () => {},
      addListener: () => {},
      removeListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

if (typeof window !== 'undefined') {
  afterEach(async () => {
    // A rendered calculator starts loading its charts at once (jsdom has no
    // IntersectionObserver): let every import settle before the environment goes.
    await vi.dynamicImportSettled();
    // Each test starts with a fresh page calculator (src/state/calculator.svelte.ts)
    // at an address without a query: the last test's inputs may have reached it.
    (await import('../../src/state/calculator.svelte')).forgetPageCalculator();
    history.replaceState(null, '', location.pathname);
  });
}
