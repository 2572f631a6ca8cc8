import { describe, expect, it } from 'vitest';
import { findMentions, findNames, isCaseSensitive } from './mentions';
import { parseNotes } from './notes';
import { realNotesText } from '../node/test-support';

const notes = parseNotes(realNotesText());
const match = (names: string[], text: string) => findNames(text, names).map(([a, b]) => text.slice(a, b));

describe('name matching', () => {
  it('matches whole words, case-insensitively, with possessives', () => {
    expect(match(['Stalin'], "Stalin's rise; STALIN; stalinist; Stalinism")).toEqual(["Stalin's", 'STALIN']);
    expect(match(['Lenin'], 'Lenin’s legacy')).toEqual(['Lenin’s']);
  });

  it('matches names across any white space, non-breaking included', () => {
    expect(match(['Red Army'], 'the Red\u00a0Army and the red  army')).toEqual(['Red\u00a0Army', 'red  army']);
  });

  it('keeps "the Right" off "workers\' rights" and off the ordinary word "right"', () => {
    expect(isCaseSensitive('the Right')).toBe(true);
    expect(match(['the Right', 'Right Opposition'], "workers' rights; the right to strike; the Right opposed; the Right Opposition")).toEqual(['the Right', 'the Right Opposition']);
  });

  it('prefers the longest name at a place', () => {
    expect(match(['Trotsky', 'Leon Trotsky'], 'Leon Trotsky')).toEqual(['Leon Trotsky']);
  });

  it('escapes names with regular-expression characters', () => {
    expect(match(['NEP (1921)'], 'the NEP (1921) began')).toEqual(['NEP (1921)']);
  });
});

describe('findMentions on the real notes', () => {
  it('links Kamenev under both spellings to the triumvirate bullet', () => {
    const mentions = findMentions({ label: 'Lev Kamenev', aliases: ['Kamenev', 'Kamanev'] }, notes);
    const triumvirate = mentions.find((m) => m.bullet === 's33-b1');
    expect(triumvirate).toEqual({ slide: 33, bullet: 's33-b1', ranges: [[0, 7]] });
    expect(mentions.length).toBeGreaterThanOrEqual(6);
  });

  it('does not link the Right to ordinary rights', () => {
    const mentions = findMentions({ label: 'The Right', aliases: ['the Right'] }, notes);
    const texts = mentions.map((m) => notes.slides[m.slide - 1].bullets.find((b) => b.id === m.bullet)!.text);
    expect(texts.length).toBeGreaterThan(0);
    for (const t of texts) expect(t).toMatch(/\bRight\b/);
  });
});
