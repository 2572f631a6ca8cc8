import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cachedPositions, layoutHash } from './position-cache';
import { layoutInput } from './compute-positions';
import { syntheticGraph } from './test-graphs';

const dir = mkdtempSync(join(tmpdir(), 'allegiance-layout-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cachedPositions', () => {
  it('computes once, then answers from memory; a new process would read the disk', () => {
    const g = syntheticGraph(20, 25, 99);
    const first = cachedPositions(g, dir);
    expect(first.source).toBe('computed');
    expect(readdirSync(dir)).toEqual([`positions-${first.hash}.json`]);
    const again = cachedPositions(syntheticGraph(20, 25, 99), dir);
    expect(again.source).toBe('memory');
    expect(again.positions).toEqual(first.positions);
  });

  it('reads positions from disk by hash, and recomputes when the file is damaged', () => {
    const g = syntheticGraph(6, 5, 123);
    const hash = layoutHash(layoutInput(g));
    writeFileSync(join(dir, `positions-${hash}.json`), JSON.stringify({ n0: { x: 1, y: 2 } }));
    const fromDisk = cachedPositions(g, dir);
    expect(fromDisk.source).toBe('disk');
    expect(fromDisk.positions.n0).toEqual({ x: 1, y: 2 });

    const h = syntheticGraph(7, 5, 124);
    writeFileSync(join(dir, `positions-${layoutHash(layoutInput(h))}.json`), '{not json');
    expect(cachedPositions(h, dir).source).toBe('computed');
  });

  it('gives a different hash when the layout input changes', () => {
    expect(layoutHash(layoutInput(syntheticGraph(6, 5, 1)))).not.toBe(layoutHash(layoutInput(syntheticGraph(6, 5, 2))));
  });
});
