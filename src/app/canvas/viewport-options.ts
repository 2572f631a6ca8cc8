/**
 * Cytoscape's viewport levers for large graphs, where each frame redraws every element (about 1 s a frame at
 * 10,000 entities on a busy 2-core machine): while the user drags the view, wheels or pinches, the canvas
 * renderer moves a snapshot of the last frame (`textureOnViewport`) and leaves the relations out
 * (`hideEdgesOnViewport`), then draws everything once when the gesture stops. Cytoscape 3.35 has no
 * `hideLabelsOnViewport` any more (labels go with the snapshot). Programmatic moves (the keyboard's pan and zoom,
 * framing) are drawn in full. Small graphs keep the exact drawing. The WebGL renderer ignores these options.
 */
import { isLargeGraph } from './large-graph';

/** Constructor options for a graph of `elements` nodes + edges (none below the large-graph threshold). */
export interface ViewportOptions {
  textureOnViewport?: boolean;
  hideEdgesOnViewport?: boolean;
}

export function viewportOptions(elements: number): ViewportOptions {
  return isLargeGraph(elements) ? { textureOnViewport: true, hideEdgesOnViewport: true } : {};
}
