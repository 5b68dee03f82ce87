/**
 * A person types numbers as they write them: money with its currency symbol
 * and thousands separators, a share as a fraction (offered the percentage it
 * probably meant), a value past a range's end (told the end moved with it).
 */
import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, waitForIslands } from './fixtures';

const LOST_CLIENT = 'Value of a lost client';
const LOADED_SHARE = 'Loaded share';

const field = (page: Page, label: string) =>
  page.getByRole('textbox', { name: label, exact: true });
/** A figure's raw value, from the key figures table. */
const figure = async (page: Page, metric: string) =>
  Number(
    await page
      .getByRole('table', { name: /key figures/i })
      .locator(`[data-metric="${metric}"]`)
      .getAttribute('data-value'),
  );

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await waitForIslands(page);
});

test('takes "£6,500" as the value of a lost client, and the figures and the link follow', async ({
  page,
}) => {
  await field(page, LOST_CLIENT).fill('£6,500');

  await expect(field(page, LOST_CLIENT)).not.toHaveAttribute('aria-invalid', 'true');
  await expect(field(page, LOST_CLIENT)).toHaveValue('£6,500'); // kept as typed
  // All people, defaults: 400 inquiries, 33 % loaded. Handled badly a month:
  // 268 routine x 1 % = 2.68, 132 loaded x 3 % = 3.96; clients lost:
  // 2.68 x 1 % + 3.96 x 10 % = 0.4228; at £6,500 each, 0.4228 x 6500 = 2748.2.
  await expect.poll(() => figure(page, 'allHuman.churnCost')).toBeCloseTo(2748.2, 6);
  await expect(page).toHaveURL(/[?&]lostClientValue=6500(&|$)/);
  await expectNoAxeViolations(page);
});

test('refuses "6,50" by name, keeping the text and the last good figures', async ({ page }) => {
  await field(page, LOST_CLIENT).fill('6,50');

  await expect(field(page, LOST_CLIENT)).toHaveAttribute('aria-invalid', 'true');
  await expect(field(page, LOST_CLIENT)).toHaveValue('6,50');
  await expect(field(page, LOST_CLIENT)).toHaveAccessibleDescription(
    /Value of a lost client is unclear: commas go between thousands/,
  );
  // Still the default £6,000: 0.4228 x 6000 = 2536.8.
  expect(await figure(page, 'allHuman.churnCost')).toBeCloseTo(2536.8, 6);
});

test('reads "0.45" in the loaded share as typed, and one click makes it 45 %', async ({ page }) => {
  await field(page, LOADED_SHARE).fill('0.45');
  // All people, loaded handled badly a month: 400 x 0.45 % x 3 % = 0.054.
  await expect.poll(() => figure(page, 'allHuman.fumbledLoaded')).toBeCloseTo(0.054, 9);

  const fix = page.getByRole('button', { name: 'Use 45 % instead' });
  await expect(fix).toHaveText('45 %?');
  await expectNoAxeViolations(page);
  await fix.click();

  await expect(field(page, LOADED_SHARE)).toHaveValue('45');
  await expect(field(page, LOADED_SHARE)).toBeFocused();
  await expect(fix).toHaveCount(0);
  // 400 x 45 % x 3 % = 5.4.
  await expect.poll(() => figure(page, 'allHuman.fumbledLoaded')).toBeCloseTo(5.4, 9);
  await expect(page).toHaveURL(/[?&]loadedShare=0\.45(&|$)/);
});

test('says where a range end moved when the value passed it', async ({ page }) => {
  const toggle = page.getByRole('button', { name: `I'm not sure about ${LOADED_SHARE}` });
  await toggle.click();
  const high = page.getByRole('textbox', { name: `${LOADED_SHARE}, high` });
  // 33 % swings by 10 points: 23 % to 43 %.
  await expect(high).toHaveValue('43');

  await field(page, LOADED_SHARE).fill('60');

  await expect(high).toHaveValue('60');
  const range = page.locator('#field-loadedShare-range');
  await expect(range.getByRole('status')).toHaveText(
    'Loaded share: high end moved to 60 % to stay at or above the likely value.',
  );
  await expectNoAxeViolations(page);
});
