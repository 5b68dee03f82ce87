// `npm test`: every check the project promises, in order, stopping at the first failure.
//
//   1. types     astro check, then svelte-check over the unit tests
//   2. unit      vitest run (unit and property tests)
//   3. build     one production build into a folder of its own
//   4. size      JavaScript each page ships, gzipped, against the budget
//   5. html      html-validate on every built page
//   6. links     every local href/src in the built pages exists
//   7. browser   Playwright in headless Chromium, previewing the build of step 3
//
// Prints one summary line per step with its time, and ends with the plain line
// "N passed, N failed" (tests counted by vitest and Playwright; a failing step
// that is not a test runner counts as one failure), so CI can read it.
//
// Options: --skip=types,unit (steps to leave out while iterating locally).
// Environment: OUT_DIR (build folder; a fresh temporary one otherwise), PORT
// (preview port; a free one otherwise), CHROME_PATH.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { ensureChromium } from './ensure-chromium.mjs';
import { freePort, removeBuild } from './support.mjs';

const skip = new Set(
  process.argv
    .filter((arg) => arg.startsWith('--skip='))
    .flatMap((arg) => arg.slice('--skip='.length).split(',')),
);

const workDir = mkdtempSync(join(tmpdir(), 'support-calculator-test-'));
// astro.config.mjs keeps a build made outside the project in .builds/<folder name>
// and links it here: the name must be as unique as the folder.
const outDir = process.env.OUT_DIR ?? join(workDir, `dist-${basename(workDir)}`);
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', OUT_DIR: outDir };
const bin = (name) => join('node_modules', '.bin', name);

/** Runs a command with the output shown; resolves to its exit code. */
function run(command, args, extraEnv = {}) {
  return new Promise((resolve) => {
    console.log(`\n$ ${command} ${args.join(' ')}`);
    const child = spawn(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
    child.on('error', (error) => {
      console.error(error.message);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

const counts = { passed: 0, failed: 0 };

/** @type {Array<{ name: string, run: () => Promise<{ ok: boolean, detail?: string }> }>} */
const steps = [
  {
    name: 'types',
    async run() {
      if ((await run(bin('astro'), ['check'])) !== 0)
        return { ok: false, detail: 'astro check found errors' };
      const code = await run(bin('svelte-check'), ['--tsconfig', 'tests/unit/tsconfig.json']);
      return {
        ok: code === 0,
        detail: code === 0 ? undefined : 'svelte-check found problems in tests/unit',
      };
    },
  },
  {
    name: 'unit',
    async run() {
      const report = join(workDir, 'vitest.json');
      const code = await run(bin('vitest'), [
        'run',
        '--passWithNoTests',
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${report}`,
      ]);
      const json = readJson(report);
      if (!json) return { ok: false, detail: 'vitest wrote no report' };
      // A file that fails before any test runs (an import error, say) has no test results:
      // it counts as one failure.
      const unrun = (json.testResults ?? []).filter(
        (file) => file.status === 'failed' && (file.assertionResults ?? []).length === 0,
      ).length;
      counts.passed += json.numPassedTests;
      counts.failed += json.numFailedTests + unrun;
      return {
        ok: code === 0,
        detail: `${json.numPassedTests} passed, ${json.numFailedTests} failed${unrun ? `, ${unrun} files failed to run` : ''}`,
      };
    },
  },
  {
    name: 'build',
    async run() {
      const code = await run(bin('astro'), ['build']);
      return { ok: code === 0, detail: outDir };
    },
  },
  ...[
    ['size', 'scripts/size-budget.mjs'],
    ['html', 'scripts/validate-html.mjs'],
    ['links', 'scripts/check-links.mjs'],
  ].map(([name, script]) => ({
    name,
    async run() {
      return { ok: (await run(process.execPath, [script, outDir])) === 0 };
    },
  })),
  {
    name: 'browser',
    async run() {
      if (!existsSync(join(outDir, 'index.html')))
        return { ok: false, detail: `no build in ${outDir}` };
      ensureChromium();
      const report = join(workDir, 'playwright.json');
      const port = process.env.PORT ?? String(await freePort());
      const code = await run(bin('playwright'), ['test', '--reporter=list,json'], {
        SKIP_BUILD: '1',
        PORT: port,
        PLAYWRIGHT_JSON_OUTPUT_FILE: report,
      });
      const stats = readJson(report)?.stats;
      if (!stats) return { ok: false, detail: 'Playwright wrote no report' };
      counts.passed += stats.expected + stats.flaky;
      counts.failed += stats.unexpected;
      return {
        ok: code === 0,
        detail: `${stats.expected + stats.flaky} passed, ${stats.unexpected} failed, ${stats.skipped} skipped`,
      };
    },
  },
];

const summary = [];
const started = performance.now();
let failedStep;
for (const step of steps) {
  if (skip.has(step.name)) {
    summary.push(`  -  ${step.name.padEnd(8)} skipped`);
    continue;
  }
  const start = performance.now();
  const countsBefore = counts.failed;
  let result;
  try {
    result = await step.run();
  } catch (error) {
    result = { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
  const seconds = ((performance.now() - start) / 1000).toFixed(1);
  const line = `${result.ok ? 'ok' : 'FAIL'} ${step.name.padEnd(8)} ${seconds.padStart(6)} s${result.detail ? `  ${result.detail}` : ''}`;
  summary.push(`  ${line}`);
  console.log(`\n[test] ${line}`);
  if (!result.ok) {
    // A step that is not a test runner still has to show up in the count.
    if (counts.failed === countsBefore) counts.failed += 1;
    failedStep = step.name;
    break;
  }
}

const total = ((performance.now() - started) / 1000).toFixed(1);
console.log(`\nSummary (${total} s in all):\n${summary.join('\n')}`);
if (failedStep) {
  const kept = existsSync(outDir) ? ` The build is kept in ${outDir}.` : '';
  console.log(`Stopped at step "${failedStep}"; its output is above.${kept}`);
}
if (!failedStep && !process.env.OUT_DIR) removeBuild(outDir);
if (!failedStep || process.env.OUT_DIR) rmSync(workDir, { recursive: true, force: true });
console.log(`${counts.passed} passed, ${counts.failed} failed`);
process.exit(failedStep ? 1 : 0);
