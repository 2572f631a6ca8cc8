import { describe, expect, it } from 'vitest';
import { parseJsonText } from './json-text';

describe('parseJsonText', () => {
  it('gives the value of JSON text', () => {
    expect(parseJsonText('{"a":[1,2]}')).toEqual({ ok: true, value: { a: [1, 2] } });
  });
  it('names text that is not JSON, starting with the subject', () => {
    const r = parseJsonText('{"a":', 'the file');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/^the file is not JSON \(/);
  });
  it('refuses text over the limit before parsing it', () => {
    expect(parseJsonText('x'.repeat(11), 'it', 10)).toEqual({ ok: false, reason: 'it is too large (11 characters; the limit is 10)' });
  });
});
