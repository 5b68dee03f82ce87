/**
 * The browser's localStorage, wrapped so that a failure is a message and never
 * an exception (as svelte.dev's `Persisted` does): storage can be missing
 * (private modes, blocked cookies make merely touching `localStorage` throw),
 * full, or hold text that is not JSON.
 *
 * Everything takes the storage as an argument, so tests pass a fake one and
 * pure code never reaches for a global. `browserStorage()` finds the real one.
 */
import type { BoundaryMessage } from './boundary';

/** The part of the Web Storage API used here; `localStorage` is one. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A message about storage; `param` is the storage key. */
export type StorageMessage = BoundaryMessage & { kind: 'storage' | 'invalid' };

/**
 * The browser's localStorage, or null where there is none or touching it
 * throws (a SecurityError when cookies are blocked).
 */
export function browserStorage(): StorageLike | null {
  try {
    const storage = (globalThis as { localStorage?: StorageLike }).localStorage;
    return storage ?? null;
  } catch {
    return null;
  }
}

const UNAVAILABLE =
  'This browser is not letting the calculator store anything, so saved scenarios last only until the page is closed.';

/** The text under `key`: null when nothing is stored; a message when it cannot be read. */
export function readStored(
  storage: StorageLike | null,
  key: string,
): { text: string | null; message?: StorageMessage } {
  if (!storage) return { text: null, message: storageMessage(key, UNAVAILABLE) };
  try {
    const text = storage.getItem(key);
    return { text: typeof text === 'string' ? text : null };
  } catch (error) {
    return {
      text: null,
      message: storageMessage(key, `The browser refused to read saved data (${errorName(error)}).`),
    };
  }
}

/** Stores `text` under `key`; on failure (unavailable, full, refused) returns a message. */
export function writeStored(
  storage: StorageLike | null,
  key: string,
  text: string,
): { ok: boolean; message?: StorageMessage } {
  if (!storage) return { ok: false, message: storageMessage(key, UNAVAILABLE) };
  try {
    storage.setItem(key, text);
    return { ok: true };
  } catch (error) {
    const full = isQuotaError(error);
    return {
      ok: false,
      message: storageMessage(
        key,
        full
          ? 'The browser’s storage for this site is full, so this was not saved. Delete a saved scenario or export it as a file.'
          : `The browser refused to save (${errorName(error)}), so this was not saved. Export it as a file to keep it.`,
      ),
    };
  }
}

/** Removes `key`; on failure returns a message. */
export function removeStored(
  storage: StorageLike | null,
  key: string,
): { ok: boolean; message?: StorageMessage } {
  if (!storage) return { ok: false, message: storageMessage(key, UNAVAILABLE) };
  try {
    storage.removeItem(key);
    return { ok: true };
  } catch (error) {
    return {
      ok: false,
      message: storageMessage(
        key,
        `The browser refused to delete saved data (${errorName(error)}).`,
      ),
    };
  }
}

/** What a JSON read found: the value (undefined when none), and the raw text it came from. */
export interface StoredJson {
  /** The parsed value; undefined when nothing is stored or the text is not JSON. */
  value: unknown;
  /** The stored text as it was, so unreadable data can still be downloaded. */
  raw: string | null;
  message?: StorageMessage;
}

/** Reads JSON under `key`; corrupt text gives a message and keeps the raw text. */
export function readStoredJson(storage: StorageLike | null, key: string): StoredJson {
  const { text, message } = readStored(storage, key);
  if (text === null) return { value: undefined, raw: null, ...(message && { message }) };
  try {
    return { value: JSON.parse(text) as unknown, raw: text };
  } catch {
    return {
      value: undefined,
      raw: text,
      message: {
        ...storageMessage(
          key,
          'The saved data is damaged (not valid JSON); it is kept so it can be downloaded.',
        ),
        kind: 'invalid',
      },
    };
  }
}

/**
 * One value kept under one key, read and written through `decode` and
 * `encode`. The storage and the codec are given, so it is testable and has no
 * framework in it; a page wraps it in `$state` where it needs reactivity.
 *
 * @example
 * const theme = new Persisted('two-tier:theme', browserStorage(), {
 *   decode: (raw) => ({ value: raw === 'dark' ? 'dark' : 'light', messages: [] }),
 *   encode: (value) => value,
 * });
 * theme.load().value // => 'light' when nothing is stored
 */
export class Persisted<T> {
  constructor(
    readonly key: string,
    private readonly storage: StorageLike | null,
    private readonly codec: {
      /** Turns the stored text (null when none) into a value; must not throw. */
      decode(raw: string | null): { value: T; messages: BoundaryMessage[] };
      encode(value: T): string;
    },
  ) {}

  /** The stored value, decoded; failures to read are messages. */
  load(): { value: T; messages: BoundaryMessage[] } {
    const { text, message } = readStored(this.storage, this.key);
    const decoded = this.codec.decode(text);
    return {
      value: decoded.value,
      messages: message ? [message, ...decoded.messages] : decoded.messages,
    };
  }

  /** Stores the value; the messages are empty when it was saved. */
  save(value: T): BoundaryMessage[] {
    let text: string;
    try {
      text = this.codec.encode(value);
    } catch (error) {
      return [
        storageMessage(
          this.key,
          `This could not be put into words for storage (${errorName(error)}), so it was not saved.`,
        ),
      ];
    }
    const { message } = writeStored(this.storage, this.key, text);
    return message ? [message] : [];
  }
}

function storageMessage(key: string, text: string): StorageMessage {
  return { param: key, kind: 'storage', text };
}

function errorName(error: unknown): string {
  return error instanceof Error && error.name ? error.name : 'an unknown error';
}

/** QuotaExceededError by name, or by the legacy codes of older Safari and Firefox. */
function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return (
    name === 'QuotaExceededError' ||
    name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    code === 22 ||
    code === 1014
  );
}
