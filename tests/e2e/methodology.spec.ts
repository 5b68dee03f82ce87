/**
 * The methodology page, as a reader meets it: its heading, every formula
 * section, the glossary of every input, every preset with each value's source
 * or "Assumption", and nothing axe can fault, light or dark, phone or desktop.
 */
import { test, expect, expectNoAxeViolations } from './fixtures';
import { citations, fieldMeta, presetSources, presets, scenarioFields } from '../../src/model';

test.beforeEach(async ({ page }) => {
  await page.goto('/methodology/');
});

test('opens with its heading and the model in plain words', async ({ page }) => {
  await expect(page).toHaveTitle(/Methodology/);
  await expect(page.getByRole('heading', { level: 1, name: 'Methodology' })).toBeVisible();
  for (const name of [
    'The formulas in plain words',
    'The recommendation and the verdict',
    'Break-even points',
    'The timeline',
    'Simplifications and choices',
    'Glossary of inputs',
    'Presets and their sources',
    'Sources',
  ]) {
    await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
  }
});

test('keeps its headings in order, without skipping a level', async ({ page }) => {
  const levels = await page
    .locator('main :is(h1, h2, h3, h4, h5, h6)')
    .evaluateAll((headings) => headings.map((heading) => Number(heading.tagName.slice(1))));
  expect(levels[0]).toBe(1);
  for (let index = 1; index < levels.length; index++) {
    expect(levels[index] - levels[index - 1]).toBeLessThanOrEqual(1);
  }
});

test('lists every input in the glossary with its field name', async ({ page }) => {
  const glossary = page.getByRole('table', { name: /every input/i });
  for (const field of scenarioFields) {
    const row = glossary.getByRole('row', {
      name: new RegExp(`^${escape(fieldMeta(field).label)}\\b`),
    });
    await expect(row).toContainText(field);
  }
});

test('lists every preset with each value and its source or “Assumption”', async ({ page }) => {
  for (const preset of presets) {
    await expect(
      page.getByRole('heading', { level: 3, name: preset.name, exact: true }),
    ).toBeVisible();
    const table = page.getByRole('table', { name: new RegExp(escape(preset.name)) });
    await expect(table.locator('tbody tr')).toHaveCount(scenarioFields.length);
    const basisCells = table.locator('tbody tr .basis');
    const expected = scenarioFields.map(
      (field) =>
        ({ source: 'Public source', derived: 'Derived from sources', assumption: 'Assumption' })[
          presetSources[preset.id][field].basis
        ],
    );
    await expect(basisCells).toHaveText(expected);
  }
});

test('shows Klarna’s 2.3 million conversations with the release it comes from', async ({
  page,
}) => {
  const table = page.getByRole('table', { name: /Klarna 2024, single-tier/ });
  const row = table.getByRole('row', { name: /^Inquiries per month/ });
  await expect(row).toContainText('2,300,000');
  await expect(row).toContainText('Public source');
  await row.getByRole('link').click();
  await expect(page).toHaveURL(/#source-klarna-2024$/);
  await expect(page.locator('#source-klarna-2024')).toContainText(citations['klarna-2024'].title);
});

test('lists every source the presets cite, including Moffatt v. Air Canada', async ({ page }) => {
  const sources = page.locator('ol.sources > li');
  await expect(sources).toHaveCount(Object.keys(citations).length);
  await expect(page.getByText('Moffatt v. Air Canada, 2024 BCCRT 149')).toBeVisible();
});

test('uses no inline style attributes', async ({ page }) => {
  await expect(page.locator('[style]')).toHaveCount(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [360, 1280]) {
    test(`has no axe violations in ${colorScheme} at ${width} px`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width, height: 900 });
      await page.reload();
      await expectNoAxeViolations(page);
    });
  }
}

test('shows its tables whole on a phone, scrolling inside their own box', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.reload();
  const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(pageWidth).toBeLessThanOrEqual(360);
  await page.getByRole('heading', { name: 'Glossary of inputs' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/methodology-360.png' });
  await page
    .getByRole('heading', { name: 'Klarna’s hybrid', exact: true })
    .scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/methodology-360-preset.png' });
});

test('reads as a page of prose and tables on a desktop', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.reload();
  await page.screenshot({ path: 'test-results/methodology-1280-top.png' });
  await page.getByRole('heading', { name: 'Glossary of inputs' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/methodology-1280-glossary.png' });
  await page
    .getByRole('heading', { name: 'Klarna 2024, single-tier at scale', exact: true })
    .scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/methodology-1280-preset.png' });
  const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(pageWidth).toBeLessThanOrEqual(1280);
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
