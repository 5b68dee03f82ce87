/**
 * The page fixture every browser test uses. It fails the test on any console
 * error, any uncaught exception, any CSP violation and any request that leaves
 * 127.0.0.1, and offers `expectNoAxeViolations`. Requests are watched, not
 * intercepted (interception costs every fetch a round trip through the test
 * runner); the browser resolves no other host (playwright.config.ts), so a
 * request elsewhere is stopped as well as reported.
 */
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { siteRoutes } from './site';

/** What the guard saw go wrong; a test that provokes a problem on purpose may empty it. */
export interface Guard {
  problems: string[];
}

export const test = base.extend<{ guard: Guard }>({
  guard: [
    async ({ page }, use) => {
      const guard: Guard = { problems: [] };
      page.on('console', (message) => {
        if (message.type() === 'error') guard.problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => guard.problems.push(`page error: ${error.message}`));
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1')
          return;
        guard.problems.push(`request left 127.0.0.1: ${url.href}`);
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
        });
      });
      await use(guard);
      expect(guard.problems, 'console errors, CSP violations or outside requests').toEqual([]);
    },
    { auto: true },
  ],
});

/** Fails with the list of axe violations (WCAG 2.0-2.2 A and AA) on the page as it is now. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  expect(summary).toEqual([]);
}

/**
 * Waits until every Astro island on the page has hydrated (Astro drops its `ssr`
 * attribute then) and the calculator has opened the link it was loaded with
 * (it drops `data-opening`), so that nothing typed next is overwritten by it.
 */
export async function waitForIslands(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('astro-island')].every(
        (island) => !island.hasAttribute('ssr'),
      ) && document.querySelector('[data-opening]') === null,
  );
}

/**
 * Opens the "Saved scenarios and comparison" disclosure from the keyboard. The
 * charts and "how sure" above it arrive as they near the screen and may still
 * grow a little as they do; a pointer's press and release could then land on
 * different places, while a key press cannot miss.
 */
export async function openSavedScenarios(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: /saved scenarios/i });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(button).toHaveAttribute('aria-expanded', 'true');
}

/**
 * Scrolls to the end of the page, as a person reading on would, until the parts
 * that come as they near the screen (the calculator's charts and "how sure")
 * are there and every chart is drawn; then back to the top.
 */
export async function revealDeferredParts(page: Page): Promise<void> {
  const pending = page.locator('.charts-pending, .uncertainty-pending');
  await expect(async () => {
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    expect(await pending.count()).toBe(0);
  }).toPass();
  await expect(page.locator('canvas:not([data-chart-id])')).toHaveCount(0);
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** One element that took the focus while tabbing through a page. */
export interface FocusStop {
  /** Tag, accessible-ish name and classes, to name it in a failure. */
  name: string;
  /** An outline (at least 2 px) or a box-shadow is drawn around it. */
  indicated: boolean;
  /** Some of it is inside the viewport once focused. */
  onScreen: boolean;
}

/**
 * Presses Tab from the top of the page until the focus leaves the page or comes
 * back to an element it had; returns each stop, in order. The elements stay in
 * `window.tabbedElements` for later checks.
 */
export async function tabThrough(page: Page, maxPresses = 300): Promise<FocusStop[]> {
  await page.evaluate(() => {
    (window as unknown as { tabbedElements: Element[] }).tabbedElements = [];
    (document.activeElement as HTMLElement | null)?.blur();
  });
  const stops: FocusStop[] = [];
  for (let press = 0; press < maxPresses; press += 1) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const element = document.activeElement;
      const tabbed = (window as unknown as { tabbedElements: Element[] }).tabbedElements;
      if (!element || element === document.body || tabbed.includes(element)) return null;
      tabbed.push(element);
      const style = getComputedStyle(element);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      const rect = element.getBoundingClientRect();
      const label =
        element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40) ?? '';
      return {
        name: `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}> ${label}`.trim(),
        indicated: outline || style.boxShadow !== 'none',
        onScreen:
          rect.width > 0 &&
          rect.height > 0 &&
          rect.bottom > 0 &&
          rect.right > 0 &&
          rect.top < innerHeight &&
          rect.left < innerWidth,
      };
    });
    if (!stop) break;
    stops.push(stop);
  }
  return stops;
}

/**
 * The site's routes, e.g. ['/', '/methodology/', '/segment/']: the specs that
 * check every page cover the pages that exist, whichever they are.
 */
export const builtRoutes = siteRoutes;

export { expect };
