import { describe, expect, it } from 'vitest';
import { looksLikeJson, readJsonExport } from '../../../../src/state/inquiries/helpdesk';

describe(looksLikeJson, () => {
  it.each([
    ['{"tickets": []}', true],
    ['  [ {"id": 1} ]', true],
    ['[]', true],
    ['[URGENT] the boiler is off', false],
    ['Text\n{"a": 1}', false],
  ])('%j -> %s', (text, expected) => {
    expect(looksLikeJson(text)).toBe(expected);
  });
});

describe(readJsonExport, () => {
  it('reads a bare array of tickets, fields as columns in the order first seen', () => {
    expect(
      readJsonExport('[{"id": 1, "subject": "Late"}, {"id": 2, "body": "Hi", "subject": null}]'),
    ).toEqual({
      ok: true,
      headers: ['id', 'subject', 'body'],
      records: [
        ['1', 'Late', ''],
        ['2', '', 'Hi'],
      ],
      skipped: [],
    });
  });

  it.each([
    ['tickets', '{"tickets": [{"id": 1}], "count": 1}'],
    ['conversations', '{"type": "conversation.list", "conversations": [{"id": 1}]}'],
    ['results', '{"results": [{"id": 1}], "paging": {}}'],
    ['data', '{"data": [{"id": 1}], "meta": {"next_cursor": null}}'],
    [
      '_embedded.conversations',
      '{"_embedded": {"conversations": [{"id": 1}]}, "page": {"size": 25}}',
    ],
  ])('finds the list under %s', (_, json) => {
    expect(readJsonExport(json)).toMatchObject({ ok: true, headers: ['id'], records: [['1']] });
  });

  it('names nested fields by their path, joins plain lists and tag names, and follows the first message', () => {
    const json = JSON.stringify({
      results: [
        {
          properties: { content: 'Where are you?' },
          source: { body: '<p>Hi</p>' },
          labels: ['a', 'b'],
          tags: { tags: [{ name: 'refund' }, { name: 'late' }] },
          helpscoutTags: [{ tag: 'vip' }],
          messages: [{ body_text: 'first' }, { body_text: 'second' }],
        },
      ],
    });
    expect(readJsonExport(json)).toEqual({
      ok: true,
      headers: [
        'properties.content',
        'source.body',
        'labels',
        'tags.tags',
        'helpscoutTags',
        'messages.0.body_text',
      ],
      records: [['Where are you?', '<p>Hi</p>', 'a, b', 'refund, late', 'vip', 'first']],
      skipped: [],
    });
  });

  it('skips an entry that is not a ticket, and names its place in the list', () => {
    expect(readJsonExport('[{"id": 1}, "stray", {"id": 3}]')).toMatchObject({
      records: [['1'], ['3']],
      skipped: [2],
    });
  });

  it('says where broken JSON breaks, and reads nothing', () => {
    const reading = readJsonExport('{"tickets": [\n{"id": 1},\n{"id": 2,,}\n]}');
    expect(reading.ok).toBe(false);
    expect(!reading.ok && reading.problem).toMatch(
      /^The file looks like JSON but is broken near line 3/,
    );
  });

  it('says when there is no list of tickets', () => {
    expect(readJsonExport('{"name": "Ann"}')).toEqual({
      ok: false,
      problem: expect.stringMatching(/no list of tickets or conversations/),
    });
  });
});
