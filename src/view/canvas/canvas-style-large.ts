/**
 * The style sheet's changes for a large graph (isLargeGraph in src/app/canvas/large-graph.ts), where every
 * Cytoscape frame redraws every element and every restyle recomputes each changed edge's geometry.
 * Relations are drawn as straight "haystack" lines between the nodes' centres: no control points for
 * parallel relations and no arrowheads, the costliest part of a change and of a frame at 5,000 entities.
 * Around what the user looks at (the selection's relations, emphasis, the hovered or focused neighbourhood)
 * relations keep the full look: curved apart, with arrows. Colours, line styles and marks are unchanged,
 * so nothing depends on colour alone; the List view and the panels carry the text.
 */
import type { StylesheetJson } from 'cytoscape';

type Rule = { selector: string; style: Record<string, unknown> };

/** Edges drawn with the full look on a large graph (few at a time: a selection's, emphasis, hover). */
export const FULL_EDGE_SELECTOR = 'edge.incident, edge.highlighted, edge.selected, edge.hover-near';

/** `sheet` with the large-graph changes: lean edges by default, the full look on FULL_EDGE_SELECTOR. */
export function largeGraphStyle(sheet: StylesheetJson): StylesheetJson {
  const rules = (sheet as Rule[]).map((r) => (r.selector === 'edge' ? { ...r, style: { ...r.style, 'curve-style': 'haystack', 'haystack-radius': 0 } } : r));
  // Right after the base and tone rules (before the view classes, which do not set the curve).
  const at = rules.findIndex((r) => r.selector.startsWith('edge.incident'));
  rules.splice(at < 0 ? rules.length : at, 0, { selector: FULL_EDGE_SELECTOR, style: { 'curve-style': 'bezier' } });
  return rules as StylesheetJson;
}
