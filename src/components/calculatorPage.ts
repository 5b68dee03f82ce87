/**
 * The calculator page's wiring (index.astro): the calculator is server-rendered
 * and hydrated by the page's own module script rather than as an Astro island.
 * An island hydrates through a dynamic import(), which the load event does not
 * wait for, so at `load` it may not be up yet; a module script runs, its
 * imports fetched first, before the page counts as loaded.
 *
 * A page opened from a shared link then puts in the document the script of
 * SharedLinkParts.astro, which brings the link reader and the print summary
 * (words, link, QR code) and hands them over here. The load event waits for a
 * script put in the document while it is still loading, fetched and run: when
 * it fires, the link is open and the summary mounted on its figures, so that
 * printing at once (Ctrl+P, or a PDF a browser makes) prints them. A page
 * without a query never fetches those parts at load.
 */
import { flushSync, hydrate, type Component } from 'svelte';
import type * as ShareLink from '../state/shareLink';
import { provideShareLink } from '../state/urlSync.svelte';
import Calculator from './Calculator.svelte';
import type PrintSheet from './print/PrintSheet.svelte';
import { providePrintSheet } from './print/printSheet.svelte';

/**
 * Hydrates the calculator server-rendered in `root`, runs what it does once
 * mounted (its onMount work) now, and on a page with a query puts the shared
 * link's parts (`parts`, a template) in the document.
 */
export function startCalculator(root: HTMLElement, parts: HTMLTemplateElement): void {
  // Astro's checker types a .svelte file imported in TypeScript as an Astro component.
  hydrate(Calculator as unknown as Component, { target: root });
  flushSync();
  if (location.search.length > 1) document.head.append(parts.content.cloneNode(true));
}

/** Opens the page's link with the reader, mounts the print summary on its figures, and renders both now. */
export function takeSharedLinkParts(link: typeof ShareLink, sheet: typeof PrintSheet): void {
  provideShareLink(link);
  providePrintSheet(sheet);
  flushSync();
}
