// Takes the README's screenshot (docs/screenshot.png) of a running site:
//   npm start &  then  node scripts/screenshot.mjs [http://127.0.0.1:4321/]
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const url = process.argv[2] ?? 'http://127.0.0.1:4321/';
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const page = await browser.newPage({ viewport: { width: 1280, height: 1100 } });
await page.goto(url);
await page.locator('canvas').first().waitFor();
await page.waitForTimeout(800);
await page.screenshot({ path: 'docs/screenshot.png' });
await browser.close();
console.log('docs/screenshot.png written');
