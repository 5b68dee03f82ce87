import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateBuild } from '../../../scripts/validate-html.mjs';

const VALID =
  '<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><p>ok</p></body></html>';

describe(validateBuild, () => {
  it('passes a valid page and reports an unclosed element and a duplicate id', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'validate-html-'));
    try {
      writeFileSync(join(dist, 'index.html'), VALID);
      expect((await validateBuild(dist)).results).toEqual([]);
      writeFileSync(
        join(dist, 'index.html'),
        VALID.replace('<p>ok</p>', '<div id="a"><p id="a">ok</p>'),
      );
      const rules = (await validateBuild(dist)).results.flatMap((result) =>
        result.messages.map((m) => m.ruleId),
      );
      expect(rules).toEqual(expect.arrayContaining(['close-order', 'no-dup-id']));
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
