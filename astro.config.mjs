// @ts-check
import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';
import AstroPWA from '@vite-pwa/astro';

// PORT lets several previews run side by side (tests, audits, a second checkout).
// A build goes to dist/ unless `astro build --outDir <folder>` names another; Vite
// refuses to empty a folder outside the project, so keep such folders inside it.
const port = Number(process.env.PORT ?? 4321);

/**
 * Svelte's client runtime in one chunk. Left to itself, Rollup cuts it into a
 * chunk per combination of islands that use each part, and seven small files
 * gzipped one by one weigh about 4 KB more than the one they make together
 * (tests/e2e/size.spec.ts measures what each page loads). The parts that only components loaded
 * later use (bind:value on inputs, {@html}, snippets) stay out of
 * it, so that the first paint does not carry them; a part wrongly listed here
 * costs bytes, never correctness.
 * @param {string} id
 */
function svelteRuntimeChunk(id) {
  const runtime = /\/node_modules\/svelte\/src\/(internal\/(client|shared)\/.*|version\.js)$/;
  // …and not the indexes that re-export every part: Rollup would bring them all with them.
  const later =
    /\/(internal\/client\/index|dom\/elements\/bindings\/input|dom\/blocks\/html|dom\/blocks\/snippet)\.js$/;
  return runtime.test(id) && !later.test(id) ? 'svelte' : undefined;
}

export default defineConfig({
  output: 'static',
  integrations: [
    // No `window.__svelte.v`: nothing on the page needs Svelte's version.
    svelte({ compilerOptions: { discloseVersion: false } }),
    // Offline after the first visit: every page and asset precached, installable as an app.
    AstroPWA({
      registerType: 'autoUpdate',
      injectRegister: false, // registered from a bundled script (src/components/registerServiceWorker.ts), so it passes the CSP
      includeAssets: ['favicon.svg', 'apple-touch-icon.png', 'robots.txt'],
      manifest: {
        name: 'Two-Tier Support Calculator',
        short_name: 'Two-Tier',
        description: 'Cost and quality of putting AI in front of client support.',
        lang: 'en-GB',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0b5cad',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: '/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        clientsClaim: true,
        skipWaiting: true,
        globPatterns: ['**/*.{html,js,css,svg,png,webmanifest,txt,json}'],
        navigateFallback: null,
        // A shared link carries the scenario in its query: serve the cached page for any query.
        ignoreURLParametersMatching: [/.*/],
        directoryIndex: 'index.html',
      },
      experimental: { directoryAndTrailingSlashHandler: true },
    }),
  ],
  server: { host: '127.0.0.1', port },
  devToolbar: { enabled: false },
  vite: {
    build: {
      // terser with two passes ships about 3 % less script than esbuild's minifier.
      minify: 'terser',
      terserOptions: { compress: { passes: 2 } },
      rollupOptions: { output: { manualChunks: svelteRuntimeChunk } },
    },
  },
  experimental: {
    // A strict Content-Security-Policy in a <meta> on every page: Astro adds the
    // sha256 hashes of its scripts and styles to script-src and style-src; nothing
    // else runs, and nothing is fetched from anywhere but this site.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
