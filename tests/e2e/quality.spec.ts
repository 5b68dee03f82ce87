/**
 * The guard of fixtures.ts and the Content-Security-Policy: every page carries a
 * strict policy, and the guard really fails a test on a violation, a console
 * error, an uncaught exception and a request that leaves 127.0.0.1.
 */
import { test, expect, builtRoutes } from './fixtures';

const routes = builtRoutes();

for (const route of routes) {
  test(`${route} carries a strict Content-Security-Policy`, async ({ page }) => {
    await page.goto(route);
    const policy = await page
      .locator('meta[http-equiv="content-security-policy"]')
      .getAttribute('content');
    const directives = new Map(
      (policy ?? '')
        .split(';')
        .map((part) => part.trim().split(/\s+/))
        .filter((words) => words[0])
        .map(([name, ...sources]) => [name, sources]),
    );
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    const scriptSources = directives.get('script-src') ?? [];
    expect(scriptSources[0]).toBe("'self'");
    // Only the site itself and the hashes of Astro's own inline scripts.
    for (const source of scriptSources.slice(1))
      expect(source).toMatch(/^'sha256-[A-Za-z0-9+/=]+'$/);
    for (const source of directives.get('style-src') ?? [])
      expect(source).toMatch(/^'self'$|^'sha256-[A-Za-z0-9+/=]+'$/);
  });
}

test.describe('the guard on every browser test', () => {
  test('catches an injected inline script that the policy blocks', async ({ page, guard }) => {
    await page.goto('/');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
    });
    await expect
      .poll(() => guard.problems.join('\n'))
      .toContain('CSP violation: script-src-elem inline');
    expect(await page.evaluate(() => 'injected' in window)).toBe(false);
    guard.problems.length = 0; // provoked on purpose
  });

  test('catches an inline style attribute that the policy blocks', async ({ page, guard }) => {
    await page.goto('/');
    await page.evaluate(() => {
      document.body.insertAdjacentHTML('beforeend', '<p style="color: red">styled</p>');
    });
    await expect
      .poll(() => guard.problems.join('\n'))
      .toContain('CSP violation: style-src-attr inline');
    guard.problems.length = 0;
  });

  test('catches a console error and an uncaught exception', async ({ page, guard }) => {
    await page.goto('/');
    await page.evaluate(() => {
      console.error('something broke');
      setTimeout(() => {
        throw new Error('uncaught');
      });
    });
    await expect
      .poll(() => guard.problems)
      .toEqual(expect.arrayContaining(['console error: something broke', 'page error: uncaught']));
    guard.problems.length = 0;
  });

  test('stops and reports a request that leaves 127.0.0.1', async ({ page, guard }) => {
    await page.goto('/');
    await expect(page.goto('http://example.org/')).rejects.toThrow();
    // Chromium may upgrade the address to https before it asks.
    expect(guard.problems).toContainEqual(
      expect.stringMatching(/^request left 127\.0\.0\.1: https?:\/\/example\.org\/$/),
    );
    guard.problems.length = 0;
  });
});
