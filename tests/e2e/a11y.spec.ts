/**
 * Accessibility on every built page: axe finds nothing in light and dark colour
 * schemes at 360 and 1280 px; the focus is always visible; every chart has a
 * named data table that a keyboard can reach.
 */
import {
  test,
  expect,
  expectNoAxeViolations,
  builtRoutes,
  tabThrough,
  revealDeferredParts,
  waitForIslands,
} from './fixtures';

const routes = builtRoutes();
const widths = [360, 1280];
const schemes = ['light', 'dark'] as const;

for (const route of routes) {
  test.describe(`page ${route}`, () => {
    for (const colorScheme of schemes) {
      for (const width of widths) {
        test(`has no axe violations in ${colorScheme} at ${width} px`, async ({ page }) => {
          await page.emulateMedia({ colorScheme });
          await page.setViewportSize({ width, height: 900 });
          await page.goto(route);
          await waitForIslands(page);
          if (route === '/') await revealDeferredParts(page);
          await page.waitForLoadState('networkidle');
          await expectNoAxeViolations(page);
        });
      }
    }

    for (const width of widths) {
      test(`shows where the focus is at every Tab stop at ${width} px`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(route);
        await waitForIslands(page);
        // Every part there first (the calculator's charts come as they near the screen).
        if (route === '/') await revealDeferredParts(page);
        const stops = await tabThrough(page);
        // At least the skip link and the three site links.
        expect(stops.length).toBeGreaterThanOrEqual(4);
        expect(
          stops.filter((stop) => !stop.indicated).map((stop) => stop.name),
          'focused without an outline',
        ).toEqual([]);
        expect(
          stops.filter((stop) => !stop.onScreen).map((stop) => stop.name),
          'focused off screen',
        ).toEqual([]);
      });
    }

    for (const width of widths) {
      test(`lets a keyboard reach every chart's data table at ${width} px`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(route);
        await waitForIslands(page);
        // The calculator's charts come as they near the screen: scroll to them first.
        if (route === '/') await revealDeferredParts(page);
        await page.waitForLoadState('networkidle');
        const charts = page.locator('canvas');
        const count = await charts.count();
        // The calculator draws its four charts; other pages may have none.
        if (route === '/') expect(count, 'charts on the calculator').toBeGreaterThanOrEqual(4);

        // Each chart in a figure of its own, with its caption and table.
        const figures = page.locator('figure:has(canvas)');
        await expect(figures, 'every chart sits in a <figure> of its own').toHaveCount(count);

        await tabThrough(page);
        for (let index = 0; index < count; index += 1) {
          const container = figures.nth(index);
          await expect(
            container.locator('figcaption'),
            `chart ${index + 1} has a caption`,
          ).toHaveText(/\S/);
          const table = container.getByRole('table', { includeHidden: true });
          await expect(table, `chart ${index + 1} has a data table`).toHaveCount(1);

          // A hidden table (in a closed <details>, say) needs a control that Tab reaches
          // and Enter opens.
          if (!(await table.isVisible())) {
            // The control is the summary of the <details> around the table, or a button
            // whose aria-controls names the table or a box around it. Focus it (it must be
            // one Tab reached) and press Enter, as a keyboard user would.
            const control = await table.evaluate((element) => {
              const tabbed = (window as unknown as { tabbedElements: Element[] }).tabbedElements;
              const summary = element.closest('details')?.querySelector(':scope > summary');
              const buttons = [...document.querySelectorAll('[aria-controls]')].filter((button) =>
                (button.getAttribute('aria-controls') ?? '')
                  .split(/\s+/)
                  .some((id) => document.getElementById(id)?.contains(element)),
              );
              const found = [summary, ...buttons].find(
                (candidate): candidate is HTMLElement => !!candidate && tabbed.includes(candidate),
              );
              found?.focus();
              return found ? found.textContent?.trim() || found.tagName : null;
            });
            expect(
              control,
              `chart ${index + 1}: the hidden table has a control that Tab reaches`,
            ).not.toBeNull();
            await page.keyboard.press('Enter');
            await expect(
              table,
              `chart ${index + 1}: Enter on "${control}" shows the table`,
            ).toBeVisible();
          }
          // A table wider than its box scrolls: the box must take the focus so that the
          // arrow keys can scroll it.
          const scroller = await table.evaluate((element) => {
            for (
              let box = element.parentElement;
              box && box.tagName !== 'FIGURE';
              box = box.parentElement
            ) {
              if (box.scrollWidth > box.clientWidth) return { focusable: box.tabIndex >= 0 };
            }
            return null;
          });
          if (scroller)
            expect(
              scroller.focusable,
              `chart ${index + 1}: its scrolling table takes the focus`,
            ).toBe(true);
          // A name (its caption) tells a screen reader which chart the table belongs to.
          await expect(table).toHaveAccessibleName(/\S/);
        }
      });
    }
  });
}
