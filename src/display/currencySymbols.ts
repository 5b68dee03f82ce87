/**
 * Each currency's symbol in en-GB, as Intl.NumberFormat writes it: `symbol`
 * ("US$") in the default display, `narrow` ("$") with currencyDisplay
 * 'narrowSymbol'. A unit test holds them equal to Intl's. Apart from the
 * number formats so that the form's parser can read them without loading those.
 */
import type { Currency } from '../model';

export const currencySymbols: Record<Currency, { symbol: string; narrow: string }> = {
  GBP: { symbol: '£', narrow: '£' },
  USD: { symbol: 'US$', narrow: '$' },
  EUR: { symbol: '€', narrow: '€' },
  CAD: { symbol: 'CA$', narrow: '$' },
  AUD: { symbol: 'A$', narrow: '$' },
};
