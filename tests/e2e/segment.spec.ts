/**
 * The segmentation worksheet as an owner uses it: load the sample, sort rows
 * from the keyboard, read the results, take them to the calculator; paste a
 * table, tally counts, keep, export and forget.
 */
import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, waitForIslands } from './fixtures';
import { sampleInquiries } from '../../src/data/sampleInquiries';
import { fieldMeta } from '../../src/model';
import { classifyInquiry } from '../../src/model/segment';

const flagged = (kind: string) => kind === 'loaded' || kind === 'routine-flagged';
// The sample's suggestions before any review: 32 caught + 2 false alarms = 34 of 100.
const SUGGESTED_LOADED = sampleInquiries.filter((row) => flagged(row.kind)).length;

async function openWorksheet(page: Page): Promise<void> {
  await page.goto('/segment/');
  await waitForIslands(page);
}

async function loadSample(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Load 100 sample inquiries' }).click();
  await expect(page.getByText('Rows 1 to 50 of 100')).toBeVisible();
}

function metric(page: Page, name: string) {
  return page.locator(`[data-metric="segment.${name}"]`);
}

/** The weight button of a row (1-based), found by its accessible name. */
function weightButton(page: Page, row: number) {
  return page.getByRole('button', { name: new RegExp(`^(Loaded|Routine) \\(row ${row},`) });
}

test('loads the sample, flips two rows from the keyboard, and the loaded share moves', async ({
  page,
}) => {
  await openWorksheet(page);
  await loadSample(page);
  await expect(metric(page, 'loadedShare')).toHaveAttribute(
    'data-value',
    String(SUGGESTED_LOADED / 100),
  );

  // Rows 2 and 3 of the sample are routine and suggested routine; flipping both adds two loaded.
  expect(flagged(sampleInquiries[1].kind) || flagged(sampleInquiries[2].kind)).toBe(false);
  await weightButton(page, 1).focus();
  await page.keyboard.press('j');
  await expect(weightButton(page, 2)).toBeFocused();
  await page.keyboard.press('f');
  await page.keyboard.press('ArrowDown');
  await expect(weightButton(page, 3)).toBeFocused();
  await page.keyboard.press('Space');

  const expected = (SUGGESTED_LOADED + 2) / 100;
  await expect(metric(page, 'loadedShare')).toHaveAttribute('data-value', String(expected));
  await expect(weightButton(page, 2)).toHaveText(/^Loaded/);
  await expect(weightButton(page, 3)).toHaveText(/^Loaded/);
  // Two reviewed rows the owner calls loaded and the signals did not flag: recall 0 of 2.
  await expect(metric(page, 'reviewedCount')).toHaveAttribute('data-value', '2');
  await expect(metric(page, 'routerRecall')).toHaveAttribute('data-value', '0');

  // c confirms the focused row (row 4, suggested loaded) and moves on: recall 1 of 3.
  expect(flagged(sampleInquiries[3].kind)).toBe(true);
  await page.keyboard.press('k');
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await expect(weightButton(page, 4)).toBeFocused();
  await page.keyboard.press('c');
  await expect(weightButton(page, 5)).toBeFocused();
  await expect(metric(page, 'reviewedCount')).toHaveAttribute('data-value', '3');
  await expect(metric(page, 'routerRecall')).toHaveAttribute('data-value', String(1 / 3));
  await expect(metric(page, 'loadedShare')).toHaveAttribute('data-value', String(expected));

  const use = page.getByRole('link', { name: 'Use these numbers in the calculator' });
  const href = await use.getAttribute('href');
  const query = new URL(href ?? '', page.url()).searchParams;
  // Each measured share goes as low~likely~high, the measured value in the middle.
  expect(query.get('loadedShare')?.split('~')[1]).toBe(String(expected));
  expect(query.get('v')).toBe('1');
  expect(query.get('routerRecall')?.split('~')[1]).toBe('0.3333');
  // No row was marked routine, so there is no false-alarm rate to send.
  expect([...query.keys()].sort()).toEqual(['from', 'loadedShare', 'routerRecall', 'v']);
  // No inquiry text in the address.
  expect(href).not.toMatch(/boiler|engineer/i);

  await use.click();
  await expect(page).toHaveURL(new RegExp(`[?&]loadedShare=[0-9.]+~${expected}~[0-9.]+(&|$)`));
});

test('the calculator shows the loaded share measured on the worksheet', async ({ page }) => {
  await openWorksheet(page);
  await loadSample(page);
  await weightButton(page, 2).click();
  await page.getByRole('link', { name: 'Use these numbers in the calculator' }).click();
  await waitForIslands(page);
  // The suggested loaded rows plus the one flipped, of 100, shown on the calculator as a percentage.
  const shown = new RegExp(`^${SUGGESTED_LOADED + 1}(\\.0+)?$`);
  // Exactly the field's own box: the range it arrives with adds boxes for its low and high ends.
  await expect(
    page.getByRole('textbox', { name: fieldMeta('loadedShare').label, exact: true }),
  ).toHaveValue(shown);
});

test('shows the signals behind a suggestion and the topic table', async ({ page }) => {
  await openWorksheet(page);
  await loadSample(page);
  const firstRow = page.locator('tr[data-row="0"]');
  await expect(firstRow).toContainText('Repeat contact');
  await expect(firstRow).toContainText('“third time”');
  const topics = page.getByRole('table', { name: 'Inquiries by topic and weight' });
  // Before any review the table counts suggestions, not the author's marks; a topic is in both
  // buckets only when some of its rows are suggested each way.
  const complaints = sampleInquiries.filter((row) => row.topic === 'Complaint');
  const flaggedComplaints = complaints.filter((row) => flagged(row.kind)).length;
  const quietComplaints = complaints.length - flaggedComplaints;
  await expect(topics.getByRole('row', { name: /Complaint/ }).getByRole('cell')).toHaveText([
    String(quietComplaints),
    String(flaggedComplaints),
    quietComplaints > 0 && flaggedComplaints > 0 ? 'Yes' : '',
  ]);
  await expect(topics.getByRole('row', { name: /Refund/ })).toContainText('Yes');
  await expectNoAxeViolations(page);
});

test('reads a pasted table after the owner confirms its columns, and names the bad rows', async ({
  page,
}) => {
  await openWorksheet(page);
  const csv = [
    'Received,Category,Message',
    '2025-04-01,Refund,"The fitter was late, again, and I want a refund"',
    '2025-04-02,Booking,',
    '2025-04-03,Booking,"Can you come on Tuesday?"',
  ].join('\n');
  await page.getByLabel('Paste inquiries').fill(csv);
  await page.getByRole('button', { name: 'Read these inquiries' }).click();

  await expect(page.getByLabel('Inquiry text')).toHaveValue('2');
  await expect(page.getByLabel('Topic', { exact: true })).toHaveValue('1');
  await expect(page.getByLabel('Date', { exact: true })).toHaveValue('0');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Use these columns' }).click();

  await expect(page.getByText('Rows 1 to 2 of 2')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Row 2 (“2025-04-02”)' })).toContainText(
    'left out',
  );
  await expect(metric(page, 'loadedShare')).toHaveAttribute('data-value', '0.5');
});

test('takes a tally instead of text, with a message for a bad count', async ({ page }) => {
  await openWorksheet(page);
  await page.getByLabel('I have sorted them already: just enter the counts').check();
  await page.getByLabel('Routine inquiries').fill('67');
  await page.getByLabel('Loaded inquiries').fill('3.5');
  await expect(page.getByText('Loaded inquiries must be a whole number, 0 or more.')).toBeVisible();
  await expect(page.getByLabel('Loaded inquiries')).toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel('Loaded inquiries').fill('33');
  await expect(metric(page, 'loadedShare')).toHaveAttribute('data-value', '0.33');
  // Wilson interval for 33 of 100, worked by hand in tests/unit/model/segment/wilson.test.ts.
  expect(Number(await metric(page, 'loadedShareLow').getAttribute('data-value'))).toBeCloseTo(
    0.2456,
    4,
  );
  expect(Number(await metric(page, 'loadedShareHigh').getAttribute('data-value'))).toBeCloseTo(
    0.4269,
    4,
  );
  await expect(metric(page, 'sampleSizeNeeded')).toHaveAttribute('data-value', '337');
  const href = await page
    .getByRole('link', { name: 'Use these numbers in the calculator' })
    .getAttribute('href');
  // The Wilson interval's ends rounded outwards to four decimals: 0.24561 down, 0.42691 up.
  expect(href).toBe('/?v=1&loadedShare=0.2456~0.33~0.427&from=segment:loadedShare');
  await expectNoAxeViolations(page);
});

test('keeps the worksheet on this device only when asked, and forgets it on request', async ({
  page,
}) => {
  await openWorksheet(page);
  await loadSample(page);
  await weightButton(page, 2).click();
  const stored = () =>
    page.evaluate(() => Object.keys(localStorage).filter((key) => key.includes('segment')));
  expect(await stored()).toEqual([]);

  await page.getByLabel('Keep on this device').check();
  expect(await stored()).toHaveLength(1);
  await page.reload();
  await waitForIslands(page);
  await expect(page.getByText('Rows 1 to 50 of 100')).toBeVisible();
  await expect(weightButton(page, 2)).toHaveText(/^Loaded/);
  await expect(page.getByLabel('Keep on this device')).toBeChecked();

  await page.getByRole('button', { name: 'Forget everything' }).click();
  await expect(page.getByText('Everything is cleared')).toBeVisible();
  expect(await stored()).toEqual([]);
  await expect(page.getByText('Rows 1 to 50 of 100')).toHaveCount(0);
  await page.reload();
  await waitForIslands(page);
  await expect(page.getByLabel('Keep on this device')).not.toBeChecked();
});

test('exports the sorted list as CSV, loaded rows first', async ({ page }) => {
  await openWorksheet(page);
  await loadSample(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export the sorted list (CSV)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('inquiries-by-weight.csv');
  const text = await (await download.createReadStream()).toArray();
  const lines = Buffer.concat(text).toString('utf8').split('\r\n');
  expect(lines[0]).toBe(
    '\uFEFFweight,reviewed,suggested,signals,matchedWords,topic,date,text,firstMessage',
  );
  expect(lines.slice(1, 1 + SUGGESTED_LOADED).every((line) => line.startsWith('loaded,'))).toBe(
    true,
  );
  expect(lines[1 + SUGGESTED_LOADED]).toMatch(/^routine,/);
});

for (const width of [360, 1280]) {
  test(`lays the sorted sample out at ${width} px, axe-clean in light and dark`, async ({
    page,
  }, testInfo) => {
    await page.setViewportSize({ width, height: 1400 });
    await openWorksheet(page);
    await loadSample(page);
    await weightButton(page, 1).focus();
    await expectNoAxeViolations(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page);
    await page.emulateMedia({ colorScheme: 'light' });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
    await page.screenshot({ path: testInfo.outputPath(`segment-${width}.png`), fullPage: false });
    await page.getByRole('heading', { name: 'What your sample says' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath(`segment-results-${width}.png`) });
  });
}

test('an inquiry only the word scorer finds loaded shows the words that weighed most', async ({
  page,
}) => {
  const text =
    "I've had buckets down in the hall for the past fortnight and I'm starting to dread coming home.";
  // What the model says of it: no rule fires, the scorer does, with these words.
  const { signals, suggested } = classifyInquiry({ text, topic: '', date: '', firstMessage: '' });
  expect(suggested).toBe('loaded');
  expect(signals.map((signal) => signal.id)).toEqual(['wordScore']);
  await openWorksheet(page);
  await page.getByLabel('Paste inquiries').fill(text);
  await page.getByRole('button', { name: 'Read these inquiries' }).click();
  await expect(metric(page, 'sampleSize')).toHaveAttribute('data-value', '1');
  const row = page.getByRole('row').filter({ hasText: 'dread coming home' });
  await expect(row).toContainText(
    `Words often in loaded inquiries: ${signals[0].matched.map((words) => `“${words}”`).join(', ')}`,
  );
  await expect(weightButton(page, 1)).toHaveAccessibleName(/^Loaded/);
});
