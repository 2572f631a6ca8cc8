// <graph-canvas> picks its renderer (canvas or Cytoscape's WebGL renderer) by size and capability, or as told.
import { afterEach, describe, expect, it } from 'vitest';
import { chooseRenderer } from '../../app/canvas/renderer-choice';
import { syntheticGraph } from '../../layout/test-graphs';
import type { AllegianceGraph } from '../../model/types';
import { webglCapability } from '../../platform/webgl';
import type { RendererSetting } from '../../app/canvas/renderer-choice';
import type { GraphCanvas } from './graph-canvas';
import { mountCanvas, unmountCanvases } from './test-canvas';

afterEach(unmountCanvases);

const mount = (graph: AllegianceGraph, renderer: RendererSetting) => mountCanvas(graph, { renderer });

const usesWebgl = (el: GraphCanvas) => Boolean((el.instance as unknown as { renderer(): { webgl?: boolean } }).renderer().webgl);

describe('<graph-canvas> renderer', () => {
  it('this headless Chromium has WebGL, in software (SwiftShader)', () => {
    expect(webglCapability()).toEqual({ available: true, software: true });
  });

  it('auto picks canvas here (software WebGL), and the forced settings are obeyed', async () => {
    const graph = syntheticGraph(40, 60);
    const auto = await mount(graph, 'auto');
    expect(auto.rendererName).toBe(chooseRenderer('auto', graph.order + graph.size, webglCapability()));
    expect(auto.rendererName).toBe('canvas');
    expect(usesWebgl(auto)).toBe(false);

    const webgl = await mount(graph, 'webgl');
    expect(webgl.rendererName).toBe('webgl');
    expect(usesWebgl(webgl)).toBe(true);
    expect(webgl.instance!.nodes()).toHaveLength(40);
  });

  it('re-creates Cytoscape with the other renderer when the setting changes, keeping the graph', async () => {
    const el = await mount(syntheticGraph(30, 40), 'canvas');
    const before = el.instance;
    const drawn = new Promise((resolve) => el.addEventListener('graph-drawn', resolve, { once: true }));
    el.renderer = 'webgl';
    await drawn;
    expect(el.instance).not.toBe(before);
    expect(usesWebgl(el)).toBe(true);
    expect(el.instance!.nodes()).toHaveLength(30);
  });
});
