/** Registers cytoscape-fcose once, and the fcose options shared by the ahead-of-time layout and "rearrange". */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';

let registered = false;

/** Register fcose with Cytoscape (idempotent). */
export function registerFcose(): void {
  if (registered) return;
  cytoscape.use(fcose);
  registered = true;
}

/** The seed every layout run uses, so the same data always gives the same picture. */
export const LAYOUT_SEED = 1918;

/**
 * fcose options for a graph whose node boxes already include their labels (width/height set per node).
 * idealEdgeLength is the gap between box borders, so it can stay short: the boxes keep labels apart.
 */
export const FCOSE_OPTIONS = {
  name: 'fcose',
  quality: 'default',
  randomize: true,
  animate: false,
  fit: false,
  nodeDimensionsIncludeLabels: false,
  uniformNodeDimensions: false,
  packComponents: false,
  nodeSeparation: 90,
  idealEdgeLength: 70,
  edgeElasticity: 0.45,
  nodeRepulsion: 9000,
  gravity: 0.3,
  gravityRange: 3.8,
  numIter: 2500,
  tile: true,
  tilingPaddingVertical: 14,
  tilingPaddingHorizontal: 14,
} as const;
