/**
 * A person sees how the AI is billed: a link with per-resolution billing, an
 * allowance and a ramp shows the model's totals and paybacks; the price-list
 * picker fills the four AI price fields and the address; an edit turns it back
 * to "your own figures"; bad billing values in a link are explained.
 */
import type { Page } from '@playwright/test';
import { test, expect, waitForIslands } from './fixtures';
import { defaultScenario, deploymentIds, evaluate, type Scenario } from '../../src/model';
import { aiDeploymentIds } from '../../src/model/types';

const BILLED_LINK = '/?aiBilling=perResolution&aiCostPerInquiry=1.5&aiIncludedPerMonth=100&aiRampMonths=6';
const billed: Scenario = {
  ...defaultScenario,
  aiBilling: 'perResolution',
  aiCostPerInquiry: 1.5,
  aiIncludedPerMonth: 100,
  aiRampMonths: 6,
};

const metric = (page: Page, name: string) => page.locator(`[data-metric="${name}"]`).first();
const picker = (page: Page) => page.getByRole('combobox', { name: 'AI price list' });
const linkNotice = (page: Page) =>
  page.getByRole('alert').filter({ hasText: /link you opened could not be used/ });
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

test('a link billed per resolution, with an allowance and a ramp, shows the model’s totals and paybacks', async ({
  page,
}) => {
  await page.goto(BILLED_LINK);
  await waitForIslands(page);
  const evaluation = evaluate(billed);
  for (const id of deploymentIds) {
    const { totalCost, aiBillable } = evaluation.deployments[id];
    await expect(metric(page, `${id}.totalCost`)).toHaveAttribute('data-value', String(totalCost));
    await expect(metric(page, `${id}.aiBillable`)).toHaveAttribute('data-value', String(aiBillable));
  }
  for (const id of aiDeploymentIds) {
    const month = evaluation.timeline[id].paybackMonth;
    await expect(metric(page, `timeline.${id}.paybackMonth`)).toHaveAttribute(
      'data-value',
      month === null ? '' : String(month),
    );
  }
  await expect(page.getByRole('combobox', { name: 'How the AI is billed', includeHidden: true })).toHaveValue(
    'perResolution',
  );
  // The fumbles billed as resolved are stated in money.
  const fumbles = page.locator('[data-metric$=".aiBilledFumbles"]');
  await expect(fumbles).toContainText(/handled badly are billed as resolved/);
  const [id] = ((await fumbles.getAttribute('data-metric')) ?? '').split('.') as [
    (typeof deploymentIds)[number],
  ];
  await expect(fumbles).toHaveAttribute(
    'data-value',
    String(evaluation.deployments[id].aiBilledFumbles),
  );
});

test('choosing Intercom Fin in US dollars puts its price in the address; an edit makes them your own figures', async ({
  page,
}) => {
  await page.goto('/?currency=USD');
  await waitForIslands(page);
  await picker(page).selectOption({ label: 'Intercom Fin' });
  await expect.poll(() => param(page, 'aiBilling')).toBe('perResolution');
  await expect.poll(() => param(page, 'aiCostPerInquiry')).toBe('0.99');
  await expect(picker(page)).toHaveValue('intercom-fin');
  await expect(page.getByText(/the vendor’s own figure/)).toBeVisible();
  // Only the four price fields changed: the rest of the firm is as it was.
  const url = new URL(page.url());
  expect([...url.searchParams.keys()].sort()).toEqual(
    ['aiBilling', 'aiCostPerInquiry', 'aiIncludedPerMonth', 'aiPlatformPerMonth', 'currency', 'v'].sort(),
  );

  await page.getByRole('textbox', { name: 'AI cost per inquiry', exact: true }).fill('1.1');
  await expect(picker(page)).toHaveValue('');
  await expect(picker(page).locator('option:checked')).toHaveText('Your own figures');
});

test('in pounds the picker converts at a stated rate the person can change', async ({ page }) => {
  await page.goto('/');
  await waitForIslands(page);
  const rate = page.getByRole('textbox', { name: /US dollar rate/ });
  await expect(rate).toHaveValue('0.79');
  await expect(page.getByText(/1 USD = 0\.79 GBP, a rate assumed on/)).toBeVisible();
  await rate.fill('0.8');
  await picker(page).selectOption({ label: 'Gorgias AI Agent' });
  // USD 0.90 x 0.8 = GBP 0.72
  await expect.poll(() => param(page, 'aiCostPerInquiry')).toBe('0.72');
  await expect(picker(page)).toHaveValue('gorgias-ai-agent');
  // At another rate the fields no longer hold Gorgias's price.
  await rate.fill('0.9');
  await expect(picker(page)).toHaveValue('');
});

test('a vendor with no public price changes nothing and says so', async ({ page }) => {
  await page.goto('/');
  await waitForIslands(page);
  await picker(page).selectOption({ label: 'Sierra (no public price)' });
  await expect(page.getByText(/No public price: choosing it changes nothing/)).toBeVisible();
  expect(param(page, 'aiCostPerInquiry')).toBeNull();
});

test.describe('bad billing values in a link', () => {
  for (const [query, field] of [
    ['aiBilling=sometimes', 'aiBilling'],
    ['aiIncludedPerMonth=-1', 'aiIncludedPerMonth'],
    ['aiRampMonths=25', 'aiRampMonths'],
  ] as const) {
    test(`${query} is refused with a message naming ${field}, not clamped`, async ({ page }) => {
      await page.goto(`/?${query}`);
      await waitForIslands(page);
      await expect(linkNotice(page)).toContainText(query);
      if (field === 'aiBilling') {
        await expect(linkNotice(page)).toContainText('perInquiry');
        await expect(linkNotice(page)).toContainText('perResolution');
      }
      // The default stands, so the figures are the default firm's.
      await expect(metric(page, 'twoTier.totalCost')).toHaveAttribute(
        'data-value',
        String(evaluate(defaultScenario).deployments.twoTier.totalCost),
      );
    });
  }
});
