// Makes sure a Chromium is there for the browser tests and the audit.
// (and, in a separate step below, poppler-utils for the print test's PDFs).
//
// Looks for CHROME_PATH or the system Chromium (scripts/chromium.mjs). Where none
// is found and this is Debian or Ubuntu run as root, installs Debian's `chromium`
// with apt-get (Playwright's own browser downloads cannot be fetched here);
// otherwise prints exactly what to run, and exits 1. There, it also installs the
// lighter `chromium-headless-shell` that the browser tests prefer.
//
// Usage: node scripts/ensure-chromium.mjs   (also imported by scripts/test.mjs)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { HEADLESS_SHELL, chromiumPath } from './chromium.mjs';

const howToInstall = [
  'No Chromium was found for the browser tests. Install one, then run again:',
  '  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium',
  '  macOS:          brew install --cask chromium   (or set CHROME_PATH to Google Chrome)',
  '  anywhere:       CHROME_PATH=/path/to/chrome npm test',
].join('\n');

function isDebianLike() {
  if (!existsSync('/etc/os-release') || !existsSync('/usr/bin/apt-get')) return false;
  const release = readFileSync('/etc/os-release', 'utf8');
  return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(release);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * Returns the path of a Chromium, installing Debian's package first when none is
 * there and that can be done without asking anyone. Throws with instructions otherwise.
 */
export function ensureChromium({ log = console.log } = {}) {
  ensurePdfTools({ log });
  ensureHeadlessShell({ log });
  const found = chromiumPath();
  if (found) return found;
  if (process.env.CHROME_PATH) {
    throw new Error(
      `CHROME_PATH is set to ${process.env.CHROME_PATH}, but no file is there.\n${howToInstall}`,
    );
  }
  if (!isDebianLike() || !isRoot) throw new Error(howToInstall);

  log("No Chromium found: installing Debian's chromium with apt-get (about a minute)...");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
    stdio: 'inherit',
    env,
  });
  const installed = chromiumPath();
  if (!installed)
    throw new Error(`apt-get finished but no Chromium is on the usual paths.\n${howToInstall}`);
  return installed;
}

/**
 * Installs Debian's chromium-headless-shell, which the browser tests prefer
 * (scripts/chromium.mjs), where apt-get can do so without asking anyone. Its
 * absence, or a failed install, only means the tests run on the full Chromium.
 */
function ensureHeadlessShell({ log }) {
  if (process.env.CHROME_PATH || existsSync(HEADLESS_SHELL) || !isDebianLike() || !isRoot) return;
  log("Installing Debian's chromium-headless-shell for the browser tests with apt-get...");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
    execFileSync(
      'apt-get',
      ['install', '-y', '--no-install-recommends', 'chromium-headless-shell'],
      { stdio: 'inherit', env },
    );
  } catch {
    log('chromium-headless-shell could not be installed: the tests use the full Chromium.');
  }
}

// A separate step, for the print test (tests/e2e/print.spec.ts): it reads the PDFs
// Chromium prints with poppler-utils' pdfinfo and pdftotext. Installed like Chromium
// where that can be done without asking; elsewhere a note, and that test says what is missing.
const pdfTools = ['pdfinfo', 'pdftotext'];

function onPath(command) {
  return (process.env.PATH ?? '')
    .split(delimiter)
    .some((dir) => dir && existsSync(join(dir, command)));
}

/** Installs Debian's poppler-utils when pdfinfo or pdftotext is missing and apt-get can. */
export function ensurePdfTools({ log = console.log } = {}) {
  if (pdfTools.every(onPath)) return;
  if (!isDebianLike() || !isRoot) {
    log(
      'The print test needs pdfinfo and pdftotext: apt-get install poppler-utils (macOS: brew install poppler).',
    );
    return;
  }
  log("No pdftotext found: installing Debian's poppler-utils with apt-get...");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'poppler-utils'], {
    stdio: 'inherit',
    env,
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    console.log(`Chromium: ${ensureChromium()}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
