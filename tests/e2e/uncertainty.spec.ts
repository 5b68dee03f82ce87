/**
 * A person unsure of some inputs gives them ranges and reads how sure the
 * answer is: the chances and spreads from 10,000 draws in a worker, the
 * distribution of two-tier minus single-tier, what the answer hangs on and
 * what would have to be true. The same seed gives the same figures; the
 * ranges and the seed travel in the link.
 */
import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, waitForIslands } from './fixtures';
import { defaultScenario } from '../../src/model';
import { buildTornado } from '../../src/model/uncertainty/tornado';
import {
  describeThreshold,
  findThresholds,
  thresholdFields,
} from '../../src/model/uncertainty/thresholds';
import { uncertaintyMetrics } from '../../src/model/uncertainty/metrics';
import { shownBars, tornadoFigure } from '../../src/charts/tornadoFigure';
import { formatFieldValue } from '../../src/display/fieldValue';
import { chartCsv, expectChartPng } from './chartFiles';

const CHURN = 'Clients lost after a loaded inquiry handled badly';
/** The range the tests give churn after a fumbled loaded inquiry: 5 % to 20 % around 10 %. */
const CHURN_RANGE = { low: 0.05, likely: 0.1, high: 0.2 };

const simulation = (page: Page) => page.getByRole('region', { name: 'How sure is this answer?' });
const hangsOn = (page: Page) => page.getByRole('region', { name: 'What the answer hangs on' });
const wouldBeTrue = (page: Page) =>
  page.getByRole('region', { name: 'What would have to be true' });
const figure = (page: Page, metric: string) =>
  simulation(page).locator(`[data-metric="${metric}"]`);

/** Opens "I'm not sure" on churn after a fumbled loaded inquiry and types 5 % to 20 %. */
async function giveChurnARange(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: `I'm not sure about ${CHURN}` });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const low = page.getByRole('textbox', { name: `${CHURN}, low` });
  const high = page.getByRole('textbox', { name: `${CHURN}, high` });
  // 10 % is below 20 %: the default swing is half its value either way, 5 % to 15 %.
  await expect(low).toHaveValue('5');
  await expect(high).toHaveValue('15');
  await high.fill('20');
}

/** Every figure of the simulation, by data-metric, once the results are there. */
async function readFigures(page: Page): Promise<Record<string, number>> {
  await expect(simulation(page).locator('[data-metric]')).toHaveCount(uncertaintyMetrics.length);
  await expect(simulation(page).locator('[aria-busy="true"]')).toHaveCount(0);
  const figures: Record<string, number> = {};
  for (const metric of uncertaintyMetrics) {
    figures[metric] = Number(await figure(page, metric).getAttribute('data-value'));
  }
  return figures;
}

/** Opens the calculator, gives churn its range and returns the simulation's figures. */
async function simulateChurnRange(page: Page): Promise<Record<string, number>> {
  await page.goto('/');
  await waitForIslands(page);
  await giveChurnARange(page);
  return readFigures(page);
}

test('explains that the draws need a range, and shows what the answer hangs on without one', async ({
  page,
}) => {
  await page.goto('/');
  await waitForIslands(page);
  await expect(simulation(page)).toContainText('No input has a range yet');
  await expect(simulation(page).locator('[data-metric]')).toHaveCount(0);
  // No chance is shown at all, rather than a certainty drawn from identical cases.
  await expect(simulation(page)).not.toContainText(/\d%|In (every|about|almost|no) /);
  await expect(hangsOn(page).getByRole('figure')).toBeVisible();
  await expect(wouldBeTrue(page).getByRole('listitem').first()).toBeVisible();
});

test('simulates a range on churn: chances between 0 and 1, ordered percentiles, the range in the link', async ({
  page,
}) => {
  const figures = await simulateChurnRange(page);
  // One ranged input never reads as certainty about the rest.
  await expect(simulation(page)).toContainText(
    'Only one input was varied, clients lost after a loaded inquiry handled badly; every other input is held at your value',
  );

  for (const metric of uncertaintyMetrics.filter((name) => name.startsWith('probability.'))) {
    expect(figures[metric], metric).toBeGreaterThanOrEqual(0);
    expect(figures[metric], metric).toBeLessThanOrEqual(1);
  }
  // Every draw has exactly one cheapest option.
  const cheapest = ['allHuman', 'singleTierAi', 'twoTier'].map(
    (id) => figures[`probability.cheapest.${id}`],
  );
  expect(cheapest.reduce((sum, share) => sum + share, 0)).toBeCloseTo(1, 9);
  for (const stem of ['allHuman.totalCost', 'twoTier.totalCost', 'twoTier.netGain']) {
    const [p10, p50, p90] = ['p10', 'p50', 'p90'].map((p) => figures[`percentiles.${stem}.${p}`]);
    expect(p10, stem).toBeLessThan(p50);
    expect(p50, stem).toBeLessThan(p90);
  }
  // Two-tier minus single-tier is linear in the churn c: −£10,790.24 at c = 0.1
  // (£7,744.16 − £18,534.40), and each point of churn costs single-tier more, as it
  // fumbles 132 × 0.2 = 26.4 loaded inquiries to two-tier's 118.8 × 0.03 + 13.2 × 0.2
  // = 6.204: slope (6.204 − 26.4) × £6,000 = −£121,176 per unit of c. At the lowest
  // draw, c = 0.05, two-tier is still −10,790.24 + 0.05 × 121,176 = −£4,731.44 below.
  expect(figures['probability.twoTierBeatsSingleTier']).toBe(1);
  await expect(
    simulation(page).getByText('In every plausible case two-tier costs less than single-tier.'),
  ).toBeVisible();

  await expect(page).toHaveURL(/[?&]churnIfFumbledLoaded=0\.05~0\.1~0\.2(&|$)/);
});

test('gives the same figures for the same seed after a reload, and others for another seed', async ({
  page,
}) => {
  const first = await simulateChurnRange(page);

  await page.reload();
  await waitForIslands(page);
  await expect(page.getByRole('textbox', { name: `${CHURN}, high` })).toHaveValue('20');
  expect(await readFigures(page)).toEqual(first);

  await simulation(page).getByText('Details: repeat these draws').click();
  const seed = simulation(page).getByRole('textbox', { name: 'Seed of the draws' });
  await expect(seed).toHaveValue('1');
  await seed.fill('2');
  await expect(page).toHaveURL(/[?&]seed=2(&|$)/);
  await expect(figure(page, 'percentiles.twoTier.totalCost.p50')).not.toHaveAttribute(
    'data-value',
    String(first['percentiles.twoTier.totalCost.p50']),
  );
  const second = await readFigures(page);
  expect(second).not.toEqual(first);

  await page.reload();
  await waitForIslands(page);
  expect(await readFigures(page)).toEqual(second);
});

test('keeps a bad seed as typed with its message, and the figures of the last good one', async ({
  page,
}) => {
  const before = await simulateChurnRange(page);
  await simulation(page).getByText('Details: repeat these draws').click();
  const seed = simulation(page).getByRole('textbox', { name: 'Seed of the draws' });
  await seed.fill('12x');
  await expect(seed).toHaveValue('12x');
  await expect(seed).toHaveAttribute('aria-invalid', 'true');
  await expect(simulation(page).getByText(/seed must be a whole number/i)).toBeVisible();
  expect(await readFigures(page)).toEqual(before);
});

test('shows the progress of a run that takes longer than a moment', async ({ page }) => {
  // A slowed worker: its answers (ten progress reports, then the result) reach the
  // page one every 120 ms, so a run takes over a second.
  await page.addInitScript(() => {
    const NativeWorker = window.Worker;
    window.Worker = class SlowWorker extends NativeWorker {
      addEventListener(
        type: string,
        listener: EventListenerOrEventListenerObject,
        options?: boolean | AddEventListenerOptions,
      ) {
        if (type !== 'message' || typeof listener !== 'function') {
          super.addEventListener(type, listener, options);
          return;
        }
        const queue: Event[] = [];
        let timer: ReturnType<typeof setTimeout> | undefined;
        const deliver = () => {
          listener.call(this, queue.shift()!);
          timer = queue.length > 0 ? setTimeout(deliver, 120) : undefined;
        };
        super.addEventListener('message', (event) => {
          queue.push(event);
          timer ??= setTimeout(deliver, 120);
        });
      }
    };
  });
  await page.goto('/');
  await waitForIslands(page);
  await giveChurnARange(page);

  const progress = simulation(page).getByRole('progressbar', { name: /plausible cases/i });
  await expect(progress).toBeVisible();
  await expect(progress).toHaveAttribute('max', '10000');
  await expect
    .poll(async () => Number(await progress.getAttribute('value')), { timeout: 10_000 })
    .toBeGreaterThan(0);
  await readFigures(page);
  await expect(progress).toHaveCount(0);
});

test('shows what the answer hangs on and what would have to be true, with captions and tables, axe clean', async ({
  page,
}) => {
  await simulateChurnRange(page);

  const ranges = { churnIfFumbledLoaded: CHURN_RANGE };
  const tornado = buildTornado(defaultScenario, ranges);
  const text = tornadoFigure(defaultScenario, tornado);
  const tornadoFigureBox = hangsOn(page).getByRole('figure');
  // Worked out as it comes into view: a person reads it there.
  await tornadoFigureBox.scrollIntoViewIfNeeded();
  await expect(tornadoFigureBox.locator('figcaption')).toContainText(text.caption);
  await expect(tornadoFigureBox.getByRole('img', { name: text.description })).toHaveCount(1);
  await tornadoFigureBox.getByText('Show the data').click();
  const tornadoTable = tornadoFigureBox.getByRole('table', { name: text.table.caption });
  await expect(tornadoTable.getByRole('row')).toHaveCount(text.table.rows.length + 1);
  await expect(tornadoTable.getByRole('rowheader').first()).toHaveText(text.table.rows[0].header);

  const distribution = simulation(page).getByRole('figure');
  await expect(distribution.locator('figcaption')).toContainText(
    'Two-tier costs less than single-tier AI in 100% of the 10,000 draws',
  );
  await distribution.getByText('Show the data').click();
  await expect(distribution.getByRole('table')).toBeVisible();

  const thresholds = findThresholds(defaultScenario, thresholdFields(tornado, 5));
  const items = wouldBeTrue(page).getByRole('listitem');
  await wouldBeTrue(page).scrollIntoViewIfNeeded();
  await expect(items).toHaveCount(thresholds.length);
  const sentences = describeThreshold(thresholds[0], (field, value) =>
    formatFieldValue(field, value, { currency: 'GBP', rounded: true }),
  );
  await expect(items.first()).toContainText(sentences.join(' '));

  // A bad end on another input: its message shows, and the page stays accessible.
  await page.getByRole('button', { name: "I'm not sure about AI cost per inquiry" }).click();
  await page.getByRole('textbox', { name: 'AI cost per inquiry, low' }).fill('2');
  await expect(
    page.getByText('AI cost per inquiry: the low end is above the likely value.'),
  ).toBeVisible();

  await page.waitForFunction(() => document.querySelectorAll('canvas[data-chart-id]').length >= 6);
  await expectNoAxeViolations(page);
});

test('the distribution and the tornado download as PNG, and as CSV of the figures they show', async ({
  page,
}) => {
  const figures = await simulateChurnRange(page);

  // The tornado: each input's range ends, its unit, and the leads tagged on the page.
  const tornado = buildTornado(defaultScenario, { churnIfFumbledLoaded: CHURN_RANGE });
  const text = tornadoFigure(defaultScenario, tornado);
  await expectChartPng(page, hangsOn(page).getByRole('figure'), 'tornado', text.title);
  const inputs = await chartCsv(page, 'tornado', text.title);
  expect(inputs).toHaveLength(text.table.rows.length);
  for (const [index, bar] of shownBars(tornado).entries()) {
    const row = inputs[index];
    expect(Number(row['Range, from']), bar.field).toBe(bar.low);
    expect(Number(row['Range, to']), bar.field).toBe(bar.high);
    for (const [heading, end] of [
      ['Lead at low (GBP)', 'gapAtLow'],
      ['Lead at high (GBP)', 'gapAtHigh'],
    ] as const) {
      const shown = hangsOn(page).locator(`[data-metric="tornado.${bar.field}.${end}"]`);
      expect(row[heading], `${bar.field} ${end}`).toBe(await shown.getAttribute('data-value'));
    }
  }
  // Churn's range as given: 5 % to 20 %, as fractions.
  expect(inputs.find((row) => row.Input.startsWith(CHURN))).toMatchObject({
    Unit: 'fraction',
    'Range, from': '0.05',
    'Range, to': '0.2',
  });

  // The distribution: every draw in one bin, the shares the draws' own, and the bins
  // left of zero holding as many draws as the chance the page shows says.
  const distribution = simulation(page).getByRole('figure');
  const title = "Two-tier's total minus single-tier AI's";
  await expectChartPng(page, distribution, 'distribution', title);
  const bins = await chartCsv(page, 'distribution', title);
  const draws = bins.map((bin) => Number(bin.Draws));
  const total = (counts: number[]) => counts.reduce((sum, count) => sum + count, 0);
  expect(total(draws)).toBe(10_000);
  expect(bins.map((bin) => Number(bin['Share of draws (fraction)']))).toEqual(
    draws.map((count) => count / 10_000),
  );
  const from = bins.map((bin) => Number(bin['Difference a month, from (GBP)']));
  const to = bins.map((bin) => Number(bin['Difference a month, to (GBP)']));
  expect(from.slice(1)).toEqual(to.slice(0, -1)); // the bins meet
  const cheaper = Math.round(figures['probability.twoTierBeatsSingleTier'] * 10_000);
  expect(total(draws.filter((_, index) => to[index] <= 0))).toBeLessThanOrEqual(cheaper);
  expect(total(draws.filter((_, index) => from[index] < 0))).toBeGreaterThanOrEqual(cheaper);
});

for (const width of [360, 1280]) {
  test(`lays the uncertainty out at ${width} px`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width, height: 900 });
    await simulateChurnRange(page);
    await page.waitForFunction(
      () => document.querySelectorAll('canvas[data-chart-id]').length >= 6,
    );
    for (const [name, region] of [
      ['field', page.locator('.field').filter({ hasText: CHURN }).first()],
      ['simulation', simulation(page)],
      ['tornado', hangsOn(page)],
      ['thresholds', wouldBeTrue(page)],
    ] as const) {
      // Nothing of it sticks out of the page: wide tables scroll in their own box.
      const box = await region.evaluate((element) => ({
        right: element.getBoundingClientRect().right,
        spill: element.scrollWidth - element.clientWidth,
      }));
      expect(box.right, name).toBeLessThanOrEqual(width);
      expect(box.spill, name).toBeLessThanOrEqual(0);
      await region.screenshot({ path: testInfo.outputPath(`uncertainty-${name}-${width}.png`) });
    }
  });
}
