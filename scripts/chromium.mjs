// Where the system Chromium is, and the flags that keep a headless run on this
// machine and off the network.
import { existsSync } from 'node:fs';

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** The path of a Chromium to drive, or undefined when none is installed. */
export function chromiumPath() {
  return candidates.find((path) => path && existsSync(path));
}

/** Debian's "old headless" Chromium: the same engine without the browser's windowing. */
export const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

/**
 * The Chromium the browser tests drive: CHROME_PATH when set, else the headless
 * shell where it is installed (it spends about a third less CPU per test than
 * the full browser run headless), else the full Chromium.
 */
export function testChromiumPath() {
  if (process.env.CHROME_PATH) return chromiumPath();
  return existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : chromiumPath();
}

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--component-updater=url-source=http://127.0.0.1:9/',
  '--disable-features=NetworkTimeServiceQuerying,AutofillServerCommunication,OptimizationHints,MediaRouter,Translate',
];
