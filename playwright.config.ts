import { defineConfig, devices } from '@playwright/test';
import { chromiumPath, chromiumArgs } from './scripts/chromium.mjs';

// Each run may use its own port and build folder, so that runs do not collide.
// SKIP_BUILD=1 previews the build already in OUT_DIR (npm test builds once, before).
const port = Number(process.env.PORT ?? 4321);
const outDir = process.env.OUT_DIR ?? 'dist';
const astro = 'node_modules/.bin/astro';
const preview = `${astro} preview --host 127.0.0.1 --port ${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? 'line' : 'list',
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: process.env.SKIP_BUILD ? preview : `${astro} build && ${preview}`,
    env: { OUT_DIR: outDir, PORT: String(port), ASTRO_TELEMETRY_DISABLED: '1' },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 180_000,
  },
});
