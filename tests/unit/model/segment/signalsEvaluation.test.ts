/**
 * How well the signals (the word rules and the word scorer) sort inquiries a
 * person has labelled: the catch rate (share of loaded inquiries suggested
 * loaded) and the false-alarm rate (share of routine inquiries suggested
 * loaded), with floors at the targets the methodology page states.
 *
 * The development set is the one the rules were tuned on. The generalisation
 * set was written, in registers the development set under-covers, before the
 * rules were widened to meet it. The held-out set was written by someone who
 * never saw the rules, so only its figures say how the rules and the scorer do
 * on inquiries they were neither written for nor trained on.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyInquiry } from '../../../../src/model/segment';

/** At least this share of loaded inquiries must be suggested loaded. */
const CATCH_RATE_FLOOR = 0.8;
/** At most this share of routine inquiries may be suggested loaded. */
const FALSE_ALARM_RATE_CEILING = 0.1;

interface LabelledInquiry {
  id: string;
  text: string;
  label: 'loaded' | 'routine';
  /** A person's one-sentence reason for the label. */
  why: string;
}

interface Scores {
  loaded: number;
  caught: number;
  routine: number;
  flagged: number;
}

const fixture = (file: string) => new URL(`fixtures/${file}`, import.meta.url);

function readSet(file: string): LabelledInquiry[] {
  return JSON.parse(readFileSync(fixture(file), 'utf8')) as LabelledInquiry[];
}

function suggestsLoaded(text: string): boolean {
  return classifyInquiry({ text, topic: '', date: '', firstMessage: '' }).suggested === 'loaded';
}

function score(set: readonly LabelledInquiry[]): Scores {
  const scores: Scores = { loaded: 0, caught: 0, routine: 0, flagged: 0 };
  for (const inquiry of set) {
    const flagged = suggestsLoaded(inquiry.text);
    if (inquiry.label === 'loaded') {
      scores.loaded += 1;
      if (flagged) scores.caught += 1;
    } else {
      scores.routine += 1;
      if (flagged) scores.flagged += 1;
    }
  }
  return scores;
}

const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)} %`;

/**
 * The labelled sets. The development set is what the rules were written
 * against. The generalisation set (flat, formal, rambling, texted, non-native,
 * British and American inquiries, with routine look-alikes of every loaded
 * kind) was written before the rules were widened to meet it, and scored them
 * first: that score is in the history of the rules. The held-out set was
 * written and labelled by someone who never saw the rules, and nobody tunes
 * the rules on it, nor reads its misses. The word scorer is trained on the
 * development and generalisation sets only, so on those two it is scored on
 * inquiries it learned from. All three sets are held to the targets. On the
 * held-out set the rules alone caught 85 of its 115 loaded inquiries
 * (85/115 = 0.739) and flagged 10 of 116 routine ones; with the word scorer,
 * scored on it once, they catch 104 (104/115 = 0.904) and flag 11
 * (11/116 = 0.095), one short of breaking the false-alarm target.
 */
const sets = [
  {
    file: 'development.json',
    catchFloor: CATCH_RATE_FLOOR,
    falseAlarmCeiling: FALSE_ALARM_RATE_CEILING,
  },
  {
    file: 'generalisation.json',
    catchFloor: CATCH_RATE_FLOOR,
    falseAlarmCeiling: FALSE_ALARM_RATE_CEILING,
  },
  {
    file: 'heldOut.json',
    catchFloor: CATCH_RATE_FLOOR,
    falseAlarmCeiling: FALSE_ALARM_RATE_CEILING,
  },
] as const;

describe.each(sets)('signals on $file', ({ file, catchFloor, falseAlarmCeiling }) => {
  it('is there to score', () => {
    expect(
      existsSync(fixture(file)),
      `fixtures/${file} is missing: it holds the labelled set`,
    ).toBe(true);
  });
  if (!existsSync(fixture(file))) return;
  const set = readSet(file);

  it('holds labelled inquiries of both kinds, each with an id, a text and a reason', () => {
    expect(new Set(set.map((inquiry) => inquiry.id)).size).toBe(set.length);
    for (const inquiry of set) {
      expect(inquiry.text.trim(), inquiry.id).not.toBe('');
      expect(['loaded', 'routine'], inquiry.id).toContain(inquiry.label);
      expect(inquiry.why.trim(), inquiry.id).not.toBe('');
    }
    const { loaded, routine } = score(set);
    expect(loaded).toBeGreaterThan(0);
    expect(routine).toBeGreaterThan(0);
  });

  it(`catches at least ${catchFloor * 100} % of loaded inquiries and flags at most ${falseAlarmCeiling * 100} % of routine ones`, () => {
    const { loaded, caught, routine, flagged } = score(set);
    const met = (ok: boolean) => (ok ? 'met' : 'NOT MET');
    console.log(
      `signals on ${file}: caught ${caught} of ${loaded} loaded (${percent(caught, loaded)}; ` +
        `target ${CATCH_RATE_FLOOR * 100} %: ${met(caught / loaded >= CATCH_RATE_FLOOR)}), ` +
        `flagged ${flagged} of ${routine} routine (${percent(flagged, routine)}; ` +
        `target at most ${FALSE_ALARM_RATE_CEILING * 100} %: ${met(flagged / routine <= FALSE_ALARM_RATE_CEILING)})`,
    );
    expect(caught / loaded).toBeGreaterThanOrEqual(catchFloor);
    expect(flagged / routine).toBeLessThanOrEqual(falseAlarmCeiling);
  });
});
