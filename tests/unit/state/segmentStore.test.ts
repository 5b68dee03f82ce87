import { describe, expect, it } from 'vitest';
import type { StorageLike } from '../../../src/state/persisted';
import {
  forgetWorksheet,
  loadWorksheet,
  saveWorksheet,
  SEGMENT_STORAGE_KEY,
  type KeptWorksheet,
} from '../../../src/state/segmentStore';

/** An in-memory storage; `failWith` makes every call throw that error. */
function fakeStorage(failWith?: Error): StorageLike & { items: Map<string, string> } {
  const items = new Map<string, string>();
  const guard = () => {
    if (failWith) throw failWith;
  };
  return {
    items,
    getItem: (key) => (guard(), items.get(key) ?? null),
    setItem: (key, value) => (guard(), void items.set(key, value)),
    removeItem: (key) => (guard(), void items.delete(key)),
  };
}

const WORKSHEET: KeptWorksheet = {
  inquiries: [
    { text: 'Still waiting', topic: 'Booking', date: '2025-01-01', firstMessage: '' },
    { text: 'Invoice please', topic: '', date: '', firstMessage: '' },
  ],
  marks: ['loaded', null],
};

describe('segmentStore', () => {
  it('keeps and loads the inquiries with their marks', () => {
    const storage = fakeStorage();
    expect(saveWorksheet(storage, WORKSHEET)).toEqual([]);
    expect(loadWorksheet(storage)).toEqual({ worksheet: WORKSHEET, messages: [] });
  });

  it('loads nothing, quietly, when nothing is kept or there is no storage', () => {
    expect(loadWorksheet(fakeStorage())).toEqual({ worksheet: null, messages: [] });
    expect(loadWorksheet(null)).toEqual({ worksheet: null, messages: [] });
  });

  it('forgets everything it kept', () => {
    const storage = fakeStorage();
    saveWorksheet(storage, WORKSHEET);
    expect(forgetWorksheet(storage)).toEqual([]);
    expect(storage.items.has(SEGMENT_STORAGE_KEY)).toBe(false);
  });

  it('says so when the storage is full, instead of throwing', () => {
    const full = fakeStorage(new DOMException('full', 'QuotaExceededError'));
    expect(saveWorksheet(full, WORKSHEET)).toEqual([
      expect.stringMatching(/could not be kept.*storage for this site is full/),
    ]);
  });

  it('says so when the browser refuses storage', () => {
    const refused = fakeStorage(new DOMException('no', 'SecurityError'));
    expect(saveWorksheet(refused, WORKSHEET)).toEqual([
      expect.stringMatching(/could not be kept on this device/),
    ]);
    expect(saveWorksheet(null, WORKSHEET)).toEqual([
      expect.stringMatching(/could not be kept on this device/),
    ]);
    expect(forgetWorksheet(refused)).toEqual([expect.stringMatching(/refused to delete/)]);
  });

  it('refuses damaged or foreign data with a message, and leaves it in place', () => {
    const storage = fakeStorage();
    for (const text of [
      '{not json',
      JSON.stringify({ version: 2, inquiries: [], marks: [] }),
      JSON.stringify({ version: 1, inquiries: [{ text: 3 }], marks: [] }),
    ]) {
      storage.items.set(SEGMENT_STORAGE_KEY, text);
      const { worksheet, messages } = loadWorksheet(storage);
      expect(worksheet).toBeNull();
      expect(messages).toHaveLength(1);
      expect(storage.items.get(SEGMENT_STORAGE_KEY)).toBe(text);
    }
  });

  it('keeps the inquiries but drops marks that do not line up with them', () => {
    const storage = fakeStorage();
    saveWorksheet(storage, { ...WORKSHEET, marks: ['loaded'] });
    const { worksheet, messages } = loadWorksheet(storage);
    expect(worksheet).toEqual({ inquiries: WORKSHEET.inquiries, marks: [null, null] });
    expect(messages).toEqual([expect.stringMatching(/unreviewed again/)]);
  });
});

describe('the scenario the worksheet measures for', () => {
  it('is kept with the inquiries, as its link query', () => {
    const storage = fakeStorage();
    const kept = { ...WORKSHEET, scenarioQuery: 'inquiriesPerMonth=1200&lostClientValue=3000' };
    saveWorksheet(storage, kept);
    expect(loadWorksheet(storage).worksheet).toEqual(kept);
  });

  it('is absent from a worksheet kept before it was carried, and from a damaged one', () => {
    const storage = fakeStorage();
    storage.items.set(
      SEGMENT_STORAGE_KEY,
      JSON.stringify({ version: 1, ...WORKSHEET, scenarioQuery: 42 }),
    );
    expect(loadWorksheet(storage)).toEqual({ worksheet: WORKSHEET, messages: [] });
  });
});
