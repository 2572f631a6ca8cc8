/**
 * <allegiance-app>: the top element. It composes, and only composes: search, year slider, filters, canvas
 * or list, the entity / relation panels and the tracing tools (Betrayals, Path, Compare, Who mattered), or
 * the data's problems when the data does not validate. The state lives in the URL (UrlHistoryController);
 * focus (FocusController), bringing emphasis into view (EmphasisController) and lazy loading
 * (LazyElementsController) are controllers beside this file.
 */
import { LitElement, html } from 'lit';
import data from 'virtual:allegiance-data';
import { entityDetails, relationDetails } from '../../app/panels/details';
import { prepareExplorer, type ExplorerData } from '../../app/shell/explorer-data';
import { type LoadedData, loadGraph } from '../../app/shell/load-graph';
import { pageTitle, viewSummary } from '../../app/shell/page-text';
import { withEmphasis } from '../../app/explorer/emphasis';
import { relationRows } from '../../app/explorer/relation-rows';
import { timelineViewMemo } from '../../app/panels/timeline-view';
import type { ToolState } from '../../app/tracing/tool-state';
import { TOOL_LABELS, toolDeriver, tracingYear, type ToolData } from '../../app/tracing/tool-view';
import { DEFAULT_STATE, viewName, type ViewState } from '../../app/shell/view-state';
import { shownEdges, visibleView, type VisibleView } from '../../app/explorer/visible';
import { labelOf } from '../../model/queries/relations';
import { copyText, downloadBlob, readFlag, writeFlag } from '../../platform';
import { mentionLinks } from '../../app/notes/mention-links';
import type { EntityLink } from '../../app/notes/highlight';
import type { FullNotes } from '../../model/note-lines';
import { loadFullNotes, loadNotesView } from '../notes/load-notes';
import './welcome-note';
import type { WelcomeNote, WelcomeTry } from './welcome-note';
import './app-notice';
import './data-problems';
import '../search/entity-search';
import '../explorer/filter-panel';
import '../canvas/graph-canvas';
import type { GraphCanvas } from '../canvas/graph-canvas';
import '../tracing/tool-bar';
import '../explorer/year-slider';
import { uiStyles } from '../shared/ui-styles';
import { appStyles } from './allegiance-app-styles';
import { EmphasisController } from './emphasis-controller';
import { cameFrom, FocusController } from './focus-controller';
import { LazyElementsController } from './lazy-elements';
import { UrlHistoryController } from './url-history-controller';

export class AllegianceApp extends LitElement {
  static override properties = {
    state: { state: true },
    notice: { state: true },
    fullNotes: { state: true },
    welcome: { state: true },
    filtersOpen: { state: true },
  };
  declare state: ViewState;
  declare notice: string;
  /** The whole notes for the Notes view, loaded when it is first shown. */
  declare fullNotes: FullNotes | null;
  /** The first-visit welcome is shown (until dismissed; Help shows it again). */
  declare welcome: boolean;
  /** The filters drawer is open (narrow screens, where the filters are not beside the graph). */
  declare filtersOpen: boolean;
  private noteLinks: Map<string, EntityLink[]> | null = null;
  private readonly labelFor = (id: string): string => (this.app ? labelOf(this.app.graph, id) : id);
  private readonly loaded: LoadedData = loadGraph(data);
  private readonly app: ExplorerData | null = this.loaded.graph ? prepareExplorer(this.loaded.graph, data.notes) : null;
  private view: VisibleView | null = null;
  /** What the open tool shows and asks of the canvas (see tool-view.ts), derived with the view. */
  private tools: ToolData | null = null;
  private readonly deriveTools = this.app ? toolDeriver(this.app.graph, this.app.notes) : null;
  private readonly timelineOf = timelineViewMemo();
  private readonly history: UrlHistoryController;
  private readonly focusing = new FocusController(this, {
    isOpen: () => this.state.selected !== null || this.state.edge !== null || this.state.tool !== null,
    close: () => this.closePanel(),
  });
  private readonly emphasis = new EmphasisController(this);

  constructor() {
    super();
    this.state = DEFAULT_STATE;
    this.notice = '';
    this.fullNotes = null;
    this.welcome = !readFlag('welcome-seen');
    this.filtersOpen = false;
    this.history = new UrlHistoryController(this, this.app);
    new LazyElementsController(this);
    this.addEventListener('entity-select', (e) => this.select(e.detail.id, e));
    this.addEventListener('relation-select', (e) => this.selectEdge(e.detail.key, e));
    this.addEventListener('canvas-clear', () => this.change({ selected: null, edge: null }));
    this.addEventListener('panel-close', () => this.closePanel());
    this.addEventListener('year-change', (e) => this.change({ year: e.detail.year }, { coalesce: e.detail.transient }));
    this.addEventListener('year-mode-change', (e) => this.change({ yearMode: e.detail.mode }));
    this.addEventListener('filter-change', (e) => this.change(e.detail));
    this.addEventListener('tool-change', (e) => this.changeTool(e.detail, e));
    this.addEventListener('notice-dismiss', () => (this.notice = ''));
    // An excerpt's citation or a notes search hit: the Notes view at that slide, the words marked.
    this.addEventListener('notes-open', (e) => this.change({ notes: true, slide: e.detail.slide, mark: e.detail.mark }));
    this.addEventListener('welcome-dismiss', () => this.closeWelcome(true));
    this.addEventListener('welcome-try', (e) => this.tryFromWelcome(e.detail.what));
    // A link that opens on a betrayal or a path: bring it into view once the graph is drawn.
    this.addEventListener('graph-drawn', () => this.emphasis.bringIntoView(false));
  }

  /** Apply a user change (one history entry; see UrlHistoryController). False if nothing changed. */
  change(change: Partial<ViewState>, options?: { coalesce?: boolean }): boolean {
    return this.history.change(change, options);
  }

  // Choosing an entity or a relation shows its details in the panel, so an open tool gives way (its state is
  // kept: pressing the tool again brings it back as it was). From a list, link or search, focus goes to the panel.
  private select(id: string, e: Event): void {
    const focus = this.focusing.panelAfterRender(!cameFrom(e, 'graph-canvas'));
    if (!this.change({ selected: id, edge: null, tool: null }) && focus) this.requestUpdate();
  }

  private selectEdge(key: string, e: Event): void {
    const focus = this.focusing.panelAfterRender(!cameFrom(e, 'graph-canvas') && !cameFrom(e, 'relation-list'));
    if (!this.change({ edge: key, tool: null }) && focus) this.requestUpdate();
  }

  /** A change from a tool: choosing a betrayal or side switch also moves the year to its break. */
  private changeTool(detail: Partial<ToolState>, e: Event): void {
    const change: Partial<ViewState> = { ...detail };
    // Closed from inside its panel: the close button goes away, so focus goes back to the tool's button.
    if (detail.tool === null && cameFrom(e, 'tool-panel')) this.focusing.toolButtonAfterRender(this.state.tool);
    if (this.app && detail.betrayal) {
      const year = tracingYear(this.app.graph, this.app.notes, detail.betrayal);
      if (year !== null) change.year = year;
    }
    this.change(change);
  }

  private closeWelcome(returnFocus: boolean): void {
    this.welcome = false;
    writeFlag('welcome-seen', true);
    if (returnFocus) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.help')?.focus());
  }

  private openWelcome(): void {
    this.welcome = true;
    void this.updateComplete.then(() => this.renderRoot.querySelector<WelcomeNote>('welcome-note')?.focusHeading());
  }

  private tryFromWelcome(what: WelcomeTry): void {
    this.closeWelcome(false);
    if (what === 'betrayals') this.change({ tool: 'betrayals' });
    else if (what === 'search') this.renderRoot.querySelector<HTMLElement>('entity-search')?.focus();
    else this.renderRoot.querySelector('year-slider')?.renderRoot.querySelector<HTMLElement>('input[type="range"]')?.focus();
  }

  /**
   * On narrow screens the panel is a sheet over the lower half of the screen: leave room below the page for it,
   * and when it opens bring the graph to the top so that it stays in view above the sheet.
   */
  private placeSheet(before: ViewState | undefined): void {
    const open = this.state.selected !== null || this.state.edge !== null || this.state.tool !== null;
    this.toggleAttribute('sheet', open);
    const wasOpen = before ? before.selected !== null || before.edge !== null || before.tool !== null : false;
    const subject = (s: ViewState | undefined) => (s ? `${s.selected}|${s.edge}|${s.tool}` : '');
    if (open && (!wasOpen || subject(before) !== subject(this.state)) && matchMedia('(max-width: 900px)').matches) {
      const stage = this.renderRoot.querySelector('.stage');
      requestAnimationFrame(() => stage?.scrollIntoView({ block: 'start' }));
    }
  }

  /** The skip link: straight to the drawing (or to the list or notes shown in its place). */
  private skipToGraph(e: Event): void {
    e.preventDefault();
    const stage = this.renderRoot.querySelector('.stage');
    const shown = this.state.notes ? stage?.querySelector('notes-view') : this.state.list ? stage?.querySelector('relation-list') : null;
    const target = shown ?? this.canvas?.renderRoot.querySelector<HTMLElement>('[part="canvas"]') ?? null;
    if (target instanceof HTMLElement) {
      if (shown && !shown.hasAttribute('tabindex')) shown.setAttribute('tabindex', '-1');
      target.focus();
      target.scrollIntoView({ block: 'nearest' });
    }
  }

  private setFiltersOpen(open: boolean): void {
    this.filtersOpen = open;
    void this.updateComplete.then(() => {
      if (open) this.renderRoot.querySelector<HTMLElement>('.filters .close-filters')?.focus();
      else this.renderRoot.querySelector<HTMLElement>('.filters-button')?.focus();
    });
  }

  private closePanel(): void {
    if (this.state.tool !== null) {
      this.change({ tool: null });
      this.focusing.main();
    } else if (this.state.edge !== null) {
      this.focusing.panelAfterRender(this.state.selected !== null);
      this.change({ edge: null });
    } else {
      this.change({ selected: null });
      this.focusing.main();
    }
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (this.app && this.deriveTools && (changed.has('state') || !this.view)) {
      this.tools = this.deriveTools(this.state);
      this.view = withEmphasis(visibleView(this.app.graph, this.state), this.tools.emphasis, this.tools.sizeBy);
      this.emphasis.track(this.tools);
    }
    if (this.state.notes && !this.fullNotes) {
      const failed = () => (this.notice = 'The notes could not be loaded. Reload the page to try again.');
      loadNotesView().catch(failed);
      loadFullNotes().then((n) => (this.fullNotes = n), failed);
    }
  }

  override updated(changed: Map<string, unknown>): void {
    if (changed.has('state') && this.app) document.title = pageTitle(this.app.graph, this.state);
    if (changed.has('state')) this.placeSheet(changed.get('state') as ViewState | undefined);
  }

  /** The canvas element (for the toolbar's actions). */
  get canvas(): GraphCanvas | null {
    return this.renderRoot.querySelector('graph-canvas');
  }

  static override styles = [uiStyles, appStyles];

  override render() {
    const { graph, problems } = this.loaded;
    if (!graph || !this.app) {
      return html`<header><div class="brand"><h1>Allegiance</h1><span class="sub">data problems</span></div></header>
        <data-problems style="grid-column: 1 / -1" .problems=${problems}></data-problems>`;
    }
    const { state } = this;
    const view = this.view!;
    const shows = state.notes ? 'notes' : state.list ? 'list' : 'graph';
    return html`<header>
        <button type="button" class="skip" @click=${this.skipToGraph}>Skip to graph</button>
        <div class="brand">
          <h1>Allegiance</h1>
          <span class="sub">${graph.getAttribute('notesTitle')} · ${graph.order} entities · ${graph.size} relations</span>
        </div>
        <entity-search with-notes .graph=${graph}></entity-search>
        <button type="button" class="help" aria-expanded=${this.welcome ? 'true' : 'false'} @click=${() => (this.welcome ? this.closeWelcome(true) : this.openWelcome())}>Help</button>
      </header>
      <app-notice .message=${this.notice}></app-notice>
      <main tabindex="-1" aria-label="Graph and relations">
        <div class="timebar">
          <year-slider .from=${this.app.period.from} .to=${this.app.period.to} .year=${state.year} .mode=${state.yearMode}></year-slider>
          <p class="summary">${viewSummary(graph, view, state.year)}</p>
        </div>
        <div class="toolstrip">
          <tool-bar .tool=${state.tool}></tool-bar>
          <div class="tools" role="toolbar" aria-label="View and export">
            <span class="seg" role="group" aria-label="Show as">
              <button type="button" aria-pressed=${shows === 'graph' ? 'true' : 'false'} @click=${() => this.change({ list: false, notes: false })}>Graph</button>
              <button type="button" aria-pressed=${shows === 'list' ? 'true' : 'false'} @click=${() => this.change({ list: true, notes: false })}>List</button>
              <button type="button" aria-pressed=${shows === 'notes' ? 'true' : 'false'} @click=${() => this.change({ notes: true, list: false })}>Notes</button>
            </span>
            <button type="button" ?disabled=${shows !== 'graph'} @click=${() => void this.canvas?.rearrange?.()}>Re-arrange</button>
            <button type="button" ?disabled=${shows !== 'graph'} @click=${() => this.canvas?.fit?.()}>Fit</button>
            <button type="button" @click=${() => void this.exportPng()}>Export PNG</button>
            <button type="button" @click=${() => void this.copyLink()}>Copy link</button>
            <button type="button" class="filters-button" aria-expanded=${this.filtersOpen ? 'true' : 'false'} aria-controls="filters" @click=${() => this.setFiltersOpen(!this.filtersOpen)}>Filters</button>
          </div>
        </div>
        <div class="stage" id="graph">
          <graph-canvas class=${shows !== 'graph' ? 'under' : ''} .graph=${graph} .positions=${data.positions ?? {}} .view=${view}></graph-canvas>
          ${state.notes
            ? html`<notes-view
                .notes=${this.fullNotes}
                .links=${(this.noteLinks ??= mentionLinks(graph))}
                .slide=${state.slide}
                .mark=${state.mark}
                .selected=${state.selected}
                .labels=${this.labelFor}
              ></notes-view>`
            : state.list
              ? html`<relation-list
                  .rows=${relationRows(graph, shownEdges(graph, view))}
                  .selectedEdge=${state.edge}
                  .caption=${state.year === null ? 'Relations in view, all years' : `Relations in view in ${state.year}`}
                ></relation-list>`
              : ''}
          ${this.welcome ? html`<welcome-note .notesTitle=${graph.getAttribute('notesTitle') ?? ''}></welcome-note>` : ''}
        </div>
      </main>
      <aside class="panel ${state.tool !== null ? 'wide' : ''}" aria-label=${state.tool !== null ? TOOL_LABELS[state.tool] : 'Details'}>${this.panel(view)}</aside>
      <aside class="filters ${this.filtersOpen ? 'open' : ''}" id="filters" aria-label="Filters" @keydown=${this.onFiltersKey}>
        <div class="filters-head">
          <h2>Filters</h2>
          <button type="button" class="close-filters" @click=${() => this.setFiltersOpen(false)}>Close filters</button>
        </div>
        <filter-panel
          .kindOptions=${this.app.kindOptions}
          .typeOptions=${this.app.typeOptions}
          .toneOptions=${this.app.toneOptions}
          .kinds=${state.kinds}
          .types=${state.types}
          .tones=${state.tones}
          .focusSteps=${state.focus}
          .selectionLabel=${view.selectedNode ? labelOf(graph, view.selectedNode) : null}
        ></filter-panel>
      </aside>`;
  }

  private readonly onFiltersKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && this.filtersOpen) {
      e.stopPropagation();
      this.setFiltersOpen(false);
    }
  };

  private panel(view: VisibleView) {
    const { graph, notes, period } = this.app!;
    if (this.state.tool !== null) {
      return html`<tool-panel .graph=${graph} .period=${period} .state=${this.state} .data=${this.tools}></tool-panel>`;
    }
    if (view.selectedEdge) {
      const backTo = view.selectedNode ? labelOf(graph, view.selectedNode) : null;
      return html`<relation-panel .details=${relationDetails(graph, notes, view.selectedEdge)} .backTo=${backTo}></relation-panel>`;
    }
    if (view.selectedNode) {
      return html`<entity-panel
        .details=${entityDetails(graph, notes, view.selectedNode)}
        .timeline=${this.timelineOf(graph, view.selectedNode)}
        .shownEdges=${view.visibleEdges}
        .year=${this.state.year}
      ></entity-panel>`;
    }
    return '';
  }

  private async exportPng(): Promise<void> {
    const canvas = this.canvas;
    if (!canvas || typeof canvas.exportPng !== 'function') {
      this.notice = 'Export is not available: the graph is not drawn yet.';
      return;
    }
    try {
      downloadBlob(await canvas.exportPng(), `allegiance-${viewName(this.state)}.png`);
    } catch (err) {
      this.notice = `The picture could not be made: ${err instanceof Error ? err.message : String(err)}`;
    }
  }

  private async copyLink(): Promise<void> {
    const href = location.href;
    this.notice = (await copyText(href)) ? 'Link copied: it opens this same view.' : `Copy this link to share the view: ${href}`;
  }
}
customElements.define('allegiance-app', AllegianceApp);

declare global {
  interface HTMLElementTagNameMap {
    'allegiance-app': AllegianceApp;
  }
}
