// Takes the README's screenshots of a running site into docs/:
//   npm start &  then  node scripts/screenshot.mjs [http://127.0.0.1:4321/]
// screenshot.png (the README's), the page at 360 and 1280 px in light and dark,
// and print-a4.png, the one-page summary as printed on A4 (pdftoppm, poppler-utils).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const url = process.argv[2] ?? 'http://127.0.0.1:4321/';
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });

/** The page at `width`, in `colorScheme`, once its first chart is drawn. */
async function open(width, height, colorScheme) {
  const page = await browser.newPage({ viewport: { width, height }, colorScheme });
  await page.goto(url);
  await page.locator('canvas').first().waitFor();
  await page.waitForTimeout(800);
  return page;
}

const readme = await open(1280, 1100, 'light');
await readme.screenshot({ path: 'docs/screenshot.png' });
await readme.close();
for (const [width, height] of [
  [360, 740],
  [1280, 800],
]) {
  for (const scheme of ['light', 'dark']) {
    const page = await open(width, height, scheme);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `docs/screenshot-${width}-${scheme}.png` });
    await page.close();
  }
}

// The summary on A4, its charts drawn: printed the way the browser prints it.
const paper = await open(1280, 1100, 'light');
await paper
  .getByRole('region', { name: /summary/, includeHidden: true })
  .locator('img')
  .first()
  .waitFor({ state: 'attached' });
writeFileSync('docs/print-a4.pdf', await paper.pdf({ format: 'A4' }));
execFileSync('pdftoppm', [
  '-png',
  '-r',
  '110',
  '-singlefile',
  'docs/print-a4.pdf',
  'docs/print-a4',
]);
execFileSync('rm', ['docs/print-a4.pdf']);
await browser.close();
console.log('docs/screenshot*.png and docs/print-a4.png written');
