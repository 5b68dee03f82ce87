/**
 * The printed summary's own words: the inputs that differ from the default,
 * formatted as a reader would type them in again, where the scenario came
 * from, the date and the share link's QR code.
 */
import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { findPreset, scenarioFields, type Scenario } from '../../../src/model';
import {
  changedInputs,
  printedDate,
  qrCodeSvg,
  scenarioOrigin,
} from '../../../src/display/printSummary';
import { UK_SERVICES_FIRM, ukFirmWith } from '../model/fixtures';

function klarnaHybrid(): Scenario {
  const preset = findPreset('klarna-hybrid');
  if (!preset) throw new Error('the Klarna hybrid preset is missing');
  return preset.scenario;
}

describe(changedInputs, () => {
  it('lists nothing for the default scenario', () => {
    expect(changedInputs(UK_SERVICES_FIRM)).toEqual([]);
  });

  it('lists each changed input with its label, value and the default, in the form’s order', () => {
    const scenario = ukFirmWith({ routerRecall: 0.95, loadedShare: 0.4, humansUseAiAssist: true });
    expect(changedInputs(scenario)).toEqual([
      {
        field: 'loadedShare',
        label: 'Loaded share',
        value: '40%',
        defaultValue: '33%',
        unit: '',
        range: null,
      },
      {
        field: 'routerRecall',
        label: 'Loaded inquiries the sorting catches',
        value: '95%',
        defaultValue: '90%',
        unit: '',
        range: null,
      },
      {
        field: 'humansUseAiAssist',
        label: 'People draft with an AI assistant',
        value: 'on',
        defaultValue: 'off',
        unit: '',
        range: null,
      },
    ]);
  });

  it('prints the defaults of money inputs in the default’s own currency', () => {
    const [currency, value] = changedInputs(ukFirmWith({ currency: 'USD', lostClientValue: 40 }));
    expect(currency).toMatchObject({ value: 'USD', defaultValue: 'GBP' });
    expect(value).toMatchObject({ value: 'US$40', defaultValue: '£6,000', unit: 'per client' });
  });

  it('lists the Klarna hybrid preset’s fourteen differences from the UK firm', () => {
    // currency, inquiries, active clients, lost client value, person cost, minutes, AI cost,
    // platform, setup, cost per wrong answer, churn after a loaded fumble, triage cost,
    // recall, false alarms: 14.
    const fields = changedInputs(klarnaHybrid()).map((input) => input.field);
    expect(fields).toEqual(
      scenarioFields.filter((field) =>
        [
          'currency',
          'inquiriesPerMonth',
          'activeClients',
          'lostClientValue',
          'humanCostPerInquiry',
          'minutesPerHumanInquiry',
          'aiCostPerInquiry',
          'aiPlatformPerMonth',
          'aiSetupCost',
          'costPerWrongAnswer',
          'churnIfFumbledLoaded',
          'triageCostPerInquiry',
          'routerRecall',
          'routerFalseAlarmRate',
        ].includes(field),
      ),
    );
    expect(fields).toHaveLength(14);
  });

  it('lists an input with a range even where its likely value is the default', () => {
    const ranges = { churnIfFumbledLoaded: { low: 0.05, likely: 0.1, high: 0.2 } };
    expect(changedInputs(UK_SERVICES_FIRM, ranges)).toEqual([
      {
        field: 'churnIfFumbledLoaded',
        label: 'Clients lost after a loaded inquiry handled badly',
        value: '10%',
        defaultValue: '10%',
        unit: '',
        range: '5% to 20%',
      },
    ]);
  });

  it('gives each input’s unit apart, and none for shares, whose “%” is in the value', () => {
    const scenario = ukFirmWith({
      aiSetupCost: 8000,
      minutesPerHumanInquiry: 15,
      loadedShare: 0.5,
    });
    expect(changedInputs(scenario).map(({ field, unit }) => [field, unit])).toEqual([
      ['loadedShare', ''],
      ['minutesPerHumanInquiry', 'minutes'],
      ['aiSetupCost', 'once'],
    ]);
  });

  it('prints a money range in the scenario’s currency', () => {
    const scenario = ukFirmWith({ lostClientValue: 5000 });
    const ranges = { lostClientValue: { low: 2500, likely: 5000, high: 12000.5 } };
    expect(changedInputs(scenario, ranges)[0].range).toBe('£2,500 to £12,000.50');
  });

  it('compares with another baseline when given one', () => {
    const edited = { ...klarnaHybrid(), loadedShare: 0.5 };
    expect(changedInputs(edited, {}, klarnaHybrid())).toEqual([
      {
        field: 'loadedShare',
        label: 'Loaded share',
        value: '50%',
        defaultValue: '33%',
        unit: '',
        range: null,
      },
    ]);
  });

  it('does not change the scenario it reads', () => {
    const scenario = ukFirmWith({ loadedShare: 0.4 });
    const copy = structuredClone(scenario);
    changedInputs(scenario, { loadedShare: { low: 0.3, likely: 0.4, high: 0.5 } });
    expect(scenario).toEqual(copy);
  });
});

describe(scenarioOrigin, () => {
  it.each([
    ['uk-services-40', false, 'UK services firm of 40 preset'],
    ['klarna-hybrid', true, 'Klarna’s hybrid preset, edited'],
    [null, false, 'Your own figures'],
    ['no-such-preset', false, 'Your own figures'],
  ] as const)('names %s (edited: %s) as %s', (presetId, edited, expected) => {
    expect(scenarioOrigin(presetId, edited)).toBe(expected);
  });
});

describe(printedDate, () => {
  it('writes the day, the month in words and the year', () => {
    // Months count from 0 in Date: 10 is November.
    expect(printedDate(new Date(2026, 10, 25))).toBe('25 November 2026');
    expect(printedDate(new Date(2027, 0, 1))).toBe('1 January 2027');
  });
});

describe(qrCodeSvg, () => {
  const link = 'http://127.0.0.1:4413/?v=1&preset=klarna-hybrid&loadedShare=0.41';

  it('draws every dark module of the link’s QR code, and nothing else', () => {
    const { size, data } = encode(link, { ecc: 'M', border: 4 });
    const dark = data.flat().filter(Boolean).length;
    const svg = qrCodeSvg(link);
    // One square (M x,y h1 v1 h-1 z) per dark module, in a size x size view box.
    expect(svg).toContain(`viewBox="0 0 ${size} ${size}"`);
    expect(svg.match(/M\d+,\d+h1v1h-1z/g)).toHaveLength(dark);
  });

  it('leaves a quiet border of four modules on every side', () => {
    const { size, data } = encode(link, { ecc: 'M', border: 4 });
    const ring = data.filter((_, row) => row < 4 || row >= size - 4).flat();
    const sides = data.flatMap((row) => [...row.slice(0, 4), ...row.slice(size - 4)]);
    expect([...ring, ...sides].some(Boolean)).toBe(false);
    // The finder pattern's corner starts just inside the border.
    expect(data[4][4]).toBe(true);
  });

  it('differs for another link, and carries no style attribute (the CSP forbids inline styles)', () => {
    expect(qrCodeSvg(`${link}&routerRecall=0.8`)).not.toBe(qrCodeSvg(link));
    expect(qrCodeSvg(link)).not.toMatch(/style=/);
  });
});
