/**
 * The naive baseline the bench compares the app with, on the same data and the same libraries:
 * - no precomputed positions: fcose runs at page load, in the browser, on the whole graph;
 * - every year or filter change rebuilds all Cytoscape elements (cy.elements().remove(); cy.add(...)),
 *   keeping the positions of the first layout (re-running fcose on each change would be slower still).
 * What is visible follows the app's own rules (src/app/explorer/visible.ts), so both draw the same elements.
 */
import cytoscape, { type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import data from 'virtual:allegiance-data';
import { loadGraph } from '../../src/app/shell/load-graph';
import { DEFAULT_STATE, type ViewState } from '../../src/app/shell/view-state';
import { visibleView } from '../../src/app/explorer/visible';
import { periodOf } from '../../src/model/queries/dates';
import { ENTITY_KINDS, type EntityKind } from '../../src/model/types';

cytoscape.use(fcose);

const loaded = loadGraph(data);
const graph = loaded.graph;
if (!graph) throw new Error(`the data has ${loaded.problems.length} problems`);

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const yearInput = $<HTMLInputElement>('year');
const allBox = $<HTMLInputElement>('all');
const yearOut = $<HTMLOutputElement>('year-out');
const period = periodOf(graph) ?? { from: 1917, to: 1953 };
yearInput.min = String(period.from);
yearInput.max = String(period.to);
yearInput.value = String(period.to);

let state: ViewState = { ...DEFAULT_STATE };
const kinds = new Set<EntityKind>(ENTITY_KINDS);
const kindSet = $<HTMLFieldSetElement>('kinds');
for (const kind of ENTITY_KINDS) {
  const label = document.createElement('label');
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.checked = true;
  box.addEventListener('change', () => {
    if (box.checked) kinds.add(kind);
    else kinds.delete(kind);
    update({ kinds: kinds.size === ENTITY_KINDS.length ? null : new Set(kinds) });
  });
  label.append(box, ` ${kind}`);
  kindSet.append(label);
}

const degree = new Map(graph.mapNodes((id) => [id, graph.degree(id)] as const));
function elementsOf(nodes: ReadonlySet<string> | null, edges: ReadonlySet<string> | null, positions?: Map<string, { x: number; y: number }>): ElementDefinition[] {
  const out: ElementDefinition[] = [];
  graph!.forEachNode((id, a) => {
    if (nodes && !nodes.has(id)) return;
    out.push({ group: 'nodes', data: { id, label: a.label, kind: a.kind, size: Math.min(70, 26 + 6.5 * Math.sqrt(degree.get(id) ?? 0)) }, ...(positions ? { position: { ...positions.get(id)! } } : {}) });
  });
  graph!.forEachEdge((key, a, source, target) => {
    if (edges && !edges.has(key)) return;
    out.push({ group: 'edges', data: { id: key, source, target, type: a.type } });
  });
  return out;
}

const container = $<HTMLDivElement>('cy') as HTMLDivElement & { instance?: cytoscape.Core };
const cy = cytoscape({
  container,
  elements: elementsOf(null, null),
  style: [
    {
      selector: 'node',
      style: {
        label: 'data(label)', width: 'data(size)', height: 'data(size)', 'background-color': '#0072B2',
        'font-size': 16, 'font-weight': 'bold', 'text-valign': 'bottom', 'text-margin-y': 4, 'text-wrap': 'wrap', 'text-max-width': '132px',
        'text-outline-color': '#fff', 'text-outline-width': 3,
      },
    },
    { selector: 'edge', style: { width: 2, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'line-color': '#6E6E6E', 'target-arrow-color': '#6E6E6E' } },
  ],
  minZoom: 0.05,
  maxZoom: 5,
});
// The naive part: lay out the whole graph now, in the page.
cy.layout({ name: 'fcose', animate: false, randomize: true, quality: 'default' } as cytoscape.LayoutOptions).run();
const positions = new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }] as const));
cy.fit(undefined, 28);
container.instance = cy;
(window as unknown as { __baselineCy: cytoscape.Core }).__baselineCy = cy;
container.dispatchEvent(new CustomEvent('graph-drawn', { bubbles: true, composed: true, detail: { nodes: cy.nodes().length, edges: cy.edges().length } }));

/** The naive update: remove every element and add the visible ones again. */
function update(change: Partial<ViewState>): void {
  state = { ...state, ...change };
  const view = visibleView(graph!, state);
  cy.elements().remove();
  cy.add(elementsOf(view.visibleNodes, view.visibleEdges, positions));
}

yearInput.addEventListener('input', () => {
  allBox.checked = false;
  yearOut.value = yearInput.value;
  update({ year: Number(yearInput.value) });
});
allBox.addEventListener('change', () => {
  yearOut.value = allBox.checked ? 'All years' : yearInput.value;
  update({ year: allBox.checked ? null : Number(yearInput.value) });
});
