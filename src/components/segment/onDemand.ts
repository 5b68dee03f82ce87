/**
 * The worksheet's code that a first view does not need, fetched when it is
 * first asked for: the readers of pasted text and opened files (with
 * papaparse), the workers with the word rules that suggest a weight
 * (classifierPool.ts), and the CSV export. The
 * page works before they arrive; a step that needs one waits for it. The
 * browser keeps each module once fetched, so asking again costs nothing.
 */
import { startClassifiers } from './classifierPool';

/** Reading pasted text and opened files into inquiries. */
export const loadReaders = () => import('./readers');

/** Writing the sorted list out as CSV. */
export const loadExport = () => import('../../state/inquiries/export');

/** Starts fetching what reading needs, when the owner turns to bringing inquiries in. */
export function warmReaders(): void {
  void loadReaders().catch(() => {});
  startClassifiers();
}
