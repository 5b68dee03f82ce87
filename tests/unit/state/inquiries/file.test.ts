import { describe, expect, it } from 'vitest';
import {
  decodeInquiryBytes,
  MAX_FILE_BYTES,
  readInquiryFile,
} from '../../../../src/state/inquiries/file';
import { readInquirySource, toInquiries } from '../../../../src/state/inquiries/read';

const MEGABYTE = 1024 * 1024;
const bytes = (...values: number[]) => new Uint8Array(values);
const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

describe(decodeInquiryBytes, () => {
  it('reads UTF-8, dropping a byte-order mark', () => {
    // EF BB BF is the mark; C3 A9 is é in UTF-8.
    expect(decodeInquiryBytes(bytes(0xef, 0xbb, 0xbf, ...ascii('Caf'), 0xc3, 0xa9))).toEqual({
      text: 'Café',
      notes: [],
    });
  });

  it('reads Windows-1252 when the bytes are not UTF-8, and says so, naming the first line', () => {
    // Line 2 holds 0xE9 (é) and 0x92 (’): single bytes that UTF-8 never uses alone.
    const reading = decodeInquiryBytes(
      bytes(...ascii('Text\nCaf'), 0xe9, ...ascii(' closed, it'), 0x92, ...ascii('s shut')),
    );
    expect(reading.text).toBe('Text\nCafé closed, it’s shut');
    expect(reading.notes).toEqual([
      {
        row: null,
        text: expect.stringMatching(
          /^The file is not UTF-8 \(first on line 2\), so it was read as Windows-1252/,
        ),
      },
    ]);
  });

  it('reads UTF-16 by its byte-order mark', () => {
    expect(decodeInquiryBytes(bytes(0xff, 0xfe, 0x48, 0x00, 0x69, 0x00)).text).toBe('Hi');
  });
});

describe(readInquiryFile, () => {
  it('reads a UTF-8 file', async () => {
    const file = new Blob(['Text\nCafé closed, no one came'], { type: 'text/csv' });
    expect(await readInquiryFile(file)).toEqual({
      text: 'Text\nCafé closed, no one came',
      notes: [],
    });
  });

  it('reads a Windows-1252 CSV through to its inquiries, with the note first', async () => {
    const file = new File(
      [bytes(...ascii('Subject,Description\nRefund,Caf'), 0xe9, ...ascii(' shut'))],
      'old.csv',
    );
    const reading = await readInquiryFile(file);
    if (!('text' in reading)) throw new Error(reading.problem);
    expect(toInquiries(readInquirySource(reading.text)).inquiries[0].text).toBe(
      'Refund: Café shut',
    );
    expect(reading.notes[0].text).toMatch(/first on line 2/);
  });

  it('refuses an empty file, naming it', async () => {
    expect(await readInquiryFile(new File([], 'tickets.csv'))).toEqual({
      problem: 'The file “tickets.csv” is empty: there is nothing in it to read.',
    });
  });

  it(`refuses a 50 MB file (over the ${MAX_FILE_BYTES / MEGABYTE} MB limit) without reading it`, async () => {
    const huge = {
      name: 'all-tickets.csv',
      size: 50 * MEGABYTE,
      arrayBuffer: () => Promise.reject(new Error('read')),
    } as unknown as Blob;
    expect(await readInquiryFile(huge)).toEqual({
      problem: expect.stringMatching(
        /^The file “all-tickets.csv” is 50.0 MB; this page opens files up to 20 MB, so it was not read/,
      ),
    });
  });

  it('turns a read failure into a message', async () => {
    const broken = {
      size: 10,
      arrayBuffer: () => Promise.reject(new DOMException('gone', 'NotReadableError')),
    } as unknown as Blob;
    expect(await readInquiryFile(broken)).toEqual({
      problem: 'The file could not be read (NotReadableError).',
    });
  });
});
