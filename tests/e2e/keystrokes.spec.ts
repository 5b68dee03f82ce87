/**
 * A person types while part of the page is off the screen: what is on screen
 * follows every keystroke, all of it from one evaluation of the scenario the
 * address holds; a chart off the screen does no work until it nears the
 * screen, and is current when it comes into view; the address follows once
 * typing pauses, and at once when the link is copied.
 */
import type { Page } from '@playwright/test';
import { test, expect, revealDeferredParts, waitForIslands } from './fixtures';
import { evaluate, type Scenario } from '../../src/model';
import type { ChartKind, FigureText } from '../../src/charts/figure';
import { asymmetryFigure } from '../../src/charts/asymmetryFigure';
import { loadedShareFigure } from '../../src/charts/loadedShareFigure';
import { paybackFigure } from '../../src/charts/paybackFigure';
import { recallFigure } from '../../src/charts/recallFigure';
import { tornadoFigure } from '../../src/charts/tornadoFigure';
import { buildTornado } from '../../src/model/uncertainty/tornado';
import { figureValue, type FigureField } from '../../src/display/figureRows';
import { parseSharedLink } from '../../src/state/link';
import { chosenDeployment } from '../../src/display/verdictText';
import { firmness } from '../../src/model/uncertainty/firmness';

const figureTexts: Record<
  ChartKind,
  (scenario: Scenario, evaluation: ReturnType<typeof evaluate>) => FigureText
> = {
  asymmetry: asymmetryFigure,
  loadedShare: loadedShareFigure,
  payback: paybackFigure,
  recall: recallFigure,
};

/** One figure on the page: its metric, its raw value, and the chart whose data table holds it. */
interface ShownFigure {
  metric: string;
  value: string;
  chart: string | null;
  /** Its place among the chart's data-table cells that carry a metric. */
  index: number;
}

/**
 * Types `text` into "Inquiries per month" as a keystroke does, then, in the frame
 * that shows it (after the next animation frame), copies (which brings the
 * address up to date) and reads the address and every figure that is on screen.
 */
function typeAndRead(page: Page, text: string) {
  const field = page.getByRole('textbox', { name: 'Inquiries per month', exact: true });
  return field.evaluate(async (input: HTMLInputElement, text) => {
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise(requestAnimationFrame);
    document.dispatchEvent(new Event('copy', { bubbles: true }));
    const onScreen = (element: Element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.bottom > 0 && box.top < innerHeight;
    };
    const figures: ShownFigure[] = [];
    for (const element of document.querySelectorAll('[data-metric]')) {
      const chart = element.closest('[data-chart]');
      const index = chart ? [...chart.querySelectorAll('td[data-metric]')].indexOf(element) : -1;
      if (!onScreen(element)) continue;
      figures.push({
        metric: element.getAttribute('data-metric')!,
        value: element.getAttribute('data-value')!,
        chart: chart?.getAttribute('data-chart') ?? null,
        index,
      });
    }
    return { search: location.search, figures };
  }, text);
}

/** What `figure` must show for `scenario`. */
function expected(figure: ShownFigure, scenario: Scenario): string | number {
  const evaluation = evaluate(scenario);
  if (figure.metric === 'verdict') return evaluation.verdict;
  if (figure.metric === 'decision.now') return chosenDeployment(evaluation);
  if (figure.metric === 'verdict.firmness') return firmness(scenario, {}).level;
  const payback = /^timeline\.(singleTierAi|twoTier)\.paybackMonth$/.exec(figure.metric);
  if (payback) {
    const month = evaluation.timeline[payback[1] as 'singleTierAi' | 'twoTier'].paybackMonth;
    return month === null ? '' : month;
  }
  if (figure.chart) {
    const text =
      figure.chart === 'tornado'
        ? tornadoFigure(scenario, buildTornado(scenario, {}))
        : figureTexts[figure.chart as ChartKind](scenario, evaluation);
    const cells = text.table.rows.flatMap((row) => row.cells).filter((cell) => cell.metric);
    return cells[figure.index]?.value ?? Number.NaN;
  }
  const [id, field] = figure.metric.split('.') as [
    keyof typeof evaluation.deployments,
    FigureField,
  ];
  return figureValue(field, evaluation.deployments[id], scenario);
}

/** What a chart figure's data table reads, cell by cell. */
const tableTexts = (page: Page, kind: ChartKind) =>
  page
    .locator(`[data-chart="${kind}"] td`)
    .evaluateAll((cells) => cells.map((cell) => cell.textContent?.trim()));

const textsFor = (kind: ChartKind, scenario: Scenario) =>
  figureTexts[kind](scenario, evaluate(scenario)).table.rows.flatMap((row) =>
    row.cells.map((cell) => cell.text),
  );

/** Types `text` and waits until the address holds it. */
async function typeAndSettle(page: Page, text: string) {
  await page.getByRole('textbox', { name: 'Inquiries per month', exact: true }).fill(text);
  await expect
    .poll(() => page.evaluate(() => new URLSearchParams(location.search).get('inquiriesPerMonth')))
    .toBe(text);
}

test('after each keystroke every figure on screen comes from one evaluation of the address’s scenario', async ({
  page,
}) => {
  await page.goto('/');
  await waitForIslands(page);
  await revealDeferredParts(page);
  // The link code arrives with the first change; from then on a copy writes the address at once.
  await typeAndSettle(page, '405');
  // Every chart's data table open, and the page scrolled so that the first chart's
  // table ends at the foot of a tall screen, the key figures above it.
  await page.setViewportSize({ width: 1280, height: 1600 });
  await page
    .locator('[data-chart] details')
    .evaluateAll((all) => all.forEach((details) => ((details as HTMLDetailsElement).open = true)));
  await page
    .locator('[data-chart="asymmetry"] table')
    .evaluate((table) =>
      window.scrollTo(0, table.getBoundingClientRect().bottom + window.scrollY - innerHeight + 20),
    );

  let shownCharts = 0;
  for (const text of ['411', '4111', '41', '412', '7']) {
    const { search, figures } = await typeAndRead(page, text);
    const link = parseSharedLink(search);
    expect(link.scenario.inquiriesPerMonth).toBe(Number(text));
    expect(figures.length).toBeGreaterThan(10);
    shownCharts = Math.max(
      shownCharts,
      new Set(figures.map((figure) => figure.chart).filter(Boolean)).size,
    );
    for (const figure of figures) {
      const want = expected(figure, link.scenario);
      const got = typeof want === 'number' ? Number(figure.value) : figure.value;
      expect(got, `${figure.chart ?? 'figures'} ${figure.metric} after typing ${text}`).toBe(want);
    }
  }
  expect(shownCharts, 'a chart’s data table was on screen').toBeGreaterThan(0);
});

test('a chart off the screen waits while the person types and is current when it comes into view', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 600 });
  await page.goto('/');
  await waitForIslands(page);
  await revealDeferredParts(page);
  const before = parseSharedLink('').scenario;
  const canvas = page.locator('[data-chart="payback"] canvas');
  const drawn = await canvas.evaluate((element: HTMLCanvasElement) => element.toDataURL());
  expect(await tableTexts(page, 'payback')).toEqual(textsFor('payback', before));

  for (const text of ['520', '530', '540']) await typeAndRead(page, text);
  const after = { ...before, inquiriesPerMonth: 540 };
  // Off the screen: nothing was redone, so it still shows the first scenario.
  expect(textsFor('payback', after)).not.toEqual(textsFor('payback', before));
  expect(await tableTexts(page, 'payback')).toEqual(textsFor('payback', before));
  expect(await canvas.evaluate((element: HTMLCanvasElement) => element.toDataURL())).toBe(drawn);

  await canvas.scrollIntoViewIfNeeded();
  await expect.poll(() => tableTexts(page, 'payback')).toEqual(textsFor('payback', after));
  await expect
    .poll(() => canvas.evaluate((element: HTMLCanvasElement) => element.toDataURL()))
    .not.toBe(drawn);
});

test('the address follows once typing pauses', async ({ page }) => {
  await page.goto('/');
  await waitForIslands(page);
  await typeAndSettle(page, '433');
  await typeAndSettle(page, '434');
});
