/**
 * A person compares scenarios side by side: ticks up to three (saved or the one
 * on screen), reads each verdict and key figure with its difference from the
 * first, and sees each scenario's asymmetry chart. Every figure equals
 * evaluate() of its scenario.
 */
import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import {
  test,
  expect,
  expectNoAxeViolations,
  waitForIslands,
  openSavedScenarios,
} from './fixtures';
import { defaultScenario, evaluate, type DeploymentId, type Scenario } from '../../src/model';
import { verdictNames } from '../../src/display/labels';
import {
  emptySavedScenarios,
  saveScenario,
  savedScenariosKey,
  writeSavedScenarios,
} from '../../src/state/savedScenarios';

/** Three saved scenarios with three different verdicts. */
const SAVED: { name: string; scenario: Scenario }[] = [
  { name: 'Today', scenario: defaultScenario },
  { name: 'Heavier mix', scenario: { ...defaultScenario, loadedShare: 0.4 } },
  { name: 'Mostly loaded', scenario: { ...defaultScenario, loadedShare: 0.6 } },
];

const comparison = (page: Page) => page.getByRole('region', { name: /^Comparing/ });
const compareTable = (page: Page) =>
  page.getByRole('table', { name: 'Key figures a month, side by side' });

test.beforeEach(async ({ page }) => {
  const collection = SAVED.reduce(
    (saved, { name, scenario }) =>
      saveScenario(saved, name, { scenario, savedAt: '2026-01-05T10:00:00.000Z' }).collection,
    emptySavedScenarios,
  );
  await page.addInitScript(
    ([key, text]) => {
      if (!localStorage.getItem(key)) localStorage.setItem(key, text);
    },
    [savedScenariosKey, writeSavedScenarios(collection)] as const,
  );
  await page.goto('/');
  await waitForIslands(page);
  await openSavedScenarios(page);
});

async function tickAndCompare(page: Page, names: string[]) {
  for (const name of names) await page.getByRole('checkbox', { name, exact: true }).check();
  await page.getByRole('button', { name: /^Compare/ }).click();
  await expect(comparison(page)).toBeVisible();
}

test('three saved scenarios side by side: verdicts, figures and differences, three charts', async ({
  page,
}) => {
  await tickAndCompare(
    page,
    SAVED.map(({ name }) => name),
  );
  await expect(
    comparison(page).getByRole('heading', { name: 'Comparing 3 scenarios' }),
  ).toBeFocused();

  const table = compareTable(page);
  await expect(table.locator('thead').getByRole('columnheader')).toHaveText([
    /Today\s*reference/,
    'Heavier mix',
    'Mostly loaded',
  ]);
  const evaluations = SAVED.map(({ scenario }) => evaluate(scenario));
  expect(new Set(evaluations.map((evaluation) => evaluation.verdict)).size).toBe(3);
  for (const [index, evaluation] of evaluations.entries()) {
    const verdict = table.locator(`[data-metric="compare.${index + 1}.verdict"]`);
    await expect(verdict).toHaveAttribute('data-value', evaluation.verdict);
    await expect(verdict).toContainText(verdictNames[evaluation.verdict]);
  }
  await expect(table.locator('[data-metric="compare.2.verdict"]')).toContainText('differs');

  // Every figure in the table is evaluate() of its column's scenario.
  const cells = await table
    .locator('[data-metric^="compare."]:not([data-metric$=".verdict"])')
    .evaluateAll((nodes) =>
      nodes.map((node) => [node.getAttribute('data-metric')!, node.getAttribute('data-value')!]),
    );
  // Per column: 5 figures of all people, 6 of each AI option.
  expect(cells).toHaveLength(3 * 17);
  for (const [metric, value] of cells) {
    const [, n, deployment, field] = metric.split('.') as [string, string, DeploymentId, string];
    const result = evaluations[Number(n) - 1]!.deployments[deployment];
    expect(Number(value), metric).toBe(result[field as keyof typeof result]);
  }

  // Two-tier total: £7,744.16 today; with 40% loaded (by hand, compare.test.ts) £8,860.80,
  // so +£1,116.64, shown as "+£1,117"; the first column has no difference.
  const twoTierTotal = (n: number) =>
    table.locator(`[data-metric="compare.${n}.twoTier.totalCost"]`);
  await expect(twoTierTotal(1)).toHaveText('£7,744');
  await expect(twoTierTotal(2)).toContainText('£8,861');
  await expect(twoTierTotal(2)).toContainText('+£1,117');
  await expect(twoTierTotal(2)).toContainText('difference from “Today”');
  // Liability falls: 232 x 0.002 x £400 = £185.60 against £203.52, −£17.92.
  await expect(table.locator('[data-metric="compare.2.twoTier.liabilityCost"]')).toContainText(
    '−£18',
  );

  // Three asymmetry charts, each named after its scenario and drawn.
  for (const { name } of SAVED) {
    const figure = comparison(page).locator('figure[data-chart="asymmetry"]', {
      has: page.getByRole('heading', { name: `${name}: what each option costs a month` }),
    });
    await expect(figure.locator('canvas')).toHaveAttribute('data-chart-id', /\d+/);
  }
  await expect(comparison(page).locator('figure[data-chart="asymmetry"]')).toHaveCount(3);
  await expectNoAxeViolations(page);
});

test('at most three: the fourth box is disabled and the limit is explained', async ({ page }) => {
  for (const { name } of SAVED) await page.getByRole('checkbox', { name, exact: true }).check();
  const current = page.getByRole('checkbox', { name: 'The scenario on screen now' });
  await expect(current).toBeDisabled();
  await expect(page.getByRole('group', { name: 'Compare side by side' })).toContainText(
    'Three are ticked, the most that fit side by side',
  );
  await page.getByRole('checkbox', { name: 'Today', exact: true }).uncheck();
  await expect(current).toBeEnabled();
});

test('one ticked is not a comparison: the button says to tick two', async ({ page }) => {
  await page.getByRole('checkbox', { name: 'Today', exact: true }).check();
  await page.getByRole('button', { name: /^Compare/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Tick at least two' })).toBeVisible();
  await expect(comparison(page)).toHaveCount(0);
});

test('the scenario on screen follows the inputs while it is compared', async ({ page }) => {
  await tickAndCompare(page, ['The scenario on screen now', 'Heavier mix']);
  const table = compareTable(page);
  await expect(table.locator('thead').getByRole('columnheader')).toHaveText([
    /On screen now/,
    'Heavier mix',
  ]);
  await page.getByRole('textbox', { name: /loaded share/i }).fill('40');
  // Now both columns are the same scenario: no difference anywhere.
  const total = evaluate({ ...defaultScenario, loadedShare: 0.4 }).deployments.twoTier.totalCost;
  await expect(table.locator('[data-metric="compare.1.twoTier.totalCost"]')).toHaveAttribute(
    'data-value',
    String(total),
  );
  await expect(table.locator('[data-metric="compare.2.twoTier.totalCost"]')).toContainText(
    'no difference',
  );
  await page.getByRole('button', { name: 'Close the comparison' }).click();
  await expect(comparison(page)).toHaveCount(0);
});

test('on a 360 px screen the table scrolls in a box that a keyboard can reach', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await tickAndCompare(
    page,
    SAVED.map(({ name }) => name),
  );
  const box = page.getByRole('region', { name: 'Key figures a month, side by side' });
  const widths = await box.evaluate((node) => [node.scrollWidth, node.clientWidth]);
  expect(widths[0]).toBeGreaterThan(widths[1]!);
  await box.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => box.evaluate((node) => node.scrollLeft)).toBeGreaterThan(0);
  // Nothing else in the panel runs off the screen.
  const panel = page.getByRole('region', { name: 'Saved scenarios and comparison' });
  const fits = await panel.evaluate((node) => [
    node.getBoundingClientRect().right,
    node.scrollWidth - node.clientWidth,
  ]);
  expect(fits[0]).toBeLessThanOrEqual(360);
  expect(fits[1]).toBe(0);
  await expectNoAxeViolations(page);
});

test('a comparison opens from its own link, with the same figures, and prints', async ({
  page,
}, testInfo) => {
  await tickAndCompare(page, ['Today', 'Heavier mix']);
  const link = comparison(page).getByRole('link', { name: 'Open this comparison as a link' });
  // Readable: each scenario's own link parameters under its letter.
  expect(await link.getAttribute('href')).toBe(
    '/compare/?v=1&a.v=1&a.name=Today&b.v=1&b.name=Heavier%20mix&b.loadedShare=0.4',
  );
  await link.click();
  await expect(page).toHaveURL(/\/compare\/\?v=1/);
  const table = compareTable(page);
  await expect(table.locator('thead').getByRole('columnheader')).toHaveText([
    /Today\s*reference/,
    'Heavier mix',
  ]);
  const heavier = evaluate(SAVED[1]!.scenario);
  await expect(table.locator('[data-metric="compare.2.twoTier.totalCost"]')).toHaveAttribute(
    'data-value',
    String(heavier.deployments.twoTier.totalCost),
  );
  await expectNoAxeViolations(page);

  const pdf = testInfo.outputPath('comparison.pdf');
  await page.pdf({ path: pdf, format: 'A4' });
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  expect(text).toContain('Key figures a month, side by side');
  expect(text).toContain('Heavier mix');
});

test('a comparison link with a bad part opens the rest and names the scenario and the parameter', async ({
  page,
}) => {
  await page.goto(
    '/compare/?v=1&a.name=Today&b.name=Later&b.loadedShare=abc&b.inquiriesPerMonth=1200',
  );
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Scenario B (“Later”): b.loadedShare=abc is not a number');
  await expect(compareTable(page).locator('thead').getByRole('columnheader')).toHaveText([
    /Today\s*reference/,
    'Later',
  ]);
  const later = evaluate({ ...defaultScenario, inquiriesPerMonth: 1200 });
  await expect(
    compareTable(page).locator('[data-metric="compare.2.allHuman.totalCost"]'),
  ).toHaveAttribute('data-value', String(later.deployments.allHuman.totalCost));
  await expectNoAxeViolations(page);
});
