import { describe, expect, it, vi } from 'vitest';
import { replaceAddressQuery } from '../../../src/state/urlSync.svelte';

/** A window's location and history, enough for replaceAddressQuery, over a real URL. */
function fakeWindow(href: string) {
  const url = new URL(href);
  const history = {
    state: { scroll: 3 },
    replaceState: vi.fn((_state: unknown, _unused: string, next: string) => {
      const moved = new URL(next, url);
      url.search = moved.search;
      url.hash = moved.hash;
    }),
  };
  return { location: url, history } as unknown as Pick<Window, 'location' | 'history'> & {
    history: typeof history;
  };
}

describe(replaceAddressQuery, () => {
  it('rewrites the query in place, keeping the path, the hash and the entry’s state', () => {
    const win = fakeWindow('http://127.0.0.1/calc/?v=1#figures');
    expect(replaceAddressQuery('v=1&loadedShare=0.4', win)).toBe(true);
    expect(win.history.replaceState).toHaveBeenCalledWith(
      { scroll: 3 },
      '',
      '/calc/?v=1&loadedShare=0.4#figures',
    );
  });

  it('does nothing when the address already holds exactly that query', () => {
    const win = fakeWindow('http://127.0.0.1/?v=1&loadedShare=0.4');
    expect(replaceAddressQuery('v=1&loadedShare=0.4', win)).toBe(false);
    expect(win.history.replaceState).not.toHaveBeenCalled();
  });

  it('compares the text: the same values written differently count as a change', () => {
    const win = fakeWindow('http://127.0.0.1/?loadedShare=0.40&v=1');
    expect(replaceAddressQuery('v=1&loadedShare=0.4', win)).toBe(true);
    expect(win.location.search).toBe('?v=1&loadedShare=0.4');
  });

  it('writes an empty query as a bare path', () => {
    const win = fakeWindow('http://127.0.0.1/?v=1');
    expect(replaceAddressQuery('', win)).toBe(true);
    expect(win.history.replaceState).toHaveBeenCalledWith({ scroll: 3 }, '', '/');
  });
});
