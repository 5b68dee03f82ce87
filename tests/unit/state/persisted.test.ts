import { describe, expect, it } from 'vitest';
import {
  browserStorage,
  Persisted,
  readStored,
  readStoredJson,
  removeStored,
  writeStored,
  type StorageLike,
} from '../../../src/state/persisted';

/** A storage in memory, as localStorage behaves when all is well. */
function memoryStorage(
  initial: Record<string, string> = {},
): StorageLike & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

/** A storage whose every call throws, as Safari's does with cookies blocked. */
function throwingStorage(error: unknown): StorageLike {
  const fail = (): never => {
    throw error;
  };
  return { getItem: fail, setItem: fail, removeItem: fail };
}

const quotaError = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
const legacyQuotaError = { code: 22 };
const securityError = Object.assign(new Error('denied'), { name: 'SecurityError' });

describe(readStored, () => {
  it('reads what is stored, and null for nothing', () => {
    const storage = memoryStorage({ a: 'text' });
    expect(readStored(storage, 'a')).toEqual({ text: 'text' });
    expect(readStored(storage, 'b')).toEqual({ text: null });
  });

  it('turns a missing storage or a throwing one into a message', () => {
    expect(readStored(null, 'a')).toMatchObject({
      text: null,
      message: { param: 'a', kind: 'storage' },
    });
    const read = readStored(throwingStorage(securityError), 'a');
    expect(read.text).toBeNull();
    expect(read.message?.text).toBe('The browser refused to read saved data (SecurityError).');
  });
});

describe(writeStored, () => {
  it('writes, and says nothing when it worked', () => {
    const storage = memoryStorage();
    expect(writeStored(storage, 'a', 'x')).toEqual({ ok: true });
    expect(storage.data.get('a')).toBe('x');
  });

  it.each([
    ['a quota error', quotaError, /storage for this site is full/],
    ['a legacy quota code', legacyQuotaError, /storage for this site is full/],
    ['any other error', securityError, /refused to save \(SecurityError\)/],
    ['a thrown string', 'boom', /refused to save \(an unknown error\)/],
  ])('turns %s into a message', (_what, error, text) => {
    const result = writeStored(throwingStorage(error), 'a', 'x');
    expect(result.ok).toBe(false);
    expect(result.message?.kind).toBe('storage');
    expect(result.message?.text).toMatch(text);
  });

  it('reports a missing storage', () => {
    expect(writeStored(null, 'a', 'x')).toMatchObject({ ok: false, message: { kind: 'storage' } });
  });
});

describe(removeStored, () => {
  it('removes, or says why it could not', () => {
    const storage = memoryStorage({ a: 'x' });
    expect(removeStored(storage, 'a')).toEqual({ ok: true });
    expect(storage.data.has('a')).toBe(false);
    expect(removeStored(throwingStorage(securityError), 'a').ok).toBe(false);
  });
});

describe(readStoredJson, () => {
  it('parses JSON and keeps the raw text', () => {
    expect(readStoredJson(memoryStorage({ a: '{"n":1}' }), 'a')).toEqual({
      value: { n: 1 },
      raw: '{"n":1}',
    });
  });

  it('keeps corrupt text and says it is damaged', () => {
    const read = readStoredJson(memoryStorage({ a: '{"n":' }), 'a');
    expect(read.value).toBeUndefined();
    expect(read.raw).toBe('{"n":');
    expect(read.message).toMatchObject({ param: 'a', kind: 'invalid' });
  });

  it('passes on a storage failure', () => {
    expect(readStoredJson(throwingStorage(securityError), 'a')).toMatchObject({
      value: undefined,
      raw: null,
      message: { kind: 'storage' },
    });
  });
});

describe(Persisted, () => {
  const codec = {
    decode: (raw: string | null) => ({ value: raw === null ? 0 : Number(raw), messages: [] }),
    encode: (value: number) => String(value),
  };

  it('loads the decoded value and saves the encoded one', () => {
    const storage = memoryStorage({ count: '3' });
    const count = new Persisted('count', storage, codec);
    expect(count.load()).toEqual({ value: 3, messages: [] });
    expect(count.save(4)).toEqual([]);
    expect(storage.data.get('count')).toBe('4');
  });

  it('loads the decoder’s fallback with a message when storage fails, and never throws', () => {
    const count = new Persisted('count', throwingStorage(securityError), codec);
    const loaded = count.load();
    expect(loaded.value).toBe(0);
    expect(loaded.messages.map(({ kind }) => kind)).toEqual(['storage']);
    expect(count.save(1).map(({ kind }) => kind)).toEqual(['storage']);
  });

  it('turns an encoder that throws into a message', () => {
    const broken = new Persisted('x', memoryStorage(), {
      decode: () => ({ value: 1n, messages: [] }),
      encode: (value: bigint) => JSON.stringify(value),
    });
    expect(broken.save(1n)).toHaveLength(1);
  });
});

describe(browserStorage, () => {
  it('is null where there is no localStorage or touching it throws', () => {
    const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
    Object.defineProperty(globalThis, 'localStorage', { configurable: true, value: undefined });
    expect(browserStorage()).toBeNull();
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get: () => {
        throw securityError;
      },
    });
    try {
      expect(browserStorage()).toBeNull();
    } finally {
      if (descriptor) Object.defineProperty(globalThis, 'localStorage', descriptor);
      else delete (globalThis as { localStorage?: unknown }).localStorage;
    }
  });

  it('is the global localStorage where there is one', () => {
    const storage = memoryStorage();
    Object.defineProperty(globalThis, 'localStorage', { configurable: true, value: storage });
    try {
      expect(browserStorage()).toBe(storage);
    } finally {
      delete (globalThis as { localStorage?: unknown }).localStorage;
    }
  });
});
