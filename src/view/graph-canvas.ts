/** <graph-canvas>: the only element that owns Cytoscape. Draws the graph it is given. */
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { LitElement, css, html } from 'lit';
import type { AllegianceGraph } from '../model/types';

cytoscape.use(fcose);

export class GraphCanvas extends LitElement {
  static override properties = { graph: { attribute: false } };
  declare graph: AllegianceGraph | null;
  private cy: Core | null = null;

  constructor() {
    super();
    this.graph = null;
  }

  static override styles = css`
    :host { display: block; position: relative; min-height: 20rem; }
    #cy { position: absolute; inset: 0; }
  `;

  override render() {
    return html`<div id="cy" role="img" aria-label="Graph of entities and their relations"></div>`;
  }

  override firstUpdated(): void {
    this.create();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated && !this.cy) this.create();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.cy?.destroy();
    this.cy = null;
  }

  override updated(changed: Map<string, unknown>): void {
    if (changed.has('graph') && this.cy) this.draw();
  }

  /** The Cytoscape instance, for tests and export. */
  get instance(): Core | null {
    return this.cy;
  }

  private create(): void {
    const container = this.renderRoot.querySelector<HTMLDivElement>('#cy');
    if (!container) return;
    this.cy = cytoscape({
      container,
      style: [
        { selector: 'node', style: { label: 'data(label)', 'font-size': 12, 'text-valign': 'bottom', 'text-margin-y': 4, width: 24, height: 24, 'background-color': '#1f4e79' } },
        { selector: 'edge', style: { width: 1.5, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'line-color': '#888', 'target-arrow-color': '#888' } },
      ],
    });
    this.draw();
  }

  private draw(): void {
    const cy = this.cy;
    if (!cy || !this.graph) return;
    const graph = this.graph;
    const elements: ElementDefinition[] = [];
    graph.forEachNode((id, a) => elements.push({ group: 'nodes', data: { id, label: a.label, kind: a.kind } }));
    graph.forEachEdge((key, a, source, target) => elements.push({ group: 'edges', data: { id: key, source, target, type: a.type } }));
    cy.batch(() => {
      cy.elements().remove();
      cy.add(elements);
    });
    cy.layout({ name: 'fcose', animate: false, randomize: true } as cytoscape.LayoutOptions).run();
    this.dispatchEvent(new CustomEvent('graph-drawn', { bubbles: true, composed: true, detail: { nodes: cy.nodes().length, edges: cy.edges().length } }));
  }
}
customElements.define('graph-canvas', GraphCanvas);

declare global {
  interface HTMLElementTagNameMap {
    'graph-canvas': GraphCanvas;
  }
}
