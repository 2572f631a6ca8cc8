import { describe, expect, it } from 'vitest';
import { findBetrayals } from './betrayals';
import { rankEntities } from './centrality';
import { changesBetween } from './changes';
import { makeGraph, powerStruggle } from './fixtures';
import { formatBetrayals, formatChanges, formatPaths, formatRanking, formatRelation, formatSideSwitches, formatTimeline } from './format-text';
import { findPaths } from './paths';
import { relationRef } from './relations';
import { findSideSwitches } from './side-switches';

const g = powerStruggle();
const empty = makeGraph([['a', 'A', 'person'], ['b', 'B', 'person']], []);

describe('formatRelation', () => {
  it('puts sentence, dates, caveats and slides on one line', () => {
    expect(formatRelation(g, relationRef(g, 'k-stalin-kill-kirov'))).toBe('Joseph Stalin killed Sergei Kirov, Dec 1934 (suspected) [slide 58]');
    expect(formatRelation(g, relationRef(g, 'k-stalin-end-nep'), 'nep')).toBe('was ended by Joseph Stalin, 1928 (date not in the notes) [slide 40]');
  });
});

describe('formatBetrayals', () => {
  it('numbers each betrayal with alliance, act, responses and quotes', () => {
    const text = formatBetrayals(g, findBetrayals(g));
    expect(text.startsWith('Betrayals (4)\n=============\n1. 1922: Vladimir Lenin turned on Joseph Stalin\n')).toBe(true);
    expect(text).toContain('   Alliance: Joseph Stalin allied with Lev Kamenev, 1923–1925 [slide 33]\n       slide 33: "quote on slide 33"');
    expect(text).toContain('   Then:     Joseph Stalin purged Lev Kamenev, 1936 [slides 60, 61]');
    expect(text).toContain('   Response: Joseph Stalin purged Grigory Zinoviev, Aug 1936 [slide 60]');
  });

  it('says when there are none', () => {
    expect(formatBetrayals(empty, [])).toBe('Betrayals\n=========\nNone found.');
  });
});

describe('formatSideSwitches', () => {
  it('describes both kinds of switch', () => {
    const text = formatSideSwitches(g, findSideSwitches(g));
    expect(text).toContain('1926: Grigory Zinoviev and Leon Trotsky went from enemies to allies');
    expect(text).toContain("1926: Lev Kamenev left Joseph Stalin for Leon Trotsky, Joseph Stalin's enemy");
    expect(text).toContain('   Enmity: Joseph Stalin opposed Leon Trotsky, 1923–1927 [slide 34]');
  });
});

describe('formatPaths', () => {
  it('lists each path as a chain and one hop per line, with parallel relations', () => {
    const text = formatPaths(g, 'trotsky', 'stalin', findPaths(g, 'trotsky', 'stalin', { maxPaths: 2 }));
    expect(text).toContain('Paths from Leon Trotsky to Joseph Stalin (2)');
    expect(text).toContain('1. 1 step: Leon Trotsky → Joseph Stalin\n   - Joseph Stalin opposed Leon Trotsky, 1923–1927 [slide 34]\n       slide 34: "');
    expect(text).toContain('\n       also: Joseph Stalin purged Leon Trotsky, 1927 [slide 37]');
    expect(text).toMatch(/2\. 2 steps: Leon Trotsky → \S/);
  });

  it('says when nothing links them', () => {
    expect(formatPaths(empty, 'a', 'b', [])).toContain('No chain of relations links them');
  });
});

describe('formatTimeline, formatChanges, formatRanking', () => {
  it('shows the timeline with quotes', () => {
    expect(formatTimeline(g, 'kamenev')).toContain('- 1936: was purged by Joseph Stalin (slides 60, 61)\n    slide 60: "quote on slide 60"\n    slide 61: "quote on slide 61"');
  });

  it('shows began and ended lists, explaining ends that come from an entity ending', () => {
    const text = formatChanges(changesBetween(g, 1924, 1927));
    expect(text).toContain('Changes from 1924 to 1927');
    expect(text).toContain('Began (7):\n- Joseph Stalin supported New Economic Policy, 1925–1927');
    expect(text).toContain('- Vladimir Lenin supported Joseph Stalin, Apr 1922, in force until 1924 (an entity ended)');
    expect(formatChanges(changesBetween(g, 1926, 1926))).toContain('Began (0):\n- none');
  });

  it('aligns the ranking and stops at the limit', () => {
    const lines = formatRanking(rankEntities(g), 3).split('\n');
    expect(lines).toHaveLength(6);
    expect(lines[3]).toMatch(/^ {2}1\. Joseph Stalin\s+16 {2}0\.750$/);
  });
});
