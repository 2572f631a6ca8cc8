/**
 * <graph-canvas>: the only element that owns Cytoscape. Draws the graph it is given at the given positions,
 * once per graph; view changes (year, filters, selection, emphasis) only toggle classes.
 */
import type cytoscape from 'cytoscape';
import type { Core, CytoscapeOptions, EdgeSingular, EventObject, NodeCollection, NodeSingular, SingularElementArgument } from 'cytoscape';
import { LitElement, css, html } from 'lit';
import { type Description, describeEdge, describeNode } from '../../app/canvas/describe';
import { type Viewport, frameBox } from '../../app/canvas/framing';
import { type RendererName, type RendererSetting, chooseRenderer } from '../../app/canvas/renderer-choice';
import { animatesView, hoverRestMs, isLargeGraph, paintPanelFirst } from '../../app/canvas/large-graph';
import { viewportOptions } from '../../app/canvas/viewport-options';
import { webglCapability } from '../../platform/webgl';
import type { Positions } from '../../layout/compute-positions';
import { NODE_BORDER } from '../../layout/label-metrics';
import type { AllegianceGraph } from '../../model/types';
import { nodeSizes, toElements, viewClasses } from './canvas-elements';
import { classChanges } from './class-changes';
import { FIT_MAX_ZOOM, MIN_ZOOM, clearOfLegend, frameNamed, frameRoom } from './canvas-framing';
import { firstPictureSvg } from './first-picture';
import { byDegree, pictureFrameInput, pictureViewport, plainView } from './first-picture-frame';
import { adoptFirstPicture, afterNextPaint, dropFirstPicture, framePicture, showPicture } from './first-picture-handover';
import { CanvasLabels, type LabelSize, NAMED } from './canvas-labels';
import { arrowDirection, isDisplayed, isTouchTap, neighbourhood, nextNode, nodeNear, renderedRadius } from './canvas-pointer';
import { AfterPaint } from './after-paint';
import { holdRedrawsWhilePressed } from './canvas-press';
import { canvasStyle, STANDARD_THEME, type CanvasTheme } from './canvas-style';
import { largeGraphStyle } from './canvas-style-large';
import { LEGEND_LINES, legendLines, type LegendLine } from './legend-items';
import { type CanvasView, DEFAULT_CANVAS_VIEW } from './canvas-view';
import './canvas-tooltip';
import './graph-legend';
import { emit } from '../shared/events';
import { type Cytoscape, loadCytoscape } from './load-cytoscape';
import { watchWebglLoss, webglFallbackNotice } from './webgl-loss';
import { ZoomGesture } from './zoom-gesture';

/** focusOn: room around the focused nodes, and the closest it zooms. */
const FOCUS_PADDING = 70;
const FOCUS_MAX_ZOOM = 1.4;
const ANIMATION_MS = 350;
const PAN_STEP = 80;
const ZOOM_STEP = 1.25;
/** Without a remembered choice the Key starts open only on screens at least this wide: on smaller ones it hides nodes (issue 11). */
const LEGEND_OPEN_MIN_SCREEN = 1400;
/** A graph given at run time gets a first picture from this many entities (smaller ones draw within a frame). */
const RUNTIME_PICTURE_MIN_NODES = 50;

/** The model box of some nodes' shapes (border included), from their positions and sizes. */
function shapesBox(cy: Core, ids: readonly string[]): { x1: number; y1: number; x2: number; y2: number } {
  const box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  for (const id of ids) {
    const n = cy.getElementById(id);
    if (n.empty()) continue; // not drawn yet (a re-created instance still building its elements)
    const p = n.position();
    const r = Number(n.data('size')) / 2 + NODE_BORDER;
    box.x1 = Math.min(box.x1, p.x - r);
    box.y1 = Math.min(box.y1, p.y - r);
    box.x2 = Math.max(box.x2, p.x + r);
    box.y2 = Math.max(box.y2, p.y + r);
  }
  return box;
}

/** Whether two viewports differ by less than the eye sees (0.5% zoom, 2 px pan). */
function closeTo(zoom: number, pan: { x: number; y: number }, zoom2: number, pan2: { x: number; y: number }): boolean {
  return Math.abs(zoom2 / zoom - 1) < 0.005 && Math.abs(pan2.x - pan.x) < 2 && Math.abs(pan2.y - pan.y) < 2;
}

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
    theme: { attribute: false },
    minLabelPx: { attribute: false },
    renderer: { attribute: false },
    loadError: { state: true },
    rendererNotice: { state: true },
  };
  declare graph: AllegianceGraph | null;
  declare positions: Positions;
  declare view: CanvasView;
  /** The user's saved choice for the key; undefined lets the canvas's size decide. */
  declare legendOpen: boolean | undefined;
  /** Colours, line styles and the smallest label and line on screen (the classroom's high-contrast themes). */
  declare theme: CanvasTheme;
  /** The relation width last lifted for the zoom (themes with edgeMinPx), in model units; 0 = model widths. */
  private edgeWidthOn = 0;
  /** A higher floor for label sizes on screen (presenter mode: read from the back of a room); 0 = the usual floor. */
  declare minLabelPx: number;
  /** `auto` (by size and capability: app/canvas/renderer-choice.ts), or a forced `canvas` / `webgl` (`?renderer=`). */
  declare renderer: RendererSetting;
  /** Why the drawing code could not be loaded ('' when it loaded or is still loading). */
  private declare loadError: string;
  /** Why WebGL was given up for the 2D canvas ('' while it was not): the instance was re-created with canvas. */
  private declare rendererNotice: string;
  /** The renderer the Cytoscape instance was created with. */
  rendererName: RendererName = 'canvas';
  /** Stops watching the WebGL drawing for a lost context (webgl-loss.ts); set while the renderer is WebGL. */
  private stopWebglWatch: (() => void) | null = null;
  /** WebGL failed in this element: from then on the 2D canvas draws every graph. */
  private webglFailed = false;
  /** Whether the instance was created for a large graph: its style sheet (canvas-style-large.ts) and viewport levers
   * (app/canvas/viewport-options.ts), both read at creation, so crossing the threshold re-creates the instance. */
  largeStyle = false;

  private cy: Core | null = null;
  /** Bumped by each create() and teardown(): a creation resolves only if it is still the latest. */
  private createToken = 0;
  /** The latest creation: resolves to the instance once Cytoscape has loaded (null if it could not be). */
  private created: Promise<Core | null> = Promise.resolve(null);
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
  /** The first picture (from index.html, or drawn for a run-time graph) shown until Cytoscape has drawn; null once dropped. */
  private firstPicture: SVGElement | null = null;
  /** The graph the first picture shows (null: the page's, taken for the first graph drawn). */
  private pictureGraph: AllegianceGraph | null = null;
  private labels: CanvasLabels | null = null;
  private labelFrame = 0;
  /** A large graph's wheel or pinch zoom under way: labels wait for its end (zoom-gesture.ts). */
  private zoomGesture: ZoomGesture | null = null;
  /** Nodes by degree in the whole graph, best connected first (the labels' rank). */
  private byDegree: string[] = [];
  /** What the last view framed: the nodes shown and the selection; a change re-frames while the view follows. */
  private frameKey = '';
  private selectedOn: string | null = null;
  /** Set by an explicit Fit: frame everything rather than the selection's neighbourhood, until the selection changes. */
  private fitAll = false;
  /** The element under the pointer, and the node with keyboard focus. */
  private hoverId: string | null = null;
  /** The hovered element whose neighbourhood is highlighted (on a large graph, once the pointer rests: hoverRestMs). */
  private hoverShown: string | null = null;
  private hoverTimer = 0;
  /** Stops holding redraws during a press (large graphs: canvas-press.ts). */
  private stopPressHold: (() => void) | null = null;
  private focusId: string | null = null;
  private tip: (Description & { x: number; y: number; lift: number }) | null = null;
  private announcement = '';
  /** Bumped whenever a view class changes; with the zoom it keys the label placement (see updateLabels). */
  private classesVersion = 0;
  private labelKey = '';
  /** Milliseconds the last view change took to apply (class toggling inside cy.batch). */
  lastViewChangeMs = 0;
  /** A view change waiting for the panel to be painted first (large graphs: see applyViewAfterPaint). */
  private viewPending = false;
  /** Large graphs: what waits for the next paint (a click's selection, the release of its press), run in one task. */
  private readonly afterPaint = new AfterPaint();

  constructor() {
    super();
    this.graph = null;
    this.positions = {};
    this.view = DEFAULT_CANVAS_VIEW;
    this.legendOpen = undefined;
    this.renderer = 'auto';
    this.theme = STANDARD_THEME;
    this.minLabelPx = 0;
    this.loadError = '';
    this.rendererNotice = '';
  }

  static override styles = css`
    :host { display: block; position: relative; min-height: 20rem; background: var(--canvas-background, #fff); }
    #cy { position: absolute; inset: 0; outline: none; }
    /* An outline paints above Cytoscape's canvases; an inset shadow would sit under them. */
    #cy:focus-visible { outline: 3px solid #1a56db; outline-offset: -3px; }
    #cy.pointer { cursor: pointer; }
    graph-legend { position: absolute; left: 0.5rem; bottom: 0.5rem; max-width: min(30rem, calc(100% - 1rem)); max-height: calc(100% - 1rem); z-index: 1; }
    .renderer-notice { position: absolute; top: 0.5rem; left: 0.5rem; right: 0.5rem; margin: 0; padding: 0.5rem 0.75rem; background: #fff; border: 1px solid #8a6d00; color: #1f2328; z-index: 2; }
    .load-error { position: absolute; top: 0.5rem; left: 0.5rem; right: 0.5rem; margin: 0; padding: 0.5rem 0.75rem; background: #fff; border: 1px solid #b42318; color: #7a1a12; z-index: 2; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  `;

  override render() {
    const g = this.graph;
    const name = g ? `Graph of ${g.order} entities and ${g.size} relations` : 'Graph (no data)';
    return html`<div id="cy" part="canvas" tabindex="0" role="application" aria-roledescription="graph" aria-label=${name} aria-describedby="cy-help" @keydown=${this.onKeydown} @focus=${this.onFocus} @blur=${this.onBlur} @mouseleave=${() => this.setHover(null)} @pointerdown=${this.onPointerDown}></div>
      <p id="cy-help" class="visually-hidden">Arrow keys move between entities, Enter selects the one with focus, Shift with arrow keys pans, plus and minus zoom, 0 fits the graph, Escape clears. The list view has the same entities and relations as text.</p>
      <p id="cy-live" class="visually-hidden" aria-live="polite">${this.announcement}</p>
      ${this.loadError ? html`<p class="load-error" role="alert">${this.loadError}</p>` : ''}
      ${this.rendererNotice ? html`<p class="renderer-notice" role="status">${this.rendererNotice} <button type="button" @click=${() => (this.rendererNotice = '')}>Dismiss</button></p>` : ''}
      <canvas-tooltip ?hidden=${!this.tip} .heading=${this.tip?.heading ?? ''} .detail=${this.tip?.detail ?? ''} .x=${this.tip?.x ?? 0} .y=${this.tip?.y ?? 0} .lift=${this.tip?.lift ?? 0}></canvas-tooltip>
      <graph-legend part="legend" .lines=${this.legendLines()} @legend-toggle=${this.onLegendToggle}></graph-legend>`;
  }

  override firstUpdated(): void {
    this.firstPicture = adoptFirstPicture(this.renderRoot, this.theme.background);
    // The Key takes its open state now, so the first frame (once Cytoscape has loaded) already leaves it its room.
    const container = this.renderRoot.querySelector<HTMLDivElement>('#cy');
    if (container) this.sizeLegend(container);
    this.create();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated && !this.cy) this.create();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.teardown();
  }

  /** Destroy the Cytoscape instance and what listens for it (disconnection, or a change of renderer). */
  private teardown(): void {
    this.createToken++; // a creation still waiting for Cytoscape is dropped
    cancelAnimationFrame(this.refitFrame);
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    this.legendObserver?.disconnect();
    this.legendObserver = null;
    this.legendSize = undefined;
    window.removeEventListener('scroll', this.onScroll, true);
    cancelAnimationFrame(this.scrollFrame);
    cancelAnimationFrame(this.labelFrame);
    this.zoomGesture?.dispose();
    this.zoomGesture = null;
    this.cancelPendingView();
    this.afterPaint.clear();
    clearTimeout(this.hoverTimer);
    this.stopPressHold?.();
    this.stopPressHold = null;
    this.stopWebglWatch?.();
    this.stopWebglWatch = null;
    this.cy?.destroy();
    this.firstPicture?.remove();
    this.firstPicture = null;
    this.pictureGraph = null;
    this.labels = null;
    this.cy = null;
    this.drawn = null;
  }

  override updated(changed: Map<string, unknown>): void {
    const legend = this.renderRoot.querySelector('graph-legend');
    if (changed.has('legendOpen') && this.legendOpen !== undefined && legend) legend.open = this.legendOpen;
    if (changed.has('theme')) this.style.setProperty('--canvas-background', this.theme.background);
    if (!this.cy) {
      this.framePictureEarly();
      return;
    }
    if (changed.has('theme') && changed.get('theme') !== undefined) this.applyTheme();
    if ((this.graph !== this.drawn || changed.has('renderer')) && (this.wantedRenderer() !== this.rendererName || this.wantsLarge() !== this.largeStyle)) {
      this.teardown();
      this.create();
      return;
    }
    if (this.graph !== this.drawn) {
      void this.draw();
      return;
    }
    if (changed.has('positions')) this.applyPositions();
    if (changed.has('view')) {
      if (paintPanelFirst(this.elementCount, changed.get('view') as CanvasView | undefined, this.view)) this.applyViewAfterPaint();
      else this.applyView();
    }
    if (changed.has('minLabelPx') && !changed.has('view')) this.scheduleLabels();
  }

  /** The Cytoscape instance (tests and export use it); null before the first render and after disconnection. */
  get instance(): Core | null {
    return this.cy;
  }

  /** Fit the visible elements into the canvas; the view then follows the canvas's size until the user pans or zooms. */
  fit(): void {
    // Remembered before Cytoscape has loaded too: its first frame then fits everything.
    this.followSize = true;
    this.focusIds = null;
    this.fitAll = true;
    if (this.cy) this.fitVisible(false);
  }

  /**
   * The on-screen font size of every label drawn now (nodes and relations; hidden and left-out labels are
   * not drawn). A read-only hook for tests and the benchmark.
   */
  renderedLabelSizes(): LabelSize[] {
    return this.cy ? CanvasLabels.renderedSizes(this.cy) : [];
  }

  /** The smallest on-screen label size for this window and selection (12 px on a laptop, 14 px around a selection, 16 px on a 1920 px screen). */
  get labelFloor(): number {
    return Math.max(this.minLabelPx, this.theme.labelFloor(window.innerWidth, this.view.selectedNode !== null));
  }

  /** Whether animations are wanted (`prefers-reduced-motion: reduce` turns them off). */
  private get motion(): boolean {
    return !(typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches);
  }

  /** Room around a framed box: padding, plus half a label's width at the sides and two lines below. */
  private room() {
    return frameRoom(this.labelFloor);
  }

  /** Move the view to frame `nodes` (their shapes; labels get the room), no closer than `maxZoom`; with `named`, so that those are all labelled. */
  private frameNodes(nodes: NodeCollection | readonly string[], maxZoom: number, animate: boolean, named: readonly string[] = []): void {
    const cy = this.cy;
    if (!cy || nodes.length === 0 || cy.width() === 0 || cy.height() === 0) return;
    const box = Array.isArray(nodes) ? shapesBox(cy, nodes) : (nodes as NodeCollection).boundingBox({ includeLabels: false, includeOverlays: false, includeUnderlays: false });
    const frame = { width: cy.width(), height: cy.height(), minZoom: cy.minZoom(), maxZoom };
    const room = clearOfLegend(this.room(), this.legendBox(), box, frame);
    const labels = this.labels ? this.labels.modelLabels(named) : [];
    this.go(frameNamed(box, labels, this.labelFloor, room, frame), animate);
  }

  /** Jump or (with motion allowed) animate to a viewport, then place the labels. */
  private go({ zoom, pan }: Viewport, animate: boolean): void {
    const cy = this.cy;
    if (!cy) return;
    // Already there (a year step that leaves the frame as it was): no animation, no redraw.
    if (!cy.animated() && closeTo(cy.zoom(), cy.pan(), zoom, pan)) return;
    cy.stop();
    // A small move (most year steps) jumps: an animation redraws the whole graph every frame for 350 ms.
    const small = Math.abs(zoom / cy.zoom() - 1) < 0.1 && Math.hypot(pan.x - cy.pan().x, pan.y - cy.pan().y) < 0.1 * Math.min(cy.width(), cy.height());
    if (animate && this.motion && !small && animatesView(this.elementCount)) cy.animate({ zoom, pan }, { duration: ANIMATION_MS, complete: () => this.scheduleLabels() });
    else cy.viewport({ zoom, pan });
    this.scheduleLabels();
  }

  /**
   * The Key's size over the canvas (it sits in the bottom-left corner), or null when it is not shown.
   * Measured once and kept until the Key resizes or toggles: measuring forces a layout of the page, which
   * every year step would otherwise pay for.
   */
  private legendBox(): { width: number; height: number } | null {
    if (this.legendSize !== undefined) return this.legendSize;
    const legend = this.renderRoot.querySelector('graph-legend');
    if (!legend) return null;
    if (!this.legendObserver) {
      this.legendObserver = new ResizeObserver(() => (this.legendSize = undefined));
      this.legendObserver.observe(legend, { box: 'border-box' });
    }
    const r = legend.getBoundingClientRect();
    this.legendSize = r.width > 0 && r.height > 0 ? { width: r.width, height: r.height } : null;
    return this.legendSize;
  }
  /** The Key's last measured size (undefined: measure again). */
  private legendSize: { width: number; height: number } | null | undefined = undefined;
  private legendObserver: ResizeObserver | null = null;

  /** Frame what is shown (not hidden; in fade mode, what is not faded) so that the NAMED best connected of it are labelled. */
  private fitVisible(animate: boolean): void {
    const cy = this.cy;
    if (!cy) return;
    // Read from the classes applied (no selector queries: this runs on every year step while the view follows).
    const classes = (id: string) => this.nodeClassesOn.get(id) ?? '';
    const shown = this.byDegree.filter((id) => !classes(id).includes('hidden'));
    const bright = shown.filter((id) => !classes(id).includes('faded'));
    const framed = bright.length ? bright : shown.length ? shown : this.byDegree;
    this.frameNodes(framed, FIT_MAX_ZOOM, animate, framed.slice(0, NAMED));
  }

  /**
   * The view follows the state until the user pans or zooms: an emphasis brought into view (focusOn),
   * else the selected entity with its shown neighbours, else everything shown.
   */
  private autoFrame(animate: boolean): void {
    const cy = this.cy;
    if (!cy) return;
    if (this.focusIds && this.focusOn(this.focusIds, { animate })) return;
    const sel = this.view.selectedNode ? cy.getElementById(this.view.selectedNode) : null;
    if (!this.fitAll && sel && sel.length > 0 && sel.isNode() && isDisplayed(sel) && !sel.hasClass('faded')) {
      const near = sel.closedNeighborhood().nodes().filter((n) => isDisplayed(n) && !n.hasClass('faded'));
      this.frameNodes(near, FOCUS_MAX_ZOOM, animate);
    } else this.fitVisible(animate);
  }

  /**
   * Bring some nodes into view (a betrayal's pair, a path), no closer than `maxZoom` so their neighbourhood
   * stays readable; animated unless `animate` is false. Unknown ids are ignored; nothing happens for none.
   */
  focusOn(ids: Iterable<string>, { maxZoom = FOCUS_MAX_ZOOM, animate = true } = {}): boolean {
    const list = [...ids];
    this.fitAll = false;
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
    const padded = { left: FOCUS_PADDING, right: FOCUS_PADDING, top: FOCUS_PADDING, bottom: FOCUS_PADDING };
    const frame = { width: cy.width(), height: cy.height(), minZoom: cy.minZoom(), maxZoom };
    this.go(frameBox(box, frame.width, frame.height, clearOfLegend(padded, this.legendBox(), box, frame), frame.minZoom, maxZoom), animate);
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
      animate: this.motion,
      animationDuration: ANIMATION_MS,
      fit: false,
    } as cytoscape.LayoutOptions);
    await new Promise<void>((resolve) => {
      layout.one('layoutstop', () => resolve());
      layout.run();
    });
    this.fit();
  }

  /**
   * The whole graph as a PNG: 2× scale, white background, `caption` (lines of text) above, the legend below the drawing.
   * The drawing code is loaded only when this is first called.
   */
  async exportPng(caption: readonly string[] = []): Promise<Blob> {
    const cy = this.cy ?? (await this.created);
    if (!cy) throw new Error('graph-canvas: nothing to export before the canvas is drawn');
    const { exportPng } = await import('./export-png');
    // The export draws every label at its model size, as the layout spaced them; the screen's sizes come back after.
    this.labels?.clear();
    this.labelKey = '';
    try {
      return await exportPng(cy, caption);
    } finally {
      this.updateLabels();
    }
  }

  /** The style sheet for the theme, with the large graph's changes when the instance is for a large graph. */
  private sheet() {
    const sheet = canvasStyle(this.theme);
    return this.largeStyle ? largeGraphStyle(sheet) : sheet;
  }

  /** The renderer for the current graph and setting (nodes + edges against WEBGL_MIN_ELEMENTS); canvas once WebGL failed here. */
  private wantedRenderer(): RendererName {
    const elements = this.graph ? this.graph.order + this.graph.size : 0;
    return chooseRenderer(this.renderer, elements, this.webglFailed ? { available: false, software: false } : webglCapability);
  }

  /** Whether the current graph is large (the instance is re-created when that changes). */
  private wantsLarge(): boolean {
    return isLargeGraph(this.graph ? this.graph.order + this.graph.size : 0);
  }

  /** WebGL could not draw (creation threw, or the context was lost): say so and draw again with the 2D canvas. */
  private fallBackToCanvas(reason: string): void {
    this.webglFailed = true;
    this.rendererNotice = webglFallbackNotice(reason);
    // Not inside Cytoscape's call or the canvas's event: the instance is destroyed in a task of its own.
    setTimeout(() => {
      if (!this.isConnected || this.rendererName !== 'webgl') return;
      this.teardown();
      this.create();
    });
  }

  /**
   * Create the Cytoscape instance once Cytoscape has loaded (its own chunk: until then the first picture stands in,
   * and view changes wait for the instance, which draws the state current when it arrives).
   */
  private create(): void {
    const container = this.renderRoot.querySelector<HTMLDivElement>('#cy');
    if (!container) return;
    const token = ++this.createToken;
    this.created = loadCytoscape().then(
      (cytoscape) => {
        if (token === this.createToken && !this.cy) this.createWith(cytoscape, container);
        return this.cy;
      },
      (err: unknown) => {
        if (token === this.createToken) this.loadError = `The graph cannot be drawn: ${err instanceof Error ? err.message : String(err)}. The List view has the same entities and relations; reload the page to try again.`;
        return null;
      },
    );
  }

  private createWith(cytoscape: Cytoscape, container: HTMLDivElement): void {
    this.loadError = '';
    this.rendererName = this.wantedRenderer();
    this.largeStyle = this.wantsLarge();
    const options: CytoscapeOptions = {
      container,
      // Cytoscape's types do not list the WebGL renderer's option yet.
      ...((this.rendererName === 'webgl' ? { renderer: { name: 'canvas', webgl: true } } : {}) as Partial<CytoscapeOptions>),
      ...viewportOptions(this.graph ? this.graph.order + this.graph.size : 0),
      style: this.sheet(),
      minZoom: MIN_ZOOM,
      maxZoom: 5,
      userZoomingEnabled: true,
      userPanningEnabled: true,
      boxSelectionEnabled: false,
      autounselectify: true, // selection is the `view`'s, not Cytoscape's
    };
    let cy: Core;
    try {
      cy = cytoscape(options);
    } catch (err) {
      if (this.rendererName !== 'webgl') throw err;
      container.replaceChildren();
      this.rendererName = 'canvas';
      this.webglFailed = true;
      this.rendererNotice = webglFallbackNotice(err instanceof Error ? err.message : String(err));
      cy = cytoscape({ ...options, renderer: { name: 'canvas' } } as CytoscapeOptions);
    }
    if (this.rendererName === 'webgl') this.stopWebglWatch = watchWebglLoss(container, (reason) => this.fallBackToCanvas(reason));
    if (this.largeStyle) this.stopPressHold = holdRedrawsWhilePressed(cy, container, (job) => this.afterPaint.run(job));
    cy.on('scrollzoom pinchzoom dragpan', () => (this.followSize = false));
    cy.on('tap', (e: EventObject) => this.onTap(e));
    cy.on('zoom', () => this.scheduleLabels());
    cy.on('viewport', () => this.placeTip());
    cy.on('mouseover', 'node, edge', (e: EventObject) => this.setHover(e.target.id()));
    cy.on('mouseout', 'node, edge', () => this.setHover(null));
    this.labels = new CanvasLabels(cy);
    if (this.largeStyle) this.zoomGesture = new ZoomGesture(cy, () => this.placeLabelsNow());
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
    if (!(await this.showFirstPicture(graph, positions, token))) return;
    this.nodeClassesOn.clear();
    this.edgeClassesOn.clear();
    this.sizeByOn = this.view.sizeBy;
    this.hoverId = null;
    this.hoverShown = null;
    clearTimeout(this.hoverTimer);
    this.focusId = null;
    this.tip = null;
    this.byDegree = byDegree(graph);
    cy.batch(() => {
      cy.elements().remove();
      cy.add(toElements(graph, positions, this.view.sizeBy));
    });
    this.labels?.reset();
    this.labelKey = '';
    this.applyView(true);
    this.restoreView();
    this.updateLabels();
    emit(this, 'graph-drawn', { nodes: cy.nodes().length, edges: cy.edges().length });
    dropFirstPicture(this.firstPicture);
    this.firstPicture = null;
    this.pictureGraph = null;
  }

  /**
   * Before the elements are built: the first picture (the page's, adopted in firstUpdated, or one drawn here for a
   * run-time graph of some size), framed as the first frame will be, painted once. Only a plain view's first frame
   * is known here; with another the picture is just dropped after the draw. A picture already framed so (while
   * Cytoscape loaded) is not waited on again. False when another draw started meanwhile.
   */
  private async showFirstPicture(graph: AllegianceGraph, positions: Positions, token: number): Promise<boolean> {
    const cy = this.cy!;
    if (this.firstPicture && !this.pictureShows(graph)) {
      dropFirstPicture(this.firstPicture);
      this.firstPicture = null;
    }
    if (!plainView(this.view) || graph.order === 0 || cy.width() === 0 || cy.height() === 0) return true;
    if (!this.firstPicture && graph.order >= RUNTIME_PICTURE_MIN_NODES) this.firstPicture = showPicture(this.renderRoot, firstPictureSvg(graph, positions), this.theme.background);
    if (!this.firstPicture) return true;
    this.pictureGraph = graph;
    await this.renderRoot.querySelector('graph-legend')?.updateComplete;
    if (token !== this.drawToken || cy !== this.cy) return false;
    if (!this.framePictureIn(graph, positions, cy.width(), cy.height())) return true;
    await afterNextPaint();
    return token === this.drawToken && cy === this.cy;
  }

  /** Whether the first picture shows `graph`: the graph it was taken for, or, not yet taken, one circle per entity. */
  private pictureShows(graph: AllegianceGraph): boolean {
    if (!this.firstPicture) return false;
    return this.pictureGraph ? this.pictureGraph === graph : this.firstPicture.querySelectorAll('circle').length === graph.order;
  }

  /**
   * While Cytoscape is still loading, the page's first picture (framed to the whole window by the build) takes the
   * frame Cytoscape's first view will have in this canvas as soon as the graph is here, so it moves at most once,
   * early, rather than just before the hand-over.
   */
  private framePictureEarly(): void {
    const [graph, box] = [this.graph, this.container()];
    if (!graph || !box || !this.pictureShows(graph) || !plainView(this.view) || graph.someNode((id) => !this.positions[id])) return;
    this.framePictureIn(graph, this.positions, box.clientWidth, box.clientHeight);
  }

  /** Frame the first picture of a `width`×`height` canvas as Cytoscape's first frame of `graph` will be; true when that moved it. */
  private framePictureIn(graph: AllegianceGraph, positions: Positions, width: number, height: number): boolean {
    const picture = this.firstPicture;
    const input = picture && width > 0 && height > 0 ? pictureFrameInput(graph, positions, this.view) : null;
    if (!picture || !input) return false;
    const [floor, before] = [this.labelFloor, picture.getAttribute('viewBox')];
    framePicture(picture, pictureViewport(input, width, height, floor, this.legendBox()), width, height, floor);
    return picture.getAttribute('viewBox') !== before;
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

  /** Frame the view as the state asks (see autoFrame), at once. */
  private restoreView(): void {
    this.autoFrame(false);
  }

  /** Nodes and edges of the graph drawn (graphology's counts: no collection is built). */
  private get elementCount(): number {
    return this.drawn ? this.drawn.order + this.drawn.size : 0;
  }

  /**
   * A new selection on a large graph: the side panel, rendered in the same update, is painted first and the
   * canvas restyles and frames in a task after that paint (a restyle there redraws every element, which would
   * otherwise hold the panel back by a frame or more), with the release of the click's press (canvas-press.ts), so
   * one redraw shows both. Changes meanwhile are applied together, the latest view.
   */
  private applyViewAfterPaint(): void {
    if (this.viewPending) return;
    this.viewPending = true;
    // applyView places a large graph's labels itself (the view jumps there), so one redraw shows it all.
    this.afterPaint.run(() => this.viewPending && this.applyView());
  }

  private cancelPendingView(): void {
    this.viewPending = false;
  }

  /** Toggle view classes (and node sizes when `sizeBy` changed) on the elements whose state differs; `drawing`: draw() frames and places labels itself. */
  private applyView(drawing = false): void {
    this.cancelPendingView();
    const cy = this.cy;
    const graph = this.graph;
    if (!cy || !graph || graph !== this.drawn || cy.nodes().length === 0) return;
    const started = performance.now();
    const { nodes, edges } = viewClasses(graph, this.view);
    const nodeChanges = classChanges(nodes, this.nodeClassesOn);
    // Label placement depends on the nodes' classes only (hidden, faded, highlighted), not the edges'.
    if (nodeChanges.length > 0) this.classesVersion++;
    cy.batch(() => {
      // One collection operation per group of elements changing alike (a year step: a few groups, not hundreds of calls).
      for (const { remove, add, ids } of [...nodeChanges, ...classChanges(edges, this.edgeClassesOn)]) {
        const eles = cy.collection();
        for (const id of ids) eles.merge(cy.getElementById(id));
        if (remove) eles.removeClass(remove);
        if (add) eles.addClass(add);
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
    this.reframeOnChange(nodes);
    // A large graph's labels are placed at once (after the framing), so the change and its labels are one redraw
    // (a second redraw there costs as much as the change); an animated framing places them when it ends.
    if (drawing) return;
    if (isLargeGraph(this.elementCount) && !cy.animated()) this.placeLabelsNow();
    else this.scheduleLabels();
  }

  private placeLabelsNow(): void {
    cancelAnimationFrame(this.labelFrame);
    this.labelFrame = 0;
    this.updateLabels();
  }

  /**
   * A new selection frames its neighbourhood (and the view follows again); a change of what is shown
   * (focus, year, filters) re-frames while the view follows, that is until the user pans or zooms.
   */
  private reframeOnChange(nodeClasses: Map<string, string>): void {
    const selected = this.view.selectedNode;
    let shown = '';
    for (const [id, c] of nodeClasses) if (!/\b(hidden|faded)\b/.test(c)) shown += `${id},`;
    const key = `${selected ?? ''}|${shown}`;
    const first = this.frameKey === '';
    if (key === this.frameKey) return;
    this.frameKey = key;
    if (this.view.highlightNodes === null && this.view.highlightEdges === null) this.focusIds = null;
    if (selected !== this.selectedOn) {
      this.selectedOn = selected;
      if (selected !== null) {
        this.followSize = true;
        this.fitAll = false;
      }
    }
    if (!first && this.followSize) this.autoFrame(true);
  }

  private scheduleLabels(): void {
    // During an animated zoom the labels keep their size in the model; they are placed once it ends.
    if (this.labelFrame || this.cy?.animated()) return;
    this.labelFrame = requestAnimationFrame(() => {
      this.labelFrame = 0;
      // A user's zoom on a large graph: placed once it ends (zoom-gesture.ts).
      if (!this.zoomGesture?.active) this.updateLabels();
    });
  }

  /** Size the labels for the zoom and choose which are drawn: selected, focused, hovered first, then emphasis, neighbours, degree. */
  private updateLabels(): void {
    const cy = this.cy;
    const labels = this.labels;
    if (!cy || !labels || cy.nodes().length === 0) return;
    const view = this.view;
    const first = [view.selectedNode, this.focusId, this.hoverShown].filter((id): id is string => id !== null && cy.getElementById(id).isNode());
    const near: string[] = [];
    if (view.highlightNodes) near.push(...view.highlightNodes);
    cy.nodes('.highlighted').forEach((n) => void near.push(n.id()));
    if (view.selectedNode) {
      const sel = cy.getElementById(view.selectedNode);
      if (sel.length > 0 && sel.isNode()) sel.neighborhood().nodes().forEach((n) => void near.push(n.id()));
    }
    // Placement depends on the zoom, not the pan: the same zoom, classes and leading ids place the same labels.
    const key = `${cy.zoom().toFixed(5)}|${this.labelFloor}|${this.classesVersion}|${first.join()}|${near.join()}`;
    if (key === this.labelKey) return;
    this.labelKey = key;
    const faded = (id: string) => (this.nodeClassesOn.get(id) ?? '').includes('faded');
    const rest = this.byDegree.filter((id) => !faded(id));
    const back = this.byDegree.filter(faded);
    labels.update(this.labelFloor, first, [...near, ...rest, ...back]);
    this.liftEdgeWidths();
  }

  /** The key's relation samples for the theme (memoised per theme so the key re-renders only when it changes). */
  private legendLines(): LegendLine[] {
    if (this.legendFor !== this.theme) [this.legendFor, this.legendLinesOn] = [this.theme, this.theme.legend ? legendLines(this.theme.legend.tones, this.theme.legend.tentative) : LEGEND_LINES];
    return this.legendLinesOn;
  }
  private legendFor: CanvasTheme | null = null;
  private legendLinesOn: LegendLine[] = LEGEND_LINES;

  /** A new theme: its style sheet, then labels and lines sized for it. */
  private applyTheme(): void {
    const cy = this.cy;
    if (!cy) return;
    cy.style(this.sheet());
    this.labels?.reset();
    this.edgeWidthOn = -1;
    this.updateLabels();
  }

  /** Themes with `edgeMinPx`: relation lines are never drawn thinner than that on screen (lifted at low zoom). */
  private liftEdgeWidths(): void {
    const cy = this.cy;
    if (!cy) return;
    const min = this.theme.edgeMinPx;
    const base = Math.max(...Object.values(this.theme.tones).map((t) => t.width));
    const width = min > 0 ? Math.max(base, min / cy.zoom()) : 0;
    if (Math.abs(width - this.edgeWidthOn) < 0.01) return;
    this.edgeWidthOn = width;
    cy.batch(() => (width > 0 ? cy.edges().style('width', width) : cy.edges().removeStyle('width')));
  }

  private onTap(e: EventObject): void {
    const cy = this.cy;
    if (!cy) return;
    const onCore = e.target === cy;
    const target = e.target as SingularElementArgument;
    // A finger is broad: a tap near a node (within 22 px of its centre) is a tap on it, even over an edge or the background.
    if (onCore || !target.isNode()) {
      const near = isTouchTap(e) && e.renderedPosition ? nodeNear(cy, e.renderedPosition) : null;
      if (near) {
        emit(this, 'entity-select', { id: near.id() });
        return;
      }
    }
    if (onCore) emit(this, 'canvas-clear', null);
    else if (target.isNode()) emit(this, 'entity-select', { id: target.id() });
    else emit(this, 'relation-select', { key: target.id() });
  }

  /**
   * Name what the pointer is over in the tooltip at once, and highlight its neighbourhood: at once on a small graph,
   * once the pointer rests on a large one (the highlight is a full redraw there, which a click would wait behind).
   */
  private setHover(id: string | null): void {
    const cy = this.cy;
    if (!cy || id === this.hoverId) return;
    this.hoverId = id;
    this.container()?.classList.toggle('pointer', id !== null);
    this.showTip(id ?? this.focusId);
    clearTimeout(this.hoverTimer);
    const rest = hoverRestMs(this.elementCount);
    if (id !== null && rest > 0) this.hoverTimer = window.setTimeout(() => this.showHover(), rest);
    else this.showHover();
  }

  private showHover(): void {
    if (this.hoverShown === this.hoverId) return;
    this.hoverShown = this.hoverId;
    this.markNear();
    this.scheduleLabels();
  }

  /** A press (a click starting) cancels a hover highlight still waiting for the pointer to rest. */
  private onPointerDown = (): void => clearTimeout(this.hoverTimer);

  /** `hover-near` on the hovered element's neighbourhood, else on the keyboard-focused node's. */
  private markNear(): void {
    const cy = this.cy;
    if (!cy) return;
    const id = this.hoverShown ?? this.focusId;
    cy.batch(() => {
      cy.elements('.hover-near').removeClass('hover-near');
      const ele = id ? cy.getElementById(id) : null;
      if (ele && ele.length > 0) neighbourhood(ele).addClass('hover-near');
    });
  }

  private describe(id: string): Description | null {
    const g = this.drawn;
    if (!g) return null;
    if (g.hasNode(id)) return describeNode(g, id);
    if (g.hasEdge(id)) return describeEdge(g, id);
    return null;
  }

  private showTip(id: string | null): void {
    const d = id ? this.describe(id) : null;
    this.tip = d ? { ...d, x: 0, y: 0, lift: 0 } : null;
    this.tipId = d ? id : null;
    this.placeTip();
    this.requestUpdate();
  }

  private tipId: string | null = null;

  /** Keep the tooltip over its element as the view moves. */
  private placeTip(): void {
    const cy = this.cy;
    if (!cy || !this.tip || !this.tipId) return;
    const ele = cy.getElementById(this.tipId);
    if (ele.length === 0) return;
    const p = ele.isNode() ? ele.renderedPosition() : (ele as unknown as EdgeSingular).renderedMidpoint();
    const lift = ele.isNode() ? renderedRadius(ele as NodeSingular, cy.zoom()) : 6;
    this.tip = { ...this.tip, x: p.x, y: p.y, lift };
    this.requestUpdate();
  }

  private container(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('#cy');
  }

  /** Move the keyboard focus ring to a node, bring it into view, show and announce it. */
  private setFocus(id: string | null): void {
    const cy = this.cy;
    if (!cy) return;
    cy.nodes('.kbd-focus').removeClass('kbd-focus');
    this.focusId = id;
    if (id) {
      const n = cy.getElementById(id);
      n.addClass('kbd-focus');
      const p = n.renderedPosition();
      const m = 48;
      const dx = p.x < m ? m - p.x : p.x > cy.width() - m ? cy.width() - m - p.x : 0;
      const dy = p.y < m ? m - p.y : p.y > cy.height() - m ? cy.height() - m - p.y : 0;
      if (dx || dy) cy.panBy({ x: dx, y: dy });
      const d = this.describe(id);
      this.announcement = d ? `${d.heading}. ${d.detail}.${id === this.view.selectedNode ? ' Selected.' : ''}` : '';
    } else this.announcement = '';
    this.markNear();
    if (!this.hoverId) this.showTip(id);
    this.scheduleLabels();
    this.requestUpdate();
  }

  private onFocus(): void {
    if (this.focusId && this.cy?.getElementById(this.focusId).length) this.setFocus(this.focusId);
  }

  private onBlur(): void {
    const id = this.focusId;
    this.setFocus(null);
    this.focusId = id; // the ring comes back when the canvas has focus again
    this.announcement = '';
  }

  private onResize(container: HTMLElement): void {
    const cy = this.cy;
    if (!cy) return;
    const hasSize = container.clientWidth > 0 && container.clientHeight > 0;
    this.legendSize = undefined;
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
    if (!legend) return;
    legend.open = this.legendOpen ?? window.innerWidth >= LEGEND_OPEN_MIN_SCREEN;
    void legend.updateComplete.then(() => this.onLegendToggle());
  }

  /** The Key opened or closed: a view that follows the state is framed again around it. */
  private onLegendToggle = (): void => {
    this.legendSize = undefined;
    if (!this.followSize) return;
    cancelAnimationFrame(this.refitFrame);
    this.refitFrame = requestAnimationFrame(() => this.restoreView());
  };

  /** Cytoscape caches the container's offset; a scroll outside the shadow root makes taps miss unless refreshed. */
  private onScroll = (): void => {
    cancelAnimationFrame(this.scrollFrame);
    this.scrollFrame = requestAnimationFrame(() => this.cy?.resize());
  };

  private onKeydown(e: KeyboardEvent): void {
    const cy = this.cy;
    if (!cy || e.altKey || e.ctrlKey || e.metaKey) return;
    const pans: Record<string, [number, number]> = { ArrowLeft: [PAN_STEP, 0], ArrowRight: [-PAN_STEP, 0], ArrowUp: [0, PAN_STEP], ArrowDown: [0, -PAN_STEP] };
    const pan = e.shiftKey ? pans[e.key] : undefined;
    const direction = e.shiftKey ? undefined : arrowDirection(e.key);
    if (direction) {
      const next = nextNode(cy, this.focusId, direction, this.view.selectedNode);
      if (next) this.setFocus(next);
    } else if ((e.key === 'Enter' || e.key === ' ') && this.focusId) {
      emit(this, 'entity-select', { id: this.focusId });
    } else if (pan) {
      this.followSize = false;
      cy.panBy({ x: pan[0], y: pan[1] });
    }
    else if (e.key === '+' || e.key === '=') this.zoomBy(ZOOM_STEP);
    else if (e.key === '-' || e.key === '_') this.zoomBy(1 / ZOOM_STEP);
    else if (e.key === '0') this.fit();
    else if (e.key === 'Escape') {
      if (this.focusId) this.setFocus(null);
      emit(this, 'canvas-clear', null);
    }
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
