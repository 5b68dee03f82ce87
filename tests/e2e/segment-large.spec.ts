/**
 * The worksheet with 10,000 inquiries: opening the file, moving and flipping
 * stay quick because only a page of 50 rows is ever drawn. The times measured
 * are written to the test's annotations (and printed), with generous limits so
 * that a busy machine does not fail the run.
 */
import { test, expect, waitForIslands } from './fixtures';
import { sampleInquiries } from '../../src/data/sampleInquiries';

const ROWS = 10_000;
const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;

test(`sorts ${ROWS.toLocaleString('en-GB')} inquiries without freezing the page`, async ({
  page,
}, testInfo) => {
  const lines = ['Date,Topic,Inquiry'];
  for (let i = 0; i < ROWS; i++) {
    const sample = sampleInquiries[i % sampleInquiries.length];
    lines.push([sample.date, sample.topic, quote(`${sample.text} (ref ${i + 1})`)].join(','));
  }
  await page.goto('/segment/');
  await waitForIslands(page);
  // Long tasks (over 50 ms on the main thread), recorded from here on.
  await page.evaluate(() => {
    const record: number[] = [];
    (window as unknown as { longTasks: number[] }).longTasks = record;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) record.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
  const longTasks = () =>
    page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks.splice(0));

  await page.getByLabel('Or open a CSV or text file').setInputFiles({
    name: 'inquiries.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(lines.join('\n')),
  });
  await expect(page.getByLabel('Inquiry text')).toHaveValue('2');
  let started = Date.now();
  await page.getByRole('button', { name: 'Use these columns' }).click();
  await expect(page.getByText('Rows 1 to 50 of 10,000')).toBeVisible();
  const loadMs = Date.now() - started;
  const loadTasks = await longTasks();

  const share = page.locator('[data-metric="segment.loadedShare"]');
  const before = await share.getAttribute('data-value');
  await page.getByRole('button', { name: /^(Loaded|Routine) \(row 1,/ }).focus();
  started = Date.now();
  await page.keyboard.press('f');
  await expect(share).not.toHaveAttribute('data-value', before ?? '');
  const flipMs = Date.now() - started;

  // End and Home jump to the last and first page, drawing each page of 50 afresh.
  await page.keyboard.press('End');
  await expect(page.getByText('Rows 9,951 to 10,000 of 10,000')).toBeVisible();
  started = Date.now();
  await page.keyboard.press('Home');
  await expect(page.getByRole('button', { name: /^(Loaded|Routine) \(row 1,/ })).toBeFocused();
  const jumpMs = Date.now() - started;
  const reviewTasks = await longTasks();

  const longest = (tasks: number[]) => Math.round(Math.max(0, ...tasks));
  const figures = {
    loadMs,
    longestTaskWhileLoadingMs: longest(loadTasks),
    flipMs,
    jumpMs,
    longestTaskWhileReviewingMs: longest(reviewTasks),
  };
  testInfo.annotations.push({ type: 'timings', description: JSON.stringify(figures) });
  console.log(`10,000 rows: ${JSON.stringify(figures)}`);
  expect(loadMs).toBeLessThan(5_000);
  expect(flipMs).toBeLessThan(1_000);
  expect(jumpMs).toBeLessThan(1_000);
});
