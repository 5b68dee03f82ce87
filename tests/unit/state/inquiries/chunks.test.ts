import { describe, expect, it } from 'vitest';
import { mapInChunks } from '../../../../src/state/inquiries/chunks';
import {
  readInquirySource,
  toInquiries,
  toInquiriesInChunks,
} from '../../../../src/state/inquiries/read';

describe(mapInChunks, () => {
  it('maps every item in order, giving the browser a turn between chunks', async () => {
    const log: (number | string)[] = [];
    setTimeout(() => log.push('another task'), 0);
    const mapped = await mapInChunks(
      [10, 20, 30, 40, 50],
      (n, i) => {
        log.push(i);
        return n / 10;
      },
      2,
    );
    expect(mapped).toEqual([1, 2, 3, 4, 5]);
    // The task queued before the work runs at the first pause, after the first chunk of two.
    expect(log).toEqual([0, 1, 'another task', 2, 3, 4]);
  });

  it('maps an empty list without pausing', async () => {
    expect(await mapInChunks([], () => 1)).toEqual([]);
  });
});

describe(toInquiriesInChunks, () => {
  it('reads the same inquiries and messages as toInquiries', async () => {
    const csv = [
      'Subject,Description',
      ...Array.from({ length: 2_500 }, (_, i) => `Ref ${i},${i % 7 === 0 ? '' : `Message ${i}`}`),
    ].join('\n');
    const source = readInquirySource(csv);
    expect(await toInquiriesInChunks(source)).toEqual(toInquiries(source));
  });
});
