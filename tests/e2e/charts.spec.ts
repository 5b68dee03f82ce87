/**
 * A person reads the four charts: each a figure with its finding and its data
 * table; the charts arrive after the page works without moving anything, and
 * follow every change in place, in the light and the dark scheme.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, waitForIslands } from './fixtures';
import { defaultScenario, evaluate } from '../../src/model';
import { asymmetryFigure } from '../../src/charts/asymmetryFigure';
import { loadedShareFigure } from '../../src/charts/loadedShareFigure';
import { paybackFigure } from '../../src/charts/paybackFigure';
import { recallFigure } from '../../src/charts/recallFigure';

const figureTexts = [asymmetryFigure, loadedShareFigure, paybackFigure, recallFigure];

const chartsSection = (page: Page) => page.getByRole('region', { name: 'Where the money goes' });
const figures = (page: Page) => chartsSection(page).getByRole('figure');

/** Waits until Chart.js has drawn all four charts. */
async function waitForCharts(page: Page): Promise<void> {
  await expect(chartsSection(page).locator('canvas[data-chart-id]')).toHaveCount(4);
}

/** How many pixels of the canvas are painted. */
function paintedPixels(canvas: Locator): Promise<number> {
  return canvas.evaluate((element: HTMLCanvasElement) => {
    const { data } = element.getContext('2d')!.getImageData(0, 0, element.width, element.height);
    let painted = 0;
    for (let index = 3; index < data.length; index += 4) if (data[index] > 0) painted += 1;
    return painted;
  });
}

test('shows four charts, each a figure with its finding, a described canvas and a data table', async ({
  page,
}) => {
  await page.goto('/');
  await waitForIslands(page);
  const evaluation = evaluate(defaultScenario);
  await expect(figures(page)).toHaveCount(4);
  for (const [index, figureText] of figureTexts.entries()) {
    const figure = figures(page).nth(index);
    const text = figureText(defaultScenario, evaluation);
    await expect(figure.locator('figcaption')).toContainText(text.caption);
    await expect(figure.getByRole('img', { name: text.description })).toHaveCount(1);

    await figure.getByText('Show the data').click();
    const table = figure.getByRole('table', { name: text.table.caption });
    await expect(table).toBeVisible();
    await expect(table.getByRole('row')).toHaveCount(text.table.rows.length + 1);
    await expect(table.getByRole('rowheader').first()).toHaveText(text.table.rows[0].header);
  }
  await expectNoAxeViolations(page);
});

test('draws every chart on its canvas', async ({ page }) => {
  await page.goto('/');
  await waitForCharts(page);
  const canvases = chartsSection(page).locator('canvas');
  for (let index = 0; index < 4; index++) {
    // Axes, lines and bars: far more than a blank or half-drawn canvas would show.
    expect(await paintedPixels(canvases.nth(index)), `chart ${index + 1}`).toBeGreaterThan(5000);
  }
});

test.describe('arriving late', () => {
  // The charts load once the service worker may already serve the page (they come as they
  // near the screen); it would answer Chart.js from its cache, past the hold below.
  test.use({ serviceWorkers: 'block' });

  test('the charts arrive after the page works, without moving the layout', async ({ page }) => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let requested = false;
    await page.route(/\/_astro\/chart\.[\w-]+\.js$/, async (route) => {
      requested = true;
      await held;
      await route.continue();
    });
    await page.goto('/');
    await waitForIslands(page);
    const boxes = chartsSection(page).locator('canvas');
    await expect(boxes).toHaveCount(4);
    await expect(chartsSection(page).locator('canvas[data-chart-id]')).toHaveCount(0);
    const before = await chartsSection(page).boundingBox();
    const canvasBefore = await boxes.first().boundingBox();

    release();
    await waitForCharts(page);
    expect(requested, 'Chart.js is fetched as a chunk of its own').toBe(true);
    expect(await chartsSection(page).boundingBox()).toEqual(before);
    expect(await boxes.first().boundingBox()).toEqual(canvasBefore);
  });
});

test('a change to an input updates each chart in place, without re-creating it', async ({
  page,
}) => {
  await page.goto('/');
  await waitForCharts(page);
  const canvases = chartsSection(page).locator('canvas');
  // Tag the canvases: the same elements must still be there afterwards.
  await canvases.evaluateAll((elements) =>
    elements.forEach(
      (element, index) => ((element as HTMLCanvasElement).dataset.tag = `t${index}`),
    ),
  );
  const idsBefore = await canvases.evaluateAll((elements) =>
    elements.map((element) => (element as HTMLCanvasElement).dataset.chartId),
  );
  const pixelsBefore = await canvases.evaluateAll((elements) =>
    elements.map((element) => (element as HTMLCanvasElement).toDataURL()),
  );

  const loadedShare = page.getByRole('textbox', { name: 'Loaded share', exact: true });
  await loadedShare.fill('45');
  // A chart off the screen catches up as it comes into view.
  for (const canvas of await canvases.all()) await canvas.scrollIntoViewIfNeeded();
  const scenario = { ...defaultScenario, loadedShare: 0.45 };
  const caption = loadedShareFigure(scenario, evaluate(scenario)).caption;
  await expect(figures(page).nth(1).locator('figcaption')).toContainText(caption);

  await expect(canvases).toHaveCount(4);
  expect(
    await canvases.evaluateAll((elements) =>
      elements.map((e) => (e as HTMLCanvasElement).dataset.tag),
    ),
  ).toEqual(['t0', 't1', 't2', 't3']);
  expect(
    await canvases.evaluateAll((elements) =>
      elements.map((e) => (e as HTMLCanvasElement).dataset.chartId),
    ),
  ).toEqual(idsBefore);
  // Every chart depends on the loaded share, so each one is redrawn.
  await expect
    .poll(() =>
      canvases.evaluateAll((elements) => elements.map((e) => (e as HTMLCanvasElement).toDataURL())),
    )
    .not.toEqual(pixelsBefore);
  const pixelsAfter = await canvases.evaluateAll((elements) =>
    elements.map((element) => (element as HTMLCanvasElement).toDataURL()),
  );
  pixelsAfter.forEach((after, index) =>
    expect(after, `chart ${index + 1} redrawn`).not.toBe(pixelsBefore[index]),
  );
});

test('the charts follow the dark scheme in place', async ({ page }) => {
  await page.goto('/');
  await waitForCharts(page);
  const canvas = chartsSection(page).locator('canvas').first();
  const id = await canvas.getAttribute('data-chart-id');
  const light = await canvas.evaluate((element: HTMLCanvasElement) => element.toDataURL());
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect
    .poll(() => canvas.evaluate((element: HTMLCanvasElement) => element.toDataURL()))
    .not.toBe(light);
  expect(await canvas.getAttribute('data-chart-id')).toBe(id);
  await expectNoAxeViolations(page);
});

test('the month-by-month chart keeps two-tier readable and says where single-tier falls off its scale', async ({
  page,
}) => {
  const scenario = { ...defaultScenario, inquiriesPerMonth: 1200, loadedShare: 0.45 };
  await page.goto('/?inquiriesPerMonth=1200&loadedShare=0.45');
  await waitForCharts(page);
  const figure = figures(page).nth(2);
  const note = paybackFigure(scenario, evaluate(scenario)).note;
  expect(note, 'single-tier falls past the scale that fits two-tier').toBeDefined();
  await expect(figure.getByText(note!)).toBeVisible();
  // The data table still gives every month of both options, single-tier's fall included.
  await figure.getByText('Show the data').click();
  const table = figure.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(scenario.horizonMonths + 1);
  await expect(table.getByRole('columnheader')).toHaveText(['Month', 'Single-tier AI', 'Two-tier']);
});
