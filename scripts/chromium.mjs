// Where the system Chromium is, and the flags that keep a headless run on this
// machine and off the network (see shared TOOLCHAIN.md).
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
