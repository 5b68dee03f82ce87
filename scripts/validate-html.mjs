// HTML validity: runs html-validate (rules in .htmlvalidate.json) on every page of a build.
//
// Usage: node scripts/validate-html.mjs <build folder>   (exit 1 on any error)
import { existsSync, readFileSync } from 'node:fs';
import { resolve, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { HtmlValidate, StaticConfigLoader, formatterFactory } from 'html-validate/node';
import { listPages } from './size-budget.mjs';

// The build lives outside the repository (in a temporary folder), where html-validate
// would find no configuration and check nothing: load the project's own, explicitly.
const config = JSON.parse(readFileSync(new URL('../.htmlvalidate.json', import.meta.url), 'utf8'));

/**
 * Validates every built page; resolves to html-validate's results and the number of pages.
 * @param {string} dist
 */
export async function validateBuild(dist) {
  const validator = new HtmlValidate(new StaticConfigLoader(config));
  const pages = listPages(dist);
  const results = [];
  for (const [, file] of pages) {
    // validateString rather than validateFile: the latter finds nothing to check under Vitest.
    const report = await validator.validateString(readFileSync(file, 'utf8'), file);
    results.push(...report.results);
  }
  return { pages: pages.length, results };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dist = process.argv[2];
  if (!dist || !existsSync(dist)) {
    console.error('Usage: node scripts/validate-html.mjs <build folder>');
    process.exit(2);
  }
  const { pages, results } = await validateBuild(resolve(dist));
  const errors = results.reduce((sum, result) => sum + result.errorCount, 0);
  if (errors > 0) {
    console.error(formatterFactory('stylish')(results));
    console.error(
      `html-validate: ${errors} error(s) in ${results.filter((r) => r.errorCount).length} of ${pages} page(s)`,
    );
    process.exit(1);
  }
  console.log(`html-validate: ${pages} page(s) valid (${relative(process.cwd(), dist) || dist})`);
}
