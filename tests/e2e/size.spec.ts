/**
 * A visitor's phone fetches little script: each page stays within its size
 * targets at load, after scrolling through without a click, and in everything
 * it could ever load (gzipped built files; the targets are in pageScripts.ts).
 */
import { test, expect } from './fixtures';
import { KB, describeSizes, measurePageScripts, sizeTargetsKB, totalBytes } from './pageScripts';

// A service worker would fetch every asset to cache it, and count as the page's.
test.use({ serviceWorkers: 'block' });

for (const [route, target] of Object.entries(sizeTargetsKB)) {
  test(`${route} ships no more script than its targets`, async ({ page }) => {
    test.setTimeout(60_000);
    const scripts = await measurePageScripts(page, route);
    console.log(describeSizes(route, scripts).join('\n'));
    // What loads later is never less than what loaded before.
    expect(scripts.withoutClick.size).toBeGreaterThanOrEqual(scripts.atLoad.size);
    expect(scripts.everything.size).toBeGreaterThanOrEqual(scripts.withoutClick.size);
    for (const phase of ['atLoad', 'withoutClick', 'everything'] as const)
      expect(totalBytes(scripts[phase]) / KB, `${route} ${phase}`).toBeLessThanOrEqual(
        target[phase],
      );
  });
}
