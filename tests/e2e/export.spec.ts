/**
 * A person exports a scenario and its results, imports a file back (picked or
 * dropped), and downloads each chart: a file round-trips to the same inputs, a
 * bad file is explained field by field, a file that is no scenario changes
 * nothing, and chart files hold the chart and its table.
 */
import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import Papa from 'papaparse';
import { test, expect, expectNoAxeViolations, waitForIslands } from './fixtures';
import { defaultScenario } from '../../src/model';
import { modelVersion } from '../../src/model/version';

const textbox = (page: Page, label: string) =>
  page.getByRole('textbox', { name: label, exact: true, includeHidden: true });
const filePicker = (page: Page) => page.getByLabel('Scenario file to import (JSON)');
const keyFigure = (page: Page, metric: string) =>
  page
    .getByRole('table', { name: /key figures/i })
    .locator(`[data-metric="${metric}"]`)
    .getAttribute('data-value');

async function download(page: Page, button: string): Promise<Download> {
  const saved = page.waitForEvent('download');
  await page.getByRole('button', { name: button, exact: true }).click();
  return saved;
}
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
    'row,humanFirst,aiFirst,aiShare,escalations,humanWorkload,operatingCost,setupCost,fumbledRoutine,fumbledLoaded,clientsLost,churnCost,wrongAnswers,liabilityCost,totalCost,humanHours,fte,value',
  );
  // 3 options + 9 decision rows + currency.
  expect(lines).toHaveLength(1 + 3 + 10);
  const twoTier = lines.find((line) => line.startsWith('twoTier,'))?.split(',');
  expect(twoTier?.[14]).toBe(await keyFigure(page, 'twoTier.totalCost')); // totalCost column
  expect(lines.at(-1)).toBe('currency,,,,,,,,,,,,,,,,,GBP');
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
    await expect(textbox(page, 'Churn after a fumbled loaded inquiry')).toHaveValue('12');
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

/** The alpha of a PNG's top-left pixel, decoded by the browser. */
function cornerAlpha(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    return context.getImageData(0, 0, 1, 1).data[3]!;
  }, png.toString('base64'));
}

for (const [kind, title] of charts) {
  test(`the ${kind} chart downloads as a PNG and its data table as CSV`, async ({ page }) => {
    const figure = page.getByRole('figure', { name: new RegExp(`^${title.replace('?', '\\?')}`) });
    const canvas = figure.locator('canvas[data-chart-id]');
    await expect(canvas).toHaveCount(1); // drawn

    const picture = await download(page, `Download PNG: ${title}`);
    expect(picture.suggestedFilename()).toBe(`two-tier-${kind}-chart.png`);
    const png = await readFile(await picture.path());
    // KEEP_CHART_PNG=/tmp/chart keeps each picture to look at (/tmp/chart-asymmetry.png…).
    if (process.env.KEEP_CHART_PNG)
      await picture.saveAs(`${process.env.KEEP_CHART_PNG}-${kind}.png`);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // IHDR: width and height, big-endian, at bytes 16 and 20: the canvas's width, and its
    // height with the title and legend above it.
    const [width, height] = await canvas.evaluate((node: HTMLCanvasElement) => [
      node.width,
      node.height,
    ]);
    expect(png.readUInt32BE(16)).toBe(width);
    expect(png.readUInt32BE(20)).toBeGreaterThan(height! + 40);
    expect(png.readUInt32BE(20)).toBeLessThan(height! * 2);
    expect(await cornerAlpha(page, png)).toBe(255); // on the page's background, not transparent

    const data = await download(page, `Download data (CSV): ${title}`);
    expect(data.suggestedFilename()).toBe(`two-tier-${kind}-data.csv`);
    const csv = Papa.parse<string[]>(await text(data)).data;
    await figure.getByText('Show the data').click();
    const table = figure.getByRole('table');
    const rows = table.locator('tbody tr');
    expect(csv[0]).toEqual(await table.getByRole('columnheader').allInnerTexts());
    expect(csv).toHaveLength(1 + (await rows.count()));
    for (const index of [0, (await rows.count()) - 1]) {
      const row = rows.nth(index);
      const shown = [
        await row.getByRole('rowheader').innerText(),
        ...(await row.getByRole('cell').allInnerTexts()),
      ];
      // As the README says: text a spreadsheet would run as a formula ("-£1,620") gets a leading '.
      expect(csv[1 + index]).toEqual(
        shown.map((cell) => (/^[=+\-@]/.test(cell) ? `'${cell}` : cell)),
      );
    }
  });
}
