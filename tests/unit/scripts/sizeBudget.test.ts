import { randomBytes } from 'node:crypto';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  checkBudgets,
  findImports,
  findPageEntries,
  listPages,
  measurePage,
} from '../../../scripts/size-budget.mjs';

// A small build: index.html loads page.js (static: shared.js, side.js; dynamic:
// Chart.js -> chartCore.js), an island hydrated on load (Island.js, which
// preloads chartPlugins.js for later, and its renderer client.js), an island
// hydrated when the page is idle (IdleIsland.js: shared.js, idle-only.js) and an
// inline module script importing inline-dep.js. shared.js imports page.js back: a cycle the walker must survive.
// Chart.js itself loads chartZoom.js dynamically: later still, but still shipped.
const BUILD = fileURLToPath(new URL('./fixtures/build/', import.meta.url));
const gz = (file: string) => gzipSync(readFileSync(join(BUILD, file), 'utf8')).length;
const INLINE_SCRIPT = 'import "/_astro/inline-dep.js";window.x=1;';

describe(findImports, () => {
  it('separates static imports and re-exports from dynamic imports', () => {
    const code =
      'import{a as b}from"./x.js";import"./y.js";export*from"./z.js";const l=()=>import("./later.js")';
    expect(findImports(code)).toEqual({
      static: ['./x.js', './y.js', './z.js'],
      dynamic: ['./later.js'],
    });
  });

  it('counts the script of a Web Worker as loaded later', () => {
    const code =
      'const w=new Worker(new URL("/_astro/simulation.worker.js",import.meta.url),{type:"module"});';
    expect(findImports(code)).toEqual({ static: [], dynamic: ['/_astro/simulation.worker.js'] });
  });

  it("counts the chunks in Vite's preload list as loaded later", () => {
    const code = 'const d=(m.f||(m.f=["_astro/a.js","_astro/b.css"]));';
    expect(findImports(code).dynamic).toEqual(['/_astro/a.js', '/_astro/b.css']);
  });

  it('does not take an export list without a source for an import', () => {
    expect(findImports('export{a as b};const s="./not-a-module.js";')).toEqual({
      static: [],
      dynamic: [],
    });
  });
});

describe(findPageEntries, () => {
  it('finds module scripts, island urls and inline scripts, and skips JSON data', () => {
    const entries = findPageEntries(readFileSync(join(BUILD, 'index.html'), 'utf8'));
    expect(entries.files).toEqual(['/_astro/page.js', '/_astro/Island.js', '/_astro/client.js']);
    expect(entries.inline).toEqual([INLINE_SCRIPT]);
  });

  it('sets apart the islands hydrated when idle, visible or on a media query', () => {
    const html = [
      '<astro-island component-url="/a.js" renderer-url="/r.js" client="load"></astro-island>',
      '<astro-island component-url="/b.js" renderer-url="/r.js" client="idle"></astro-island>',
      '<astro-island component-url="/c.js" renderer-url="/r2.js" client="visible"></astro-island>',
      '<astro-island component-url="/d.js" client="media"></astro-island>',
      '<astro-island component-url="/e.js" client="only"></astro-island>',
    ].join('');
    const entries = findPageEntries(html);
    expect(entries.files).toEqual(['/a.js', '/r.js', '/e.js']);
    // The renderer is loaded at once for the first island; only the second renderer waits.
    expect(entries.deferred).toEqual(['/b.js', '/c.js', '/r2.js', '/d.js']);
  });
});

describe(measurePage, () => {
  const page = measurePage(BUILD, join(BUILD, 'index.html'));
  const initial = [
    '/_astro/page.js',
    '/_astro/Island.js',
    '/_astro/client.js',
    '/_astro/inline-dep.js',
    '/_astro/shared.js',
    '/_astro/side.js',
  ];
  const later = [
    '/_astro/IdleIsland.js',
    '/_astro/idle-only.js',
    '/_astro/Chart.js',
    '/_astro/chartPlugins.js',
    '/_astro/chartCore.js',
    '/_astro/chartZoom.js',
  ];

  it('follows static imports, through a cycle, for the initial graph', () => {
    expect(page.initialFiles.map((item) => item.file).sort()).toEqual(
      ['(inline 1)', ...initial].sort(),
    );
  });

  it('adds dynamic imports, preloads and all they import, statically or not, to the whole graph', () => {
    expect(page.allFiles.map((item) => item.file).sort()).toEqual(
      ['(inline 1)', ...initial, ...later].sort(),
    );
  });

  it('sums the gzipped size of each file, the inline script included', () => {
    const inline = gzipSync(INLINE_SCRIPT).length;
    const before = inline + initial.reduce((sum, file) => sum + gz(file.slice(1)), 0);
    expect(page.beforeCharts).toBe(before);
    expect(page.inAll).toBe(before + later.reduce((sum, file) => sum + gz(file.slice(1)), 0));
  });

  it('reports an import that is not in the build', () => {
    expect(measurePage(BUILD, join(BUILD, 'broken/index.html')).missing).toEqual([
      '/_astro/gone.js',
    ]);
  });
});

describe(listPages, () => {
  it('names each page by its route', () => {
    expect(listPages(BUILD).map(([route]) => route)).toEqual(['/', '/broken/', '/other/']);
  });
});

describe(checkBudgets, () => {
  it('fails a page other than the calculator over 20 KB, with its figures', () => {
    const dist = mkdtempSync(join(tmpdir(), 'size-budget-'));
    try {
      mkdirSync(join(dist, 'heavy'));
      writeFileSync(join(dist, 'index.html'), '<script type="module" src="/small.js"></script>');
      writeFileSync(join(dist, 'small.js'), 'export const small = 1;');
      writeFileSync(
        join(dist, 'heavy/index.html'),
        '<script type="module" src="/heavy.js"></script>',
      );
      // Random bytes barely compress: 40 KB of them in base64 stay well over 20 KB gzipped.
      writeFileSync(
        join(dist, 'heavy.js'),
        `export const noise = "${randomBytes(40 * 1024).toString('base64')}";`,
      );
      const { failures } = checkBudgets(dist);
      expect(failures).toHaveLength(1);
      expect(failures[0]).toMatch(
        /^\/heavy\/ is over budget in all: \d\d\.\d KB before charts, \d\d\.\d KB in all$/,
      );
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });

  it('passes the fixture build, whose pages are all tiny, apart from the missing import', () => {
    expect(checkBudgets(BUILD).failures).toEqual([
      '/broken/: imports /_astro/gone.js, which is not in the build',
    ]);
  });
});
