/**
 * A person exports a scenario and its results, imports a file back (picked or
 * dropped), and downloads each chart: a file round-trips to the same inputs, a
 * bad file is explained field by field, a file that is no scenario changes
 * nothing, and chart files hold the chart and its table's numbers, plain.
 */
import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, waitForIslands } from './fixtures';
import { chartCsv, download, expectChartPng, shownHeading } from './chartFiles';
import { defaultScenario } from '../../src/model';
import { modelVersion } from '../../src/model/version';
import { formatMoney, formatShare } from '../../src/display/format';

const textbox = (page: Page, label: string) =>
  page.getByRole('textbox', { name: label, exact: true, includeHidden: true });
const filePicker = (page: Page) => page.getByLabel('Scenario file to import (JSON)');
const keyFigure = (page: Page, metric: string) =>
  page
    .getByRole('table', { name: /key figures/i })
    .locator(`[data-metric="${metric}"]`)
    .getAttribute('data-value');

const text = async (file: Download) => readFile(await file.path(), 'utf8');

function scenarioFile(scenario: Record<string, unknown>) {
  return {
    name: 'edited.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({ format: 'two-tier-support-scenario', version: 1, scenario }),
    ),
  };
}

test.beforeEach(async ({ page }) => {
  await page.goto('/?v=1&name=Q3%20plan&loadedShare=0.4&churnIfFumbledLoaded=0.05~0.12~0.2');
  await waitForIslands(page);
  await expect(textbox(page, 'Loaded share')).toHaveValue('40');
});

test('a scenario exported as JSON imports back to the same inputs, its range and name too', async ({
  page,
}) => {
  const before = Date.now();
  const exported = await download(page, 'Export scenario (JSON)');
  const today = new Date().toISOString().slice(0, 10);
  expect(exported.suggestedFilename()).toBe(`two-tier-q3-plan-${today}.json`);
  const file = JSON.parse(await text(exported));
  expect(file).toMatchObject({
    format: 'two-tier-support-scenario',
    version: 1,
    modelVersion,
    name: 'Q3 plan',
    scenario: { ...defaultScenario, loadedShare: 0.4, churnIfFumbledLoaded: 0.12 },
    ranges: { churnIfFumbledLoaded: { low: 0.05, likely: 0.12, high: 0.2 } },
  });
  const exportedAt = Date.parse(file.exportedAt);
  expect(exportedAt).toBeGreaterThanOrEqual(before - 1000);
  expect(exportedAt).toBeLessThanOrEqual(Date.now());
  // The results recorded are the ones on screen.
  expect(String(file.results.deployments.twoTier.totalCost)).toBe(
    await keyFigure(page, 'twoTier.totalCost'),
  );

  // Another scenario replaces everything, then the file brings it all back.
  await page.getByRole('combobox', { name: 'Start from' }).selectOption('klarna-hybrid');
  await expect(textbox(page, 'Inquiries per month')).toHaveValue('2300000');
  await filePicker(page).setInputFiles({
    name: exported.suggestedFilename(),
    mimeType: 'application/json',
    buffer: await readFile(await exported.path()),
  });
  await expect(
    page.getByRole('status').filter({ hasText: 'Its figures were recomputed from its inputs.' }),
  ).toContainText(`Opened “two-tier-q3-plan-${today}.json”.`);
  await expect(textbox(page, 'Loaded share')).toHaveValue('40');
  await expect(textbox(page, 'Inquiries per month')).toHaveValue('400');
  await expect(page.getByRole('combobox', { name: 'Currency' })).toHaveValue('GBP');
  await expect(page).toHaveURL(
    '/?v=1&name=Q3%20plan&loadedShare=0.4&churnIfFumbledLoaded=0.05~0.12~0.2',
  );
  await expectNoAxeViolations(page);
});

test('the results export as CSV, one row per option and per decision', async ({ page }) => {
  const exported = await download(page, 'Export results (CSV)');
  const today = new Date().toISOString().slice(0, 10);
  expect(exported.suggestedFilename()).toBe(`two-tier-q3-plan-${today}-results.csv`);
  const lines = (await text(exported)).split('\r\n');
  expect(lines[0]).toBe(
    'row,humanFirst,aiFirst,aiShare,escalations,humanWorkload,aiBillable,aiBilledFumbles,operatingCost,setupCost,fumbledRoutine,fumbledLoaded,clientsLost,churnCost,wrongAnswers,liabilityCost,totalCost,humanHours,fte,value',
  );
  // 3 options + 9 decision rows + currency.
  expect(lines).toHaveLength(1 + 3 + 10);
  const twoTier = lines.find((line) => line.startsWith('twoTier,'))?.split(',');
  expect(twoTier?.[16]).toBe(await keyFigure(page, 'twoTier.totalCost')); // totalCost column
  expect(lines.at(-1)).toBe('currency,,,,,,,,,,,,,,,,,,,GBP');
});

test('a file that is not a scenario changes nothing and says so', async ({ page }) => {
  const address = page.url();
  for (const [name, content, reason] of [
    ['broken.json', '{"format": "two-tier-support-scenario", ', /not valid JSON/],
    ['other.json', '{"hello": 1}', /not a scenario file of this calculator/],
  ] as const) {
    await filePicker(page).setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(content),
    });
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(`Could not open “${name}”.`);
    await expect(alert).toContainText(reason);
    await expect(alert).toContainText('Nothing was changed.');
    await expect(textbox(page, 'Loaded share')).toHaveValue('40');
    await expect(textbox(page, 'Clients lost after a loaded inquiry handled badly')).toHaveValue(
      '12',
    );
    expect(page.url()).toBe(address);
  }
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Dismiss the messages about the file' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a file with one bad field names it and applies the others', async ({ page }) => {
  await filePicker(page).setInputFiles(
    scenarioFile({ ...defaultScenario, loadedShare: 'lots', inquiriesPerMonth: 999 }),
  );
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Opened “edited.json”. Some of its values could not be used:');
  await expect(alert.getByRole('listitem')).toHaveCount(1);
  await expect(alert.getByRole('listitem')).toContainText('Loaded share:');
  await expect(alert.getByRole('listitem')).toContainText('loadedShare');
  await expect(textbox(page, 'Inquiries per month')).toHaveValue('999');
  // The file has no preset: the bad field takes the default scenario's value, 33 %.
  await expect(textbox(page, 'Loaded share')).toHaveValue('33');
});

test('a file dropped on the marked zone is imported', async ({ page }) => {
  const zone = page.getByRole('group', { name: /Import a scenario: drop a JSON file/ });
  const json = JSON.stringify({
    format: 'two-tier-support-scenario',
    version: 1,
    scenario: { ...defaultScenario, inquiriesPerMonth: 1234 },
  });
  const dataTransfer = await page.evaluateHandle((content) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([content], 'dropped.json', { type: 'application/json' }));
    return transfer;
  }, json);
  await zone.dispatchEvent('dragenter', { dataTransfer });
  await zone.dispatchEvent('dragover', { dataTransfer });
  await zone.dispatchEvent('drop', { dataTransfer });
  await expect(
    page.getByRole('status').filter({ hasText: 'Opened “dropped.json”.' }),
  ).toBeVisible();
  await expect(textbox(page, 'Inquiries per month')).toHaveValue('1234');
});

const charts = [
  ['asymmetry', 'What each option costs a month'],
  ['loadedShare', 'As the share of loaded inquiries grows'],
  ['payback', 'Month by month: the month-four trap'],
  ['recall', 'How well must triage sort?'],
] as const;

for (const [kind, title] of charts) {
  test(`the ${kind} chart downloads as a PNG, and its data table as CSV of plain numbers`, async ({
    page,
  }) => {
    const figure = page.getByRole('figure', { name: new RegExp(`^${title.replace('?', '\\?')}`) });
    await expectChartPng(page, figure, kind, title);

    const csv = await chartCsv(page, kind, title);
    await figure.getByText('Show the data').click();
    const table = figure.getByRole('table');
    const shownColumns = await table.getByRole('columnheader').allInnerTexts();
    const rows = table.locator('tbody tr');
    expect(csv).toHaveLength(await rows.count());
    // Every amount is in a column that names the currency, and is the amount the table shows.
    const [first, ...headings] = Object.keys(csv[0]);
    const money = headings.filter((heading) => heading.endsWith(' (GBP)'));
    expect(money.length).toBe(shownColumns.length - 1);
    for (const index of [0, csv.length - 1]) {
      const cells = rows.nth(index).locator('th, td');
      const shown = await cells.allInnerTexts();
      const values = await cells.evaluateAll((all) =>
        all.map((cell) => cell.getAttribute('data-value')),
      );
      for (const heading of money) {
        const column = shownColumns.indexOf(shownHeading(heading));
        expect(formatMoney(Number(csv[index][heading]), 'GBP'), heading).toBe(shown[column]);
        // A figure tagged on the page (chart 1's) is the same number, digit for digit.
        if (values[column] !== null) expect(csv[index][heading]).toBe(values[column]);
      }
      if (first.endsWith(' (fraction)')) {
        expect(shown[0].startsWith(formatShare(Number(csv[index][first])))).toBe(true);
      }
    }
  });
}
