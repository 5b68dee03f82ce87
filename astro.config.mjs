// @ts-check
import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';

// OUT_DIR and PORT let several builds and previews run side by side (tests, audits).
const port = Number(process.env.PORT ?? 4321);

export default defineConfig({
  output: 'static',
  outDir: process.env.OUT_DIR ?? './dist',
  integrations: [svelte()],
  server: { host: '127.0.0.1', port },
  devToolbar: { enabled: false },
});
