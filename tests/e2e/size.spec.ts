/**
 * A visitor's phone fetches little script: each page stays within its size
 * limits at load, after scrolling through without a click, and in everything
 * it could ever load (gzipped built files; the targets, and the limits held
 * where a target is not met yet, are in pageScripts.ts).
 */
import { test, expect } from './fixtures';
import { KB, describeSizes, measurePageScripts, sizeLimitsKB, totalBytes } from './pageScripts';

// A service worker would fetch every asset to cache it, and count as the page's.
test.use({ serviceWorkers: 'block' });

for (const [route, limit] of Object.entries(sizeLimitsKB)) {
  test(`${route} ships no more script than its limits`, async ({ page }) => {
    test.setTimeout(60_000);
    const scripts = await measurePageScripts(page, route);
    console.log(describeSizes(route, scripts).join('\n'));
    // A page with islands fetches their scripts: a recorder that saw nothing would pass anything.
    if ((await page.locator('astro-island').count()) > 0)
      expect(scripts.atLoad.size).toBeGreaterThan(0);
    for (const phase of ['atLoad', 'withoutClick', 'everything'] as const)
      expect(totalBytes(scripts[phase]) / KB, `${route} ${phase}`).toBeLessThanOrEqual(
        limit[phase],
      );
  });
}
