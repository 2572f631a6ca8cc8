// <graph-canvas> when WebGL fails (webgl-loss.ts), and the viewport levers for large graphs (app/canvas/viewport-options.ts).
import { afterEach, describe, expect, it } from 'vitest';
import { LARGE_GRAPH_ELEMENTS } from '../../app/canvas/large-graph';
import { syntheticGraph } from '../../layout/test-graphs';
import type { AllegianceGraph } from '../../model/types';
import type { RendererSetting } from '../../app/canvas/renderer-choice';
import type { GraphCanvas } from './graph-canvas';
import { drawnOnce, gridPositions, mountCanvas, unmountCanvases } from './test-canvas';

afterEach(unmountCanvases);

const mount = (graph: AllegianceGraph, renderer: RendererSetting) => mountCanvas(graph, { positions: gridPositions(graph), renderer });

type Renderer = { webgl?: boolean; textureOnViewport?: boolean; hideEdgesOnViewport?: boolean };
const renderer = (el: GraphCanvas) => (el.instance as unknown as { renderer(): Renderer }).renderer();

describe('<graph-canvas> when WebGL fails', () => {
  it('a lost WebGL context re-creates the drawing with the 2D canvas, says so, and keeps the graph', async () => {
    const graph = syntheticGraph(40, 60);
    const el = await mount(graph, 'webgl');
    expect(renderer(el).webgl).toBe(true);
    const lost = [...el.shadowRoot!.querySelectorAll('canvas')]
      .map((c) => c.getContext('webgl2'))
      .find((gl): gl is WebGL2RenderingContext => gl !== null);
    expect(lost).toBeDefined();
    const redrawn = drawnOnce(el);
    lost!.getExtension('WEBGL_lose_context')!.loseContext();
    await redrawn;
    expect(el.rendererName).toBe('canvas');
    expect(renderer(el).webgl).toBeFalsy();
    expect(el.instance!.nodes()).toHaveLength(40);
    const notice = el.shadowRoot!.querySelector('.renderer-notice');
    expect(notice?.getAttribute('role')).toBe('status');
    expect(notice?.textContent).toContain('drawn with the standard canvas renderer');

    // Dismissed, it goes; a later graph is still drawn with canvas (WebGL is not tried again here).
    notice!.querySelector('button')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.renderer-notice')).toBeNull();
    const next = drawnOnce(el);
    el.graph = syntheticGraph(20, 30, 2);
    await next;
    expect(el.rendererName).toBe('canvas');
    expect(renderer(el).webgl).toBeFalsy();
  });
});

describe('<graph-canvas> viewport levers', () => {
  it('a large graph pans and zooms on a snapshot without relations; a small one keeps the exact drawing, switching both ways', async () => {
    const small = syntheticGraph(30, 40);
    const el = await mount(small, 'canvas');
    expect(renderer(el).textureOnViewport).toBe(false);
    expect(renderer(el).hideEdgesOnViewport).toBe(false);

    const large = syntheticGraph(600, 1200, 3);
    expect(large.order + large.size).toBeGreaterThanOrEqual(LARGE_GRAPH_ELEMENTS);
    let drawn = drawnOnce(el);
    el.positions = gridPositions(large);
    el.graph = large;
    await drawn;
    expect(el.instance!.nodes()).toHaveLength(600);
    expect(renderer(el).textureOnViewport).toBe(true);
    expect(renderer(el).hideEdgesOnViewport).toBe(true);

    drawn = drawnOnce(el);
    el.positions = gridPositions(small);
    el.graph = small;
    await drawn;
    expect(el.instance!.nodes()).toHaveLength(30);
    expect(renderer(el).textureOnViewport).toBe(false);
  });
});
