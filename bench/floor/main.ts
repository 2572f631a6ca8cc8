/**
 * The bare-Cytoscape floor the bench compares the app with: the same nodes and edges at the same
 * precomputed positions (from the app's data module), built into plain element definitions at build time,
 * drawn by Cytoscape with a minimal style sheet (no classes, no label placement, no UI around it).
 * Nothing can draw the graph with Cytoscape faster than this; what the app takes above it is its own cost.
 */
import cytoscape from 'cytoscape';
import elements from 'virtual:floor-elements';
import { classChanges } from '../../src/view/canvas/class-changes';

const container = document.getElementById('cy') as HTMLDivElement;
const cy = cytoscape({
  container,
  elements,
  layout: { name: 'preset' },
  style: [
    { selector: 'node', style: { label: 'data(label)', width: 'data(size)', height: 'data(size)', 'background-color': '#0072B2', 'font-size': 14, 'text-valign': 'bottom' } },
    { selector: 'edge', style: { width: 2, 'line-color': '#6E6E6E', 'curve-style': 'bezier' } },
    // What a year step puts on the elements out of the year (the app's default, "hide"); no element has it at load.
    { selector: '.hidden', style: { display: 'none' } },
  ],
  minZoom: 0.05,
  maxZoom: 5,
});
cy.fit(undefined, 28);
(window as unknown as { __baselineCy: cytoscape.Core }).__baselineCy = cy;
container.dispatchEvent(new CustomEvent('graph-drawn', { bubbles: true, composed: true, detail: { nodes: cy.nodes().length, edges: cy.edges().length } }));

/**
 * The floor's year step (bench/lib/scenarios.ts): the classes the app's year step puts on the same elements (its own
 * derivation, run at build time into a chunk loaded here on first use), applied as the app applies them, grouped by
 * change (src/view/canvas/class-changes.ts) in one batch. `__floorYears()` loads them: [from, to] of the period, or
 * null when the build has none (large graphs).
 */
const classesOn = new Map<string, string>();
let years: import('./vite.config').FloorYears | null = null;
const floor = window as unknown as { __floorYears: () => Promise<[number, number] | null>; __floorYear: (year: number) => void };
floor.__floorYears = async () => {
  years = (await import('virtual:floor-years')).default;
  return years ? [years.from, years.to] : null;
};
floor.__floorYear = (year: number) => {
  const wanted = years?.years[year];
  if (!wanted) throw new Error(`the floor has no classes for ${year}`);
  const next = new Map<string, string>();
  cy.elements().forEach((e) => void next.set(e.id(), wanted[e.id()] ?? ''));
  cy.batch(() => {
    for (const { remove, add, ids } of classChanges(next, classesOn)) {
      const eles = cy.collection();
      for (const id of ids) eles.merge(cy.getElementById(id));
      if (remove) eles.removeClass(remove);
      if (add) eles.addClass(add);
    }
  });
};
