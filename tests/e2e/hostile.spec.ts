/**
 * Hostile input in the browser: addresses and typed values built to inject
 * markup, overflow or confuse the parsers. Nothing they carry may appear in the
 * page as an element or run as a script, nothing may throw (the guard fails the
 * test on any console error, exception or CSP violation), and the calculator
 * must still work afterwards.
 */
import type { Page } from '@playwright/test';
import { test, expect, revealDeferredParts, waitForIslands } from './fixtures';
import { fieldMeta, verdictIds, type ScenarioField } from '../../src/model';

// Every payload that could become an element carries data-hostile, so one query finds them all.
const SCRIPT = '<script data-hostile>window.pwned = 1</script>';
const IMAGE = '<img data-hostile src="x" onerror="window.pwned = 1">';
const SVG = '<svg data-hostile onload="window.pwned = 1"></svg>';
const HUNDRED_KB = 'A'.repeat(100 * 1024);

const hostileQueries: Record<string, string> = {
  'script and image tags': `?name=${encodeURIComponent(SCRIPT)}&loadedShare=${encodeURIComponent(IMAGE)}&inquiriesPerMonth=${encodeURIComponent(SVG)}`,
  'NaN, Infinity and an overflowing exponent':
    '?loadedShare=NaN&inquiriesPerMonth=Infinity&activeClients=-Infinity&lostClientValue=1e309',
  'unicode digits': `?loadedShare=${encodeURIComponent('٠٫٦')}&inquiriesPerMonth=${encodeURIComponent('１２３')}&activeClients=${encodeURIComponent('४०')}`,
  'repeated and prototype keys':
    '?loadedShare=0.1&loadedShare=0.9&__proto__[polluted]=1&constructor=1&toString=x&hasOwnProperty=1',
  'broken percent-encoding': '?loadedShare=%E0%A4%A&name=%&v=%FF',
  'a script in the fragment': `#${encodeURIComponent(IMAGE)}`,
};

/** Nothing from the payloads is in the DOM and nothing ran. */
async function expectNothingInjected(page: Page) {
  expect(await page.locator('[data-hostile]').count(), 'elements injected from the input').toBe(0);
  expect(await page.evaluate(() => 'pwned' in window), 'a payload ran').toBe(false);
  expect(
    await page.evaluate(() => 'polluted' in Object.prototype),
    'Object.prototype polluted',
  ).toBe(false);
}

/** The calculator still answers: a valid loaded share gives a verdict, a bad one a message. */
async function expectCalculatorWorks(page: Page) {
  const verdict = page.locator('[data-metric="verdict"]');
  await expect(verdict).toHaveAttribute('data-value', new RegExp(`^(${verdictIds.join('|')})$`));
  const loadedShare = page.getByRole('textbox', { name: /loaded share/i });
  await loadedShare.fill('35');
  await expect(loadedShare).not.toHaveAttribute('aria-invalid', 'true');
  await loadedShare.fill('135');
  await expect(loadedShare).toHaveAttribute('aria-invalid', 'true');
  await expect(loadedShare).toHaveAccessibleDescription(/loaded share/i);
}

test.describe('a hostile address', () => {
  for (const [name, query] of Object.entries(hostileQueries)) {
    test(`with ${name} opens the calculator and injects nothing`, async ({ page }) => {
      await page.goto(`/${query}`);
      await waitForIslands(page);
      await expectNothingInjected(page);
      await expectCalculatorWorks(page);
      await expectNothingInjected(page);
    });
  }

  test('of over 100 KB opens the calculator and injects nothing', async ({ page }) => {
    // The preview server refuses request lines over 16 KB (Node's header limit); a
    // static host may not. Serve the page for the long address from the short one.
    await page.route(/\?name=A{1000}/, async (route) => {
      const response = await route.fetch({ url: new URL('/', route.request().url()).href });
      await route.fulfill({ response });
    });
    await page.goto(
      `/?name=${HUNDRED_KB}&loadedShare=${'9'.repeat(100 * 1024)}&${'x=1&'.repeat(1000)}`,
    );
    await waitForIslands(page);
    await expectNothingInjected(page);
    await expectCalculatorWorks(page);
  });
});

test.describe('hostile values typed into the form', () => {
  const fields: ScenarioField[] = ['inquiriesPerMonth', 'loadedShare', 'lostClientValue'];
  const refused = [
    SCRIPT,
    IMAGE,
    'NaN',
    'Infinity',
    '-Infinity',
    '1e309',
    '٣٣',
    '１２',
    '0x1F',
    '1__0',
    '--1',
    HUNDRED_KB,
  ];

  for (const field of fields) {
    const label = fieldMeta(field).label;

    test(`${label}: refuses each with a message, keeps what was typed and the last results`, async ({
      page,
    }) => {
      await page.goto('/');
      await waitForIslands(page);
      // The charts and their tables arrive after Chart.js, as they near the screen:
      // take the figures once all is there.
      await revealDeferredParts(page);
      await page.waitForLoadState('networkidle');
      const input = page.getByRole('textbox', { name: label, exact: true });
      const figures = () =>
        page
          .locator('[data-metric]')
          .evaluateAll((elements) =>
            elements.map(
              (element) =>
                `${element.getAttribute('data-metric')}=${element.getAttribute('data-value')}`,
            ),
          );
      // Settled when two readings 300 ms apart agree.
      let before = await figures();
      for (let reading = 0; reading < 10; reading += 1) {
        await page.waitForTimeout(300);
        const again = await figures();
        if (again.join() === before.join()) break;
        before = again;
      }
      expect(before.length, 'figures on the page').toBeGreaterThan(1);

      for (const value of refused) {
        await input.fill(value);
        await expect(input, 'what was typed is kept').toHaveValue(value);
        await expect(input).toHaveAttribute('aria-invalid', 'true');
        // The message beside the field names it.
        await expect(input).toHaveAccessibleDescription(new RegExp(label, 'i'));
        expect(await figures(), 'results stay those of the last valid scenario').toEqual(before);
        await expectNothingInjected(page);
      }

      // A valid value again clears the message; the calculator carries on.
      const restored = field === 'loadedShare' ? '33' : '2000';
      await input.fill(restored);
      await expect(input).not.toHaveAttribute('aria-invalid', 'true');
      await expect(page.locator('[data-metric="verdict"]')).toHaveAttribute(
        'data-value',
        new RegExp(verdictIds.join('|')),
      );
    });
  }

  test('negative zero is read as zero, not refused and not shown as -0', async ({ page }) => {
    await page.goto('/');
    await waitForIslands(page);
    const input = page.getByRole('textbox', { name: fieldMeta('loadedShare').label, exact: true });
    await input.fill('-0');
    await expect(input).not.toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('[data-metric]').first()).toBeAttached();
    expect(await page.locator('[data-value="-0"]').count()).toBe(0);
  });
});
