/**
 * Working through many rows without freezing the page: the work is done in
 * chunks, and between chunks the browser gets the main thread back to draw
 * and answer the keyboard.
 */

/** Rows handled between pauses: at most about 10 ms of reading and cleaning. */
export const CHUNK_ROWS = 1_000;

/** Lets the browser run whatever is waiting (input, drawing) before going on. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * `items.map(map)`, pausing for the browser after every `size` items.
 *
 * @example
 * await mapInChunks([1, 2, 3], (n) => n * 2, 2) // => [2, 4, 6], with one pause after the first two
 */
export async function mapInChunks<T, U>(
  items: readonly T[],
  map: (item: T, index: number) => U,
  size = CHUNK_ROWS,
): Promise<U[]> {
  const mapped: U[] = [];
  for (let start = 0; start < items.length; start += size) {
    if (start > 0) await nextTask();
    const end = Math.min(items.length, start + size);
    for (let i = start; i < end; i++) mapped.push(map(items[i], i));
  }
  return mapped;
}
