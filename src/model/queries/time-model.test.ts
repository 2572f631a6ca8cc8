import { describe, expect, it } from 'vitest';
import { runPipeline } from '../pipeline';
import { realData } from '../../node/test-support';
import { makeGraph, powerStruggle } from './fixtures';
import { entitySpan, inForceAt, NEVER, relationSpan } from './time-model';

describe('relationSpan', () => {
  it('ends an open lasting relation when the first of its entities ends', () => {
    expect(relationSpan(powerStruggle(), 'k-lenin-sup-stalin')).toEqual({ from: 1922, to: 1924 });
  });

  it('runs forever when neither entity ends', () => {
    const g = makeGraph([['a', 'A', 'person', '1900'], ['b', 'B', 'faction', '1900']], [['m', 'a', 'member-of', 'b', '1917']]);
    expect(relationSpan(g, 'm')).toEqual({ from: 1917, to: Infinity });
  });

  it('keeps a one-off act for its year and one more, and not past the death of either party', () => {
    const g = powerStruggle();
    expect(relationSpan(g, 'k-stalin-purge-trotsky')).toEqual({ from: 1927, to: 1928 });
    expect(relationSpan(g, 'k-stalin-kill-kirov')).toEqual({ from: 1934, to: 1934 });
  });

  it('bounds an undated relation by the lives of its entities', () => {
    const g = makeGraph([['a', 'A', 'person', '1900', '1930'], ['b', 'B', 'idea', '1910']], [['u', 'a', 'supported', 'b']]);
    expect(relationSpan(g, 'u')).toEqual({ from: 1910, to: 1930 });
  });

  it('is never in force when its years fall outside an entity\'s life', () => {
    const g = makeGraph([['a', 'A', 'person', '1900', '1910'], ['b', 'B', 'faction', '1900']], [['late', 'a', 'opposed', 'b', '1920']]);
    expect(relationSpan(g, 'late')).toEqual(NEVER);
    expect(inForceAt(g, 1920).relations).toEqual([]);
  });
});

describe('entitySpan', () => {
  it('uses the entity\'s own dates when it has them', () => {
    expect(entitySpan(powerStruggle(), 'lenin')).toEqual({ from: 1870, to: 1924 });
  });

  it('spans the relations of an entity with no dates: first start to last end, an open lasting one runs on', () => {
    const g = makeGraph(
      [['s', 'S', 'person', '1878', '1953'], ['camps', 'Camps', 'institution'], ['k', 'Kulaks', 'group'], ['p', 'Politburo', 'institution']],
      [['c1', 's', 'persecuted', 'k', '1918'], ['c2', 's', 'persecuted', 'k', '1929-12'], ['m', 's', 'member-of', 'p', '1919'], ['x', 's', 'introduced', 'camps', '1918', '1921']],
    );
    expect(entitySpan(g, 'k')).toEqual({ from: 1918, to: 1930 });
    expect(entitySpan(g, 'p')).toEqual({ from: 1919, to: Infinity });
    expect(entitySpan(g, 'camps')).toEqual({ from: 1918, to: 1921 });
  });

  it('ends an event with a start and no end after its window or its last dated relation', () => {
    const g = makeGraph(
      [['s', 'S', 'person', '1878', '1953'], ['f', 'Funeral', 'event', '1924-01'], ['t', 'Testament', 'event', '1922-12']],
      [['led', 's', 'led', 'f', '1924-01'], ['t1', 's', 'opposed', 't', '1922-12'], ['t2', 's', 'ended', 't', '1924-05']],
    );
    expect(entitySpan(g, 'f')).toEqual({ from: 1924, to: 1925 });
    expect(relationSpan(g, 'led')).toEqual({ from: 1924, to: 1925 });
    expect(entitySpan(g, 't')).toEqual({ from: 1922, to: 1925 });
  });

  it('is timeless for an entity with no dates and no dated relations', () => {
    const g = makeGraph([['x', 'X', 'idea']], []);
    expect(entitySpan(g, 'x')).toEqual({ from: -Infinity, to: Infinity });
  });
});

describe('inForceAt on the real notes', () => {
  const result = runPipeline(realData());
  const graph = result.graph!;
  const has = (year: number, source: string, type: string, target: string) =>
    inForceAt(graph, year).relations.some((e) => graph.source(e) === source && graph.target(e) === target && graph.getEdgeAttribute(e, 'type') === type);

  it('shows no anachronism in 1903', () => {
    const { entities } = inForceAt(graph, 1903);
    for (const id of ['nkvd', 'soviet-air-force', 'concentration-camps', 'kolkhoz', 'politburo', 'stalin-constitution']) expect(entities).not.toContain(id);
    expect(entities).toContain('bolshevik-party');
  });

  it('drops a 1917 act by 1919 and Lenin\'s funeral a year after it', () => {
    expect(graph.edges('stalin', 'october-revolution').some((e) => relationSpan(graph, e).to >= 1919)).toBe(false);
    expect(inForceAt(graph, 1936).entities).not.toContain('lenins-funeral');
  });

  it('has Stalin allied with Kamenev and Zinoviev in 1925', () => {
    expect(has(1925, 'stalin', 'allied-with', 'kamenev') || has(1925, 'kamenev', 'allied-with', 'stalin')).toBe(true);
    expect(has(1925, 'stalin', 'allied-with', 'zinoviev') || has(1925, 'zinoviev', 'allied-with', 'stalin')).toBe(true);
  });
});
