/**
 * The saved list shared by several tabs: every change is applied to the list
 * as stored at that moment, so no tab's save, rename, update or delete is lost
 * to another's; the storage event keeps an open list in step; and data that
 * cannot be read is never overwritten or dropped.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SavedStore } from '../../../../src/components/saved/savedStore.svelte';
import { defaultScenario, type Scenario } from '../../../../src/model';
import type { StorageLike } from '../../../../src/state/persisted';
import {
  readSavedScenarios,
  savedScenariosKey,
  type SavedScenarios,
} from '../../../../src/state/savedScenarios';

const MONDAY = '2026-01-05T10:00:00.000Z';
const TUESDAY = '2026-01-06T09:30:00.000Z';
const withShare = (loadedShare: number): Scenario => ({ ...defaultScenario, loadedShare });
const toSave = (loadedShare = 0.33, savedAt = MONDAY) => ({
  scenario: withShare(loadedShare),
  savedAt,
});

/** One browser's localStorage, seen from several tabs; a tab's writes can be made to fail. */
function sharedStorage() {
  const data = new Map<string, string>();
  const tab = () => {
    const view = {
      refuseWrites: false,
      getItem: (key: string) => data.get(key) ?? null,
      setItem(key: string, value: string) {
        if (view.refuseWrites) throw new DOMException('full', 'QuotaExceededError');
        data.set(key, value);
      },
      removeItem: (key: string) => void data.delete(key),
    };
    return view;
  };
  const stored = (): SavedScenarios =>
    readSavedScenarios(data.get(savedScenariosKey) ?? null).collection;
  return { data, tab, stored };
}

/** A tab: its store, and the window its storage events arrive on. */
function openTab(storage: StorageLike) {
  const window = new EventTarget();
  const store = new SavedStore(storage);
  store.follow(window);
  /** What the browser does in the other tabs when one writes under `key`. */
  const hear = (key: string | null = savedScenariosKey) =>
    window.dispatchEvent(Object.assign(new Event('storage'), { key, storageArea: null }));
  return { store, hear };
}

const idsAndNames = (list: SavedScenarios) => list.entries.map(({ id, name }) => `${id} ${name}`);

describe('two tabs that do not hear each other', () => {
  it('keep every save, rename and delete, interleaved', () => {
    const browser = sharedStorage();
    // Both tabs opened on an empty list.
    const a = new SavedStore(browser.tab());
    const b = new SavedStore(browser.tab());

    a.save('A1', toSave());
    b.save('B1', toSave()); // B's list was empty: last write wins would have lost A1
    expect(idsAndNames(browser.stored())).toEqual(['s1 A1', 's2 B1']);

    a.rename('s1', 'A1 renamed');
    b.rename('s2', 'B1 renamed'); // B still shows "A1": its write does not bring it back
    expect(idsAndNames(browser.stored())).toEqual(['s1 A1 renamed', 's2 B1 renamed']);

    a.remove('s2');
    b.save('B2', toSave()); // s3, not s2: B's tab may still show s2
    expect(idsAndNames(browser.stored())).toEqual(['s1 A1 renamed', 's3 B2']);

    a.takeBack(); // undo A's delete: s2 returns after s1, B2 stays
    expect(idsAndNames(browser.stored())).toEqual(['s1 A1 renamed', 's2 B1 renamed', 's3 B2']);
    expect(a.status).toBe('Put back “B1 renamed”.');
  });

  it('end with the list one tab doing every change in turn would have (property)', () => {
    const id = fc.integer({ min: 1, max: 6 }).map((n) => `s${n}`);
    const change = fc.oneof(
      fc.record({ kind: fc.constant('save' as const), name: fc.string({ maxLength: 6 }) }),
      fc.record({ kind: fc.constant('rename' as const), id, name: fc.string({ maxLength: 6 }) }),
      fc.record({
        kind: fc.constant('update' as const),
        id,
        share: fc.double({ min: 0, max: 1, noNaN: true }),
      }),
      fc.record({ kind: fc.constant('duplicate' as const), id }),
      fc.record({ kind: fc.constant('remove' as const), id }),
    );
    type Change = typeof change extends fc.Arbitrary<infer T> ? T : never;
    const apply = (store: SavedStore, step: Change) => {
      if (step.kind === 'save') store.save(step.name, toSave());
      else if (step.kind === 'rename') store.rename(step.id, step.name);
      else if (step.kind === 'update') store.update(step.id, toSave(step.share, TUESDAY));
      else if (step.kind === 'duplicate') store.duplicate(step.id, TUESDAY);
      else store.remove(step.id);
    };
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), change), { maxLength: 25 }),
        (steps) => {
          const shared = sharedStorage();
          const tabs = [0, 1, 2].map(() => new SavedStore(shared.tab()));
          const alone = sharedStorage();
          const single = new SavedStore(alone.tab());
          for (const [tab, step] of steps) {
            apply(tabs[tab]!, step);
            apply(single, step);
          }
          expect(shared.data.get(savedScenariosKey)).toBe(alone.data.get(savedScenariosKey));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('says so when the entry was deleted in another tab, and changes nothing', () => {
    const browser = sharedStorage();
    const a = new SavedStore(browser.tab());
    a.save('Plan A', toSave());
    const b = new SavedStore(browser.tab());
    a.remove('s1');
    const before = browser.data.get(savedScenariosKey);
    b.update('s1', toSave(0.5));
    expect(b.status).toBe('“Plan A” is no longer saved: it was deleted in another tab or window.');
    expect(b.collection.entries).toEqual([]);
    b.rename('s1', 'x');
    expect(browser.data.get(savedScenariosKey)).toBe(before);
  });
});

describe('a tab that hears the storage event', () => {
  it('shows another tab’s save, rename and delete at once, and says so', () => {
    const browser = sharedStorage();
    const a = openTab(browser.tab());
    const b = openTab(browser.tab());
    a.store.save('From A', toSave());
    b.hear();
    expect(idsAndNames(b.store.collection)).toEqual(['s1 From A']);
    expect(b.store.status).toBe('Your saved scenarios were changed in another tab or window.');

    a.store.rename('s1', 'Renamed in A');
    b.hear();
    expect(idsAndNames(b.store.collection)).toEqual(['s1 Renamed in A']);
    a.store.remove('s1');
    b.hear(null); // localStorage.clear() and some browsers give no key
    expect(b.store.collection.entries).toEqual([]);
  });

  it('ignores other keys', () => {
    const browser = sharedStorage();
    const a = openTab(browser.tab());
    const b = openTab(browser.tab());
    a.store.save('From A', toSave());
    b.hear('two-tier:theme');
    expect(b.store.collection.entries).toEqual([]);
    expect(b.store.status).toBe('');
  });

  it('stops listening when asked', () => {
    const browser = sharedStorage();
    const window = new EventTarget();
    const b = new SavedStore(browser.tab());
    const stop = b.follow(window);
    stop();
    new SavedStore(browser.tab()).save('From A', toSave());
    window.dispatchEvent(Object.assign(new Event('storage'), { key: savedScenariosKey }));
    expect(b.collection.entries).toEqual([]);
  });

  it('keeps a corrupt value to download, writes back the entries it showed, and throws nothing', () => {
    const browser = sharedStorage();
    const a = openTab(browser.tab());
    a.store.save('Plan A', toSave(0.4));
    a.store.save('Plan B', toSave(0.2));
    // Another tab (or a program) puts text that is not JSON under the key.
    browser.data.set(savedScenariosKey, '{"entries": [ oops');
    expect(() => a.hear()).not.toThrow();

    const stored = browser.stored();
    expect(idsAndNames(stored)).toEqual(['s1 Plan A', 's2 Plan B']);
    expect(stored.entries[0]?.scenario.loadedShare).toBe(0.4);
    expect(stored.unreadable.map(({ raw }) => raw)).toEqual(['{"entries": [ oops']);
    expect(a.store.collection).toEqual(stored);
    expect(a.store.readMessages.map(({ text }) => text)).toEqual([
      'The saved scenarios were damaged (not valid JSON). Nothing was deleted: the data is kept so it can be downloaded.',
    ]);
    expect(a.store.status).toMatch(/^Another tab or program put unreadable data/);

    // Later changes keep it too, until the person discards it.
    a.store.save('Plan C', toSave());
    expect(browser.stored().unreadable.map(({ raw }) => raw)).toEqual(['{"entries": [ oops']);
    a.store.discard('u1');
    expect(browser.stored().unreadable).toEqual([]);
    expect(browser.stored().entries).toHaveLength(3);
  });

  it('leaves a corrupt value stored as it is when the tab has nothing to put back', () => {
    const browser = sharedStorage();
    const a = openTab(browser.tab());
    browser.data.set(savedScenariosKey, '[1, 2, 3]');
    a.hear();
    expect(browser.data.get(savedScenariosKey)).toBe('[1, 2, 3]');
    expect(a.store.collection.unreadable.map(({ raw }) => raw)).toEqual(['[1, 2, 3]']);
    // The same damage heard twice is listed once.
    a.hear();
    expect(a.store.readMessages).toHaveLength(1);
  });

  it('discards unreadable data by its text, not by a number another tab may have changed', () => {
    const browser = sharedStorage();
    browser.data.set(savedScenariosKey, 'first junk');
    const a = openTab(browser.tab());
    const b = openTab(browser.tab());
    // B discards "first junk" (u1); then other junk arrives, numbered u1 in its turn.
    b.store.discard('u1');
    browser.data.set(
      savedScenariosKey,
      JSON.stringify({
        ...JSON.parse(browser.data.get(savedScenariosKey)!),
        unreadable: [{ raw: 'second junk', reason: 'Kept.' }],
      }),
    );
    // A, not yet told, still shows "first junk" as u1 and discards it: the other junk stays.
    expect(a.store.collection.unreadable.map(({ id, raw }) => `${id} ${raw}`)).toEqual([
      'u1 first junk',
    ]);
    a.store.discard('u1');
    expect(browser.stored().unreadable.map(({ raw }) => raw)).toEqual(['second junk']);
  });
});

describe('a change the browser refuses', () => {
  it('is kept for the visit and stored with the next change that succeeds', () => {
    const browser = sharedStorage();
    const aStorage = browser.tab();
    const a = new SavedStore(aStorage);
    const b = new SavedStore(browser.tab());
    aStorage.refuseWrites = true;
    a.save('A1', toSave());
    expect(a.writeMessages[0]?.text).toMatch(/full/);
    expect(a.status).toBe('Saved “A1”. It is kept only until this page is closed.');
    b.save('B1', toSave());
    aStorage.refuseWrites = false;
    a.save('A2', toSave());
    expect(browser.stored().entries.map(({ name }) => name)).toEqual(['B1', 'A1', 'A2']);
    expect(a.writeMessages).toEqual([]);
  });

  it('never overwrites stored data it could not read', () => {
    const data = new Map([[savedScenariosKey, 'whatever is there']]);
    const storage: StorageLike = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: (key, value) => void data.set(key, value),
      removeItem: () => undefined,
    };
    const a = openTab(storage);
    a.store.save('A1', toSave());
    expect(data.get(savedScenariosKey)).toBe('whatever is there');
    expect(a.store.writeMessages[0]?.text).toMatch(/refused to read/);
    expect(a.store.collection.entries.map(({ name }) => name)).toEqual(['A1']);
    // An event it cannot read leaves the list shown as it is.
    a.hear();
    expect(a.store.collection.entries.map(({ name }) => name)).toEqual(['A1']);
  });
});

describe('updating a saved scenario', () => {
  it('gives the entry the inputs on screen; undo puts back what it held', () => {
    const browser = sharedStorage();
    const a = new SavedStore(browser.tab());
    a.save('Plan A', {
      ...toSave(0.33),
      ranges: { loadedShare: { low: 0.2, likely: 0.33, high: 0.5 } },
    });
    a.update('s1', toSave(0.45, TUESDAY));
    expect(browser.stored().entries[0]).toEqual({
      id: 's1',
      name: 'Plan A',
      savedAt: TUESDAY,
      scenario: withShare(0.45),
    });
    expect(a.status).toBe('Updated “Plan A” with the inputs on screen.');
    expect(a.undo).toMatchObject({ action: 'update', name: 'Plan A' });

    a.takeBack();
    expect(browser.stored().entries[0]).toEqual({
      id: 's1',
      name: 'Plan A',
      savedAt: MONDAY,
      scenario: withShare(0.33),
      ranges: { loadedShare: { low: 0.2, likely: 0.33, high: 0.5 } },
    });
    expect(a.status).toBe('“Plan A” holds the inputs it had before the update again.');
    expect(a.undo).toBeNull();
  });

  it('undoes an update without undoing a rename another tab made since', () => {
    const browser = sharedStorage();
    const a = new SavedStore(browser.tab());
    a.save('Plan A', toSave(0.33));
    a.update('s1', toSave(0.45, TUESDAY));
    new SavedStore(browser.tab()).rename('s1', 'Plan A (team)');
    a.takeBack();
    expect(
      browser.stored().entries.map(({ name, scenario }) => [name, scenario.loadedShare]),
    ).toEqual([['Plan A (team)', 0.33]]);
  });

  it('offers no undo once something else has changed', () => {
    const a = new SavedStore(sharedStorage().tab());
    a.save('Plan A', toSave());
    a.update('s1', toSave(0.45));
    a.save('Plan B', toSave());
    expect(a.undo).toBeNull();
  });
});
