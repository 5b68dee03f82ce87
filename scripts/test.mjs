// `npm test`: every check, in order, stopping at the first that fails.
//
//   types    astro check, then svelte-check over the unit tests
//   unit     vitest run (unit and property tests)
//   browser  Playwright: its webServer builds the site and serves the build;
//            the specs include HTML validity, internal links and script sizes
//
// Prints each step's time and ends with the plain line "N passed, N failed"
// (tests as counted by Vitest and Playwright; a failing step that is not a test
// runner counts as one failure). Environment: PORT, OUT_DIR, WORKERS, CHROME_PATH.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChromium } from './ensure-chromium.mjs';

const reports = mkdtempSync(join(tmpdir(), 'support-calculator-test-'));
const bin = (name) => join('node_modules', '.bin', name);
const counts = { passed: 0, failed: 0 };

/** Runs a command with its output shown; resolves to its exit code. */
function run(command, args, env = {}) {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      stdio: 'inherit',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    });
    child.on('error', (error) => resolve(console.error(error.message) ?? 1));
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

const readJson = (path) => {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
};

const steps = {
  async types() {
    return (
      (await run(bin('astro'), ['check'])) === 0 &&
      (await run(bin('svelte-check'), ['--tsconfig', 'tests/unit/tsconfig.json'])) === 0
    );
  },
  async unit() {
    const report = join(reports, 'vitest.json');
    const code = await run(bin('vitest'), [
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
    ]);
    const json = readJson(report);
    if (!json) return false;
    // A file that fails before any test runs (an import error) counts as one failure.
    const unrun = json.testResults.filter(
      (file) => file.status === 'failed' && !file.assertionResults.length,
    );
    counts.passed += json.numPassedTests;
    counts.failed += json.numFailedTests + unrun.length;
    return code === 0;
  },
  async browser() {
    ensureChromium();
    const report = join(reports, 'playwright.json');
    const code = await run(bin('playwright'), ['test', '--reporter=list,json'], {
      PLAYWRIGHT_JSON_OUTPUT_FILE: report,
    });
    const stats = readJson(report)?.stats;
    if (!stats) return false;
    counts.passed += stats.expected + stats.flaky;
    counts.failed += stats.unexpected;
    return code === 0;
  },
};

const summary = [];
const started = performance.now();
for (const [name, step] of Object.entries(steps)) {
  const start = performance.now();
  const failedBefore = counts.failed;
  const ok = await step().catch((error) => console.error(error.message ?? error) ?? false);
  const seconds = ((performance.now() - start) / 1000).toFixed(1);
  summary.push(`  ${ok ? 'ok  ' : 'FAIL'} ${name.padEnd(8)} ${seconds.padStart(6)} s`);
  if (!ok) {
    if (counts.failed === failedBefore) counts.failed += 1;
    break;
  }
}
rmSync(reports, { recursive: true, force: true });
console.log(
  `\nSummary (${((performance.now() - started) / 1000).toFixed(1)} s in all):\n${summary.join('\n')}`,
);
console.log(`${counts.passed} passed, ${counts.failed} failed`);
process.exit(summary.some((line) => line.includes('FAIL')) ? 1 : 0);
