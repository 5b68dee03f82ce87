/**
 * The verdict's words for every verdict id. The amounts in the sentences are
 * worked out by hand below from docs/model.md (V = 400 inquiries, L = 132
 * loaded, R = 268 routine for the UK services firm).
 */
import { describe, expect, it } from 'vitest';
import { evaluate, type Scenario } from '../../../src/model';
import {
  buildVerdictText,
  changeSentence,
  chosenDeployment,
  liabilitySentence,
  paybackSentence,
  trapSentence,
  verdictHeadline,
} from '../../../src/display/verdictText';
import { UK_SERVICES_FIRM, ukFirmWith } from '../model/fixtures';

const MOFFATT = 'Moffatt v. Air Canada, 2024 BCCRT 149';

function words(scenario: Scenario) {
  const evaluation = evaluate(scenario);
  return { evaluation, text: buildVerdictText(scenario, evaluation) };
}

describe('the default firm: two-tier', () => {
  // allHuman: W = 268 + 132 x 1.5 = 466 units x £12 = £5,592; fumbles 2.68 routine, 3.96 loaded;
  //   clients 2.68 x 0.01 + 3.96 x 0.1 = 0.4228 x £6,000 = £2,536.80; total £8,128.80.
  // twoTier: people first 26.8 routine + 118.8 loaded, AI first 241.2 + 13.2, escalated 24.12 + 5.28;
  //   W = 50.92 + 124.08 x 1.5 = 237.04 x £12 = £2,844.48, + 254.4 x £0.80 + 400 x £0.05 + £300
  //   = £3,368; clients 7.504 x 0.01 + 6.204 x 0.1 = 0.69544 x £6,000 = £4,172.64;
  //   wrong answers 254.4 x 0.002 = 0.5088 x £400 = £203.52; total £7,744.16.
  // singleTierAi: W = 26.8 + 52.8 x 1.5 = 106 x £12 = £1,272, + 400 x £0.80 + £300 = £1,892;
  //   total £18,534.40.
  const { evaluation, text } = words(UK_SERVICES_FIRM);

  it('names two-tier, says it beats all people by £385 a month (8,128.80 - 7,744.16), and when it pays back', () => {
    // Gain over all people before the churn shows (lag 3): 5,592 - 3,368 = 2,224 saved to run,
    // less 203.52 liability = 2,020.48 a month; month 1 also pays the 5,000 setup. Running sum:
    // -2,979.52, -959.04, +1,061.44, then +384.64 a month: paid back in month 3.
    expect(evaluation.verdict).toBe('twoTier');
    expect(text.headline).toBe(
      'Go two-tier: let the AI answer routine inquiries and pass the loaded ones to a person. ' +
        'At £7,744 a month all in, it is £385 cheaper than keeping people on every inquiry, ' +
        'because the AI’s saving on routine inquiries outweighs what sorting and its mistakes cost. ' +
        'It pays back its £5,000 setup in month 3.',
    );
  });

  it('puts the cost-only trap in money: saves £1,476 (3,368 - 1,892), costs £10,790 more (18,534.40 - 7,744.16)', () => {
    expect(text.trap).toBe(
      'Single-tier AI is the cheapest to run: it saves £1,476 a month on operating cost against ' +
        'two-tier, but costs £10,790 a month more in total once lost clients and wrong answers are counted.',
    );
  });

  it('states the 0.51 wrong answers a month (254.4 x 0.2 %) and their £204 cost', () => {
    expect(text.liability).toBe(
      'Expect about 0.51 AI wrong answers a month that the firm must stand behind, about £204 a ' +
        `month: a firm answers for what its AI tells clients (${MOFFATT}).`,
    );
  });

  it('says what would change the answer', () => {
    // Two-tier's total falls 12,249.6 per unit of recall (work +1,425.6, AI -105.6, churn -13,464,
    // liability -105.6), so it meets all people's 8,128.80 at 0.9 - 384.64 / 12,249.6 = 0.8686.
    // Against all people's 5,040 + 9,360 s: two-tier 2,480 + 15,952 s crosses at s = 2,560 / 6,592
    // = 0.3883; single-tier 2,140 + 49,680 s at s = 2,900 / 40,320 = 0.0719.
    expect(text.change).toBe(
      'Two-tier is cheaper than all people once triage catches at least 86.9% of loaded inquiries ' +
        '(yours catches 90%). Loaded share above which each AI option costs more than all people: ' +
        'two-tier 38.8%; single-tier AI 7.2%; yours is 33%.',
    );
  });
});

describe('a mix dominated by loaded inquiries: hold', () => {
  // At loaded share 0.6: all people 5,040 + 9,360 x 0.6 = £10,656 is cheapest in total;
  // single-tier runs for 1,100 + 2,400 x 0.6 = £2,540 against all people's 4,800 + 1,440 = £6,240,
  // and costs 2,140 + 49,680 x 0.6 = £31,948 in total.
  const scenario = ukFirmWith({ loadedShare: 0.6 });
  const { evaluation, text } = words(scenario);

  it('says to keep people for now because loaded inquiries are more than half', () => {
    expect(evaluation.verdict).toBe('hold-mix-dominated');
    expect(chosenDeployment(evaluation)).toBe('allHuman');
    expect(text.headline).toMatch(
      /^Keep people on every inquiry for now: 60% of your inquiries are loaded, more than half/,
    );
    // All people are also the cheapest on paper here: nothing to set against it.
    expect(text.headline).not.toContain('On paper');
  });

  it('names the cheaper option on paper when an AI would cost less', () => {
    // 55 % loaded with an AI as careful as people: single-tier cheapest in total.
    const careful = ukFirmWith({
      loadedShare: 0.55,
      fumbleRateAiRoutine: 0.01,
      fumbleRateAiLoaded: 0.03,
    });
    const result = evaluate(careful);
    const saving =
      result.deployments.allHuman.totalCost - result.deployments.singleTierAi.totalCost;
    expect(result.recommended).toBe('singleTierAi');
    expect(verdictHeadline(careful, result)).toContain(
      `On paper single-tier AI would cost £${Math.round(saving).toLocaleString('en-GB')} a month less`,
    );
  });

  it('still shows the trap against all people: £3,700 saved (6,240 - 2,540), £21,292 more (31,948 - 10,656)', () => {
    expect(trapSentence(scenario, evaluation)).toContain(
      'saves £3,700 a month on operating cost against keeping people on every inquiry, but costs £21,292 a month more',
    );
  });

  it('says no AI speaks for the firm, and what each AI option would say wrongly', () => {
    // single-tier 400 x 0.002 = 0.8; two-tier (360 - 320 x 0.6) x 0.002 = 0.336
    expect(liabilitySentence(scenario, evaluation)).toBe(
      'With people answering first, no AI speaks in the firm’s name; single-tier would give about ' +
        `0.80 wrong answers a month and two-tier about 0.34, each one the firm’s to honour (${MOFFATT}).`,
    );
  });
});

describe('triage too weak: segment first', () => {
  // Recall 0.6: two-tier costs 7,744.16 + 12,249.6 x 0.3 = £11,419.04, £3,290.24 over all people.
  // Perfect triage: people take 132 loaded, AI 268 routine, 26.8 escalated; W = 26.8 + 198 = 224.8
  // x £12 = £2,697.60 + 268 x £0.80 + £20 + £300 = £3,232; clients 8.04 x 0.01 + 3.96 x 0.1 = 0.4764
  // x £6,000 = £2,858.40; liability 0.536 x £400 = £214.40; total £6,304.80, £1,824 under all people.
  const scenario = ukFirmWith({ routerRecall: 0.6 });
  const { evaluation, text } = words(scenario);

  it('says to keep people for now and what measuring the sorting would unlock', () => {
    // Break-even catch rate 0.9 - 384.64 / 12,249.6 = 86.9 % (as for the default firm).
    expect(evaluation.verdict).toBe('segment-first');
    expect(chosenDeployment(evaluation)).toBe('allHuman');
    expect(text.headline).toBe(
      'Keep people on every inquiry for now, and measure how well your inquiries sort before you ' +
        'buy an AI. With your sorting, two-tier would cost £3,290 a month more; sorting that ' +
        'caught every loaded inquiry would save £1,824 a month, and it pays once the sorting ' +
        'catches at least 86.9% of loaded inquiries (you assume 60%).',
    );
  });

  it('gives the break-even recall against the firm’s own', () => {
    expect(changeSentence(scenario, evaluation)).toMatch(
      /at least 86\.9% of loaded inquiries \(yours catches 60%\)/,
    );
  });
});

describe('an AI as careful as people: single-tier', () => {
  // With the AI fumbling 1 % routine and 3 % loaded, single-tier loses 2.68 x 0.01 + 3.96 x 0.1
  // = 0.4228 clients (£2,536.80): total 1,892 + 2,536.80 + 320 = £4,748.80. Two-tier loses the
  // same, so 3,368 + 2,536.80 + 203.52 = £6,108.32; the gap is £1,359.52.
  const scenario = ukFirmWith({ fumbleRateAiLoaded: 0.03, fumbleRateAiRoutine: 0.01 });
  const { evaluation, text } = words(scenario);

  // It gains 8,128.80 - 4,748.80 = £3,380 a month over all people (the same clients lost):
  // 3,380 - 5,000 = -1,620 in month 1, +1,760 by month 2.
  it('names single-tier, its margin over two-tier and its payback', () => {
    expect(evaluation.verdict).toBe('singleTierAi');
    expect(text.headline).toBe(
      'Let the AI take every inquiry first. At £4,749 a month all in, it is £1,360 cheaper than ' +
        'two-tier, because its saving on running costs outweighs the clients it loses by handling ' +
        'inquiries badly. It pays back its £5,000 setup in month 2.',
    );
    expect(text.trap).toBeNull();
  });

  it('states its 0.80 wrong answers a month (400 x 0.2 %), £320', () => {
    expect(text.liability).toMatch(
      /^Expect about 0\.80 AI wrong answers a month .* about £320 a month/,
    );
  });
});

describe('an AI dearer than people: all people', () => {
  // At £20 per AI inquiry two-tier runs for 3,368 - 254.4 x 0.80 + 254.4 x 20 = £8,252.48 and
  // costs 8,252.48 + 4,172.64 + 203.52 = £12,628.64 in total: £4,499.84 over all people's £8,128.80.
  const scenario = ukFirmWith({ aiCostPerInquiry: 20 });
  const { evaluation } = words(scenario);

  it('names all people, because the AI would cost more to run', () => {
    expect(evaluation.verdict).toBe('allHuman');
    expect(verdictHeadline(scenario, evaluation)).toBe(
      'Keep people on every inquiry. At £8,129 a month all in, it is £4,500 cheaper than two-tier, ' +
        'because an AI would cost more to run here, not less.',
    );
  });

  it('says neither AI option ever wins on loaded share or recall', () => {
    expect(changeSentence(scenario, evaluation)).toBe(
      'No triage, however good at spotting loaded inquiries, makes two-tier cheaper than all people ' +
        '(yours catches 90%). Loaded share above which each AI option costs more than all people: ' +
        'two-tier 0%, dearer at any share; single-tier AI 0%, dearer at any share; yours is 33%.',
    );
  });
});

it('says so when the setup is not paid back within the months shown', () => {
  // Over one month two-tier ends at -2,979.52 (see the default firm).
  const scenario = ukFirmWith({ horizonMonths: 1 });
  expect(paybackSentence(scenario, evaluate(scenario), 'twoTier')).toBe(
    ' It does not pay back its £5,000 setup within the 1 month shown.',
  );
  expect(paybackSentence(scenario, evaluate(scenario), 'allHuman')).toBe('');
});

it('formats amounts in the scenario’s currency', () => {
  const { text } = words(ukFirmWith({ currency: 'EUR' }));
  expect(text.headline).toContain('At €7,744 a month all in');
});
