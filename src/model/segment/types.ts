/**
 * The shapes of the segmentation worksheet: an inquiry as read from the
 * owner's list, the weight it carries and the owner's marks.
 */
import type { SignalMatch } from './signals';

/** The emotional weight a client brings to an inquiry, whatever its topic. */
export type Weight = 'routine' | 'loaded';

/** One inquiry as the owner pasted or opened it. Empty strings mean "not given". */
export interface Inquiry {
  /** The inquiry as written (or the whole thread). */
  text: string;
  /** The topic label the firm files it under ("Refund", "Booking"). */
  topic: string;
  /** When it arrived, as written in the source; never interpreted. */
  date: string;
  /** The client's first message, when the source keeps it apart from the thread. */
  firstMessage: string;
}

/** An inquiry with the first-contact signals found in it and the weight they suggest. */
export interface ClassifiedInquiry extends Inquiry {
  signals: readonly SignalMatch[];
  suggested: Weight;
}

/**
 * The owner's mark for each row, in row order: `null` while the owner has not
 * reviewed the row (its suggestion stands), else the weight the owner gave it.
 */
export type Marks = readonly (Weight | null)[];
