/**
 * Which Cytoscape renderer draws the graph: canvas (2D) or its WebGL renderer (Cytoscape ≥ 3.31, experimental).
 * Chosen by size and capability unless the URL says otherwise (`?renderer=canvas|webgl`, default auto).
 */

export type RendererSetting = 'auto' | 'canvas' | 'webgl';
export type RendererName = 'canvas' | 'webgl';

/** What the browser can do: WebGL at all, and whether it runs on a GPU (SwiftShader, llvmpipe… are software). */
export interface WebglCapability {
  available: boolean;
  software: boolean;
}

/**
 * Elements (nodes + edges) from which `auto` picks WebGL on a hardware GPU. Below it canvas draws each frame
 * in time and keeps every style feature; software WebGL (SwiftShader) was slower than canvas at every size
 * measured here (p95 frame 3.65 s against 604 ms at 5,000 entities), so it is never picked automatically.
 */
export const WEBGL_MIN_ELEMENTS = 6000;

/** The renderer setting a URL's query asks for; anything else is `auto`. */
export function rendererSetting(search: string): RendererSetting {
  const value = new URLSearchParams(search).get('renderer');
  return value === 'canvas' || value === 'webgl' ? value : 'auto';
}

/**
 * The renderer to use: the setting when it names one (WebGL only if available), else by size and capability.
 * `webgl` may be a probe, called only when the answer depends on it (probing creates a WebGL context: tens of ms at start-up).
 */
export function chooseRenderer(setting: RendererSetting, elements: number, webgl: WebglCapability | (() => WebglCapability)): RendererName {
  if (setting === 'canvas' || (setting === 'auto' && elements < WEBGL_MIN_ELEMENTS)) return 'canvas';
  const can = typeof webgl === 'function' ? webgl() : webgl;
  if (setting === 'webgl') return can.available ? 'webgl' : 'canvas';
  return can.available && !can.software ? 'webgl' : 'canvas';
}
