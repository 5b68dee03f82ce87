/**
 * The saved-scenarios panel's state: the collection as stored, what went wrong
 * reading or writing it, the last action's confirmation and a way to undo a
 * delete. Every change is written through at once; when the browser refuses,
 * the change is kept for this visit and the refusal is a message, so the page
 * goes on working.
 */
import { evaluate, type VerdictId } from '../../model';
import type { BoundaryMessage } from '../../state/boundary';
import type { StorageLike } from '../../state/persisted';
import {
  deleteScenario,
  discardUnreadable,
  duplicateScenario,
  loadSavedScenarios,
  renameScenario,
  saveScenario,
  storeSavedScenarios,
  type SavedScenario,
  type SavedScenarios,
  type ScenarioToSave,
} from '../../state/savedScenarios';

/** A deleted entry and where it stood, until the next change. */
interface Deleted {
  entry: SavedScenario;
  index: number;
}

export class SavedStore {
  /** The entries and the unreadable items, as last written (or read). */
  collection: SavedScenarios = $state.raw({ entries: [], unreadable: [] });
  /** What reading the stored data found wrong, until dismissed. */
  readMessages: BoundaryMessage[] = $state.raw([]);
  /** Why the last change could not be stored; empty when it was. */
  writeMessages: BoundaryMessage[] = $state.raw([]);
  /** The last action in a sentence, for the status line. */
  status = $state('');
  /** The entry just deleted, while it can still be put back. */
  deleted: Deleted | null = $state.raw(null);
  /** The verdict of each saved scenario, by id. */
  readonly verdicts: ReadonlyMap<string, VerdictId> = $derived(
    new Map(this.collection.entries.map((entry) => [entry.id, evaluate(entry.scenario).verdict])),
  );

  constructor(private readonly storage: StorageLike | null) {
    const { collection, messages } = loadSavedScenarios(storage);
    this.collection = collection;
    this.readMessages = messages;
  }

  /** Saves the scenario under `name`; returns the new entry. */
  save(name: string, toSave: ScenarioToSave): SavedScenario {
    const { collection, entry } = saveScenario(this.collection, name, toSave);
    this.commit(collection, `Saved “${entry.name}”.`);
    return entry;
  }

  rename(id: string, name: string): void {
    const collection = renameScenario(this.collection, id, name);
    const renamed = collection.entries.find((entry) => entry.id === id);
    if (renamed) this.commit(collection, `Renamed to “${renamed.name}”.`);
  }

  /** Copies an entry, dated `savedAt`; returns the copy. */
  duplicate(id: string, savedAt: string): SavedScenario | undefined {
    const { collection, entry } = duplicateScenario(this.collection, id, savedAt);
    if (entry) this.commit(collection, `Saved a copy as “${entry.name}”.`);
    return entry;
  }

  /** Deletes an entry; `undoDelete` puts it back until the next change. */
  remove(id: string): void {
    const index = this.collection.entries.findIndex((entry) => entry.id === id);
    const entry = this.collection.entries[index];
    if (!entry) return;
    this.commit(deleteScenario(this.collection, id), `Deleted “${entry.name}”.`);
    this.deleted = { entry, index };
  }

  /** Puts the entry just deleted back where it was. */
  undoDelete(): void {
    const deleted = this.deleted;
    if (!deleted) return;
    const entries = [...this.collection.entries];
    entries.splice(deleted.index, 0, deleted.entry);
    this.commit({ ...this.collection, entries }, `Put back “${deleted.entry.name}”.`);
  }

  /** Forgets an unreadable item (after the person downloaded it). */
  discard(id: string): void {
    this.commit(discardUnreadable(this.collection, id), 'Discarded the unreadable data.');
  }

  /** Notes an action that changed nothing stored (opening a scenario). */
  announce(status: string): void {
    this.status = status;
  }

  private commit(collection: SavedScenarios, status: string): void {
    this.collection = collection;
    this.writeMessages = storeSavedScenarios(this.storage, collection);
    this.status =
      this.writeMessages.length > 0
        ? `${status} It is kept only until this page is closed.`
        : status;
    this.deleted = null;
  }
}
