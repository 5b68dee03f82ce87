/**
 * A founder models scenarios offline: after one visit the site works with no network.
 */
import { test, expect } from './fixtures';

test('after the first visit, the calculator reloads and recomputes with the network cut', async ({
  page,
  context,
}) => {
  await page.goto('/');
  // The service worker has precached every page and asset once it is active.
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return registration.active?.state;
  });
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);

  // The figures a shared link gives, online, to compare with the same link offline.
  const sharedLink = '/?loadedShare=0.6&v=1';
  const figures = ['verdict', 'allHuman.totalCost', 'singleTierAi.totalCost', 'twoTier.totalCost'];
  const readFigures = () =>
    Promise.all(
      figures.map((metric) =>
        page.locator(`[data-metric="${metric}"]`).first().getAttribute('data-value'),
      ),
    );
  await page.goto(sharedLink);
  await expect(page.locator('[data-metric="verdict"]')).toHaveAttribute(
    'data-value',
    'hold-mix-dominated',
  );
  const online = await readFigures();

  await context.setOffline(true);
  await page.goto('/');
  const verdict = page.locator('[data-metric="verdict"]');
  await expect(verdict).toHaveAttribute('data-value', 'twoTier');

  const loadedShare = page.getByRole('textbox', { name: 'Loaded share', exact: true });
  await loadedShare.fill('60');
  await expect(verdict).toHaveAttribute('data-value', 'hold-mix-dominated');

  // Every page was precached, not only the one visited.
  await page.goto('/methodology/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // A shared link opens offline too: the query is ignored by the cache, read by the
  // page, which recomputes the same figures as online (60 % loaded: hold the mix).
  await page.goto(sharedLink);
  await expect(page.locator('[data-metric="verdict"]')).toHaveAttribute(
    'data-value',
    'hold-mix-dominated',
  );
  expect(await readFigures()).toEqual(online);
  expect(online.every((value) => value !== null)).toBe(true);
  await context.setOffline(false);
});

test('offline, the worksheet reads pasted inquiries and suggests their weights', async ({
  page,
  context,
}) => {
  // One visit to the calculator is enough: the service worker precaches every page and
  // script, the worksheet's readers and the worker that suggests weights among them.
  await page.goto('/');
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);

  await context.setOffline(true);
  await page.goto('/segment/');
  await page
    .getByLabel('Paste inquiries')
    .fill(
      'Can I book a boiler service next week?\nThird time I have asked: nobody has called back.\nWhat are your opening hours?',
    );
  await page.getByRole('button', { name: 'Read these inquiries' }).click();
  // Three read; only the second carries a signal (a repeat contact).
  await expect(page.locator('[data-metric="segment.sampleSize"]')).toHaveAttribute(
    'data-value',
    '3',
  );
  await expect(page.locator('[data-metric="segment.loadedCount"]')).toHaveAttribute(
    'data-value',
    '1',
  );
  await context.setOffline(false);
});

test('the site can be installed as an app', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const manifest = await (await request.get(href!)).json();
  expect(manifest.name).toBe('Two-Tier Support Calculator');
  expect(manifest.display).toBe('standalone');
  const sizes = manifest.icons.map((icon: { sizes: string }) => icon.sizes);
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
  for (const icon of manifest.icons) {
    const response = await request.get(icon.src);
    expect(response.ok(), icon.src).toBe(true);
    expect(response.headers()['content-type']).toBe('image/png');
  }
});
