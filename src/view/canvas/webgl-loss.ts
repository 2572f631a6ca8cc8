/**
 * Watching a WebGL drawing for the loss of its context: a GPU reset, or a software rasteriser (SwiftShader) out of
 * memory on a very large graph. Cytoscape's WebGL renderer does not handle it (the picture stays blank), so the
 * canvas element re-creates the drawing with the 2D canvas renderer and says why.
 */

/** Call `onLost` once when a canvas inside `container` loses its WebGL context; returns a function that stops watching. */
export function watchWebglLoss(container: HTMLElement, onLost: (reason: string) => void): () => void {
  const listener = (event: Event) => {
    stop();
    const message = (event as WebGLContextEvent).statusMessage;
    onLost(message ? `its drawing context was lost: ${message}` : 'its drawing context was lost');
  };
  // The event does not bubble; a capturing listener on the container sees it on any canvas Cytoscape adds inside.
  container.addEventListener('webglcontextlost', listener, true);
  const stop = () => container.removeEventListener('webglcontextlost', listener, true);
  return stop;
}

/** The notice shown once WebGL has failed and the 2D canvas draws the graph instead. */
export function webglFallbackNotice(reason: string): string {
  return `The WebGL renderer stopped (${reason}), so the graph is drawn with the standard canvas renderer instead. Everything still works; only panning and zooming may be slower.`;
}
