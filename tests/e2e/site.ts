/**
 * The site under test: its routes (from src/pages, known before Playwright's
 * webServer has built anything) and the build folder it serves (OUT_DIR, as
 * playwright.config.ts builds it).
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const buildFolder = resolve(process.env.OUT_DIR ?? 'dist');

/** Every page's route, e.g. ['/', '/methodology/', '/segment/']. */
export function siteRoutes(): string[] {
  return readdirSync('src/pages', { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.astro') && !file.includes('['))
    .map((file) => `/${file.replace(/\\/g, '/').replace(/(index)?\.astro$/, '')}`)
    .map((route) => (route.endsWith('/') ? route : `${route}/`))
    .sort();
}

/** The HTML file the build serves for a route. */
export const builtPage = (route: string) => join(buildFolder, route, 'index.html');
