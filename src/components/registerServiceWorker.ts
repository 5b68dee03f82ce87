/**
 * Registers the service worker that precaches the site, so that it works offline
 * after the first visit. Bundled (not inline) so that it passes the page's CSP.
 */
import { registerSW } from 'virtual:pwa-register';

registerSW({ immediate: true });
