import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import base from '../../playwright.config';

// The browser benchmarks: the project's Playwright setup (webServer, Chromium),
// one worker so that nothing else shares the CPU, and the output printed.
export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: '*.browser.ts',
  fullyParallel: false,
  workers: 1,
  reporter: 'list',
  timeout: 300_000,
  webServer: { ...base.webServer!, cwd: fileURLToPath(new URL('../..', import.meta.url)) },
});
