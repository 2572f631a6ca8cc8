import { describe, expect, it } from 'vitest';
import { diameterForDegree, NODE_BORDER } from '../../layout/label-metrics';
import { syntheticGraph } from '../../layout/test-graphs';
import { frameNamed, frameRoom } from './canvas-framing';
import { NAMED } from './canvas-labels';
import { DEFAULT_CANVAS_VIEW } from './canvas-view';
import { byDegree, pictureFontSize, pictureFrameInput, pictureViewBox, pictureViewport, plainView } from './first-picture-frame';

const graph = syntheticGraph(60, 120, 4);
const positions = Object.fromEntries(graph.nodes().map((id, i) => [id, { x: (i % 8) * 90 - 200, y: Math.floor(i / 8) * 70 + 30 }]));

describe('the first picture frame', () => {
  it("takes every node's shape into the box and the best connected, measured, as the names", () => {
    const input = pictureFrameInput(graph, positions, DEFAULT_CANVAS_VIEW)!;
    const r = (id: string) => diameterForDegree(graph.degree(id)) / 2 + NODE_BORDER;
    expect(input.box.x1).toBe(Math.min(...graph.nodes().map((id) => positions[id]!.x - r(id))));
    expect(input.box.y2).toBe(Math.max(...graph.nodes().map((id) => positions[id]!.y + r(id))));
    expect(input.named.map((n) => n.id)).toEqual(byDegree(graph).slice(0, NAMED));
    for (const n of input.named) expect(n.width).toBeGreaterThan(0);
    expect(pictureFrameInput(graph, { [graph.nodes()[0]!]: { x: 0, y: 0 } }, DEFAULT_CANVAS_VIEW)).toBeNull();
  });

  it("is the canvas's named frame with its room, and the viewBox puts each model point where the canvas does", () => {
    const input = pictureFrameInput(graph, positions, DEFAULT_CANVAS_VIEW)!;
    const viewport = pictureViewport(input, 900, 600, 12, null);
    expect(viewport).toEqual(frameNamed(input.box, input.named, 12, frameRoom(12), { width: 900, height: 600, minZoom: 0.05, maxZoom: 2 }));
    const [vx, vy, vw, vh] = pictureViewBox(viewport, 900, 600).split(' ').map(Number) as [number, number, number, number];
    expect(vw / vh).toBeCloseTo(900 / 600, 4);
    for (const p of Object.values(positions).slice(0, 5)) {
      expect(((p.x - vx) * 900) / vw).toBeCloseTo(p.x * viewport.zoom + viewport.pan.x, 1);
      expect(((p.y - vy) * 600) / vh).toBeCloseTo(p.y * viewport.zoom + viewport.pan.y, 1);
    }
    expect(pictureFontSize(0.5, 12) * 0.5).toBe(12); // lifted to the floor on screen
    expect(pictureFontSize(2, 12) * 2).toBe(32); // the model size, zoomed
  });

  it('keeps clear of the Key, and knows only the plain first frame', () => {
    const input = pictureFrameInput(graph, positions, DEFAULT_CANVAS_VIEW)!;
    const free = pictureViewport(input, 900, 600, 12, null);
    const keyed = pictureViewport(input, 900, 600, 12, { width: 300, height: 400 });
    expect(keyed).not.toEqual(free);
    expect(plainView(DEFAULT_CANVAS_VIEW)).toBe(true);
    expect(plainView({ ...DEFAULT_CANVAS_VIEW, selectedNode: 'x' })).toBe(false);
    expect(plainView({ ...DEFAULT_CANVAS_VIEW, visibleNodes: new Set(['x']) })).toBe(false);
  });
});
