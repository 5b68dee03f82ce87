// Internal links: every local href, src, srcset and island url in the built pages
// points at a file of the build, and every #fragment at an id on its page.
//
// Usage: node scripts/check-links.mjs <build folder>   (exit 1 on a broken link)
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { listPages } from './size-budget.mjs';

const ORIGIN = 'http://site.invalid';
const linkAttribute =
  /\s(href|src|srcset|poster|component-url|renderer-url|action)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;

/**
 * The link targets named in a page's HTML, entities decoded.
 * @param {string} html
 * @returns {string[]}
 */
export function findLinks(html) {
  const links = [];
  for (const match of html.matchAll(linkAttribute)) {
    const value = decodeEntities(match[2] ?? match[3] ?? '');
    if (match[1].toLowerCase() === 'srcset') {
      links.push(
        ...value
          .split(',')
          .map((candidate) => candidate.trim().split(/\s+/)[0])
          .filter(Boolean),
      );
    } else links.push(value);
  }
  return links;
}

/** The ids (and names) a page's HTML defines, for #fragment targets. */
export function findAnchors(html) {
  return new Set(
    [...html.matchAll(/\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/gi)].map((m) =>
      decodeEntities(m[1] ?? m[2] ?? m[3]),
    ),
  );
}

/**
 * Broken local links of a build, as "page -> link: reason" lines.
 * @param {string} dist
 * @returns {{ pages: number, checked: number, broken: string[] }}
 */
export function checkLinks(dist) {
  const pages = listPages(dist);
  const anchorsOf = new Map();
  const anchors = (file) => {
    if (!anchorsOf.has(file)) anchorsOf.set(file, findAnchors(readFileSync(file, 'utf8')));
    return anchorsOf.get(file);
  };
  const broken = [];
  let checked = 0;
  for (const [route, file] of pages) {
    for (const link of findLinks(readFileSync(file, 'utf8'))) {
      if (link === '' || /^[a-z][a-z0-9+.-]*:/i.test(link) || link.startsWith('//')) continue; // external or data:
      const url = new URL(link, ORIGIN + route);
      checked += 1;
      const target = link.startsWith('#')
        ? file
        : targetFile(dist, decodeURIComponent(url.pathname));
      if (!target) {
        broken.push(`${route} -> ${link}: no such file in the build`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !anchors(target).has(fragment)) {
        broken.push(`${route} -> ${link}: no element with id "${fragment}"`);
      }
    }
  }
  return { pages: pages.length, checked, broken };
}

/** The file a site path is served from, as a static host would find it, or undefined. */
function targetFile(dist, pathname) {
  const path = join(dist, pathname);
  const candidates = pathname.endsWith('/')
    ? [join(path, 'index.html')]
    : [path, join(path, 'index.html'), `${path}.html`];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

function decodeEntities(text) {
  return text
    .replace(/&#(\d+);/g, (_, code) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dist = process.argv[2];
  if (!dist || !existsSync(dist)) {
    console.error('Usage: node scripts/check-links.mjs <build folder>');
    process.exit(2);
  }
  const { pages, checked, broken } = checkLinks(resolve(dist));
  if (broken.length) {
    console.error(
      `Broken internal links (${broken.length}):\n${broken.map((line) => `  ${line}`).join('\n')}`,
    );
    process.exit(1);
  }
  console.log(`Internal links: ${checked} link(s) in ${pages} page(s), none broken`);
}
