/**
 * A person uses the calculator: reads the default verdict, changes an input,
 * picks each preset, types something invalid; the figures on screen always
 * equal evaluate() of the scenario on screen.
 */
import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, waitForIslands } from './fixtures';
import {
  deploymentIds,
  evaluate,
  fieldMeta,
  presets,
  scenarioFields,
  type Scenario,
} from '../../src/model';
import { figureValue, type FigureField } from '../../src/display/figureRows';
import { isNumberField, parseField } from '../../src/state/formFields';

const verdict = (page: Page) => page.locator('[data-metric="verdict"]');
const verdictRegion = (page: Page) => page.getByRole('region', { name: 'Verdict' });
const field = (page: Page, label: string) =>
  page.getByRole('textbox', { name: label, exact: true });

/** The scenario the inputs show, read by label as a person would, through the form's own parser. */
async function scenarioOnScreen(page: Page): Promise<Scenario> {
  const values: Record<string, unknown> = {};
  for (const name of scenarioFields) {
    const label = fieldMeta(name).label;
    if (name === 'currency') {
      values[name] = await page.getByRole('combobox', { name: label }).inputValue();
    } else if (fieldMeta(name).options) {
      values[name] = await page
        .getByRole('combobox', { name: label, includeHidden: true })
        .inputValue();
    } else if (isNumberField(name)) {
      // includeHidden: the advanced inputs sit in a closed disclosure.
      const input = page.getByRole('textbox', { name: label, exact: true, includeHidden: true });
      const read = parseField(name, await input.inputValue());
      if (!read.ok) throw new Error(read.message);
      values[name] = read.value;
    } else {
      values[name] = await page
        .getByRole('checkbox', { name: label, includeHidden: true })
        .isChecked();
    }
  }
  return values as Scenario;
}

/** Every figure cell, as { metric: raw value }. */
async function figuresOnScreen(page: Page): Promise<Record<string, number>> {
  const cells = await page
    .getByRole('table', { name: /key figures/i })
    .locator('[data-metric]:not([data-metric^="timeline."])')
    .evaluateAll((nodes) =>
      nodes.map((node) => [node.getAttribute('data-metric'), node.getAttribute('data-value')]),
    );
  return Object.fromEntries(cells.map(([metric, value]) => [metric, Number(value)]));
}

/** The table equals evaluate() of the scenario read from the inputs, figure by figure. */
async function expectFiguresMatchInputs(page: Page): Promise<Scenario> {
  const scenario = await scenarioOnScreen(page);
  const evaluation = evaluate(scenario);
  const figures = await figuresOnScreen(page);
  expect(Object.keys(figures)).toHaveLength(3 * 14);
  for (const [metric, value] of Object.entries(figures)) {
    const [id, name] = metric.split('.') as [(typeof deploymentIds)[number], FigureField];
    expect(deploymentIds, metric).toContain(id);
    expect(value, metric).toBe(figureValue(name, evaluation.deployments[id], scenario));
  }
  await expect(verdict(page)).toHaveAttribute('data-value', evaluation.verdict);
  return scenario;
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await waitForIslands(page);
});

test('a newcomer sees the default verdict: two-tier, with the cost-only trap in money', async ({
  page,
}) => {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Two-Tier Support Calculator');
  await expect(verdict(page)).toHaveAttribute('data-value', 'twoTier');
  await expect(verdict(page)).toContainText('Go two-tier');
  // Single-tier runs for £1,892 against two-tier's £3,368 and costs £18,534.40 against £7,744.16.
  const region = verdictRegion(page);
  await expect(region.getByText('The cost-only trap.')).toBeVisible();
  await expect(region.getByText(/saves £1,476 a month on operating cost/)).toBeVisible();
  await expect(region.getByText(/costs £10,790 a month more in total/)).toBeVisible();
  await expect(region.getByText(/Moffatt v\. Air Canada/)).toBeVisible();
  await expect(page.getByRole('columnheader', { name: /Two-tier.*Recommended/ })).toBeVisible();
  await expectFiguresMatchInputs(page);
});

test('setting the loaded share to 60 % turns the verdict to hold, keystroke by keystroke', async ({
  page,
}) => {
  const loaded = field(page, 'Loaded share');
  await loaded.clear();
  await loaded.pressSequentially('6');
  // At 6 % loaded two-tier costs 2,480 + 15,952 x 0.06 = £3,437.12 (see verdictText.test.ts).
  const twoTierTotal = page
    .getByRole('table', { name: /key figures/i })
    .locator('[data-metric="twoTier.totalCost"]');
  await expect(twoTierTotal).toHaveText('£3,437');
  await expect(verdict(page)).toHaveAttribute('data-value', 'twoTier');
  await loaded.pressSequentially('0');
  await expect(verdict(page)).toHaveAttribute('data-value', 'hold-mix-dominated');
  await expect(verdict(page)).toContainText('Keep people on every inquiry for now');
  const scenario = await expectFiguresMatchInputs(page);
  expect(scenario.loadedShare).toBe(0.6);
});

for (const preset of presets) {
  test(`picking the preset “${preset.name}” shows its figures`, async ({ page }) => {
    if (preset.id === 'uk-services-40') {
      await page
        .getByRole('combobox', { name: 'Start from' })
        .selectOption({ label: presets[1].name });
    }
    await page.getByRole('combobox', { name: 'Start from' }).selectOption({ label: preset.name });
    await expect(field(page, 'Inquiries per month')).toHaveValue(
      String(preset.scenario.inquiriesPerMonth),
    );
    // Two presets share the UK firm's inquiries: wait for the AI's price too.
    await expect(field(page, 'AI cost per inquiry')).toHaveValue(
      String(preset.scenario.aiCostPerInquiry),
    );
    const scenario = await expectFiguresMatchInputs(page);
    expect(scenario).toEqual(preset.scenario);
    await expect(page.getByRole('combobox', { name: 'Currency' })).toHaveValue(
      preset.scenario.currency,
    );
  });
}

test('the inputs, the verdict and the figures work before the charts arrive', async ({ page }) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/ChartsSection\.[^/]*\.js$/, async (route) => {
    await held;
    await route.fallback();
  });
  await page.goto('/');
  await waitForIslands(page);
  await expect(page.getByText('Loading the charts…')).toBeVisible();
  await field(page, 'Loaded share').fill('60');
  await expect(verdict(page)).toHaveAttribute('data-value', 'hold-mix-dominated');
  await expectFiguresMatchInputs(page);
  release();
  await expect(page.getByText('Loading the charts…')).toHaveCount(0);
});

test('an invalid value shows its message, keeps what was typed and keeps the last results', async ({
  page,
}) => {
  const before = await figuresOnScreen(page);
  const loaded = field(page, 'Loaded share');
  await loaded.fill('120');
  await expect(loaded).toHaveAttribute('aria-invalid', 'true');
  await expect(loaded).toHaveAccessibleDescription(/Loaded share must be between 0% and 100%/);
  await expect(page.getByText('Loaded share must be between 0% and 100%')).toBeVisible();
  await expect(page.getByText(/use the last valid value of: Loaded share/)).toBeVisible();
  expect(await figuresOnScreen(page)).toEqual(before);
  await expect(verdict(page)).toHaveAttribute('data-value', 'twoTier');

  await loaded.fill('a third');
  await expect(page.getByText('Loaded share must be a percentage, such as 33')).toBeVisible();
  await expect(loaded).toHaveValue('a third');

  // Other fields still update the results meanwhile: 800 inquiries double every count.
  await field(page, 'Inquiries per month').fill('800');
  const doubled = await figuresOnScreen(page);
  expect(doubled['allHuman.operatingCost']).toBe(11_184); // 2 x 466 units x £12
  await expect(loaded).toHaveValue('a third');

  await loaded.fill('33');
  await expect(loaded).not.toHaveAttribute('aria-invalid');
  await expect(page.getByText(/use the last valid value/)).toHaveCount(0);
  await expectFiguresMatchInputs(page);
});

test('the currency picker formats every amount in the chosen currency', async ({ page }) => {
  await page.getByRole('combobox', { name: 'Currency' }).selectOption('EUR');
  const table = page.getByRole('table', { name: /key figures/i });
  await expect(table.locator('[data-metric="twoTier.totalCost"]')).toHaveText('€7,744');
  await expect(page.getByText('€', { exact: true }).first()).toBeVisible();
});

test('advanced inputs open under a disclosure and feed the results', async ({ page }) => {
  const churnLag = field(page, 'Months before lost clients show');
  await expect(churnLag).toBeHidden();
  await page.getByText('Advanced inputs').click();
  await expect(churnLag).toBeVisible();
  await page.getByRole('checkbox', { name: 'People draft with an AI assistant' }).check();
  await field(page, 'Minutes per routine inquiry').fill('30');
  await expectFiguresMatchInputs(page);
});

test('axe finds no violations, with advanced inputs closed and open', async ({ page }) => {
  await expectNoAxeViolations(page);
  await page.getByText('Advanced inputs').click();
  await field(page, 'Months before lost clients show').fill('99'); // an error message on screen too
  await expectNoAxeViolations(page);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`fits 360 px without horizontal scroll, and 1280 px side by side (${scheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 360, height: 800 });
    for (const preset of [presets[0], presets[1]]) {
      await page.getByRole('combobox', { name: 'Start from' }).selectOption({ label: preset.name });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, preset.name).toBeLessThanOrEqual(0);
    }
    await page.screenshot({
      path: `test-results/screens/calculator-360-${scheme}.png`,
      fullPage: true,
    });
    await page
      .getByRole('combobox', { name: 'Start from' })
      .selectOption({ label: presets[0].name });

    await page.setViewportSize({ width: 1280, height: 900 });
    const inputs = await page.getByRole('region', { name: 'Your firm' }).boundingBox();
    const results = await page.getByRole('region', { name: 'What it means for you' }).boundingBox();
    expect(results!.x).toBeGreaterThan(inputs!.x + inputs!.width - 1);
    await expectNoAxeViolations(page);
    await page.screenshot({
      path: `test-results/screens/calculator-1280-${scheme}.png`,
      fullPage: true,
    });
  });
}
