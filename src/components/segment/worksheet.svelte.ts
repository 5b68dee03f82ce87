/**
 * The worksheet's state: the inquiries being sorted, the owner's marks, the
 * tally for owners who only count, and what the page has to say about them.
 * Arithmetic lives in src/model/segment; reading and keeping in src/state.
 */
import { confirmMark, flipMark } from '../../model/segment/review';
import {
  summariseCounts,
  summariseReview,
  type ReviewSummary,
  type ShareSummary,
} from '../../model/segment/summary';
import type { ClassifiedInquiry, Marks } from '../../model/segment/types';
import type { ColumnChoice } from '../../state/inquiries/columnRoles';
import type { InquirySource, ReadProblem, SourceFormat } from '../../state/inquiries/read';
import { readTally } from '../../state/inquiries/tally';
import { browserStorage } from '../../state/persisted';
import { forgetWorksheet, loadWorksheet, saveWorksheet } from '../../state/segmentStore';
import { scenarioQueryOf } from '../../state/scenarioQuery';
import { classifyAll, startClassifiers } from './classifierPool';
import { loadReaders } from './onDemand';

/** Said when code fetched on demand does not arrive (the connection dropped). */
export const CODE_NOT_LOADED =
  'This part of the page could not be loaded: check the connection, then try again. Nothing was sent anywhere.';

/** Sort inquiries one by one, or only type how many of each there were. */
export type WorksheetMode = 'rows' | 'tally';

export class Worksheet {
  mode: WorksheetMode = $state('rows');
  /** What the owner pasted, kept so "forget everything" can clear it too. */
  draft = $state('');
  format: SourceFormat | 'auto' = $state('auto');
  /** A table read but waiting for the owner to confirm its columns. */
  pending: InquirySource | null = $state.raw(null);
  rows: readonly ClassifiedInquiry[] = $state.raw([]);
  marks: Marks = $state.raw([]);
  /** The table the rows came from and the columns used, so the owner can change them. */
  table: { source: InquirySource; columns: ColumnChoice } | null = $state.raw(null);
  /** Messages about rows that were left out or read with a warning. */
  problems: readonly ReadProblem[] = $state.raw([]);
  /** Messages about keeping the worksheet on this device. */
  storageMessages: readonly string[] = $state.raw([]);
  keep = $state(false);
  tallyRoutine = $state('');
  tallyLoaded = $state('');
  /**
   * The calculator's scenario this sample is measured for, as its query
   * (src/state/scenarioQuery.ts): from the address, else as kept; '' for none.
   */
  scenarioQuery = $state('');

  readonly review: ReviewSummary = $derived(summariseReview(this.rows, this.marks));
  readonly tally = $derived(readTally(this.tallyRoutine, this.tallyLoaded));
  /** The summary the results show: the review, or the tally in tally mode. */
  readonly summary: ShareSummary | ReviewSummary | null = $derived.by(() => {
    if (this.mode === 'tally') {
      return this.tally.ok
        ? summariseCounts(this.tally.loaded, this.tally.routine + this.tally.loaded)
        : null;
    }
    return this.rows.length > 0 ? this.review : null;
  });

  private readonly storage = browserStorage();
  /** Counts reads begun, so that only the latest one lands. */
  private reading = 0;

  /**
   * Takes the scenario from the address (`location.search`) and loads what was
   * kept on this device, if the owner asked for that on an earlier visit. A
   * scenario in the address wins over the one kept. Kept rows appear once the
   * word rules have loaded.
   */
  async restore(search: string): Promise<void> {
    const { worksheet, messages } = loadWorksheet(this.storage);
    this.storageMessages = messages;
    this.scenarioQuery = scenarioQueryOf(search) || (worksheet?.scenarioQuery ?? '');
    if (!worksheet) return;
    this.keep = true;
    const reading = ++this.reading;
    const rows = await this.fetchCode(() => classifyAll(worksheet.inquiries));
    if (!rows || reading !== this.reading) return; // "forget everything" or a new read came first
    this.setRows(rows, worksheet.marks);
  }

  /**
   * Reads pasted or opened text. A pasted table, and an opened one whose text
   * column no header names, waits for its columns to be confirmed; an opened
   * export is read at once, its columns still there to change.
   */
  async read(text: string, opened?: { notes: readonly ReadProblem[] }): Promise<void> {
    const format = this.format; // as chosen when asked, whatever happens while the readers load
    const reading = ++this.reading;
    startClassifiers(); // the word rules get ready while the text is read
    const readers = await this.fetchCode(loadReaders);
    if (!readers || reading !== this.reading) return;
    const source = readers.readInquirySource(text, format);
    source.problems.unshift(...(opened?.notes ?? []));
    if (source.format === 'table' && source.records.length > 0 && !(opened && source.textNamed)) {
      this.pending = source;
      this.problems = source.problems;
      return;
    }
    await this.use(source);
  }

  /**
   * Takes the rows of a source through the chosen columns, in chunks so the
   * page keeps answering, and has the workers suggest their weights; rows
   * already here stay if none is usable.
   */
  async use(source: InquirySource, columns: ColumnChoice = source.columns): Promise<void> {
    const reading = ++this.reading;
    const readers = await this.fetchCode(loadReaders);
    if (!readers || reading !== this.reading) return;
    const { inquiries, problems } = await readers.toInquiriesInChunks(source, columns);
    const rows = await this.fetchCode(() => classifyAll(inquiries));
    if (!rows || reading !== this.reading) return; // a later read, or "forget everything", came first
    this.pending = null;
    this.problems = problems;
    if (rows.length === 0) return;
    this.table = source.format === 'table' ? { source, columns } : null;
    this.setRows(rows);
  }

  /** Shows one message about the source (a file too large, a failed read). */
  report(problem: string): void {
    this.problems = [{ row: null, text: problem }];
  }

  /** Loads the 100 fictional inquiries; the data is fetched only when asked for. */
  async loadSample(): Promise<void> {
    const reading = ++this.reading;
    const rows = await this.fetchCode(async () => {
      const { sampleAsInquiries } = await import('../../data/sampleInquiries');
      return classifyAll(sampleAsInquiries());
    });
    if (!rows || reading !== this.reading) return;
    this.pending = null;
    this.problems = [];
    this.table = null;
    this.setRows(rows);
  }

  flip(index: number): void {
    this.marks = flipMark(this.marks, this.rows, index);
    this.persist();
  }

  confirm(index: number): void {
    this.marks = confirmMark(this.marks, this.rows, index);
    this.persist();
  }

  /** Turns keeping on this device on (saves now) or off (removes what was kept). */
  setKeep(on: boolean): void {
    this.keep = on;
    this.storageMessages = on ? this.save() : forgetWorksheet(this.storage);
  }

  /** Clears the page and whatever was kept on this device. */
  forgetEverything(): void {
    this.storageMessages = forgetWorksheet(this.storage);
    this.reading++;
    this.keep = false;
    this.draft = '';
    this.pending = null;
    this.table = null;
    this.problems = [];
    this.rows = [];
    this.marks = [];
    this.tallyRoutine = '';
    this.tallyLoaded = '';
  }

  private setRows(rows: readonly ClassifiedInquiry[], marks?: Marks): void {
    this.rows = rows;
    this.marks = marks ?? rows.map(() => null);
    this.persist();
  }

  /** Code fetched on demand, or null with a message when it does not arrive. */
  private async fetchCode<T>(load: () => Promise<T>): Promise<T | null> {
    try {
      return await load();
    } catch {
      this.report(CODE_NOT_LOADED);
      return null;
    }
  }

  private persist(): void {
    if (this.keep) this.storageMessages = this.save();
  }

  private save(): string[] {
    return saveWorksheet(this.storage, {
      inquiries: this.rows.map(({ text, topic, date, firstMessage }) => ({
        text,
        topic,
        date,
        firstMessage,
      })),
      marks: this.marks,
      scenarioQuery: this.scenarioQuery,
    });
  }
}
