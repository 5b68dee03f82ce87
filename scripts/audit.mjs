// `npm run audit`: Lighthouse on every page of the production build.
//
// Builds into a folder of its own (or reuses OUT_DIR with --no-build), serves it
// with `astro preview` on 127.0.0.1, and runs Lighthouse 12 with its default
// mobile settings (simulated throttling) in the system Chromium, one page at a
// time. Prints the four scores per page and fails below the thresholds, listing
// the audits that cost points.
//
// Usage: node scripts/audit.mjs [--no-build]
// Environment: OUT_DIR, PORT (a free one otherwise), CHROME_PATH.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs } from './chromium.mjs';
import { ensureChromium } from './ensure-chromium.mjs';
import { listPages } from './size-budget.mjs';
import { freePort, removeBuild } from './support.mjs';

/** Lowest acceptable score per category, out of 100. */
export const thresholds = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 };
const categories = Object.keys(thresholds);

const workDir = process.env.OUT_DIR
  ? undefined
  : mkdtempSync(join(tmpdir(), 'support-calculator-audit-'));
// A unique folder name: astro.config.mjs keeps outside builds in .builds/<name>.
const outDir = resolve(process.env.OUT_DIR ?? `${workDir}-dist`);
const env = { ...process.env, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' };

/** Starts `astro preview` on the build and resolves once it answers. */
async function serve(port) {
  const server = spawn(
    'node_modules/.bin/astro',
    ['preview', '--host', '127.0.0.1', '--port', String(port)],
    {
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const url = `http://127.0.0.1:${port}/`;
  for (let attempt = 0; attempt < 150; attempt += 1) {
    if (server.exitCode !== null)
      throw new Error(`astro preview exited with code ${server.exitCode}`);
    try {
      if ((await fetch(url)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((wait) => setTimeout(wait, 200));
  }
  server.kill();
  throw new Error(`astro preview did not answer at ${url}`);
}

/** The audits of a category that did not get full marks, worst first. */
function lostPoints(lhr, category) {
  return lhr.categories[category].auditRefs
    .filter((ref) => ref.weight > 0 || category !== 'performance')
    .map((ref) => lhr.audits[ref.id])
    .filter(
      (audit) =>
        audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative',
    )
    .sort((a, b) => a.score - b.score)
    .map(
      (audit) =>
        `${audit.id} (${Math.round(audit.score * 100)}${audit.displayValue ? `, ${audit.displayValue}` : ''})`,
    );
}

/** The scripts that kept the main thread busy longest (the usual cause of blocking time). */
function busiestScripts(lhr, route) {
  const items = lhr.audits['bootup-time']?.details?.items ?? [];
  const lines = items
    .slice(0, 5)
    .map(
      (item) =>
        `    ${Math.round(item.total)} ms (script ${Math.round(item.scripting)} ms)  ${String(item.url).replace(/^https?:\/\/[^/]+/, '')}`,
    );
  return `  ${route}: main-thread time by script, with Lighthouse's 4x CPU slowdown:\n${lines.join('\n')}`;
}

async function main() {
  const chromePath = ensureChromium();
  if (!process.argv.includes('--no-build')) {
    console.log(`Building into ${outDir} ...`);
    const build = spawnSync('node_modules/.bin/astro', ['build'], {
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (build.status !== 0) throw new Error('astro build failed');
  }
  if (!existsSync(join(outDir, 'index.html'))) throw new Error(`No build in ${outDir}`);

  const port = Number(process.env.PORT ?? (await freePort()));
  const server = await serve(port);
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: [...chromiumArgs, '--headless=new'],
  });
  const failures = [];
  const rows = [`${'page'.padEnd(24)} ${categories.map((c) => c.padStart(15)).join('')}`];
  try {
    for (const [route] of listPages(outDir)) {
      const runnerResult = await lighthouse(`http://127.0.0.1:${port}${route}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: categories,
      });
      const lhr = runnerResult?.lhr;
      if (!lhr) throw new Error(`Lighthouse returned nothing for ${route}`);
      if (lhr.runtimeError)
        throw new Error(`Lighthouse could not audit ${route}: ${lhr.runtimeError.message}`);
      const scores = categories.map((category) =>
        Math.round((lhr.categories[category].score ?? 0) * 100),
      );
      rows.push(
        `${route.padEnd(24)} ${scores.map((score) => String(score).padStart(15)).join('')}`,
      );
      categories.forEach((category, index) => {
        const lost = lostPoints(lhr, category);
        if (scores[index] < thresholds[category]) {
          failures.push(
            `${route} ${category} ${scores[index]} < ${thresholds[category]}: ${lost.join(', ') || 'no single audit'}`,
          );
        } else if (lost.length > 0) {
          console.log(`  ${route} ${category}: points lost on ${lost.join(', ')}`);
        }
      });
      if (scores[0] < thresholds.performance) console.log(busiestScripts(lhr, route));
      const metrics = [
        'first-contentful-paint',
        'largest-contentful-paint',
        'total-blocking-time',
        'cumulative-layout-shift',
      ]
        .map((id) => `${id.replace(/-/g, ' ')} ${lhr.audits[id]?.displayValue ?? '?'}`)
        .join(', ');
      console.log(`  ${route}: ${metrics}`);
    }
  } finally {
    await chrome.kill();
    server.kill();
  }
  console.log(`\nLighthouse (mobile, simulated throttling), scores out of 100:`);
  console.log(rows.join('\n'));
  console.log(`Thresholds: ${categories.map((c) => `${c} ${thresholds[c]}`).join(', ')}`);
  if (failures.length) {
    console.error(`\nBelow threshold:\n${failures.map((failure) => `  ${failure}`).join('\n')}`);
    return 1;
  }
  return 0;
}

let code = 1;
try {
  code = await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
} finally {
  if (workDir) {
    removeBuild(outDir);
    rmSync(workDir, { recursive: true, force: true });
  }
}
process.exit(code);
