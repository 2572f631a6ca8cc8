/** The notes splitter door: parseNotes on any text, and on mangled real notes. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNotes } from '../src/model/notes';
import { realNotesText } from '../src/node/test-support';
import { fuzz, hostileText, mangled } from './fuzz-config';

const real = realNotesText();

function check(text: string): void {
  const notes = parseNotes(text);
  expect(notes.slideCount).toBeGreaterThanOrEqual(0);
  for (const s of notes.slides) {
    expect(Number.isInteger(s.number)).toBe(true);
    // Verbatim: every bullet's text is in the slide's text, which is in the notes.
    for (const b of s.bullets) expect(s.text).toContain(b.text);
    for (const line of s.text.split('\n')) expect(text).toContain(line);
  }
  expect(parseNotes(text)).toEqual(notes); // deterministic
}

describe('fuzz: the notes splitter', () => {
  it('any text: slides whose bullets are verbatim; never a throw', () => {
    const lines = fc.array(fc.oneof(hostileText, fc.constantFrom('• a bullet', '1 of 2', ' 2 of 2 ', 'Title', '•', '\u00a0• x')), { maxLength: 40 }).map((ls) => ls.join('\n'));
    fuzz('notes/any text', lines, check, 300);
  }, 60_000);

  it('mangled real notes', () => {
    fuzz('notes/mangled real notes', mangled(real), check, 40);
  }, 60_000);
});
