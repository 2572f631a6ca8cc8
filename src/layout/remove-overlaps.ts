/** Push apart nodes whose drawn boxes (shape plus label) overlap, moving each as little as it can. */
import type { Extent } from './label-metrics';

export interface Placed {
  x: number;
  y: number;
  extent: Extent;
}

interface Box {
  l: number;
  r: number;
  t: number;
  b: number;
}

function box(p: Placed, gap: number): Box {
  const g = gap / 2;
  return { l: p.x - p.extent.left - g, r: p.x + p.extent.right + g, t: p.y - p.extent.top - g, b: p.y + p.extent.bottom + g };
}

/** Pairs of indices whose boxes, each grown by gap/2, overlap. */
export function overlappingPairs(items: readonly Placed[], gap = 0): [number, number][] {
  const boxes = items.map((p) => box(p, gap));
  const order = boxes.map((_, i) => i).sort((a, b) => boxes[a]!.l - boxes[b]!.l || a - b);
  const pairs: [number, number][] = [];
  for (let oi = 0; oi < order.length; oi++) {
    const a = boxes[order[oi]!]!;
    for (let oj = oi + 1; oj < order.length; oj++) {
      const b = boxes[order[oj]!]!;
      if (b.l >= a.r) break;
      if (b.t < a.b && a.t < b.b) pairs.push([order[oi]!, order[oj]!]);
    }
  }
  return pairs;
}

/**
 * Separate overlapping boxes in place: each overlapping pair is pushed apart along the axis where it
 * overlaps least, half each way; `xBias` > 1 favours sideways pushes (overlap in x counts 1/xBias),
 * which keeps a drawing wide for landscape screens. Deterministic; stops when nothing overlaps or after
 * `maxRounds`. Returns the number of rounds used.
 */
export function removeOverlaps(items: Placed[], gap = 8, xBias = 1, maxRounds = 2000): number {
  for (let round = 1; round <= maxRounds; round++) {
    const pairs = overlappingPairs(items, gap);
    if (pairs.length === 0) return round - 1;
    for (const [i, j] of pairs) {
      const p = items[i]!;
      const q = items[j]!;
      const a = box(p, gap);
      const b = box(q, gap);
      const ox = Math.min(a.r, b.r) - Math.max(a.l, b.l);
      const oy = Math.min(a.b, b.b) - Math.max(a.t, b.t);
      if (ox <= 0 || oy <= 0) continue; // already separated by an earlier push this round
      if (ox <= oy * xBias) {
        const s = (ox / 2 + 0.5) * (p.x < q.x || (p.x === q.x && i < j) ? 1 : -1);
        p.x -= s;
        q.x += s;
      } else {
        const s = (oy / 2 + 0.5) * (p.y < q.y || (p.y === q.y && i < j) ? 1 : -1);
        p.y -= s;
        q.y += s;
      }
    }
  }
  return maxRounds;
}
