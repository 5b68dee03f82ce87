/**
 * The worksheet's code that a first view does not need, fetched when it is
 * first asked for: the readers of pasted text and opened files (with
 * papaparse), the word rules that suggest a weight, and the CSV export. The
 * page works before they arrive; a step that needs one waits for it. The
 * browser keeps each module once fetched, so asking again costs nothing.
 */

/** Reading pasted text and opened files into inquiries. */
export const loadReaders = () => import('./readers');

/** The word rules that suggest each inquiry's weight. */
export const loadClassifier = () => import('../../model/segment/classify');

/** Writing the sorted list out as CSV. */
export const loadExport = () => import('../../state/inquiries/export');

/** Starts fetching what reading needs, when the owner turns to bringing inquiries in. */
export function warmReaders(): void {
  void loadReaders().catch(() => {});
  void loadClassifier().catch(() => {});
}
