// Profiles keystrokes on the calculator (`/`, every chart mounted) through the
// DevTools protocol: where the main thread's time goes (self time by function,
// sampled by the Profiler) and how much work each keystroke asks for (layouts,
// style recalculations, script time, from Performance.getMetrics). Serve a build
// first (`npx astro preview --port 4425`), then: `node scripts/profile-keystroke.mjs [url] [keys]`.
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const url = process.argv[2] ?? 'http://127.0.0.1:4425/';
const keys = Number(process.argv[3] ?? 40);

const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const page = await browser.newPage({ serviceWorkers: 'block' });
await page.goto(url);
await page.waitForFunction(() =>
  [...document.querySelectorAll('astro-island')].every((island) => !island.hasAttribute('ssr')),
);
for (let tries = 0; tries < 100; tries += 1) {
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForTimeout(200);
  const pending = await page
    .locator('.charts-pending, .uncertainty-pending, canvas:not([data-chart-id])')
    .count();
  if (pending === 0) break;
}
await page.evaluate(() => window.scrollTo(0, 0));
await page.waitForTimeout(1000);

const cdp = await page.context().newCDPSession(page);
await cdp.send('Performance.enable');
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
const metrics = async () =>
  Object.fromEntries(
    (await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]),
  );
const before = await metrics();
await cdp.send('Profiler.start');
const field = page.getByRole('textbox', { name: 'Inquiries per month', exact: true });
await field.evaluate(async (input, keys) => {
  for (let key = 0; key < keys; key += 1) {
    input.value = input.value === '410' ? '400' : '410';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise(requestAnimationFrame);
    await new Promise((next) => setTimeout(next, 0));
  }
  await new Promise((next) => setTimeout(next, 600)); // debounced work lands too
}, keys);
const { profile } = await cdp.send('Profiler.stop');
const after = await metrics();

const per = (name) =>
  ((after[name] - before[name]) / keys).toFixed(name.endsWith('Duration') ? 4 : 2);
console.log(`Per keystroke (${keys} keystrokes):`);
for (const name of [
  'LayoutCount',
  'RecalcStyleCount',
  'ScriptDuration',
  'LayoutDuration',
  'RecalcStyleDuration',
  'TaskDuration',
])
  console.log(`  ${name.padEnd(22)} ${per(name)}${name.endsWith('Duration') ? ' s' : ''}`);

// Self time by function, and total (inclusive) time by function.
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map();
for (const node of profile.nodes)
  for (const child of node.children ?? []) parent.set(child, node.id);
const self = new Map();
const total = new Map();
const name = (node) => {
  const { functionName, url: file, lineNumber } = node.callFrame;
  return `${functionName || '(anon)'} ${file.split('/').pop()}:${lineNumber + 1}`;
};
profile.samples.forEach((id, index) => {
  const dt = (profile.timeDeltas[index + 1] ?? 0) / 1000;
  const node = nodes.get(id);
  self.set(name(node), (self.get(name(node)) ?? 0) + dt);
  const seen = new Set();
  for (let at = id; at !== undefined; at = parent.get(at)) {
    const key = name(nodes.get(at));
    if (seen.has(key)) continue;
    seen.add(key);
    total.set(key, (total.get(key) ?? 0) + dt);
  }
});
const top = (map, count) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, ms]) => `  ${(ms / keys).toFixed(2).padStart(7)} ms  ${key}`)
    .join('\n');
console.log(`Self time per keystroke:\n${top(self, 25)}`);
console.log(`Total (inclusive) time per keystroke:\n${top(total, 45)}`);
await browser.close();
