// `npm run audit`: Lighthouse (its default: mobile, simulated throttling) on every
// page of a production build, three runs each, printing each score beside its
// target of 100. Exits 1 when any score of any run falls short.
//
// Usage: node scripts/audit.mjs [--no-build]   (--no-build serves the build already in OUT_DIR)
// Environment: OUT_DIR (default dist), PORT (default 4321), CHROME_PATH.
import { spawn, spawnSync } from 'node:child_process';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs } from './chromium.mjs';
import { ensureChromium } from './ensure-chromium.mjs';

const pages = ['/', '/segment/', '/methodology/'];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const runs = 3;
const target = 100;
const outDir = process.env.OUT_DIR ?? 'dist';
const port = Number(process.env.PORT ?? 4321);
const astro = 'node_modules/.bin/astro';
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

const chromePath = ensureChromium();
if (!process.argv.includes('--no-build')) {
  const build = spawnSync(astro, ['build', '--outDir', outDir], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (build.status !== 0) throw new Error('astro build failed');
}
const server = spawn(
  astro,
  ['preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(port)],
  {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  },
);
const origin = `http://127.0.0.1:${port}`;
for (
  let attempt = 0;
  !(await fetch(origin).then(
    (r) => r.ok,
    () => false,
  ));
  attempt += 1
) {
  if (attempt > 150 || server.exitCode !== null)
    throw new Error(`astro preview did not answer at ${origin}`);
  await new Promise((wait) => setTimeout(wait, 200));
}

const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: [...chromiumArgs, '--headless=new'],
});
let short = 0;
console.log(`Lighthouse, mobile, simulated throttling; each score beside its target (${target}):`);
try {
  for (const path of pages) {
    for (let run = 1; run <= runs; run += 1) {
      const result = await lighthouse(`${origin}${path}`, {
        port: chrome.port,
        logLevel: 'error',
        onlyCategories: categories,
      });
      const lhr = result?.lhr;
      if (!lhr || lhr.runtimeError)
        throw new Error(`Lighthouse could not audit ${path}: ${lhr?.runtimeError?.message}`);
      const scores = categories.map((id) => {
        const score = Math.round((lhr.categories[id].score ?? 0) * 100);
        if (score < target) short += 1;
        return `${id} ${score}/${target}${score < target ? ' SHORT' : ''}`;
      });
      console.log(`${path.padEnd(14)} run ${run}: ${scores.join(', ')}`);
      // Where points went, so a shortfall can be acted on.
      for (const id of categories) {
        const lost = lhr.categories[id].auditRefs
          .filter((ref) => id !== 'performance' || ref.weight > 0) // performance: scored metrics only
          .map((ref) => lhr.audits[ref.id])
          .filter((audit) => isScored(audit) && audit.score !== null && audit.score < 1)
          .map((audit) => `${audit.id}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
        if (lhr.categories[id].score < 1 && lost.length)
          console.log(`    ${id} lost on: ${lost.join(', ')}`);
      }
    }
  }
} finally {
  chrome.kill();
  server.kill();
}
console.log(short ? `${short} score(s) below ${target}` : `Every score of every run is ${target}.`);
process.exit(short ? 1 : 0);

/** Audits that count: scored ones, not the informative or not-applicable. */
function isScored(audit) {
  return audit && !['informative', 'notApplicable', 'manual'].includes(audit.scoreDisplayMode);
}
