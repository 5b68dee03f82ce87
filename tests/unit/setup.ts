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
