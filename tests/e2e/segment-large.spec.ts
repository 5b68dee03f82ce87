/**
 * The worksheet with 10,000 inquiries: opening a ticket export (read at once,
 * every message cleaned), moving and flipping stay quick because only a page
 * of 50 rows is ever drawn. The times measured
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
  // A Zendesk-style export; every other message ends in a sign-off and a quoted reply.
  const lines = ['Id,Subject,Description,Status,Created at,Tags,Via'];
  for (let i = 0; i < ROWS; i++) {
    const sample = sampleInquiries[i % sampleInquiries.length];
    const tail = i % 2 ? '\n\nKind regards,\nAnn\n\nOn Tue, 4 Mar, Support wrote:\n> Thanks' : '';
    const text = quote(`${sample.text} (ref ${i + 1})${tail}`);
    lines.push([1000 + i, '', text, 'open', sample.date, sample.topic, 'Mail'].join(','));
  }
  await page.goto('/segment/');
  await waitForIslands(page);
  // Long tasks (over 50 ms on the main thread), recorded from the file's arrival on: the task
  // in which the test harness hands the browser a 1.5 MB file is the harness's, not the page's.
  type Timed = { longTasks: number[]; openedAt: number };
  await page.evaluate(() => {
    const timed = window as unknown as Timed;
    timed.longTasks = [];
    timed.openedAt = Infinity;
    const input = document.getElementById('inquiry-file');
    input?.addEventListener('change', () => (timed.openedAt = performance.now()));
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.startTime >= timed.openedAt) timed.longTasks.push(entry.duration);
      }
    }).observe({ type: 'longtask' });
  });
  const longTasks = () => page.evaluate(() => (window as unknown as Timed).longTasks.splice(0));

  // A person clicks the file button before choosing a file: the focus fetches the
  // readers then, so what is timed below is reading the file, not fetching code.
  const fileInput = page.getByLabel('Or open a CSV, JSON or text file');
  await fileInput.focus();
  await page.waitForLoadState('networkidle');
  let started = Date.now();
  await fileInput.setInputFiles({
    name: 'tickets.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(lines.join('\n')),
  });
  await expect(page.getByText('Rows 1 to 50 of 10,000')).toBeVisible();
  await expect(page.locator('[data-metric="segment.sampleSize"]')).toHaveAttribute(
    'data-value',
    String(ROWS),
  );
  const loadMs = Date.now() - started;
  // From the file's arrival to its 10,000 rows on the page, as the page's own clock saw it.
  const readMs = Math.round(
    await page.evaluate(() => performance.now() - (window as unknown as Timed).openedAt),
  );
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
    readMs,
    longestTaskWhileLoadingMs: longest(loadTasks),
    flipMs,
    jumpMs,
    longestTaskWhileReviewingMs: longest(reviewTasks),
  };
  testInfo.annotations.push({ type: 'timings', description: JSON.stringify(figures) });
  console.log(`10,000 rows: ${JSON.stringify(figures)}`);
  // How fast is the benchmark's to say (tests/bench/segment.bench.ts, printed by `npm run bench`;
  // alone on this machine the read takes about half a second). Here, with other tests sharing the
  // two cores, only a freeze fails: the page must never hold the main thread for a second.
  expect(readMs).toBeLessThan(5_000);
  expect(loadMs).toBeLessThan(8_000);
  expect(longest(loadTasks)).toBeLessThan(1_000);
  expect(flipMs).toBeLessThan(3_000);
  expect(jumpMs).toBeLessThan(3_000);
});
