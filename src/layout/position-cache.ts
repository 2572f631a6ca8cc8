/** Node-only cache of ahead-of-time positions, keyed by a hash of the layout's input (memory, then disk). */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AllegianceGraph } from '../model/types';
import { type LayoutInput, type Positions, computeLayout, layoutInput } from './compute-positions';

const memory = new Map<string, Positions>();

/** sha256 of the serialised layout input (node ids, labels, degrees, links, layout version). */
export function layoutHash(input: LayoutInput): string {
  return createHash('sha256').update(JSON.stringify(input)).digest('hex').slice(0, 32);
}

export interface CachedPositions {
  positions: Positions;
  hash: string;
  /** Where they came from: 'memory', 'disk' or 'computed'. */
  source: 'memory' | 'disk' | 'computed';
  ms: number;
}

/** Positions for the graph, computed once per distinct layout input; `cacheDir` null keeps the cache in memory only. */
export function cachedPositions(graph: AllegianceGraph, cacheDir: string | null): CachedPositions {
  const started = performance.now();
  const input = layoutInput(graph);
  const hash = layoutHash(input);
  const done = (positions: Positions, source: CachedPositions['source']): CachedPositions => {
    memory.set(hash, positions);
    return { positions, hash, source, ms: performance.now() - started };
  };
  const hit = memory.get(hash);
  if (hit) return done(hit, 'memory');
  const file = cacheDir ? join(cacheDir, `positions-${hash}.json`) : null;
  if (file && existsSync(file)) {
    try {
      return done(JSON.parse(readFileSync(file, 'utf8')) as Positions, 'disk');
    } catch {
      // A damaged cache file is recomputed and overwritten.
    }
  }
  const positions = computeLayout(input);
  if (file && cacheDir) {
    try {
      mkdirSync(cacheDir, { recursive: true });
      writeFileSync(file, JSON.stringify(positions));
    } catch {
      // The cache is an optimisation: a read-only disk only costs time.
    }
  }
  return done(positions, 'computed');
}
