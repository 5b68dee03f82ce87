/**
 * A person opens a shared link, edits, and copies the link: every input the
 * link holds is restored, the address follows each change (and only a change),
 * a bad link is explained parameter by parameter without blanking anything,
 * and the link can be copied even where the clipboard is refused.
 */
import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, waitForIslands } from './fixtures';

const textbox = (page: Page, label: string) =>
  page.getByRole('textbox', { name: label, exact: true, includeHidden: true });
const linkNotice = (page: Page) =>
  page.getByRole('alert').filter({ hasText: /link you opened could not be used/ });

/** Counts history.replaceState calls in `window.replaceCalls`. */
async function countAddressRewrites(page: Page) {
  await page.addInitScript(() => {
    const original = history.replaceState.bind(history);
    (window as unknown as { replaceCalls: number }).replaceCalls = 0;
    history.replaceState = (...args: Parameters<History['replaceState']>) => {
      (window as unknown as { replaceCalls: number }).replaceCalls += 1;
      return original(...args);
    };
  });
}
const rewrites = (page: Page) =>
  page.evaluate(() => (window as unknown as { replaceCalls: number }).replaceCalls);

// Klarna's hybrid, named, with a share, a switch, a range on a share and a seed.
// In the schema's order: loadedShare, churnIfFumbledLoaded, humansUseAiAssist; seed last.
const KLARNA_LINK =
  '/?v=1&preset=klarna-hybrid&name=Q3%20plan&loadedShare=0.4&churnIfFumbledLoaded=0.05~0.12~0.2&humansUseAiAssist=true&seed=7';

test('opening a link restores every input it holds, and the preset’s for the rest', async ({
  page,
}) => {
  await page.goto(KLARNA_LINK);
  await waitForIslands(page);
  await expect(textbox(page, 'Loaded share')).toHaveValue('40'); // 0.4 shown as a percentage
  await expect(textbox(page, 'Clients lost after a loaded inquiry handled badly')).toHaveValue(
    '12',
  );
  await expect(
    page.getByRole('checkbox', { name: 'People draft with an AI assistant', includeHidden: true }),
  ).toBeChecked();
  // Not in the link: Klarna's hybrid's own values.
  await expect(textbox(page, 'Inquiries per month')).toHaveValue('2300000');
  await expect(textbox(page, 'Loaded inquiries the sorting catches')).toHaveValue('95');
  await expect(page.getByRole('combobox', { name: 'Currency' })).toHaveValue('USD');
  await expect(page.getByRole('combobox', { name: 'Start from' })).toHaveValue('own');
  await expect(page.getByRole('alert')).toHaveCount(0);
  // Nothing rewrote the link as opened.
  expect(page.url()).toMatch(/\?v=1&preset=klarna-hybrid&name=Q3%20plan&loadedShare=0\.4&/);
});

test('while a slow link reader arrives the page says it is still opening the link', async ({
  page,
}) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/shareLink\.[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  // The page's load event waits for the reader it is holding back: wait for the document only.
  await page.goto('/?loadedShare=0.6', { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() =>
    [...document.querySelectorAll('astro-island')].every((island) => !island.hasAttribute('ssr')),
  );
  const calculator = page.locator('.calculator');
  await expect(calculator).toHaveAttribute('data-opening', '');
  await expect(textbox(page, 'Loaded share')).toHaveValue('33');
  release();
  await expect(calculator).not.toHaveAttribute('data-opening');
  await expect(textbox(page, 'Loaded share')).toHaveValue('60');
});

test('editing an input puts the whole state in the address, the range and seed included', async ({
  page,
}) => {
  await page.goto(KLARNA_LINK);
  await waitForIslands(page);
  await expect(textbox(page, 'Loaded share')).toHaveValue('40');
  await textbox(page, 'Loaded share').fill('45');
  await expect(page).toHaveURL(
    '/?v=1&preset=klarna-hybrid&name=Q3%20plan&loadedShare=0.45&churnIfFumbledLoaded=0.05~0.12~0.2&humansUseAiAssist=true&seed=7',
  );
  // Editing the ranged input moves the range's likely value with it.
  await textbox(page, 'Clients lost after a loaded inquiry handled badly').fill('15');
  await expect(page).toHaveURL(/&churnIfFumbledLoaded=0\.05~0\.15~0\.2&/);
  // The address reopens to the same inputs.
  await page.reload();
  await waitForIslands(page);
  await expect(textbox(page, 'Loaded share')).toHaveValue('45');
  await expect(textbox(page, 'Clients lost after a loaded inquiry handled badly')).toHaveValue(
    '15',
  );
});

test('the address is left alone when nothing changed', async ({ page }) => {
  await countAddressRewrites(page);
  // The page's timers under the test's hand: runFor fires every one that falls due.
  await page.clock.install();
  const link = '/?v=1&preset=uk-services-40&loadedShare=0.4';
  await page.goto(link);
  await waitForIslands(page);
  await expect(textbox(page, 'Loaded share')).toHaveValue('40');
  // The same value typed again, then a value that cannot be used: the scenario is the same.
  await textbox(page, 'Loaded share').fill('40');
  await textbox(page, 'Loaded share').fill('4o');
  await expect(page.getByText('Loaded share must be a percentage, such as 33')).toBeVisible();
  await page.clock.runFor(1000); // well past the address's delay
  expect(await rewrites(page)).toBe(0);
  await expect(page).toHaveURL(link);
  // A real change rewrites it once.
  await textbox(page, 'Loaded share').fill('41');
  await page.clock.runFor(1000);
  await expect(page).toHaveURL('/?v=1&preset=uk-services-40&loadedShare=0.41');
  expect(await rewrites(page)).toBe(1);
  // A plain visit keeps its plain address until something changes.
  await page.goto('/');
  await waitForIslands(page);
  await page.clock.runFor(1000);
  expect(await rewrites(page)).toBe(0);
  await expect(page).toHaveURL('/');
});

test('a bad link names each bad parameter, applies the good ones, and injects nothing', async ({
  page,
}) => {
  const hostile = {
    bogus: '1',
    routerRecall: '1.5', // above 100 %
    inquiriesPerMonth: 'abc',
    activeClients: '<script>window.pwned=1</script>',
    aiCostPerInquiry: '<img src=x onerror="window.pwned=2">',
    fumbleRateAiLoaded: '9'.repeat(10_240),
  };
  const query = new URLSearchParams({ v: '1', loadedShare: '0.4', ...hostile });
  await page.goto(`/?${query}`);
  await waitForIslands(page);
  const notice = linkNotice(page);
  await expect(notice).toBeVisible();
  const items = notice.getByRole('listitem');
  await expect(items).toHaveCount(6);
  for (const name of Object.keys(hostile)) {
    await expect(items.filter({ hasText: name }), name).toHaveCount(1);
  }
  // Hostile values are quoted as text, and a long one is cut.
  await expect(items.filter({ hasText: '<script>window.pwned=1</script>' })).toHaveCount(1);
  await expect(items.filter({ hasText: '<img src=x onerror=' })).toHaveCount(1);
  expect((await notice.innerText()).length).toBeLessThan(3000);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(
    await page.evaluate(() => (window as unknown as { pwned?: number }).pwned),
  ).toBeUndefined();
  // The good parameter applied; the bad ones kept their defaults.
  await expect(textbox(page, 'Loaded share')).toHaveValue('40');
  await expect(textbox(page, 'Loaded inquiries the sorting catches')).toHaveValue('90');
  await expect(textbox(page, 'Inquiries per month')).toHaveValue('400');
  await expect(textbox(page, 'Active clients')).toHaveValue('200');
  await expect(page.locator('[data-metric="verdict"]')).toBeVisible();

  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Dismiss the messages about the link' }).click();
  await expect(notice).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Share, export or import' })).toBeFocused();
});

test('a link with many bad parameters lists ten and counts the rest', async ({ page }) => {
  const unknown = Array.from({ length: 13 }, (_, index) => `extra${index}=1`).join('&');
  await page.goto(`/?v=1&loadedShare=0.4&${unknown}`);
  await waitForIslands(page);
  const notice = linkNotice(page);
  await expect(notice.getByRole('listitem')).toHaveCount(10);
  await expect(notice).toContainText('…and 3 more messages.');
  await expect(textbox(page, 'Loaded share')).toHaveValue('40');
});

test('“Copy link” puts the link on the clipboard and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await waitForIslands(page);
  await textbox(page, 'Loaded share').fill('40');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(new URL('/?v=1&preset=uk-services-40&loadedShare=0.4', page.url()).href);
  // The copied link opens the same inputs.
  await page.goto(copied);
  await expect(textbox(page, 'Loaded share')).toHaveValue('40');
});

test('where the clipboard is refused, the link is shown selected with how to copy it', async ({
  page,
  guard,
}) => {
  // Chromium grants sanitized clipboard writes to any click, whatever the permission
  // settings say; a Permissions-Policy that forbids the clipboard makes it refuse.
  await page.route(
    (url) => url.pathname === '/',
    async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers(), 'permissions-policy': 'clipboard-write=()' };
      await route.fulfill({ response, headers });
    },
  );
  await page.goto('/?v=1&loadedShare=0.4');
  await waitForIslands(page);
  const origin = new URL(page.url()).origin;
  await page.getByRole('button', { name: 'Copy link' }).click();
  const field = page.getByRole('textbox', { name: 'Link to this scenario' });
  await expect(field).toBeFocused();
  await expect(field).toHaveValue(`${origin}/?v=1&loadedShare=0.4`);
  await expect(field).toHaveAttribute('readonly', '');
  await expect(page.getByText(/press Ctrl\+C/)).toBeVisible();
  const selected = await field.evaluate((input: HTMLInputElement) =>
    input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0),
  );
  expect(selected).toBe(`${origin}/?v=1&loadedShare=0.4`);
  await expect(page.getByText('Link copied')).toHaveCount(0);
  // The field follows the inputs.
  await textbox(page, 'Loaded share').fill('41');
  await expect(field).toHaveValue(`${origin}/?v=1&loadedShare=0.41`);
  await expectNoAxeViolations(page);
  // The refusal Chromium logs is the point of this test; anything else still fails it.
  const refusal = /Permissions policy violation: The Clipboard API has been blocked/;
  expect(guard.problems.filter((problem) => refusal.test(problem))).toHaveLength(1);
  guard.problems.splice(
    0,
    guard.problems.length,
    ...guard.problems.filter((p) => !refusal.test(p)),
  );
});
