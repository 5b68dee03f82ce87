import { describe, expect, it } from 'vitest';
import { currencies } from '../../../src/model';
import { currencyName } from '../../../src/display/format';

describe('currencyName', () => {
  it('names every currency as Intl.DisplayNames does in British English', () => {
    const names = new Intl.DisplayNames('en-GB', { type: 'currency' });
    for (const code of currencies) expect(currencyName(code), code).toBe(names.of(code));
  });
});
