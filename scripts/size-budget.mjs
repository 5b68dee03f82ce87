// The JavaScript budget: how much script each built page ships, gzipped.
//
// For every page of a build, starts from what the HTML loads at once (module
// scripts, inline scripts, modulepreload links, and the component-url and
// renderer-url of each Astro island hydrated on load) and follows static imports
// to build the page's initial graph: the JavaScript needed "before charts".
// Dynamic `import()`s, the chunks Vite lists to preload with them, the scripts of
// Web Workers and the islands hydrated only when the page is idle or they come
// into view, with all they load in turn, are what the page fetches later
// ("after charts"); "in all" is both. Each file is gzipped on its own, as a server would send it.
//
// Imports are found with regular expressions on the minified output, which
// Rollup writes in a narrow form (`import{a as b}from"./x.js"`, `import("./y.js")`);
// only specifiers that resolve to a file in the build are followed.
//
// Usage: node scripts/size-budget.mjs <build folder>   (exit 1 over budget)
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, dirname, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';

const KB = 1024;

/**
 * Budgets in bytes, gzipped. The calculator is the page at the root.
 *
 * Issue 3's targets are 35 KB before charts and 80 KB in all for the calculator,
 * 20 KB for every other page. The first is met and is the limit. The other two
 * are not: Chart.js, tree-shaken to bars and lines, is 47.4 KB and Svelte's
 * runtime 17 KB, which leaves the calculator under 16 KB for everything else it
 * does (links, files, saving, comparing, printing, the simulation), and the
 * segmentation worksheet, a Svelte island, 3 KB. Until that is settled those
 * limits are a ratchet at today's figures plus about 1 KB, so that no change
 * makes a page heavier unnoticed; the report shows each target beside them.
 */
export const budgets = {
  calculator: {
    route: '/',
    beforeCharts: 35 * KB,
    inAll: 152 * KB,
    target: { beforeCharts: 35 * KB, inAll: 80 * KB },
  },
  otherPage: { inAll: 20 * KB },
  // The segmentation worksheet: Svelte's runtime and papaparse (7 KB) with it.
  segment: { route: '/segment/', inAll: 50 * KB, target: { inAll: 20 * KB } },
};

const staticImport =
  /(?:^|[;}\s)])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"'\n]+)["']/gm;
const dynamicImport = /\bimport\s*\(\s*["']([^"'\n]+)["']\s*\)/g;
// A worker the page starts: new Worker(new URL("/_astro/x.js", import.meta.url), …)
const workerScript = /\bnew\s+(?:Shared)?Worker\s*\(\s*(?:new\s+URL\s*\(\s*)?["']([^"'\n]+)["']/g;
// Vite's preload list for dynamic imports: __vite__mapDeps ... m.f=["_astro/a.js","_astro/b.css"]
const preloadList = /\.f\s*\|\|\s*\(\s*\w+\.f\s*=\s*\[([^\]]*)\]/g;

/**
 * The module specifiers a chunk imports, split into static and dynamic ones.
 * @param {string} code
 * @returns {{ static: string[], dynamic: string[] }}
 */
export function findImports(code) {
  const dynamic = [...code.matchAll(dynamicImport), ...code.matchAll(workerScript)].map(
    (match) => match[1],
  );
  const preloaded = [...code.matchAll(preloadList)].flatMap((match) =>
    [...match[1].matchAll(/["']([^"']+)["']/g)].map((item) => `/${item[1].replace(/^\//, '')}`),
  );
  const withoutDynamic = code.replace(dynamicImport, '');
  const statics = [...withoutDynamic.matchAll(staticImport)].map((match) => match[1]);
  return { static: unique(statics), dynamic: unique([...dynamic, ...preloaded]) };
}

/** Astro hydration directives that wait for the page to be idle, visible or to match a query. */
const deferredDirectives = new Set(['idle', 'visible', 'media']);

/**
 * What a page's HTML loads: script files (site paths) and the text of inline
 * scripts. `files` are loaded at once; `deferred` are the islands Astro hydrates
 * only once the page is idle, the island is in view or a media query matches
 * (client:idle, client:visible, client:media): like the charts, the page works
 * without them until then.
 * @param {string} html
 * @returns {{ files: string[], deferred: string[], inline: string[] }}
 */
export function findPageEntries(html) {
  const files = [];
  const deferred = [];
  const inline = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1];
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
    if (type && !['module', 'text/javascript', 'application/javascript'].includes(type)) continue;
    const src = /\bsrc\s*=\s*["']([^"']+)["']/i.exec(attributes)?.[1];
    if (src) files.push(src);
    else if (match[2].trim()) inline.push(match[2]);
  }
  for (const match of html.matchAll(/<link\b[^>]*\brel\s*=\s*["']?modulepreload["']?[^>]*>/gi)) {
    const href = /\bhref\s*=\s*["']([^"']+)["']/i.exec(match[0])?.[1];
    if (href) files.push(href);
  }
  for (const match of html.matchAll(/<astro-island\b[^>]*>/gi)) {
    const directive = /\bclient\s*=\s*["']([^"']+)["']/i.exec(match[0])?.[1] ?? 'load';
    const into = deferredDirectives.has(directive) ? deferred : files;
    for (const url of match[0].matchAll(
      /\b(?:component-url|renderer-url)\s*=\s*["']([^"']+)["']/gi,
    )) {
      into.push(url[1]);
    }
  }
  const loaded = unique(files);
  return {
    files: loaded,
    deferred: unique(deferred).filter((file) => !loaded.includes(file)),
    inline,
  };
}

/**
 * The JavaScript a page ships. `dist` is the build folder, `pageFile` the HTML file.
 * Returns the files (paths relative to dist) of the initial graph and of the whole
 * graph, with gzipped sizes in bytes; inline scripts count as files named "(inline N)".
 * @param {string} dist
 * @param {string} pageFile
 */
export function measurePage(dist, pageFile) {
  const html = readFileSync(pageFile, 'utf8');
  const { files, deferred, inline } = findPageEntries(html);
  const pageDir = dirname(pageFile);
  const sizes = new Map();
  const missing = [];

  const entryPaths = files.map((src) => resolveSpecifier(dist, pageDir, src)).filter(Boolean);
  inline.forEach((code, index) => sizes.set(`(inline ${index + 1})`, gzipSize(code)));
  const inlineImports = inline.map((code) => findImports(code));
  const inlineStatic = inlineImports.flatMap((found) =>
    found.static.map((s) => resolveSpecifier(dist, pageDir, s)),
  );
  const inlineDynamic = inlineImports.flatMap((found) =>
    found.dynamic.map((s) => resolveSpecifier(dist, pageDir, s)),
  );

  const initial = closure(dist, [...entryPaths, ...inlineStatic].filter(Boolean), sizes, missing);
  const pending = [
    ...deferred.map((src) => resolveSpecifier(dist, pageDir, src)).filter(Boolean),
    ...inlineDynamic.filter(Boolean),
    ...[...initial].flatMap((file) => dynamicOf(dist, file)),
  ];
  const all = new Set(initial);
  for (const file of closure(dist, pending, sizes, missing, true)) all.add(file);

  const inlineNames = inline.map((_, index) => `(inline ${index + 1})`);
  const sum = (set) => [...set].reduce((total, file) => total + (sizes.get(file) ?? 0), 0);
  const initialFiles = [...inlineNames, ...initial];
  const allFiles = [...inlineNames, ...all];
  return {
    beforeCharts: sum(initialFiles),
    inAll: sum(allFiles),
    initialFiles: initialFiles.map((file) => ({
      file: display(dist, file),
      gzip: sizes.get(file) ?? 0,
    })),
    allFiles: allFiles.map((file) => ({ file: display(dist, file), gzip: sizes.get(file) ?? 0 })),
    missing,
  };
}

/**
 * Every HTML page of a build, as [route, file] pairs, sorted by route.
 * @param {string} dist
 * @returns {Array<[string, string]>}
 */
export function listPages(dist) {
  return walk(dist)
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const path = relative(dist, file).split(sep).join('/');
      const route = `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
      return /** @type {[string, string]} */ ([route, file]);
    })
    .sort(([a], [b]) => a.localeCompare(b));
}

/**
 * Checks every page against its budget; returns the report lines and the failures.
 * @param {string} dist
 * @returns {{ lines: string[], failures: string[] }}
 */
export function checkBudgets(dist) {
  const lines = [];
  const failures = [];
  lines.push(row('page', 'before charts', 'in all', 'budget (gzipped)', ''));
  for (const [route, file] of listPages(dist)) {
    const page = measurePage(dist, file);
    const isCalculator = route === budgets.calculator.route;
    const over = [];
    if (isCalculator) {
      if (page.beforeCharts > budgets.calculator.beforeCharts) over.push('before charts');
      if (page.inAll > budgets.calculator.inAll) over.push('in all');
    }
    const otherBudget = route === budgets.segment.route ? budgets.segment : budgets.otherPage;
    if (!isCalculator && page.inAll > otherBudget.inAll) over.push('in all');
    const budget = isCalculator
      ? `${kb(budgets.calculator.beforeCharts)} / ${kb(budgets.calculator.inAll)}`
      : `${kb(otherBudget.inAll)} in all`;
    lines.push(
      row(
        route,
        kb(page.beforeCharts),
        kb(page.inAll),
        budget,
        over.length ? `OVER (${over.join(', ')})` : 'ok',
      ),
    );
    const target = isCalculator ? budgets.calculator.target : otherBudget.target;
    if (target) lines.push(...targetRows(page, target));
    for (const name of page.missing)
      failures.push(`${route}: imports ${name}, which is not in the build`);
    if (over.length)
      failures.push(`${route} is over budget ${over.join(' and ')}: ${describe(page)}`);
    if (isCalculator || over.length) lines.push(...largest(page).map((item) => `    ${item}`));
  }
  return { lines, failures };
}

/** A line of the report's table. */
function row(route, before, all, budget, verdict) {
  return `${route.padEnd(28)} ${before.padStart(14)} ${all.padStart(10)}   ${budget.padEnd(26)} ${verdict}`;
}

/** One report row per target a page has: its figure, the target, and whether it is met. */
function targetRows(page, target) {
  return Object.entries({ beforeCharts: 'before charts', inAll: 'in all' })
    .filter(([key]) => target[key] !== undefined)
    .map(([key, name]) =>
      row(
        '',
        '',
        '',
        `target ${kb(target[key])} ${name}`,
        page[key] > target[key] ? 'NOT MET' : 'met',
      ),
    );
}

function describe(page) {
  return `${kb(page.beforeCharts)} before charts, ${kb(page.inAll)} in all`;
}

/** The chunks that weigh most on a page, largest first, each marked initial or later. */
function largest(page, count = 6) {
  const initial = new Set(page.initialFiles.map((item) => item.file));
  return [...page.allFiles]
    .sort((a, b) => b.gzip - a.gzip)
    .slice(0, count)
    .map(
      (item) =>
        `${kb(item.gzip).padStart(9)}  ${initial.has(item.file) ? 'initial' : 'later  '}  ${item.file}`,
    );
}

/**
 * The files reached from `starts` through static imports, and through dynamic ones
 * too when `followDynamic` is set (a chart module loaded later may load more later).
 */
function closure(dist, starts, sizes, missing, followDynamic = false) {
  const seen = new Set();
  const queue = [...starts];
  while (queue.length > 0) {
    const file = /** @type {string} */ (queue.shift());
    if (seen.has(file)) continue;
    if (!existsSync(file)) {
      if (!missing.includes(display(dist, file))) missing.push(display(dist, file));
      continue;
    }
    seen.add(file);
    if (!file.endsWith('.js') && !file.endsWith('.mjs')) continue; // a preloaded stylesheet
    const code = readFileSync(file, 'utf8');
    sizes.set(file, gzipSize(code));
    const found = findImports(code);
    const specifiers = followDynamic ? [...found.static, ...found.dynamic] : found.static;
    for (const specifier of specifiers) {
      const target = resolveSpecifier(dist, dirname(file), specifier);
      if (target) queue.push(target);
    }
  }
  return [...seen].filter((file) => file.endsWith('.js') || file.endsWith('.mjs'));
}

function dynamicOf(dist, file) {
  const code = readFileSync(file, 'utf8');
  return findImports(code)
    .dynamic.map((specifier) => resolveSpecifier(dist, dirname(file), specifier))
    .filter((target) => target && (target.endsWith('.js') || target.endsWith('.mjs')));
}

/** A file path for a specifier in the build, or undefined for a bare or external one. */
function resolveSpecifier(dist, fromDir, specifier) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(specifier) || specifier.startsWith('//')) return undefined;
  const path = specifier.split(/[?#]/)[0];
  if (path.startsWith('/')) return join(dist, path);
  if (path.startsWith('./') || path.startsWith('../')) return resolve(fromDir, path);
  return undefined;
}

function gzipSize(text) {
  return gzipSync(text).length;
}

/** @param {string} dir @returns {string[]} */
function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

function display(dist, file) {
  return file.startsWith('(') ? file : `/${relative(dist, file).split(sep).join('/')}`;
}

function unique(items) {
  return [...new Set(items)];
}

/** Bytes as kilobytes with one decimal, e.g. "12.3 KB". */
export function kb(bytes) {
  return `${(bytes / KB).toFixed(1)} KB`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dist = process.argv[2];
  if (!dist || !existsSync(dist)) {
    console.error('Usage: node scripts/size-budget.mjs <build folder>');
    process.exit(2);
  }
  const { lines, failures } = checkBudgets(resolve(dist));
  console.log(`JavaScript shipped per page, gzipped:\n${lines.join('\n')}`);
  if (failures.length) {
    console.error(`\nSize budget failed:\n${failures.map((failure) => `  ${failure}`).join('\n')}`);
    process.exit(1);
  }
}
