import { describe, expect, it } from 'vitest';
import { changesBetween } from './changes';
import { oddData, powerStruggle } from './fixtures';

describe('changesBetween', () => {
  const g = powerStruggle();
  const edges = (list: { edge: string }[]) => list.map((c) => c.edge);

  it('lists relations that began after the first year and by the second', () => {
    const { began } = changesBetween(g, 1925, 1926);
    expect(edges(began)).toEqual(['k-trotsky-ally-kamenev', 'k-zinoviev-ally-trotsky']);
    expect(began[0]!.sentence).toBe('Leon Trotsky allied with Lev Kamenev, 1926–1927');
    expect(began[0]!.evidence[0]!.slide).toBe(36);
  });

  it('lists relations in force at the first year and no longer at the second, including those ended by a death', () => {
    const { ended } = changesBetween(g, 1924, 1927);
    expect(edges(ended)).toEqual([
      'k-lenin-sup-stalin',
      'k-kamenev-opp-trotsky',
      'k-stalin-ally-kamenev',
      'k-zinoviev-ally-stalin',
      'k-zinoviev-opp-trotsky',
      'k-trotsky-member-politburo',
    ]);
    expect(ended[0]!.lastYear).toBe(1924);
    expect(edges(ended)).not.toContain('k-stalin-opp-trotsky');
  });

  it('does not say a one-off act "ended" after its year', () => {
    expect(edges(changesBetween(g, 1936, 1937).ended)).toEqual([]);
    expect(edges(changesBetween(g, 1935, 1936).began)).toEqual(['k-stalin-purge-kamenev', 'k-stalin-purge-zinoviev-36']);
  });

  it('accepts the years in either order and nothing changes within one year', () => {
    expect(changesBetween(g, 1927, 1924)).toEqual(changesBetween(g, 1924, 1927));
    expect(changesBetween(g, 1926, 1926)).toMatchObject({ began: [], ended: [] });
  });

  it('leaves undated relations out and copes with odd data', () => {
    const { began, ended } = changesBetween(oddData(), 1900, 1950);
    expect(edges([...began, ...ended])).not.toContain('undated');
    expect(edges(began)).toContain('no-evidence');
  });
});
