import { describe, expect, it } from 'vitest';
import { makeGraph, powerStruggle } from './fixtures';
import { activeEntities, relationsInForce } from './in-force-at';

describe('relationsInForce', () => {
  const g = powerStruggle();

  it('lists the relations holding in 1924: the triumvirate, not the later opposition', () => {
    const keys = relationsInForce(g, 1924);
    expect(keys).toEqual(
      expect.arrayContaining(['k-stalin-ally-kamenev', 'k-zinoviev-ally-stalin', 'k-stalin-opp-trotsky', 'k-lenin-sup-stalin', 'k-stalin-member-politburo']),
    );
    expect(keys).not.toContain('k-zinoviev-ally-trotsky');
    expect(keys).not.toContain('k-lenin-intro-nep');
  });

  it('shows a one-off act in its own year only', () => {
    expect(relationsInForce(g, 1936)).toContain('k-stalin-purge-kamenev');
    expect(relationsInForce(g, 1937)).not.toContain('k-stalin-purge-kamenev');
  });

  it("stops an open lasting relation when an entity ends (Lenin's support ends with his death)", () => {
    expect(relationsInForce(g, 1925)).not.toContain('k-lenin-sup-stalin');
  });

  it('keeps undated relations in every year', () => {
    const u = makeGraph([['a', 'A', 'person'], ['b', 'B', 'person']], [['u', 'a', 'opposed', 'b']]);
    expect(relationsInForce(u, 1066)).toEqual(['u']);
  });
});

describe('activeEntities', () => {
  it('lists entities whose dates include the year, plus undated ones', () => {
    const active = activeEntities(powerStruggle(), 1937);
    expect(active).toEqual(expect.arrayContaining(['stalin', 'trotsky', 'bukharin', 'politburo']));
    expect(active).not.toContain('lenin');
    expect(active).not.toContain('nep');
    expect(active).not.toContain('kamenev');
  });
});
