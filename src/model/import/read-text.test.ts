import { describe, expect, it } from 'vitest';
import { parseNotes } from '../notes';
import { realNotesText } from '../../node/test-support';
import { readMarkdown, readPlainText } from './read-text';
import { toNotesText } from './to-notes-text';
import type { ImportedNotes } from './types';

const shape = (n: ImportedNotes) => n.slides.map((s) => ({ number: s.number, title: s.title, headings: s.headings, bullets: s.bullets.map((b) => [b.heading, b.text]) }));

describe('plain text', () => {
  it('with "N of M" endings reads exactly the slides the notes parser reads (68, titles, sub-headings, bullets verbatim)', () => {
    const text = realNotesText();
    const imported = readPlainText(text);
    const parsed = parseNotes(text);
    expect(imported.slides).toHaveLength(68);
    expect(shape(imported)).toEqual(parsed.slides.map((s) => ({ number: s.number, title: s.title, headings: s.headings, bullets: s.bullets.map((b) => [b.heading, b.text]) })));
    expect(imported.title).toBe('Bolshevik and Stalinist Russia 1918-56');
    expect(imported.warnings).toEqual(['text after the last "N of M" line is not part of any slide and was left out']);
  });

  it('without slide endings: heading-like lines after a blank line open slides; bullets and prose stay verbatim', () => {
    const text = [
      'The Tudors 1485-1603', '', 'Henry VII', '- won at Bosworth in 1485', '- married Elizabeth of York', '',
      'Henry VIII', '• broke with Rome in 1534', '* dissolved the monasteries', '', 'Money troubles',
      '  - debased the coinage', '',
      'This paragraph has no bullet mark and ends with a full stop.',
    ].join('\n');
    const n = readPlainText(text);
    // A heading-like line after a blank line opens a slide once the slide has bullets; before any bullet it is a sub-heading.
    expect(n.slides.map((s) => s.title)).toEqual(['The Tudors 1485-1603', 'Henry VIII', 'Money troubles']);
    expect(n.slides.map((s) => s.number)).toEqual([1, 2, 3]);
    expect(n.slides[0]!.headings).toEqual(['Henry VII']);
    expect(n.slides[0]!.bullets.map((b) => [b.heading, b.text])).toEqual([['Henry VII', 'won at Bosworth in 1485'], ['Henry VII', 'married Elizabeth of York']]);
    expect(n.slides[1]!.bullets.map((b) => b.text)).toEqual(['broke with Rome in 1534', 'dissolved the monasteries']);
    expect(n.slides[2]!.bullets.map((b) => [b.text, b.level])).toEqual([['debased the coinage', 1], ['This paragraph has no bullet mark and ends with a full stop.', 0]]);
  });

  it('an empty or blank text gives no slides, and never throws', () => {
    expect(readPlainText('').slides).toEqual([]);
    expect(readPlainText('\n\n  \n').slides).toEqual([]);
    expect(readMarkdown('').slides).toEqual([]);
  });
});

describe('Markdown', () => {
  it('"#" opens a slide, "##" is a sub-heading, "-", "*", "•" and "1." are bullets; inline marks are kept as written', () => {
    const n = readMarkdown(['# One', '', '- a *first* point', '* second', '', '## Sub', '', '• third', '1. fourth', '    - nested', '', '# Two', 'plain line'].join('\n'));
    expect(n.slides.map((s) => s.title)).toEqual(['One', 'Two']);
    expect(n.slides[0]!.bullets.map((b) => [b.heading ?? '', b.text, b.level])).toEqual([['', 'a *first* point', 0], ['', 'second', 0], ['Sub', 'third', 0], ['Sub', 'fourth', 0], ['Sub', 'nested', 2]]);
    expect(n.slides[1]!.bullets.map((b) => b.text)).toEqual(['plain line']);
  });
});

describe('export as the notes text format', () => {
  it('round-trips: parseNotes reads the exported text as the same slides (real notes)', () => {
    const text = realNotesText();
    const again = parseNotes(toNotesText(readPlainText(text)));
    const parsed = parseNotes(text);
    expect(again.slides.map((s) => [s.number, s.title, s.headings, s.bullets.map((b) => [b.heading, b.text])])).toEqual(parsed.slides.map((s) => [s.number, s.title, s.headings, s.bullets.map((b) => [b.heading, b.text])]));
  });

  it('numbers slides 1…n with "N of M" lines, and brackets a title that would read as a slide ending', () => {
    const text = toNotesText(readMarkdown('# 3 of 9\n- a point\n# Next\n- b'));
    expect(text).toContain('(3 of 9)');
    expect(text).toMatch(/^1 of 2$/m);
    expect(parseNotes(text).slides.map((s) => s.title)).toEqual(['(3 of 9)', 'Next']);
  });
});
