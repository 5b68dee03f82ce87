import { describe, expect, it } from 'vitest';
import { readTally } from '../../../../src/state/inquiries/tally';

describe(readTally, () => {
  it('reads whole counts, with or without thousands separators', () => {
    expect(readTally('67', ' 33 ')).toEqual({ ok: true, routine: 67, loaded: 33 });
    expect(readTally('1,200', '0')).toEqual({ ok: true, routine: 1200, loaded: 0 });
  });

  it('names each bad count and says what is wrong', () => {
    expect(readTally('lots', '3.5')).toEqual({
      ok: false,
      errors: {
        routine: 'Routine inquiries must be a whole number, 0 or more.',
        loaded: 'Loaded inquiries must be a whole number, 0 or more.',
      },
    });
    expect(readTally('-1', '')).toEqual({
      ok: false,
      errors: {
        routine: 'Routine inquiries must be a whole number, 0 or more.',
        loaded: 'Enter a count for loaded inquiries, 0 or more.',
      },
    });
    expect(readTally('2000000', '1')).toEqual({
      ok: false,
      errors: { routine: 'Routine inquiries can be at most 1,000,000.' },
    });
  });

  it('needs at least one inquiry', () => {
    expect(readTally('0', '0')).toEqual({
      ok: false,
      errors: { routine: 'Count at least one inquiry, routine or loaded.' },
    });
  });
});
