import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLinks, findLinks } from '../../../scripts/check-links.mjs';

const dist = mkdtempSync(join(tmpdir(), 'check-links-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

function page(path: string, body: string) {
  mkdirSync(join(dist, path, '..'), { recursive: true });
  writeFileSync(join(dist, path), `<!doctype html><html lang="en"><body>${body}</body></html>`);
}

describe(findLinks, () => {
  it('reads href, src, each srcset candidate and island urls, decoding entities', () => {
    const html =
      '<a href="/a/?x=1&amp;y=2"></a><img src="b.png" srcset="c.png 1x, d.png 2x"><astro-island component-url="/e.js">';
    expect(findLinks(html)).toEqual(['/a/?x=1&y=2', 'b.png', 'c.png', 'd.png', '/e.js']);
  });
});

describe(checkLinks, () => {
  page(
    'index.html',
    [
      '<main id="main"></main>',
      '<a href="#main">skip</a>', // same page, exists
      '<a href="/about/">about</a>', // folder with index.html
      '<a href="about/#team">team</a>', // relative, fragment exists
      '<a href="/about/#nobody">gone</a>', // fragment missing
      '<img src="/logo.svg" alt="">', // file exists
      '<a href="/missing/">missing</a>', // no such page
      '<a href="https://example.org/">outside</a>', // external: not checked
      '<img src="data:image/png;base64,AAAA" alt="">', // data: not checked
    ].join(''),
  );
  page('about/index.html', '<h2 id="team">Team</h2><a href="../">home</a>');
  writeFileSync(join(dist, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');

  it('finds a missing page and a missing fragment, and nothing else', () => {
    const result = checkLinks(dist);
    expect(result.broken).toEqual([
      '/ -> /about/#nobody: no element with id "nobody"',
      '/ -> /missing/: no such file in the build',
    ]);
    // 6 local links on / and 1 on /about/.
    expect(result.checked).toBe(7);
  });
});
