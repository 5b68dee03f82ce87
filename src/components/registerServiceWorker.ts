/**
 * Registers the service worker that precaches the site, so that it works offline
 * after the first visit. Bundled (not inline) so that it passes the page's CSP.
 *
 * Registered directly rather than through `virtual:pwa-register`: that helper
 * brings workbox-window (2.3 KB gzipped) for update prompts this site does not
 * show; the worker itself takes over at once (skipWaiting, clientsClaim).
 */
if ('serviceWorker' in navigator) {
  const base = import.meta.env.BASE_URL;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => {
      // Offline use is a convenience: the calculator works without it.
    });
  });
}
