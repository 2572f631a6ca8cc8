/**
 * <graph-canvas>: the only element that owns Cytoscape. Draws the graph it is given at the given positions,
 * once per graph; view changes (year, filters, selection, emphasis) only toggle classes.
 */
import cytoscape, { type Core, type EventObject } from 'cytoscape';
import { LitElement, css, html } from 'lit';
import type { Positions } from '../../layout/compute-positions';
import type { AllegianceGraph } from '../../model/types';
import { VIEW_CLASSES, nodeSizes, toElements, viewClasses } from './canvas-elements';
import { canvasStyle } from './canvas-style';
import { type CanvasView, DEFAULT_CANVAS_VIEW } from './canvas-view';
import './graph-legend';
import { emit } from '../shared/events';

const FIT_PADDING = 28;
/** focusOn: room around the focused nodes, and the closest it zooms. */
const FOCUS_PADDING = 70;
const FOCUS_MAX_ZOOM = 1.4;
const PAN_STEP = 80;
const ZOOM_STEP = 1.25;
/** Without a remembered choice the Key starts open only on screens at least this wide: on smaller ones it hides nodes (issue 11). */
const LEGEND_OPEN_MIN_SCREEN = 1400;
const ALL_VIEW_CLASSES = VIEW_CLASSES.join(' ');

/**
 * The graph drawing. Properties go down (`graph`, `positions`, `view`); typed events come up.
 * Nodes without a position are laid out in the browser (the same deterministic layout), which costs a pause.
 *
 * @fires entity-select - {id}: a node was tapped or clicked.
 * @fires relation-select - {key}: an edge was tapped or clicked.
 * @fires canvas-clear - null: the background was tapped, or Escape pressed on the canvas.
 * @fires graph-drawn - {nodes, edges}: a graph's elements were drawn for the first time.
 * @csspart canvas - the focusable drawing area
 * @csspart legend - the <graph-legend> over the bottom-left corner
 */
export class GraphCanvas extends LitElement {
  static override properties = {
    graph: { attribute: false },
    positions: { attribute: false },
    view: { attribute: false },
    legendOpen: { attribute: false },
  };
  declare graph: AllegianceGraph | null;
  declare positions: Positions;
  declare view: CanvasView;
  /** The user's saved choice for the key; undefined lets the canvas's size decide. */
  declare legendOpen: boolean | undefined;

  private cy: Core | null = null;
  /** The graph whose elements are in `cy` (elements are built once per graph). */
  private drawn: AllegianceGraph | null = null;
  /** View classes currently on each node / edge, to touch only what changes. */
  private nodeClassesOn = new Map<string, string>();
  private edgeClassesOn = new Map<string, string>();
  private sizeByOn: CanvasView['sizeBy'] | null = null;
  private resizeObserver: ResizeObserver | null = null;
  /** True while the view is a fit the user has not changed: a resize (a panel opening) then fits again. */
  private followSize = true;
  /** Nodes the view was last brought to (focusOn); a resize brings them into view again. Null after a plain fit. */
  private focusIds: string[] | null = null;
  private refitFrame = 0;
  private hadSize = false;
  private legendSized = false;
  private scrollFrame = 0;
  private drawToken = 0;
  /** Milliseconds the last view change took to apply (class toggling inside cy.batch). */
  lastViewChangeMs = 0;

  constructor() {
    super();
    this.graph = null;
    this.positions = {};
    this.view = DEFAULT_CANVAS_VIEW;
    this.legendOpen = undefined;
  }

  static override styles = css`
    :host { display: block; position: relative; min-height: 20rem; background: #fff; }
    #cy { position: absolute; inset: 0; outline: none; }
    /* An outline paints above Cytoscape's canvases; an inset shadow would sit under them. */
    #cy:focus-visible { outline: 3px solid #1a56db; outline-offset: -3px; }
    graph-legend { position: absolute; left: 0.5rem; bottom: 0.5rem; max-width: min(30rem, calc(100% - 1rem)); max-height: calc(100% - 1rem); z-index: 1; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  `;

  override render() {
    const g = this.graph;
    const name = g ? `Graph of ${g.order} entities and ${g.size} relations` : 'Graph (no data)';
    return html`<div id="cy" part="canvas" tabindex="0" role="application" aria-roledescription="graph" aria-label=${name} aria-describedby="cy-help" @keydown=${this.onKeydown}></div>
      <p id="cy-help" class="visually-hidden">Arrow keys pan, plus and minus zoom, 0 fits the graph, Escape clears the selection. The list view has the same entities and relations as text.</p>
      <graph-legend part="legend"></graph-legend>`;
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
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    window.removeEventListener('scroll', this.onScroll, true);
    cancelAnimationFrame(this.scrollFrame);
    this.cy?.destroy();
    this.cy = null;
    this.drawn = null;
  }

  override updated(changed: Map<string, unknown>): void {
    const legend = this.renderRoot.querySelector('graph-legend');
    if (changed.has('legendOpen') && this.legendOpen !== undefined && legend) legend.open = this.legendOpen;
    if (!this.cy) return;
    if (this.graph !== this.drawn) {
      void this.draw();
      return;
    }
    if (changed.has('positions')) this.applyPositions();
    if (changed.has('view')) this.applyView();
  }

  /** The Cytoscape instance (tests and export use it); null before the first render and after disconnection. */
  get instance(): Core | null {
    return this.cy;
  }

  /** Fit the visible elements into the canvas; the view then follows the canvas's size until the user pans or zooms. */
  fit(): void {
    const cy = this.cy;
    if (!cy) return;
    this.followSize = true;
    this.focusIds = null;
    const visible = cy.elements().not('.hidden');
    cy.fit(visible.length ? visible : undefined, FIT_PADDING);
  }

  /**
   * Bring some nodes into view (a betrayal's pair, a path), no closer than `maxZoom` so their neighbourhood
   * stays readable; animated unless `animate` is false. Unknown ids are ignored; nothing happens for none.
   */
  focusOn(ids: Iterable<string>, { maxZoom = FOCUS_MAX_ZOOM, animate = true } = {}): boolean {
    const list = [...ids];
    // Remembered even before the graph is drawn or sized (a shared link): drawing and sizing then focus.
    this.followSize = true;
    this.focusIds = list;
    const cy = this.cy;
    if (!cy) return false;
    let nodes = cy.collection();
    for (const id of list) {
      const n = cy.getElementById(id);
      if (n.length > 0 && n.isNode()) nodes = nodes.union(n);
    }
    if (nodes.length === 0) return false;
    const box = nodes.boundingBox({});
    const w = Math.max(1, cy.width() - 2 * FOCUS_PADDING);
    const h = Math.max(1, cy.height() - 2 * FOCUS_PADDING);
    const zoom = Math.max(cy.minZoom(), Math.min(maxZoom, w / Math.max(1, box.w), h / Math.max(1, box.h)));
    const centre = { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
    const pan = { x: cy.width() / 2 - centre.x * zoom, y: cy.height() / 2 - centre.y * zoom };
    cy.stop();
    if (animate) cy.animate({ zoom, pan }, { duration: 350 });
    else cy.viewport({ zoom, pan });
    return true;
  }

  /** Zoom by a factor around the centre of the canvas (clamped to the zoom limits). */
  zoomBy(factor: number): void {
    const cy = this.cy;
    if (!cy || !(factor > 0)) return;
    this.followSize = false;
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }

  /**
   * Lay out again only what is visible (not hidden, not faded) with the same seeded fcose, using the
   * measured size of each node and its label, move the nodes there in a short animation, then fit.
   */
  async rearrange(): Promise<void> {
    const cy = this.cy;
    if (!cy) return;
    const { layoutBoxes } = await import('../../layout/compute-positions');
    if (cy !== this.cy) return;
    const nodes = cy.nodes().not('.hidden, .faded') as cytoscape.NodeCollection;
    if (nodes.length === 0) return;
    const boxes = nodes.map((n) => {
      const p = n.position();
      const bb = n.boundingBox({ includeLabels: true, includeOverlays: false, includeUnderlays: false });
      return { id: n.id(), extent: { left: p.x - bb.x1, right: bb.x2 - p.x, top: p.y - bb.y1, bottom: bb.y2 - p.y } };
    });
    const links = (nodes.edgesWith(nodes).not('.hidden, .faded') as cytoscape.EdgeCollection).map((e) => [e.source().id(), e.target().id()] as const);
    const next = layoutBoxes(boxes, links);
    // Keep the rearranged part where it was: centre the new layout on the old one.
    const before = nodes.boundingBox({});
    const xs = Object.values(next).map((p) => p.x);
    const ys = Object.values(next).map((p) => p.y);
    const dx = (before.x1 + before.x2) / 2 - (Math.min(...xs) + Math.max(...xs)) / 2;
    const dy = (before.y1 + before.y2) / 2 - (Math.min(...ys) + Math.max(...ys)) / 2;
    const layout = nodes.layout({
      name: 'preset',
      positions: (n: cytoscape.NodeSingular) => ({ x: next[n.id()]!.x + dx, y: next[n.id()]!.y + dy }),
      animate: true,
      animationDuration: 350,
      fit: false,
    } as cytoscape.LayoutOptions);
    await new Promise<void>((resolve) => {
      layout.one('layoutstop', () => resolve());
      layout.run();
    });
    this.fit();
  }

  /**
   * The whole graph as a PNG: 2× scale, white background, the legend drawn below the drawing.
   * The drawing code is loaded only when this is first called.
   */
  async exportPng(): Promise<Blob> {
    const cy = this.cy;
    if (!cy) throw new Error('graph-canvas: nothing to export before the canvas is drawn');
    const { exportPng } = await import('./export-png');
    return exportPng(cy);
  }

  private create(): void {
    const container = this.renderRoot.querySelector<HTMLDivElement>('#cy');
    if (!container) return;
    const cy = cytoscape({
      container,
      style: canvasStyle(),
      minZoom: 0.05,
      maxZoom: 5,
      userZoomingEnabled: true,
      userPanningEnabled: true,
      boxSelectionEnabled: false,
      autounselectify: true, // selection is the `view`'s, not Cytoscape's
    });
    cy.on('scrollzoom pinchzoom dragpan', () => (this.followSize = false));
    cy.on('tap', 'node', (e: EventObject) => emit(this, 'entity-select', { id: e.target.id() }));
    cy.on('tap', 'edge', (e: EventObject) => emit(this, 'relation-select', { key: e.target.id() }));
    cy.on('tap', (e: EventObject) => {
      if (e.target === cy) emit(this, 'canvas-clear', null);
    });
    this.cy = cy;
    this.hadSize = container.clientWidth > 0 && container.clientHeight > 0;
    this.sizeLegend(container);
    this.resizeObserver = new ResizeObserver(() => this.onResize(container));
    this.resizeObserver.observe(container);
    window.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
    this.drawn = null;
    void this.draw();
  }

  /** Build the elements of the current graph (once per graph), then apply the view and fit. */
  private async draw(): Promise<void> {
    const cy = this.cy;
    const graph = this.graph;
    const token = ++this.drawToken;
    this.drawn = graph;
    if (!cy) return;
    if (!graph) {
      cy.elements().remove();
      return;
    }
    let positions = this.positions;
    if (graph.someNode((id) => !positions[id])) {
      // Fallback: no ahead-of-time positions were given; the same layout runs here, once.
      const { computePositions } = await import('../../layout/compute-positions');
      if (token !== this.drawToken || cy !== this.cy) return;
      positions = { ...computePositions(graph), ...positions };
    }
    this.nodeClassesOn.clear();
    this.edgeClassesOn.clear();
    this.sizeByOn = this.view.sizeBy;
    cy.batch(() => {
      cy.elements().remove();
      cy.add(toElements(graph, positions, this.view.sizeBy));
    });
    this.applyView();
    this.restoreView();
    emit(this, 'graph-drawn', { nodes: cy.nodes().length, edges: cy.edges().length });
  }

  private applyPositions(): void {
    const cy = this.cy;
    if (!cy || !this.graph) return;
    const positions = this.positions;
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        const p = positions[n.id()];
        if (p) n.position({ x: p.x, y: p.y });
      });
    });
    this.restoreView();
  }

  /** Bring back the focus asked for (focusOn), or else fit everything visible. */
  private restoreView(): void {
    if (!this.focusIds || !this.focusOn(this.focusIds, { animate: false })) this.fit();
  }

  /** Toggle view classes (and node sizes when `sizeBy` changed) on the elements whose state differs. */
  private applyView(): void {
    const cy = this.cy;
    const graph = this.graph;
    if (!cy || !graph || graph !== this.drawn || cy.nodes().length === 0) return;
    const started = performance.now();
    const { nodes, edges } = viewClasses(graph, this.view);
    cy.batch(() => {
      for (const [map, on] of [
        [nodes, this.nodeClassesOn],
        [edges, this.edgeClassesOn],
      ] as const) {
        for (const [id, classes] of map) {
          if (on.get(id) === classes) continue;
          const ele = cy.getElementById(id);
          ele.removeClass(ALL_VIEW_CLASSES);
          if (classes) ele.addClass(classes);
          on.set(id, classes);
        }
      }
      if (this.view.sizeBy !== this.sizeByOn) {
        this.sizeByOn = this.view.sizeBy;
        const sizes = nodeSizes(graph, this.view.sizeBy);
        cy.nodes().forEach((n) => {
          n.data('size', sizes.get(n.id()));
        });
      }
    });
    this.lastViewChangeMs = performance.now() - started;
  }

  private onResize(container: HTMLElement): void {
    const cy = this.cy;
    if (!cy) return;
    const hasSize = container.clientWidth > 0 && container.clientHeight > 0;
    cy.resize();
    if (hasSize && (this.followSize || !this.hadSize)) {
      // A first size, or a resize of a view the user has not moved: fit again, or bring the focus back.
      cancelAnimationFrame(this.refitFrame);
      this.refitFrame = requestAnimationFrame(() => this.restoreView());
    }
    this.hadSize = hasSize;
    this.sizeLegend(container);
  }

  /** Once, when the canvas first has a size: the remembered Key state, else open only on screens at least 1400 px wide. */
  private sizeLegend(container: HTMLElement): void {
    if (this.legendSized || container.clientWidth === 0 || container.clientHeight === 0) return;
    this.legendSized = true;
    const legend = this.renderRoot.querySelector('graph-legend');
    if (legend) legend.open = this.legendOpen ?? window.innerWidth >= LEGEND_OPEN_MIN_SCREEN;
  }

  /** Cytoscape caches the container's offset; a scroll outside the shadow root makes taps miss unless refreshed. */
  private onScroll = (): void => {
    cancelAnimationFrame(this.scrollFrame);
    this.scrollFrame = requestAnimationFrame(() => this.cy?.resize());
  };

  private onKeydown(e: KeyboardEvent): void {
    const cy = this.cy;
    if (!cy || e.altKey || e.ctrlKey || e.metaKey) return;
    const pans: Record<string, [number, number]> = { ArrowLeft: [PAN_STEP, 0], ArrowRight: [-PAN_STEP, 0], ArrowUp: [0, PAN_STEP], ArrowDown: [0, -PAN_STEP] };
    const pan = pans[e.key];
    if (pan) {
      this.followSize = false;
      cy.panBy({ x: pan[0], y: pan[1] });
    }
    else if (e.key === '+' || e.key === '=') this.zoomBy(ZOOM_STEP);
    else if (e.key === '-' || e.key === '_') this.zoomBy(1 / ZOOM_STEP);
    else if (e.key === '0') this.fit();
    else if (e.key === 'Escape') emit(this, 'canvas-clear', null);
    else return;
    e.preventDefault();
  }
}
customElements.define('graph-canvas', GraphCanvas);

declare global {
  interface HTMLElementTagNameMap {
    'graph-canvas': GraphCanvas;
  }
}
