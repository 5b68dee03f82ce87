// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { cleanMessage, htmlToText } from '../../../../src/state/inquiries/clean';

describe(htmlToText, () => {
  it('turns line breaks and blocks into lines, drops tags, and decodes entities', () => {
    expect(
      htmlToText(
        '<div><p>Caf&eacute; &amp; bar&#39;s <b>door</b></p><p>Line&nbsp;two<br/>three</p></div>',
      ),
    ).toBe("Café & bar's door\nLine two\nthree");
  });

  it('leaves out quoted blocks, Gmail quotes, styles and scripts', () => {
    expect(
      htmlToText(
        '<style>p{}</style><p>New message</p><blockquote>old one</blockquote><script>alert(1)</script><div class="gmail_quote">On Mon, Bob wrote: older</div>',
      ),
    ).toBe('New message');
  });

  it('keeps a bracket that is not a tag', () => {
    expect(htmlToText('<p>3 &lt; 4 and x <3</p>')).toBe('3 < 4 and x <3');
  });
});

describe(cleanMessage, () => {
  it.each([
    [
      'a reply quoted below "On … wrote:"',
      'It leaked again.\n\nOn Tue, 4 Mar 2025 at 09:12, Support <help@example.com> wrote:\n> Booked for Tuesday.',
      'It leaked again.',
    ],
    [
      '"On … wrote:" broken over two lines',
      'It leaked again.\nOn Tue, 4 Mar 2025 at 09:12, Support <help@example.com>\nwrote:\n> Booked.',
      'It leaked again.',
    ],
    [
      'quoted lines starting with ">"',
      'Yes please.\n> Shall we come Tuesday?\n> Regards',
      'Yes please.',
    ],
    [
      'an Outlook original message',
      'Still nothing.\n-----Original Message-----\nFrom: Support\nSent: 3 March\nSorry to hear that.',
      'Still nothing.',
    ],
    [
      'a "From: … Sent: …" header block',
      'Still nothing.\n\nFrom: Support <help@example.com>\nSent: 03 March 2025 16:40\nTo: Ann',
      'Still nothing.',
    ],
    [
      'the "-- " signature delimiter',
      'Please call me.\n-- \nAnn Lee\n07700 900123',
      'Please call me.',
    ],
    ['a phone footer', 'Please call me.\n\nSent from my iPhone', 'Please call me.'],
    ['a sign-off and a name', 'Please call me.\n\nKind regards,\nAnn Lee', 'Please call me.'],
    [
      'a sign-off, a name and a title',
      'Please call me.\nThanks,\nAnn Lee\nOffice manager',
      'Please call me.',
    ],
    [
      'HTML with a sign-off and a quote, line breaks as spaces',
      '<p>The tap&#39;s dripping<br>again.</p><p>Best regards,<br>Ann</p><blockquote>old</blockquote>',
      "The tap's dripping again.",
    ],
  ])('cuts %s', (_, raw, first) => {
    expect(cleanMessage(raw)).toBe(first);
  });

  it.each([
    [
      'a message with nothing to cut, line breaks and all',
      'Line one\r\nline two',
      'Line one\r\nline two',
    ],
    [
      'a sign-off word in the middle of the message',
      'Thanks for coming.\nThe boiler works now.',
      'Thanks for coming.\nThe boiler works now.',
    ],
    ['a message that would be cut to nothing', 'Sent from my iPhone', 'Sent from my iPhone'],
    ['a lone "Thanks,"', 'Thanks,', 'Thanks,'],
  ])('keeps %s', (_, raw, kept) => {
    expect(cleanMessage(raw)).toBe(kept);
  });
});
