/**
 * The bare-Cytoscape floor the bench compares the app with: the same nodes and edges at the same
 * precomputed positions (from the app's data module), built into plain element definitions at build time,
 * drawn by Cytoscape with a minimal style sheet (no classes, no label placement, no UI around it).
 * Nothing can draw the graph with Cytoscape faster than this; what the app takes above it is its own cost.
 */
import cytoscape from 'cytoscape';
import elements from 'virtual:floor-elements';

const container = document.getElementById('cy') as HTMLDivElement;
const cy = cytoscape({
  container,
  elements,
  layout: { name: 'preset' },
  style: [
    { selector: 'node', style: { label: 'data(label)', width: 'data(size)', height: 'data(size)', 'background-color': '#0072B2', 'font-size': 14, 'text-valign': 'bottom' } },
    { selector: 'edge', style: { width: 2, 'line-color': '#6E6E6E', 'curve-style': 'bezier' } },
  ],
  minZoom: 0.05,
  maxZoom: 5,
});
cy.fit(undefined, 28);
(window as unknown as { __baselineCy: cytoscape.Core }).__baselineCy = cy;
container.dispatchEvent(new CustomEvent('graph-drawn', { bubbles: true, composed: true, detail: { nodes: cy.nodes().length, edges: cy.edges().length } }));
