import { describe, expect, it } from 'vitest';
import { makeGraph } from '../../model/queries/fixtures';
import { restYear } from './rest-year';

describe('restYear', () => {
  const g = makeGraph([['kirov', 'Kirov', 'person', '1886', '1934'], ['p', 'Politburo', 'institution'], ['x', 'X', 'idea']], [['m', 'kirov', 'member-of', 'p', '1930']]);

  it('is the first year the selected entity has a relation in force, else its own first year', () => {
    expect(restYear(g, 'kirov')).toBe(1930);
    expect(restYear(g, 'p')).toBe(1930);
    const alone = makeGraph([['a', 'A', 'person', '1900']], []);
    expect(restYear(alone, 'a')).toBe(1900);
  });

  it('is null with no selection, an unknown id or a timeless entity', () => {
    expect(restYear(g, null)).toBeNull();
    expect(restYear(g, 'nobody')).toBeNull();
    expect(restYear(g, 'x')).toBeNull();
  });
});
