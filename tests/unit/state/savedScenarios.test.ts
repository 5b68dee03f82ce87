import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultScenario, findPreset, type Scenario } from '../../../src/model';
import {
  deleteScenario,
  discardUnreadable,
  duplicateScenario,
  emptySavedScenarios,
  findSavedScenario,
  loadSavedScenarios,
  putBackScenario,
  readSavedScenarios,
  renameScenario,
  saveScenario,
  savedScenariosKey,
  storeSavedScenarios,
  updateScenario,
  writeSavedScenarios,
  type SavedScenario,
  type SavedScenarios,
} from '../../../src/state/savedScenarios';
import type { StorageLike } from '../../../src/state/persisted';
import { presetIdArbitrary, scenarioWithRangesArbitrary } from './fixtures/arbitraries';

const MONDAY = '2026-01-05T10:00:00.000Z';
const TUESDAY = '2026-01-06T09:30:00.000Z';
const withChanges = (changes: Partial<Scenario>): Scenario => ({ ...defaultScenario, ...changes });

/** Two saved scenarios, built through the public functions. */
function twoSaved(): SavedScenarios {
  const first = saveScenario(emptySavedScenarios, 'Q3 plan', {
    scenario: withChanges({ loadedShare: 0.4 }),
    ranges: { churnIfFumbledLoaded: { low: 0.05, likely: 0.1, high: 0.2 } },
    savedAt: MONDAY,
  });
  return saveScenario(first.collection, 'Klarna what-if', {
    scenario: findPreset('klarna-hybrid')!.scenario,
    presetId: 'klarna-hybrid',
    savedAt: TUESDAY,
  }).collection;
}

function documentWith(entries: unknown[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    format: 'two-tier-support-saved-scenarios',
    version: 1,
    entries,
    ...extra,
  });
}

describe('saving, listing and changing saved scenarios', () => {
  it('saves under a name with its ranges and preset, giving each entry an id', () => {
    const collection = twoSaved();
    expect(collection.entries.map(({ id, name, savedAt }) => [id, name, savedAt])).toEqual([
      ['s1', 'Q3 plan', MONDAY],
      ['s2', 'Klarna what-if', TUESDAY],
    ]);
    expect(collection.entries[0]?.ranges).toEqual({
      churnIfFumbledLoaded: { low: 0.05, likely: 0.1, high: 0.2 },
    });
    expect(collection.entries[1]?.presetId).toBe('klarna-hybrid');
    expect(emptySavedScenarios.entries).toEqual([]);
  });

  it('trims names, cuts them at 200 characters and calls an empty one untitled', () => {
    const { collection } = saveScenario(emptySavedScenarios, `  ${'n'.repeat(250)}  `, {
      scenario: defaultScenario,
      savedAt: MONDAY,
    });
    expect(collection.entries[0]?.name).toBe('n'.repeat(200));
    expect(renameScenario(collection, 's1', '   ').entries[0]?.name).toBe('Untitled scenario');
  });

  it('opens, renames, updates, duplicates and deletes by id', () => {
    const collection = twoSaved();
    expect(findSavedScenario(collection, 's2')?.name).toBe('Klarna what-if');
    expect(findSavedScenario(collection, 's9')).toBeUndefined();

    const renamed = renameScenario(collection, 's1', 'Q4 plan');
    expect(renamed.entries.map(({ name }) => name)).toEqual(['Q4 plan', 'Klarna what-if']);

    const updated = updateScenario(renamed, 's1', { scenario: defaultScenario, savedAt: TUESDAY });
    expect(updated.entries[0]).toEqual({
      id: 's1',
      name: 'Q4 plan',
      savedAt: TUESDAY,
      scenario: defaultScenario,
    });

    const duplicated = duplicateScenario(collection, 's1', TUESDAY);
    expect(duplicated.entry?.name).toBe('Q3 plan (copy)');
    expect(duplicated.collection.entries.map(({ id }) => id)).toEqual(['s1', 's3', 's2']);
    expect(duplicated.collection.entries[1]?.scenario).toEqual(collection.entries[0]?.scenario);
    expect(duplicated.collection.entries[1]?.ranges).toEqual(collection.entries[0]?.ranges);

    const deleted = deleteScenario(collection, 's1');
    expect(deleted.entries.map(({ id }) => id)).toEqual(['s2']);
    // the next id never reuses a higher one still in use
    expect(
      saveScenario(deleted, 'new', { scenario: defaultScenario, savedAt: MONDAY }).entry.id,
    ).toBe('s3');
  });

  it('updates an entry with new inputs, ranges and preset, keeping its id, name and place', () => {
    const collection = twoSaved();
    const updated = updateScenario(collection, 's1', {
      scenario: withChanges({ loadedShare: 0.45 }),
      presetId: 'klarna-hybrid',
      savedAt: TUESDAY,
    });
    expect(updated.entries.map(({ id, name }) => [id, name])).toEqual([
      ['s1', 'Q3 plan'],
      ['s2', 'Klarna what-if'],
    ]);
    // The old ranges go with the old inputs: none were given with the new ones.
    expect(updated.entries[0]).toEqual({
      id: 's1',
      name: 'Q3 plan',
      savedAt: TUESDAY,
      presetId: 'klarna-hybrid',
      scenario: withChanges({ loadedShare: 0.45 }),
    });
    expect(updated.entries[1]).toBe(collection.entries[1]);
  });

  it('leaves the collection alone for an unknown id', () => {
    const collection = twoSaved();
    expect(
      updateScenario(collection, 'nope', { scenario: defaultScenario, savedAt: MONDAY }),
    ).toEqual(collection);
    expect(renameScenario(collection, 'nope', 'x')).toEqual(collection);
    expect(deleteScenario(collection, 'nope')).toEqual(collection);
    expect(duplicateScenario(collection, 'nope', MONDAY)).toEqual({ collection });
  });

  it('never changes the collection or scenario it is given', () => {
    const collection = twoSaved();
    const copy = structuredClone(collection);
    const scenario = withChanges({ loadedShare: 0.5 });
    const saved = saveScenario(collection, 'x', { scenario, savedAt: MONDAY });
    renameScenario(collection, 's1', 'y');
    duplicateScenario(collection, 's1', MONDAY);
    deleteScenario(collection, 's1');
    updateScenario(collection, 's1', { scenario, savedAt: TUESDAY });
    putBackScenario(deleteScenario(collection, 's2'), collection.entries[1]!, 's1');
    expect(collection).toEqual(copy);
    saved.entry.scenario.loadedShare = 0.9;
    expect(scenario.loadedShare).toBe(0.5);
  });
});

describe('entry ids across tabs', () => {
  it('never hands out an id again after a delete, even the last one', () => {
    // s1 and s2 saved; s2 deleted. A new entry is s3, not s2: another tab may still show s2.
    const deleted = deleteScenario(twoSaved(), 's2');
    expect(deleted.idCounter).toBe(2);
    const { entry } = saveScenario(deleted, 'new', { scenario: defaultScenario, savedAt: MONDAY });
    expect(entry.id).toBe('s3');
  });

  it('keeps the counter in the stored document', () => {
    const deleted = deleteScenario(deleteScenario(twoSaved(), 's2'), 's1');
    const read = readSavedScenarios(writeSavedScenarios(deleted));
    expect(read.collection).toEqual({ entries: [], unreadable: [], idCounter: 2 });
    expect(
      saveScenario(read.collection, 'x', { scenario: defaultScenario, savedAt: MONDAY }).entry.id,
    ).toBe('s3');
  });

  it.each([[-1], [1.5], ['7'], [Number.MAX_SAFE_INTEGER + 2], [null]])(
    'ignores a counter of %s: the ids in use still decide the next one',
    (idCounter) => {
      const stored = JSON.parse(writeSavedScenarios(twoSaved()));
      const read = readSavedScenarios(JSON.stringify({ ...stored, idCounter }));
      expect(read.messages).toEqual([]);
      expect(read.collection.idCounter).toBeUndefined();
      expect(
        saveScenario(read.collection, 'x', { scenario: defaultScenario, savedAt: MONDAY }).entry.id,
      ).toBe('s3');
    },
  );

  it('repairs a missing id to one never handed out', () => {
    const stored = JSON.parse(writeSavedScenarios(deleteScenario(twoSaved(), 's2')));
    const { id: _lost, ...entry } = stored.entries[0];
    const read = readSavedScenarios(JSON.stringify({ ...stored, entries: [entry] }));
    // s1 and s2 were handed out: the repaired entry is s3.
    expect(read.collection.entries.map(({ id }) => id)).toEqual(['s3']);
  });
});

describe(putBackScenario, () => {
  const [first, second] = twoSaved().entries as [SavedScenario, SavedScenario];
  const threeSaved = saveScenario(twoSaved(), 'Third', {
    scenario: defaultScenario,
    savedAt: TUESDAY,
  }).collection;

  it('puts a deleted entry back after the entry that came before it', () => {
    const deleted = deleteScenario(threeSaved, 's2');
    expect(putBackScenario(deleted, second, 's1').entries.map(({ id }) => id)).toEqual([
      's1',
      's2',
      's3',
    ]);
  });

  it('puts it first when it was first, or when the one before it is gone', () => {
    const deleted = deleteScenario(deleteScenario(threeSaved, 's1'), 's2');
    expect(putBackScenario(deleted, first, null).entries.map(({ id }) => id)).toEqual(['s1', 's3']);
    expect(putBackScenario(deleted, second, 's1').entries.map(({ id }) => id)).toEqual([
      's2',
      's3',
    ]);
  });

  it('never makes two entries of one', () => {
    expect(putBackScenario(threeSaved, second, 's1')).toBe(threeSaved);
  });

  it('raises the counter to cover the entry put back', () => {
    // A list that lost its counter (written by an older version) gets s9 back: next is s10.
    const back = putBackScenario(emptySavedScenarios, { ...first, id: 's9' }, null);
    expect(back.idCounter).toBe(9);
    expect(saveScenario(back, 'x', { scenario: defaultScenario, savedAt: MONDAY }).entry.id).toBe(
      's10',
    );
  });
});

describe('the stored document', () => {
  it('is one versioned JSON document', () => {
    const stored = JSON.parse(writeSavedScenarios(twoSaved()));
    expect(stored.format).toBe('two-tier-support-saved-scenarios');
    expect(stored.version).toBe(1);
    expect(stored.entries).toHaveLength(2);
    expect(stored.unreadable).toEqual([]);
    expect(savedScenariosKey).toBe('two-tier:scenarios');
  });

  it('reads back exactly what was written (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(scenarioWithRangesArbitrary, presetIdArbitrary, fc.string()), {
          maxLength: 4,
        }),
        (items) => {
          const collection = items.reduce<SavedScenarios>(
            (current, [{ scenario, ranges }, presetId, name]) =>
              saveScenario(current, name, { scenario, ranges, presetId, savedAt: MONDAY })
                .collection,
            emptySavedScenarios,
          );
          const read = readSavedScenarios(writeSavedScenarios(collection));
          expect(read.messages).toEqual([]);
          expect(read.collection).toEqual(collection);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('is empty, without a message, when nothing is stored', () => {
    expect(readSavedScenarios(null)).toEqual({
      collection: { entries: [], unreadable: [] },
      messages: [],
    });
  });
});

describe('reading damaged or foreign data', () => {
  it.each([
    [
      'text that is not JSON',
      '{"format":"two-tier-support-saved-scenarios","entries":[',
      /damaged/,
    ],
    ['a list', '[1,2,3]', /not a list of saved scenarios/],
    ['another document', '{"theme":"dark"}', /not a list of saved scenarios/],
    ['a string', '"hello"', /not a list of saved scenarios/],
  ])('keeps %s whole, as raw text to download', (_what, raw, reason) => {
    const read = readSavedScenarios(raw);
    expect(read.collection.entries).toEqual([]);
    expect(read.collection.unreadable).toEqual([
      { id: 'u1', raw, reason: expect.stringMatching(reason) },
    ]);
    expect(read.messages).toHaveLength(1);
    expect(read.messages[0]?.text).toMatch(/Nothing was deleted/);
  });

  it('does not overwrite unreadable data when a scenario is saved afterwards', () => {
    const raw = 'garbage{';
    const { collection } = readSavedScenarios(raw);
    const saved = saveScenario(collection, 'new', {
      scenario: defaultScenario,
      savedAt: MONDAY,
    }).collection;
    const reread = readSavedScenarios(writeSavedScenarios(saved));
    expect(reread.collection.entries.map(({ name }) => name)).toEqual(['new']);
    expect(reread.collection.unreadable.map(({ raw: kept }) => kept)).toEqual([raw]);
    expect(reread.messages).toEqual([]);
  });

  it('keeps the other entries and the bad entry’s raw text when one entry is unreadable', () => {
    const good = JSON.parse(writeSavedScenarios(twoSaved())).entries[0];
    const bad = { id: 's7', name: 'broken', savedAt: MONDAY, scenario: 'oops' };
    const read = readSavedScenarios(documentWith([bad, good, 42]));
    expect(read.collection.entries.map(({ name }) => name)).toEqual(['Q3 plan']);
    expect(read.collection.unreadable.map(({ raw }) => raw)).toEqual([JSON.stringify(bad), '42']);
    expect(read.messages.map(({ param }) => param)).toEqual(['entries[0]', 'entries[2]']);
  });

  it('opens an entry with a bad field, using the default there, and keeps its original', () => {
    const entry = {
      id: 's1',
      name: 'Q3 plan',
      savedAt: MONDAY,
      scenario: { ...defaultScenario, loadedShare: 0.4, routerRecall: 7 },
    };
    const read = readSavedScenarios(documentWith([entry]));
    expect(read.collection.entries[0]?.scenario).toEqual(withChanges({ loadedShare: 0.4 }));
    expect(read.messages).toEqual([
      {
        param: 'entries[0].scenario.routerRecall',
        kind: 'out-of-bounds',
        text: '“Q3 plan”: routerRecall=7 is above the maximum, 100%; used the default, 90%.',
      },
    ]);
    expect(read.collection.unreadable).toEqual([
      {
        id: 'u1',
        raw: JSON.stringify(entry),
        reason:
          '“Q3 plan” had values that could not be read; this is the original as it was saved.',
      },
    ]);
  });

  it('falls back to the preset’s value for an entry saved from a preset', () => {
    const klarna = findPreset('klarna-hybrid')!.scenario;
    const entry = {
      id: 's1',
      name: 'K',
      savedAt: MONDAY,
      presetId: 'klarna-hybrid',
      scenario: { ...klarna, currency: 'XXX' },
    };
    const read = readSavedScenarios(documentWith([entry]));
    expect(read.collection.entries[0]?.scenario).toEqual(klarna);
    expect(read.messages[0]?.text).toBe(
      '“K”: currency=XXX is not one of GBP, USD, EUR, CAD, AUD; used the preset’s value, USD.',
    );
  });

  it('fills a field missing from an older save with the default, without calling it damage', () => {
    const { churnLagMonths: _missing, ...scenario } = defaultScenario;
    const read = readSavedScenarios(
      documentWith([{ id: 's1', name: 'old', savedAt: MONDAY, scenario }]),
    );
    expect(read.collection.entries[0]?.scenario).toEqual(defaultScenario);
    expect(read.messages.map(({ param, kind }) => [param, kind])).toEqual([
      ['entries[0].scenario.churnLagMonths', 'missing'],
    ]);
    expect(read.collection.unreadable).toEqual([]);
  });

  it('repairs names, dates, ids and presets it cannot read, with messages', () => {
    const entries = [
      { id: 'dup', name: 'A', savedAt: 'yesterday', scenario: defaultScenario },
      { id: 'dup', name: 12, savedAt: MONDAY, presetId: 'gone', scenario: defaultScenario },
    ];
    const read = readSavedScenarios(documentWith(entries));
    expect(read.collection.entries.map(({ id, name, savedAt }) => [id, name, savedAt])).toEqual([
      ['dup', 'A', ''],
      ['s1', 'Untitled scenario', MONDAY],
    ]);
    expect(read.messages.map(({ param }) => param)).toEqual([
      'entries[0].savedAt',
      'entries[1].name',
      'entries[1].presetId',
    ]);
    // what could not be read is kept as it was
    expect(read.collection.unreadable.map(({ raw }) => raw)).toEqual(
      entries.map((entry) => JSON.stringify(entry)),
    );
  });

  it('reads a document of another version as version 1, with a message', () => {
    const read = readSavedScenarios(
      JSON.stringify({ format: 'two-tier-support-saved-scenarios', version: 2, entries: [] }),
    );
    expect(read.messages).toEqual([
      {
        param: 'version',
        kind: 'invalid',
        text: 'The saved scenarios are marked version 2; read as version 1.',
      },
    ]);
  });

  it('keeps an entries value that is not a list', () => {
    const read = readSavedScenarios(documentWith([], { entries: { a: 1 } }));
    expect(read.collection.unreadable.map(({ raw }) => raw)).toEqual(['{"a":1}']);
    expect(read.messages.map(({ param }) => param)).toEqual(['entries']);
  });

  it('forgets an unreadable item only when asked', () => {
    const { collection } = readSavedScenarios('not json');
    expect(discardUnreadable(collection, 'u1').unreadable).toEqual([]);
    expect(discardUnreadable(collection, 'u9')).toEqual(collection);
  });
});

describe('loading from and storing in the browser', () => {
  function memoryStorage(): StorageLike & { data: Map<string, string> } {
    const data = new Map<string, string>();
    return {
      data,
      getItem: (key) => data.get(key) ?? null,
      setItem: (key, value) => void data.set(key, value),
      removeItem: (key) => void data.delete(key),
    };
  }

  it('stores under two-tier:scenarios and loads the same collection back', () => {
    const storage = memoryStorage();
    expect(storeSavedScenarios(storage, twoSaved())).toEqual([]);
    expect(storage.data.has('two-tier:scenarios')).toBe(true);
    expect(loadSavedScenarios(storage)).toEqual({ collection: twoSaved(), messages: [] });
  });

  it('turns a storage that throws into messages and an empty collection', () => {
    const throwing: StorageLike = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    const loaded = loadSavedScenarios(throwing);
    expect(loaded.collection).toEqual({ entries: [], unreadable: [] });
    expect(loaded.messages.map(({ kind }) => kind)).toEqual(['storage']);
    expect(storeSavedScenarios(throwing, twoSaved())[0]?.text).toMatch(/full/);
  });
});
