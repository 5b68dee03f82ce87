import { defineConfig, devices } from '@playwright/test';
import { testChromiumPath, chromiumArgs } from './scripts/chromium.mjs';

// Playwright builds the site and serves the build for the browser tests.
// PORT and OUT_DIR (a folder inside the project) let runs sit side by side;
// SKIP_BUILD=1 serves the build already in OUT_DIR.
const port = Number(process.env.PORT ?? 4321);
const outDir = process.env.OUT_DIR ?? 'dist';
const astro = `node_modules/.bin/astro`;
const preview = `${astro} preview --outDir ${outDir} --host 127.0.0.1 --port ${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // Two workers on a 2-core machine; WORKERS=1 when the machine is busy.
  workers: Number(process.env.WORKERS ?? 2),
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? 'line' : 'list',
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
    // No host but this one resolves, so a request elsewhere is stopped before it
    // leaves; the page fixture (fixtures.ts) reports any that is tried.
    launchOptions: {
      executablePath: testChromiumPath(),
      args: [...chromiumArgs, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: process.env.SKIP_BUILD ? preview : `${astro} build --outDir ${outDir} && ${preview}`,
    env: { OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 180_000,
  },
});
