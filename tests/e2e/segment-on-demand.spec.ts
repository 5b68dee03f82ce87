/**
 * The worksheet fetches its readers and word rules only when they are needed:
 * a first view works without them, a step taken before they arrive waits for
 * them and loses nothing, and a failed fetch says so instead of breaking.
 */
import type { Page, Route } from '@playwright/test';
import { test, expect, waitForIslands } from './fixtures';

// The chunks Vite names after the modules fetched on demand.
const onDemand = /\/_astro\/(readers|classify|papaparse)[^/]*\.js$/;

/** Holds every on-demand chunk until `release` is called. */
async function holdOnDemandCode(page: Page): Promise<{ held: Route[]; release: () => void }> {
  const held: Route[] = [];
  let released = false;
  await page.route(onDemand, (route) => (released ? route.fallback() : void held.push(route)));
  return {
    held,
    release: () => {
      released = true;
      for (const route of held.splice(0)) void route.fallback();
    },
  };
}

function metric(page: Page, name: string) {
  return page.locator(`[data-metric="segment.${name}"]`);
}

test('a first view fetches neither the readers nor the word rules', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto('/segment/', { waitUntil: 'networkidle' });
  await waitForIslands(page);
  expect(fetched.filter((path) => onDemand.test(path))).toEqual([]);
});

test('a paste read before the readers arrive waits for them, with nothing lost', async ({
  page,
}) => {
  const code = await holdOnDemandCode(page);
  await page.goto('/segment/');
  await waitForIslands(page);
  // Three inquiries, one a line; only the second carries a signal (a repeat contact).
  await page
    .getByLabel('Paste inquiries')
    .fill(
      'Can I book a boiler service next week?\nThird time I have asked: nobody has called back.\nWhat are your opening hours?',
    );
  await page.getByRole('button', { name: 'Read these inquiries' }).click();
  await expect.poll(() => code.held.length).toBeGreaterThan(0);
  await expect(metric(page, 'sampleSize')).toHaveCount(0);

  code.release();
  await expect(metric(page, 'sampleSize')).toHaveAttribute('data-value', '3');
  await expect(metric(page, 'loadedCount')).toHaveAttribute('data-value', '1');
});

test('the tally works while the readers have not arrived', async ({ page }) => {
  await holdOnDemandCode(page);
  await page.goto('/segment/');
  await waitForIslands(page);
  await page.getByLabel('I have sorted them already: just enter the counts').check();
  await page.getByLabel(/routine/i).fill('75');
  await page.getByLabel(/loaded/i).fill('25');
  // 25 loaded of 75 + 25 = 100.
  await expect(metric(page, 'loadedShare')).toHaveAttribute('data-value', '0.25');
});

test('says so when the readers cannot be fetched, and the page goes on working', async ({
  page,
  guard,
}) => {
  await page.route(onDemand, (route) => route.abort());
  await page.goto('/segment/');
  await waitForIslands(page);
  await page.getByLabel('Paste inquiries').fill('Can I book a boiler service next week?');
  await page.getByRole('button', { name: 'Read these inquiries' }).click();
  await expect(page.getByText(/could not be loaded: check the connection/)).toBeVisible();
  await page.getByLabel('I have sorted them already: just enter the counts').check();
  await page.getByLabel(/routine/i).fill('3');
  await page.getByLabel(/loaded/i).fill('1');
  await expect(metric(page, 'loadedShare')).toHaveAttribute('data-value', '0.25');
  // The aborted fetches are the browser's console errors this test provoked.
  guard.problems = guard.problems.filter(
    (problem) => !/ERR_FAILED|dynamically imported/.test(problem),
  );
});

test('says so when the worker that suggests weights cannot start, and tries again next time', async ({
  page,
  guard,
}) => {
  const worker = /\/_astro\/classify\.worker[^/]*\.js$/;
  await page.route(worker, (route) => route.abort());
  await page.goto('/segment/');
  await waitForIslands(page);
  const paste = page.getByLabel('Paste inquiries');
  await paste.fill(
    'Can I book a boiler service next week?\nThird time I have asked: nobody has called back.',
  );
  await page.getByRole('button', { name: 'Read these inquiries' }).click();
  await expect(page.getByText(/could not be loaded: check the connection/)).toBeVisible();
  await expect(metric(page, 'sampleSize')).toHaveCount(0);

  // The connection is back: the next read starts new workers.
  await page.unroute(worker);
  await page.getByRole('button', { name: 'Read these inquiries' }).click();
  await expect(metric(page, 'sampleSize')).toHaveAttribute('data-value', '2');
  await expect(metric(page, 'loadedCount')).toHaveAttribute('data-value', '1');
  // The aborted fetch is the browser's console error this test provoked.
  guard.problems = guard.problems.filter((problem) => !/ERR_FAILED|classify\.worker/.test(problem));
});
