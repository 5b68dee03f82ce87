import fc from 'fast-check';
import { afterEach, beforeEach, vi } from 'vitest';

// Property tests draw from one fixed seed, so a run of `npm test` is repeatable and
// a failure can be replayed. FC_SEED=<number> explores other draws (FC_SEED=random
// for a fresh one each run); a counterexample found that way belongs in a test.
const seed = process.env.FC_SEED;
if (seed !== 'random') fc.configureGlobal({ seed: seed ? Number(seed) : 20_261_203 });

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
  // The testing library's own clean-up, loaded only where there is a DOM.
  beforeEach(async () => {
    const library = await import('@testing-library/svelte');
    await library.setup();
    return async () => {
      await library.act();
      library.cleanup();
    };
  });
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
