/**
 * The numbers the page shows as it loads are written out by our own code
 * (src/display/writtenNumbers.ts) rather than by Intl, so that hydration does not
 * wait for the locale's data. A unit test holds that code equal to Node's Intl;
 * this holds what the page shows equal to the browser's own Intl, for every
 * figure of the key-figures table and every currency symbol, across presets and
 * currencies.
 */
import type { Page } from '@playwright/test';
import { test, expect, waitForIslands } from './fixtures';
import { currencies, presets, type Currency } from '../../src/model';
import { moneyShortOptions, quantityOptions, shareOptions } from '../../src/display/format';
import { figureSections, type FigureFormat } from '../../src/display/figureRows';

const formatOf = new Map(
  figureSections.flatMap((section) => section.rows.map((row) => [row.field, row.format])),
);

/** Every figure of the table: what it shows, its raw value and how it is formatted. */
async function figures(page: Page) {
  const cells = await page.locator('.figures td[data-metric]:not([data-metric^="timeline."])').evaluateAll((tds) =>
    tds.map((td) => ({
      metric: td.getAttribute('data-metric') ?? '',
      value: Number(td.getAttribute('data-value')),
      shown: td.textContent?.trim() ?? '',
    })),
  );
  return cells.map((cell) => ({
    ...cell,
    format: formatOf.get(cell.metric.split('.')[1] as never) as FigureFormat,
  }));
}

/**
 * The figures as the browser's Intl.NumberFormat('en-GB') writes them, with the
 * very options src/display/format.ts formats each kind of figure with.
 */
function intlInPage(page: Page, cells: Awaited<ReturnType<typeof figures>>, currency: Currency) {
  const wanted = cells.map(({ value, format }) => ({
    value,
    options:
      format === 'share'
        ? shareOptions()
        : format === 'quantity'
          ? quantityOptions(value)
          : moneyShortOptions(value, currency),
  }));
  return page.evaluate(
    (wanted) =>
      wanted.map(({ value, options }) => new Intl.NumberFormat('en-GB', options).format(value)),
    wanted,
  );
}

for (const preset of presets) {
  test(`the key figures of “${preset.name}” read as the browser's Intl writes them`, async ({
    page,
  }) => {
    await page.goto('/');
    await waitForIslands(page);
    await page.getByRole('combobox', { name: 'Start from' }).selectOption({ label: preset.name });
    // A small amount and a tiny share as well: pence, and a share below one per cent.
    await page.getByRole('textbox', { name: 'AI cost per inquiry', exact: true }).fill('0.07');
    await page.getByRole('textbox', { name: 'Loaded share', exact: true }).fill('0.4');
    const cells = await figures(page);
    expect(cells.length).toBeGreaterThan(30);
    expect(cells.map((cell) => cell.shown)).toEqual(
      await intlInPage(page, cells, preset.scenario.currency),
    );
  });
}

test('every currency symbol beside a money input is the one the browser’s Intl uses', async ({
  page,
}) => {
  await page.goto('/');
  await waitForIslands(page);
  const prefix = page
    .locator('.field')
    .filter({ has: page.getByRole('textbox', { name: 'Value of a lost client', exact: true }) })
    .locator('.affix')
    .first();
  for (const currency of currencies) {
    await page.getByRole('combobox', { name: 'Currency' }).selectOption(currency);
    const expected = await page.evaluate(
      (code) =>
        new Intl.NumberFormat('en-GB', { style: 'currency', currency: code })
          .formatToParts(1)
          .find((part) => part.type === 'currency')?.value,
      currency,
    );
    await expect(prefix).toHaveText(expected ?? '');
  }
});
