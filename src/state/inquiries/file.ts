/**
 * Opening a file of inquiries: its size checked before anything is read,
 * then its bytes decoded as UTF-8 (with or without a byte-order mark), as
 * UTF-16 when a byte-order mark says so, or else as Windows-1252, the
 * encoding spreadsheets on Windows save CSV in, with a note saying so.
 */
import { MAX_FILE_BYTES } from './fileLimit';
import type { ReadProblem } from './read';

export { MAX_FILE_BYTES } from './fileLimit';

const MEGABYTE = 1024 * 1024;

/** A file's text with notes about how it was read, or the one reason it was not. */
export type FileReading = { text: string; notes: ReadProblem[] } | { problem: string };

function nameOf(file: Blob): string {
  return 'name' in file && typeof file.name === 'string' && file.name !== ''
    ? `“${file.name}” `
    : '';
}

// Windows-1252's printable characters at 0x80–0x9F, where Latin-1 has control codes: some
// TextDecoders (Node's among them) decode 'windows-1252' as Latin-1, so these are put right after.
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (char) => WINDOWS_1252_HIGH[char.charCodeAt(0) - 0x80]);
}

/** The 1-based line of the first byte that is not UTF-8. */
function firstBadLine(bytes: Uint8Array): number {
  const loose = new TextDecoder('utf-8').decode(bytes);
  const at = loose.indexOf('\uFFFD');
  return loose.slice(0, Math.max(0, at)).split('\n').length;
}

/**
 * Decodes a file's bytes: UTF-16 by its byte-order mark, else UTF-8 if every
 * byte sequence is valid, else Windows-1252 with a note naming the first line
 * that was not UTF-8.
 *
 * @example
 * decodeInquiryBytes(new Uint8Array([0x43, 0x61, 0x66, 0xe9])) // "Caf" and 0xE9, é in Windows-1252
 * // => { text: 'Café', notes: [{ row: null, text: 'The file is not UTF-8 (first on line 1), so it was read as Windows-1252 …' }] }
 */
export function decodeInquiryBytes(bytes: Uint8Array): { text: string; notes: ReadProblem[] } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes), notes: [] };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes), notes: [] };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), notes: [] };
  } catch {
    return {
      text: decodeWindows1252(bytes),
      notes: [
        {
          row: null,
          text: `The file is not UTF-8 (first on line ${firstBadLine(bytes)}), so it was read as Windows-1252, as spreadsheets on Windows save CSV. Check that accented letters and quote marks look right; if not, save it again as “CSV UTF-8”.`,
        },
      ],
    };
  }
}

/**
 * Reads an opened file, refusing an empty one and one too large to handle
 * before reading it. Resolves to the text and notes, or to a message; never
 * rejects.
 */
export async function readInquiryFile(file: Blob): Promise<FileReading> {
  if (file.size === 0) {
    return { problem: `The file ${nameOf(file)}is empty: there is nothing in it to read.` };
  }
  if (file.size > MAX_FILE_BYTES) {
    return {
      problem: `The file ${nameOf(file)}is ${(file.size / MEGABYTE).toFixed(1)} MB; this page opens files up to ${MAX_FILE_BYTES / MEGABYTE} MB, so it was not read. Export a shorter period (a few thousand inquiries are plenty to measure the share).`,
    };
  }
  try {
    return decodeInquiryBytes(new Uint8Array(await file.arrayBuffer()));
  } catch (error) {
    return {
      problem: `The file could not be read (${error instanceof Error ? error.name : 'unknown error'}).`,
    };
  }
}
