/**
 * The built pages are valid HTML, and every local link, script, image and island
 * in them leads to something the site serves (and every #fragment to an id).
 */
import { readFileSync } from 'node:fs';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate/node';
import { test, expect, builtRoutes } from './fixtures';
import { builtPage } from './site';

const routes = builtRoutes();

for (const route of routes) {
  test(`${route} is valid HTML`, async () => {
    // The project's .htmlvalidate.json applies: the build lies inside the project.
    const file = builtPage(route);
    const report = await new HtmlValidate(new FileSystemConfigLoader()).validateString(
      readFileSync(file, 'utf8'),
      file,
    );
    expect(report.valid, formatterFactory('stylish')(report.results)).toBe(true);
  });

  test(`every local link on ${route} leads somewhere`, async ({ page, request }) => {
    await page.goto(route);
    // The HTML as built, parsed but not run, so hydration cannot hide a broken island.
    const html = readFileSync(builtPage(route), 'utf8');
    const links = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'text/html');
      const attributes = ['href', 'src', 'poster', 'action', 'component-url', 'renderer-url'];
      const found = attributes.flatMap((name) =>
        [...doc.querySelectorAll(`[${name}]`)].map((element) => element.getAttribute(name)!),
      );
      for (const element of doc.querySelectorAll('[srcset]'))
        found.push(
          ...element
            .getAttribute('srcset')!
            .split(',')
            .map((part) => part.trim().split(/\s+/)[0]),
        );
      // Leave out other hosts and schemes (mailto:, data:); the guard keeps requests local.
      return found.filter((link) => link && !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(link));
    }, html);
    expect(links.length).toBeGreaterThan(0);
    for (const link of new Set(links)) {
      const url = new URL(link, page.url());
      const response = await request.get(url.pathname);
      expect(response.ok(), `${route} -> ${link}`).toBe(true);
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment)
        expect(await response.text(), `${route} -> ${link}`).toContain(`id="${fragment}"`);
    }
  });
}
