import { describe, expect, it } from 'vitest';
import { FORCE_ATLAS_MIN_NODES, barnesHutTheta, forceAtlasBoxes, forceAtlasIterations } from './force-atlas';
import { layoutAlgorithm, layoutInput } from './compute-positions';
import { diameterForDegree, nodeExtent } from './label-metrics';
import { overlappingPairs } from './remove-overlaps';
import { syntheticGraph } from './test-graphs';

function boxesOf(nodes: number, edges: number, seed = 5) {
  const input = layoutInput(syntheticGraph(nodes, edges, seed));
  return { boxes: input.nodes.map((n) => ({ id: n.id, extent: nodeExtent(n.label, diameterForDegree(n.degree)) })), links: input.links };
}

describe('the large-graph layout (ForceAtlas2, Barnes–Hut)', { timeout: 60_000 }, () => {
  it('is chosen only above the size where fcose gets slow', () => {
    expect(layoutAlgorithm(146)).toBe('fcose');
    expect(layoutAlgorithm(FORCE_ATLAS_MIN_NODES)).toBe('fcose');
    expect(layoutAlgorithm(FORCE_ATLAS_MIN_NODES + 1)).toBe('forceatlas2');
    expect(layoutAlgorithm(10_000)).toBe('forceatlas2');
  });

  it('places every node at a finite position, the same on every run, reporting progress to the end', () => {
    const { boxes, links } = boxesOf(300, 450);
    const seen: [number, number][] = [];
    const a = forceAtlasBoxes(boxes, links, 1918, (done, total) => seen.push([done, total]));
    const b = forceAtlasBoxes(boxes, links, 1918);
    expect(a.map((p) => p.id).sort()).toEqual(boxes.map((p) => p.id).sort());
    expect(a.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
    expect(a).toEqual(b);
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.at(-1)![0]).toBe(seen.at(-1)![1]);
    expect(seen.map(([d]) => d)).toEqual([...seen.map(([d]) => d)].sort((x, y) => x - y));
  });

  it('keeps linked nodes nearer each other than unlinked ones, and leaves no node shapes overlapping', () => {
    const { boxes, links } = boxesOf(300, 450, 9);
    const placed = forceAtlasBoxes(boxes, links, 1918);
    const at = new Map(placed.map((p) => [p.id, p]));
    const dist = (u: string, v: string) => Math.hypot(at.get(u)!.x - at.get(v)!.x, at.get(u)!.y - at.get(v)!.y);
    const linked = links.reduce((s, [u, v]) => s + dist(u, v), 0) / links.length;
    let random = 0;
    for (let i = 0; i < 300; i++) random += dist(placed[i]!.id, placed[(i * 7 + 13) % placed.length]!.id);
    expect(linked).toBeLessThan(random / 300);
    const shapes = placed.map((p) => ({ ...p, extent: { left: p.extent.top, right: p.extent.top, top: p.extent.top, bottom: p.extent.top } }));
    expect(overlappingPairs(shapes)).toEqual([]);
  });

  it('approximates more coarsely (Barnes–Hut theta) and iterates less as graphs grow', () => {
    expect(barnesHutTheta(1000)).toBe(0.6);
    expect(barnesHutTheta(6000)).toBe(0.6);
    expect(barnesHutTheta(10_000)).toBe(1.2);
    expect(forceAtlasIterations(1000)).toBeGreaterThan(forceAtlasIterations(5000));
    expect(forceAtlasIterations(5000)).toBeGreaterThan(forceAtlasIterations(10_000));
  });

  it('copes with no nodes and with ids that are Object.prototype keys', () => {
    expect(forceAtlasBoxes([], [], 1)).toEqual([]);
    const extent = { left: 10, right: 10, top: 10, bottom: 10 };
    const placed = forceAtlasBoxes([{ id: '__proto__', extent }, { id: 'constructor', extent }], [['__proto__', 'constructor']], 1);
    expect(placed.map((p) => p.id)).toEqual(['__proto__', 'constructor']);
  });
});
