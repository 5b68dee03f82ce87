// @ts-check
import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';
import AstroPWA from '@vite-pwa/astro';
import { basename, resolve, sep } from 'node:path';
import { mkdirSync, rmSync, symlinkSync } from 'node:fs';

// OUT_DIR and PORT let several builds and previews run side by side (tests, audits).
const port = Number(process.env.PORT ?? 4321);
const outDir = buildFolder(resolve(process.env.OUT_DIR ?? './dist'));

/**
 * Astro writes its intermediate server chunks to .astro/ whenever outDir lies
 * outside the project, so two such builds at once overwrite each other. Keep
 * every build inside the project (.builds/NAME) and leave a link at the
 * requested outside path, so that tools given that path still find the build.
 * @param {string} requested
 */
function buildFolder(requested) {
  if (requested.startsWith(process.cwd() + sep)) return requested;
  const inside = resolve('.builds', basename(requested));
  mkdirSync(inside, { recursive: true });
  rmSync(requested, { recursive: true, force: true });
  symlinkSync(inside, requested, 'dir');
  return inside;
}

/**
 * Svelte's client runtime in one chunk. Left to itself, Rollup cuts it into a
 * chunk per combination of islands that use each part, and seven small files
 * gzipped one by one weigh about 4 KB more than the one they make together
 * (scripts/size-budget.mjs measures it). The parts that only components loaded
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
  outDir,
  integrations: [
    // No `window.__svelte.v`: nothing on the page needs Svelte's version.
    svelte({ compilerOptions: { discloseVersion: false } }),
    // Offline after the first visit: every page and asset precached, installable as an app.
    AstroPWA({
      registerType: 'autoUpdate',
      outDir, // the plugin would otherwise look for the build in .astro/
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
        globDirectory: outDir,
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
