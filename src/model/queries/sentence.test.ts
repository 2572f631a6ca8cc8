import { describe, expect, it } from 'vitest';
import { makeGraph, powerStruggle } from './fixtures';
import { certaintyText, datedText, dateRangeText, dateText, quoteText, relationSentence, slidesText, verbOf } from './sentence';

describe('dateText and dateRangeText', () => {
  it('reads partial dates', () => {
    expect(dateText('1917')).toBe('1917');
    expect(dateText('1917-10')).toBe('Oct 1917');
    expect(dateText('1924-01-21')).toBe('21 Jan 1924');
    expect(dateText('c. 1920')).toBe('c. 1920');
  });

  it('reads ranges, collapsing equal ends', () => {
    expect(dateRangeText('1923', '1925')).toBe('1923–1925');
    expect(dateRangeText('1936', undefined)).toBe('1936');
    expect(dateRangeText('1936', '1936')).toBe('1936');
    expect(dateRangeText('1917-10', '1918-03')).toBe('Oct 1917–Mar 1918');
    expect(dateRangeText(undefined, '1925')).toBe('until 1925');
    expect(dateRangeText(undefined, undefined)).toBe('');
  });

  it('marks dates from outside the notes, and undated relations', () => {
    expect(datedText({ start: '1929', dateSource: 'outside-notes' })).toBe('1929 (date not in the notes)');
    expect(datedText({ dateSource: 'notes' })).toBe('undated');
    expect(certaintyText({ certainty: 'suspected' })).toBe(' (suspected)');
    expect(certaintyText({ certainty: 'stated' })).toBe('');
  });
});

describe('relationSentence', () => {
  const g = powerStruggle();

  it('reads a relation from outside with the label', () => {
    expect(relationSentence(g, 'k-stalin-ally-kamenev')).toBe('Joseph Stalin allied with Lev Kamenev');
  });

  it('reads from the source without a subject, and from the target with the inverse label', () => {
    expect(relationSentence(g, 'k-stalin-purge-kamenev', 'stalin')).toBe('purged Lev Kamenev');
    expect(relationSentence(g, 'k-stalin-purge-kamenev', 'kamenev')).toBe('was purged by Joseph Stalin');
  });

  it('uses the label both ways for a symmetric type', () => {
    expect(relationSentence(g, 'k-stalin-ally-kamenev', 'kamenev')).toBe('allied with Joseph Stalin');
  });

  it('falls back for an unknown type, a missing label and a stranger perspective', () => {
    const odd = makeGraph([['a', 'Alpha', 'person'], ['b', '', 'person']], [['e', 'a', 'frenemy-of', 'b']]);
    expect(relationSentence(odd, 'e')).toBe('Alpha frenemy of b');
    expect(relationSentence(odd, 'e', 'b')).toBe('target of "frenemy of" by Alpha');
    expect(relationSentence(odd, 'e', 'nobody')).toBe('Alpha frenemy of b');
    expect(verbOf(odd, 'frenemy-of', false)).toBe('frenemy of');
  });
});

describe('citations', () => {
  it('names one slide or several', () => {
    expect(slidesText([33])).toBe('slide 33');
    expect(slidesText([60, 61])).toBe('slides 60, 61');
    expect(slidesText([])).toBe('');
    expect(quoteText({ slide: 3, quote: 'All power to the Soviets' })).toBe('slide 3: "All power to the Soviets"');
  });
});
