/**
 * The saved-scenarios panel's state: the collection as stored, what went wrong
 * reading or writing it, the last action's confirmation and a way to undo the
 * last delete or update.
 *
 * Other tabs share the list. So every change re-reads storage and is applied
 * to the list as it is now, by entry id, and the list follows the `storage`
 * event: a scenario saved in one tab is never overwritten by another. When the
 * browser refuses a write, the change is kept for this visit (replayed on each
 * later reading until a write succeeds) and the refusal is a message.
 */
import { evaluate, type VerdictId } from '../../model';
import type { BoundaryMessage } from '../../state/boundary';
import type { StorageLike } from '../../state/persisted';
import {
  deleteScenario,
  discardUnreadable,
  duplicateScenario,
  findSavedScenario,
  loadSavedScenarios,
  putBackScenario,
  renameScenario,
  saveScenario,
  savedScenariosKey,
  storeSavedScenarios,
  updateScenario,
  writeSavedScenarios,
  type SavedScenarios,
  type ScenarioToSave,
} from '../../state/savedScenarios';

/** A change that can be taken back until the next change. */
export interface Undo {
  action: 'delete' | 'update';
  /** The entry's name, to say what the undo is of. */
  name: string;
  change: Change;
}

/**
 * A change to the list as stored at the moment of writing: the new list and
 * what to announce, or null when its entry is no longer there.
 */
type Change = (
  collection: SavedScenarios,
) => { collection: SavedScenarios; status: string; undo?: Undo } | null;

export class SavedStore {
  /** The entries and the unreadable items, as last written (or read). */
  collection: SavedScenarios = $state.raw({ entries: [], unreadable: [] });
  /** What reading the stored data found wrong, until dismissed. */
  readMessages: BoundaryMessage[] = $state.raw([]);
  /** Why the last change could not be stored; empty when it was. */
  writeMessages: BoundaryMessage[] = $state.raw([]);
  /** The last action in a sentence, for the status line. */
  status = $state('');
  /** The last delete or update, while it can still be taken back. */
  undo: Undo | null = $state.raw(null);
  /** The verdict of each saved scenario, by id. */
  readonly verdicts: ReadonlyMap<string, VerdictId> = $derived(
    new Map(this.collection.entries.map((entry) => [entry.id, evaluate(entry.scenario).verdict])),
  );
  /** Changes the browser refused to store, oldest first: replayed on every reading. */
  private pending: Change[] = [];

  constructor(private readonly storage: StorageLike | null) {
    const { collection, messages } = loadSavedScenarios(storage);
    this.collection = collection;
    this.readMessages = messages;
  }

  /** Saves the scenario under `name`. */
  save(name: string, toSave: ScenarioToSave): void {
    this.write((list) => {
      const { collection, entry } = saveScenario(list, name, toSave);
      return { collection, status: `Saved “${entry.name}”.` };
    });
  }

  rename(id: string, name: string): void {
    this.write((list) => {
      if (!findSavedScenario(list, id)) return null;
      const collection = renameScenario(list, id, name);
      return { collection, status: `Renamed to “${findSavedScenario(collection, id)?.name}”.` };
    }, this.nameOf(id));
  }

  /** Gives an entry the scenario on screen, keeping its name; `undo` puts back what it held. */
  update(id: string, toSave: ScenarioToSave, note = ''): void {
    this.write((list) => {
      const old = findSavedScenario(list, id);
      if (!old) return null;
      const restore: Change = (later) =>
        findSavedScenario(later, id)
          ? {
              collection: updateScenario(later, id, old),
              status: `“${old.name}” holds the inputs it had before the update again.`,
            }
          : null;
      return {
        collection: updateScenario(list, id, toSave),
        status: `Updated “${old.name}” with the inputs on screen.${note}`,
        undo: { action: 'update', name: old.name, change: restore },
      };
    }, this.nameOf(id));
  }

  /** Copies an entry, dated `savedAt`. */
  duplicate(id: string, savedAt: string): void {
    this.write((list) => {
      const { collection, entry } = duplicateScenario(list, id, savedAt);
      return entry ? { collection, status: `Saved a copy as “${entry.name}”.` } : null;
    }, this.nameOf(id));
  }

  /** Deletes an entry; `undo` puts it back until the next change. */
  remove(id: string): void {
    this.write((list) => {
      const index = list.entries.findIndex((item) => item.id === id);
      const entry = list.entries[index];
      if (!entry) return null;
      const afterId = list.entries[index - 1]?.id ?? null;
      const putBack: Change = (later) => ({
        collection: putBackScenario(later, entry, afterId),
        status: `Put back “${entry.name}”.`,
      });
      return {
        collection: deleteScenario(list, id),
        status: `Deleted “${entry.name}”.`,
        undo: { action: 'delete', name: entry.name, change: putBack },
      };
    }, this.nameOf(id));
  }

  /** Takes back the last delete or update. */
  takeBack(): void {
    const undo = this.undo;
    if (undo) this.write(undo.change, undo.name);
  }

  /** Forgets an unreadable item (after the person downloaded it); found by its text. */
  discard(id: string): void {
    const item = this.collection.unreadable.find((unreadable) => unreadable.id === id);
    if (!item) return;
    this.write((list) => {
      const same = list.unreadable.find(({ raw }) => raw === item.raw);
      return {
        collection: same ? discardUnreadable(list, same.id) : list,
        status: 'Discarded the unreadable data.',
      };
    });
  }

  /** Notes an action that changed nothing stored (opening a scenario). */
  announce(status: string): void {
    this.status = status;
  }

  /** Follows changes other tabs and windows make to the list; returns the way to stop. */
  follow(target: Pick<Window, 'addEventListener' | 'removeEventListener'>): () => void {
    const onStorage = (event: StorageEvent) => {
      if (event.key !== null && event.key !== savedScenariosKey) return;
      if (event.storageArea && (event.storageArea as StorageLike) !== this.storage) return;
      this.refresh();
    };
    target.addEventListener('storage', onStorage);
    return () => target.removeEventListener('storage', onStorage);
  }

  /** Shows the list as stored now. Entries replaced by unreadable data are written back. */
  refresh(): void {
    const before = this.collection;
    const { collection, messages, readable } = this.read();
    if (!readable) return; // keep what is shown rather than an empty list
    const known = new Set(this.readMessages.map(({ param, text }) => `${param} ${text}`));
    const fresh = messages.filter(({ param, text }) => !known.has(`${param} ${text}`));
    if (fresh.length > 0) this.readMessages = [...this.readMessages, ...fresh];
    this.collection = collection;
    const damaged = messages.some((message) => message.kind !== 'missing');
    if (damaged && collection.entries.length === 0 && before.entries.length > 0) {
      this.write((list) => ({
        collection: before.entries.reduce(
          (kept, entry, index) =>
            putBackScenario(kept, entry, before.entries[index - 1]?.id ?? null),
          list,
        ),
        status:
          'Another tab or program put unreadable data in place of your saved scenarios. They are kept here, and that data is listed below to download.',
      }));
    } else if (writeSavedScenarios(before) !== writeSavedScenarios(collection)) {
      this.status = 'Your saved scenarios were changed in another tab or window.';
    }
  }

  /** The list as stored now with the changes not yet stored; `readable` false when storage refused. */
  private read(): { collection: SavedScenarios; messages: BoundaryMessage[]; readable: boolean } {
    const { collection, messages } = loadSavedScenarios(this.storage);
    const replayed = this.pending.reduce(
      (list, change) => change(list)?.collection ?? list,
      collection,
    );
    const refused = messages.filter(({ kind }) => kind === 'storage');
    return {
      collection: replayed,
      messages: refused.length > 0 ? refused : messages,
      readable: refused.length === 0,
    };
  }

  private nameOf(id: string): string {
    return findSavedScenario(this.collection, id)?.name ?? id;
  }

  /** Applies `change` to the list as stored now and stores the result; `name` is its entry's. */
  private write(change: Change, name = ''): void {
    const { collection, messages, readable } = this.read();
    const result = change(collection);
    if (!result) {
      this.collection = collection;
      this.status = `“${name}” is no longer saved: it was deleted in another tab or window.`;
      this.undo = null;
      return;
    }
    // What cannot be read is never overwritten: the change waits for this visit.
    this.writeMessages = readable ? storeSavedScenarios(this.storage, result.collection) : messages;
    this.pending = this.writeMessages.length > 0 ? [...this.pending, change] : [];
    this.collection = result.collection;
    this.status =
      this.writeMessages.length > 0
        ? `${result.status} It is kept only until this page is closed.`
        : result.status;
    this.undo = result.undo ?? null;
  }
}
