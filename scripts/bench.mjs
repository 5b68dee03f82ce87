// `npm run bench`: runs the model's benchmarks (tests/bench/*.bench.ts) with Vitest
// and prints each one's median, which Vitest's own table leaves out, beside its
// target; then the browser benchmarks (tests/bench/*.browser.ts: keystroke to
// frame, a 10,000-row export opened on the worksheet, page sizes) in Chromium.
// Arguments are passed on to Vitest as file filters: `npm run bench -- simulation`.
import { spawnSync } from 'node:child_process';
import { startVitest } from 'vitest/node';
import { ensureChromium } from './ensure-chromium.mjs';

/** Median targets in milliseconds, by suite, on the project's 2-core machines. */
const targetsMs = {
  'recompute for one keystroke': 2,
  '10,000-draw simulation': 100,
};

// One file at a time: two benchmarks sharing the two cores would time each other.
const vitest = await startVitest('benchmark', process.argv.slice(2), {
  watch: false,
  run: true,
  fileParallelism: false,
});
if (!vitest) process.exit(1);

const rows = [];
const visit = (task, suites) => {
  if (task.tasks) {
    for (const child of task.tasks)
      visit(child, task.type === 'suite' ? [...suites, task.name] : suites);
    return;
  }
  const result = task.result?.benchmark;
  if (!result) return;
  const suite = suites.join(' > ');
  const target = targetsMs[suites.at(-1)];
  rows.push({
    benchmark: `${suite} > ${task.name}`,
    median: result.median,
    samples: result.sampleCount,
    target,
  });
};
// The file's own task is a suite too: start below it, so rows read "suite > benchmark".
for (const file of vitest.state.getFiles()) for (const task of file.tasks) visit(task, []);
await vitest.close();

const width = Math.max(...rows.map((row) => row.benchmark.length), 9);
console.log(
  `\nMedians (ms)\n${'benchmark'.padEnd(width)}  ${'median'.padStart(9)}  ${'target'.padStart(7)}  samples`,
);
for (const row of rows) {
  const target = row.target === undefined ? '' : `≤ ${row.target}`;
  const over = row.target !== undefined && row.median > row.target ? '  OVER TARGET' : '';
  console.log(
    `${row.benchmark.padEnd(width)}  ${row.median.toFixed(3).padStart(9)}  ${target.padStart(7)}  ${String(row.samples).padStart(7)}${over}`,
  );
}

ensureChromium();
const browser = spawnSync(
  'node_modules/.bin/playwright',
  ['test', '--config', 'tests/bench/playwright.config.ts'],
  // Vitest set NODE_ENV=test above; the site is built and timed as it ships.
  {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1' },
  },
);
process.exit(browser.status ?? 1);
