/**
 * Opening helpdesk exports on the worksheet as an owner would: a ticket
 * export is read without choosing a column, and a bad file (empty, no text
 * column, not UTF-8, too large, a quote never closed) gets a message naming
 * the problem while the inquiries already there stay.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, waitForIslands } from './fixtures';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/helpdesk/${name}`, import.meta.url));

async function openWorksheet(page: Page): Promise<void> {
  await page.goto('/segment/');
  await waitForIslands(page);
}

function fileInput(page: Page) {
  return page.getByLabel('Or open a CSV, JSON or text file');
}

async function open(page: Page, name: string, content: Buffer | string, mimeType = 'text/csv') {
  const buffer = typeof content === 'string' ? Buffer.from(content) : content;
  await fileInput(page).setInputFiles({ name, mimeType, buffer });
}

const sampleSize = (page: Page) => page.locator('[data-metric="segment.sampleSize"]');

/** The sample's 100 rows, there before a bad file comes. */
async function loadSample(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Load 100 sample inquiries' }).click();
  await expect(sampleSize(page)).toHaveAttribute('data-value', '100');
}

test('reads a Zendesk ticket CSV as 12 inquiries without choosing a column, and says which columns it used', async ({
  page,
}) => {
  await openWorksheet(page);
  await open(page, 'tickets.csv', fixture('zendesk-tickets.csv'));

  await expect(sampleSize(page)).toHaveAttribute('data-value', '12');
  const status = page.getByRole('status').filter({ hasText: 'inquiries read' });
  await expect(status).toContainText(
    'Read “Description” as the inquiry text, “Subject” as the subject',
  );
  await expect(page.getByRole('button', { name: 'Use these columns' })).toHaveCount(0);
  // Quoted replies and signatures are gone from what is shown and sorted.
  await expect(page.getByText('Sent from my iPhone')).toHaveCount(0);
  await expectNoAxeViolations(page);

  // The column choice is still there to correct the guess.
  await page.getByRole('button', { name: 'Change the columns' }).click();
  await expect(page.getByLabel('Inquiry text')).toHaveValue('2');
  await page.getByLabel('Inquiry text').selectOption({ label: 'Subject' });
  await page.getByLabel('Subject', { exact: true }).selectOption({ label: 'None' });
  await page.getByRole('button', { name: 'Use these columns' }).click();
  await expect(status).toContainText('Read “Subject” as the inquiry text');
  await expect(sampleSize(page)).toHaveAttribute('data-value', '12');
});

test.describe('JSON exports as they come', () => {
  for (const [name, count] of [
    ['intercom-conversations.json', 12],
    ['hubspot-tickets.json', 14],
    ['gorgias-tickets.json', 13],
  ] as const) {
    test(`reads ${name} as ${count} inquiries`, async ({ page }) => {
      await openWorksheet(page);
      await open(page, name, fixture(name), 'application/json');
      await expect(sampleSize(page)).toHaveAttribute('data-value', String(count));
    });
  }
});

test('says an empty file is empty, and keeps the inquiries already sorted', async ({ page }) => {
  await openWorksheet(page);
  await loadSample(page);
  await page.getByRole('button', { name: /^(Loaded|Routine) \(row 1,/ }).focus();
  await page.keyboard.press('f');
  const share = await page
    .locator('[data-metric="segment.loadedShare"]')
    .getAttribute('data-value');

  await open(page, 'empty.csv', '');

  await expect(page.getByRole('status').filter({ hasText: 'empty' })).toContainText(
    'The file “empty.csv” is empty',
  );
  await expect(sampleSize(page)).toHaveAttribute('data-value', '100');
  await expect(page.locator('[data-metric="segment.loadedShare"]')).toHaveAttribute(
    'data-value',
    share ?? '',
  );
  await expectNoAxeViolations(page);
});

test('offers the column choice for a file with no text column, and keeps the inquiries already there', async ({
  page,
}) => {
  await openWorksheet(page);
  await loadSample(page);

  await open(
    page,
    'counts.csv',
    'Id,Status,Created at,Tags\n1,open,2025-03-01,refund\n2,solved,2025-03-02,booking\n',
  );

  await expect(page.getByRole('status').filter({ hasText: 'No column is named' })).toContainText(
    'No column is named as the inquiry text',
  );
  await expect(page.getByRole('heading', { name: 'Check the columns' })).toBeVisible();
  await expect(sampleSize(page)).toHaveAttribute('data-value', '100');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(sampleSize(page)).toHaveAttribute('data-value', '100');
});

test('names the row whose quote is never closed, and reads every row', async ({ page }) => {
  await openWorksheet(page);
  const csv = [
    'Subject,Description',
    'Booking,Can you come Tuesday?',
    'Refund,"Still no refund after three weeks',
    'Invoice,Please send invoice 12',
  ].join('\n');
  await open(page, 'quotes.csv', csv);
  await expect(page.getByRole('status').filter({ hasText: 'quote mark' })).toContainText(
    'Row 2 has a quote mark that is never closed',
  );
  await expect(sampleSize(page)).toHaveAttribute('data-value', '3');
});

test('reads a Windows-1252 file and says so', async ({ page }) => {
  await openWorksheet(page);
  // "Café" with é as the single byte 0xE9, as spreadsheets on Windows save it.
  const bytes = Buffer.concat([
    Buffer.from('Subject,Description\nClosed,Caf'),
    Buffer.from([0xe9]),
    Buffer.from(' shut when the engineer came\n'),
  ]);
  await open(page, 'windows.csv', bytes);
  await expect(page.getByRole('status').filter({ hasText: 'Windows-1252' })).toContainText(
    'not UTF-8 (first on line 2)',
  );
  await expect(page.getByText('Closed: Café shut when the engineer came')).toBeVisible();
});

test('refuses a 50 MB file with a message, and keeps the inquiries already there', async ({
  page,
}, testInfo) => {
  await openWorksheet(page);
  await loadSample(page);
  const path = testInfo.outputPath('huge.csv');
  writeFileSync(path, Buffer.alloc(50 * 1024 * 1024, 'a'));
  await fileInput(page).setInputFiles(path);
  await expect(page.getByRole('status').filter({ hasText: 'MB' })).toContainText(
    'The file “huge.csv” is 50.0 MB; this page opens files up to 20 MB, so it was not read',
  );
  await expect(sampleSize(page)).toHaveAttribute('data-value', '100');
});
