/** Whether this browser has WebGL, and whether it is software-rendered (probed once, on a detached canvas). */
/** Same shape as app/canvas/renderer-choice's WebglCapability (platform/ does not import app/). */
export interface WebglCapability {
  available: boolean;
  software: boolean;
}

let probed: WebglCapability | null = null;

/** WebGL's availability and kind; the renderer string (WEBGL_debug_renderer_info) tells software rasterisers. */
export function webglCapability(): WebglCapability {
  if (probed) return probed;
  try {
    const gl = document.createElement('canvas').getContext('webgl2') ?? document.createElement('canvas').getContext('webgl');
    if (!gl) return (probed = { available: false, software: false });
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return (probed = { available: true, software: /swiftshader|llvmpipe|softpipe|software|basic render/i.test(name) });
  } catch {
    return (probed = { available: false, software: false });
  }
}
