/**
 * The print sheet's component (PrintSheet.svelte), which comes in a chunk of
 * its own: loaded when the summary wants it, or handed over by a page opened
 * from a shared link, which fetches it before its load event
 * (SharedLinkParts.astro) so that printing at once has it.
 */
type Sheet = (typeof import('./PrintSheet.svelte'))['default'];

let arrived = $state.raw<Sheet | null>(null);
let loading: Promise<void> | undefined;

/** The sheet's component once it is here, else null (reactive). */
export const printSheet = (): Sheet | null => arrived;

/** Loads the sheet's component (once; a failed fetch is tried again next time). */
export function loadPrintSheet(): Promise<void> {
  loading ??= import('./PrintSheet.svelte').then((module) => {
    arrived ??= module.default;
  });
  loading.catch(() => (loading = undefined));
  return loading;
}

/** Takes the sheet's component from a page that fetched it itself. */
export function providePrintSheet(sheet: Sheet): void {
  arrived = sheet;
  loading ??= Promise.resolve();
}
