/**
 * <allegiance-app>: the top element. Owns the view state (kept in the URL), derives what is visible, and
 * composes search, year slider, filters, canvas or list, the entity / relation panels and the tracing tools
 * (Betrayals, Path, Compare, Who mattered). Shows the data's problems instead when the data does not validate.
 */
import { LitElement, css, html } from 'lit';
import data from 'virtual:allegiance-data';
import { entityDetails, relationDetails } from '../../app/panels/details';
import { prepareExplorer, type ExplorerData } from '../../app/shell/explorer-data';
import { type LoadedData, loadGraph } from '../../app/shell/load-graph';
import { withEmphasis } from '../../app/explorer/emphasis';
import { relationRows } from '../../app/explorer/relation-rows';
import { timelineViewMemo } from '../../app/panels/timeline-view';
import type { ToolId, ToolState } from '../../app/tracing/tool-state';
import { TOOL_LABELS, toolDeriver, tracingYear, type ToolData } from '../../app/tracing/tool-view';
import { decodeState, mergeState, noticeText } from '../../app/shell/url-state';
import { applyChange, DEFAULT_STATE, onlyYearChanged, sameState, viewName, type ViewState } from '../../app/shell/view-state';
import { shownEdges, visibleView, type VisibleView } from '../../app/explorer/visible';
import { labelOf } from '../../model/queries/relations';
import './app-notice';
import './data-problems';
import type { EntityPanel } from '../panels/entity-panel';
import '../search/entity-search';
import '../explorer/filter-panel';
import type { FilterChange } from '../explorer/filter-panel';
import '../canvas/graph-canvas';
import type { GraphCanvas } from '../canvas/graph-canvas';
import type { RelationPanel } from '../panels/relation-panel';
import '../tracing/tool-bar';
import type { ToolBar } from '../tracing/tool-bar';
import { uiStyles } from '../shared/ui-styles';
import '../explorer/year-slider';
import { mentionLinks } from '../../app/notes/mention-links';
import type { EntityLink } from '../../app/notes/highlight';
import type { FullNotes } from '../../model/note-lines';
import { loadFullNotes, loadNotesView } from '../notes/load-notes';
import { readFlag, writeFlag } from '../../platform';
import './welcome-note';
import type { WelcomeNote, WelcomeTry } from './welcome-note';

/**
 * The panels and the list are not needed for the first picture: their code loads when first needed, or when
 * the browser is idle. Rendered before that, they upgrade in place (Lit keeps properties set before upgrade).
 */
let laterElements: Promise<unknown> | null = null;
function loadLaterElements(): Promise<unknown> {
  laterElements ??= Promise.all([import('../panels/entity-panel'), import('../panels/relation-panel'), import('../explorer/relation-list')]).catch((err: unknown) => {
    laterElements = null; // let the next need try again
    throw err;
  });
  return laterElements;
}

/** The tracing tools' code loads when a tool is first opened (or when the browser is idle). */
let toolElements: Promise<unknown> | null = null;
function loadToolElements(): Promise<unknown> {
  toolElements ??= import('../tracing/tool-panel').catch((err: unknown) => {
    toolElements = null;
    throw err;
  });
  return toolElements;
}

export class AllegianceApp extends LitElement {
  static override properties = {
    state: { state: true },
    notice: { state: true },
    fullNotes: { state: true },
    welcome: { state: true },
    filtersOpen: { state: true },
  };
  /** The first-visit welcome is shown (until dismissed; Help shows it again). */
  declare welcome: boolean;
  /** The filters drawer is open (narrow screens, where the filters are not beside the graph). */
  declare filtersOpen: boolean;
  declare state: ViewState;
  declare notice: string;
  /** The whole notes for the Notes view, loaded when it is first shown. */
  declare fullNotes: FullNotes | null;
  private noteLinks: Map<string, EntityLink[]> | null = null;
  private readonly labelFor = (id: string): string => (this.app ? labelOf(this.app.graph, id) : id);
  private readonly loaded: LoadedData = loadGraph(data);
  private readonly app: ExplorerData | null = this.loaded.graph ? prepareExplorer(this.loaded.graph, data.notes) : null;
  private view: VisibleView | null = null;
  /** What the open tool shows and asks of the canvas (see tool-view.ts), derived with the view. */
  private tools: ToolData | null = null;
  private readonly deriveTools = this.app ? toolDeriver(this.app.graph, this.app.notes) : null;
  private readonly timelineOf = timelineViewMemo();
  /** The emphasised relations the canvas last brought into view, so a new betrayal or path is brought into view once. */
  private focusedEmphasis = '';
  private focusEmphasisNext = false;
  /** The tool whose button takes focus after the next render (its panel was closed from inside). */
  private focusToolButtonNext: ToolId | null = null;
  /** Whether the current history entry was written by a year-only change (later ones replace it). */
  private yearEntry = false;
  /** Where focus goes after the next render: the panel heading when the user chose from a list or link. */
  private focusPanelNext = false;

  constructor() {
    super();
    this.state = DEFAULT_STATE;
    this.notice = '';
    this.fullNotes = null;
    this.welcome = !readFlag('welcome-seen');
    this.filtersOpen = false;
    if (this.app) {
      const { state, notices } = decodeState(location.search, this.app.vocab);
      this.state = state;
      this.notice = noticeText(notices);
      history.replaceState(history.state, '', this.url(state));
    }
    this.addEventListener('entity-select', (e) => this.select((e as CustomEvent<{ id: string }>).detail.id, e));
    this.addEventListener('relation-select', (e) => this.selectEdge((e as CustomEvent<{ key: string }>).detail.key, e));
    this.addEventListener('canvas-clear', () => this.change({ selected: null, edge: null }));
    this.addEventListener('panel-close', () => this.closePanel());
    this.addEventListener('year-change', (e) => {
      const { year, transient } = (e as CustomEvent<{ year: number | null; transient: boolean }>).detail;
      this.change({ year }, { coalesce: transient });
    });
    this.addEventListener('year-mode-change', (e) => this.change({ yearMode: (e as CustomEvent<{ mode: 'hide' | 'fade' }>).detail.mode }));
    this.addEventListener('filter-change', (e) => this.change((e as CustomEvent<FilterChange>).detail));
    this.addEventListener('tool-change', (e) => this.changeTool((e as CustomEvent<Partial<ToolState>>).detail, e));
    this.addEventListener('notice-dismiss', () => (this.notice = ''));
    this.addEventListener('welcome-dismiss', () => this.closeWelcome(true));
    this.addEventListener('welcome-try', (e) => this.tryFromWelcome((e as CustomEvent<{ what: WelcomeTry }>).detail.what));
    // An excerpt's citation or a notes search hit: the Notes view at that slide, the words marked.
    this.addEventListener('notes-open', (e) => {
      const { slide, mark } = (e as CustomEvent<{ slide: number; mark?: string }>).detail;
      this.change({ notes: true, slide, mark: mark ?? null });
    });
    // A link that opens on a betrayal or a path: bring it into view once the graph is drawn.
    this.addEventListener('graph-drawn', () => this.focusEmphasis(false));
  }

  private readonly onPopState = () => {
    if (!this.app) return;
    const { state, notices } = decodeState(location.search, this.app.vocab);
    this.yearEntry = false;
    this.state = state;
    if (notices.length) this.notice = noticeText(notices);
  };

  /** Escape with nothing focused (focus on the page itself) closes the panel (or the open tool). */
  private readonly onDocumentKey = (e: KeyboardEvent) => {
    const open = this.state.selected !== null || this.state.edge !== null || this.state.tool !== null;
    if (e.key === 'Escape' && !e.defaultPrevented && e.composedPath()[0] === document.body && open) this.closePanel();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.onPopState);
    document.addEventListener('keydown', this.onDocumentKey);
    const preload = () => {
      loadLaterElements().catch(() => undefined);
      loadToolElements().catch(() => undefined);
    };
    if ('requestIdleCallback' in window) requestIdleCallback(preload, { timeout: 3000 });
    else setTimeout(preload, 1500);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
    document.removeEventListener('keydown', this.onDocumentKey);
  }

  private url(state: ViewState): string {
    return `${location.pathname}${mergeState(location.search, state, this.app?.typeOrder)}${location.hash}`;
  }

  /**
   * Apply a user change and push a history entry. A run of transient year changes (dragging, arrow keys,
   * playing) shares one entry: the first pushes, the rest replace it.
   */
  change(change: Partial<ViewState>, { coalesce = false } = {}): boolean {
    const next = applyChange(this.state, change);
    if (sameState(next, this.state)) return false;
    const yearRun = coalesce && onlyYearChanged(this.state, next);
    if (yearRun && this.yearEntry) history.replaceState(history.state, '', this.url(next));
    else history.pushState(null, '', this.url(next));
    this.yearEntry = yearRun;
    this.state = next;
    return true;
  }

  /** Whether an event came from the canvas (pointer on the drawing) rather than a list, link or search. */
  private fromCanvas(e: Event): boolean {
    return e.composedPath().some((n) => n instanceof HTMLElement && n.localName === 'graph-canvas');
  }

  // Choosing an entity or a relation shows its details in the panel, so an open tool gives way (its state is
  // kept: pressing the tool again brings it back as it was).
  private select(id: string, e: Event): void {
    this.focusPanelNext = !this.fromCanvas(e);
    if (!this.change({ selected: id, edge: null, tool: null }) && this.focusPanelNext) this.requestUpdate();
  }

  private selectEdge(key: string, e: Event): void {
    this.focusPanelNext = !this.fromCanvas(e) && !e.composedPath().some((n) => n instanceof HTMLElement && n.localName === 'relation-list');
    if (!this.change({ edge: key, tool: null }) && this.focusPanelNext) this.requestUpdate();
  }

  /** A change from a tool: choosing a betrayal or side switch also moves the year to its break. */
  private changeTool(detail: Partial<ToolState>, e: Event): void {
    const change: Partial<ViewState> = { ...detail };
    // Closed from inside its panel: the close button goes away, so focus goes back to the tool's button.
    const fromPanel = e.composedPath().some((n) => n instanceof HTMLElement && n.localName === 'tool-panel');
    if (detail.tool === null && fromPanel) this.focusToolButtonNext = this.state.tool;
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
      this.renderRoot.querySelector<HTMLElement>('main')?.focus();
    } else if (this.state.edge !== null) {
      this.focusPanelNext = this.state.selected !== null;
      this.change({ edge: null });
    } else {
      this.change({ selected: null });
      this.renderRoot.querySelector<HTMLElement>('main')?.focus();
    }
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (this.app && this.deriveTools && (changed.has('state') || !this.view)) {
      this.tools = this.deriveTools(this.state);
      this.view = withEmphasis(visibleView(this.app.graph, this.state), this.tools.emphasis, this.tools.sizeBy);
      const key = this.emphasisKey();
      if (key !== this.focusedEmphasis) {
        this.focusedEmphasis = key;
        this.focusEmphasisNext = key !== '';
      }
    }
    const { selected, edge, list, tool } = this.state;
    if (tool !== null) loadToolElements().catch(() => (this.notice = 'The tools could not be loaded. Reload the page to try again.'));
    if (this.state.notes && !this.fullNotes) {
      const failed = () => (this.notice = 'The notes could not be loaded. Reload the page to try again.');
      loadNotesView().catch(failed);
      loadFullNotes().then((n) => (this.fullNotes = n), failed);
    }
    if (selected !== null || edge !== null || list) {
      loadLaterElements().catch(() => (this.notice = 'Part of the app could not be loaded. Reload the page to try again.'));
    }
  }

  override updated(changed: Map<string, unknown>): void {
    if (changed.has('state')) this.updateTitle();
    if (changed.has('state')) this.placeSheet(changed.get('state') as ViewState | undefined);
    if (this.focusEmphasisNext) {
      this.focusEmphasisNext = false;
      this.focusEmphasis(true);
    }
    if (this.focusToolButtonNext !== null) {
      const tool = this.focusToolButtonNext;
      this.focusToolButtonNext = null;
      const bar = this.renderRoot.querySelector<ToolBar>('tool-bar');
      void bar?.updateComplete.then(() => bar.focusButton(tool));
    }
    if (this.focusPanelNext) {
      this.focusPanelNext = false;
      void loadLaterElements()
        .then(async () => {
          const panel = this.renderRoot.querySelector<EntityPanel | RelationPanel>('.panel > entity-panel, .panel > relation-panel');
          await panel?.updateComplete;
          panel?.focusHeading();
        })
        .catch(() => undefined);
    }
  }

  /** The emphasis worth bringing into view (a chosen betrayal or path; the comparison's may be the whole graph), as a key. */
  private emphasisKey(): string {
    const tools = this.tools;
    if (!tools?.emphasis || (tools.tool !== 'betrayals' && tools.tool !== 'path')) return '';
    return [...tools.emphasis.edges].join('|');
  }

  private focusEmphasis(animate: boolean): void {
    if (this.emphasisKey() === '') return;
    this.canvas?.focusOn(this.tools!.emphasis!.nodes, { animate });
  }

  private updateTitle(): void {
    if (!this.app) return;
    const { selected, year, tool } = this.state;
    const subject = tool !== null ? TOOL_LABELS[tool] : selected ? labelOf(this.app.graph, selected) : '';
    const parts = [subject, year !== null ? String(year) : ''].filter(Boolean);
    document.title = parts.length ? `${parts.join(', ')} · Allegiance` : 'Allegiance';
  }

  /** The canvas element (for the toolbar's actions). */
  get canvas(): GraphCanvas | null {
    return this.renderRoot.querySelector('graph-canvas');
  }

  static override styles = [
    uiStyles,
    css`
      :host {
        display: grid;
        height: 100vh;
        grid-template-rows: auto auto minmax(0, 1fr);
        grid-template-columns: 17.5rem minmax(0, 1fr) auto;
        grid-template-areas: 'header header header' 'notice notice notice' 'filters main panel';
        background: #f4f6f9;
      }
      .skip { position: absolute; left: 0.5rem; top: -4rem; z-index: 50; background: #fff; color: var(--ui-accent); padding: 0.5rem 0.9rem; border-radius: 6px; font-weight: 700; }
      .skip:focus { top: 0.5rem; }
      header {
        grid-area: header;
        display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1rem;
        padding: 0.5rem 1rem; background: #1f2a36; color: #fff;
      }
      .brand { display: flex; flex-direction: column; min-width: 0; margin-right: auto; }
      h1 { font-size: 1.35rem; margin: 0; line-height: 1.2; }
      .sub { font-size: 0.85rem; opacity: 0.9; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
      entity-search { flex: 0 1 20rem; color: var(--ui-ink); }
      header button { background: #2e3d4f; color: #fff; border-color: #6b7d93; }
      header button:hover { background: #3b4e65; }
      header :focus-visible { outline-color: #fff; }
      .tools { display: flex; flex-wrap: wrap; gap: 0.4rem; align-items: center; }
      .tools button[aria-pressed='true'] { background: #1f2a36; color: #fff; border-color: #1f2a36; }
      .seg { display: inline-flex; }
      .seg button:first-child { border-radius: 6px 0 0 6px; }
      .seg button:not(:first-child) { border-left: none; }
      .seg button:not(:first-child):not(:last-child) { border-radius: 0; }
      .seg button:last-child { border-radius: 0 6px 6px 0; }
      app-notice { grid-area: notice; }
      .filters { grid-area: filters; overflow: auto; padding: 0.25rem 1rem 1rem; background: #fff; border-right: 1px solid var(--ui-line); }
      .filters h2 { font-size: 1.1rem; margin: 0.6rem 0 0.3rem; }
      .filters-head { display: flex; align-items: center; justify-content: space-between; gap: 0.5rem; }
      .close-filters, .filters-button { display: none; }
      main { grid-area: main; display: flex; flex-direction: column; min-width: 0; min-height: 0; }
      main:focus { outline: none; }
      .toolstrip { display: flex; flex-wrap: wrap; align-items: center; gap: 0.4rem 1rem; padding: 0.4rem 1rem; background: #e9eef5; border-bottom: 1px solid var(--ui-line); }
      .timebar { padding: 0.5rem 1rem; background: #fff; border-bottom: 1px solid var(--ui-line); }
      .summary { margin: 0.25rem 0 0; font-size: 0.9rem; color: var(--ui-muted); }
      .stage { position: relative; flex: 1; min-height: 0; }
      .stage > graph-canvas, .stage > relation-list, .stage > notes-view { position: absolute; inset: 0; }
      .stage graph-canvas.under { visibility: hidden; }
      .stage > welcome-note { position: absolute; top: 0.6rem; right: 0.6rem; z-index: 5; width: min(25rem, calc(100% - 1.2rem)); max-height: calc(100% - 1.2rem); overflow: auto; }
      .panel {
        grid-area: panel; width: 27rem; overflow: auto; padding: 0.75rem 1.1rem 1.5rem;
        background: #fff; border-left: 1px solid var(--ui-line);
      }
      .panel:empty { display: none; }
      @media (min-width: 1700px) {
        :host { grid-template-columns: 19rem minmax(0, 1fr) auto; }
        .panel { width: 32rem; }
      }
      @media (max-width: 1500px) {
        :host { grid-template-columns: 16rem minmax(0, 1fr) auto; }
        .panel { width: 25rem; }
      }
      @media (max-width: 1100px) {
        :host { grid-template-columns: 14rem minmax(0, 1fr) auto; }
        .panel { width: 21rem; }
      }
      /* Narrow screens (phones, 200% zoom on a laptop): one column; the page scrolls down, never sideways. The
         filters are a drawer; the panel is a sheet over the lower part of the graph, which stays in view above it. */
      @media (max-width: 900px) {
        :host { display: flex; flex-direction: column; height: auto; min-height: 100vh; }
        header { padding: 0.4rem 0.75rem; }
        .brand { flex: 1 1 0; }
        .sub { white-space: normal; }
        entity-search { flex: 1 1 100%; min-width: 0; order: 3; }
        .filters-button { display: inline-flex; align-items: center; }
        .filters { display: none; }
        .filters.open {
          display: block; position: fixed; z-index: 40; top: 0; bottom: 0; left: 0; width: min(22rem, 90vw);
          box-shadow: 0 0 0 100vmax rgb(0 0 0 / 0.35);
        }
        .close-filters { display: inline-flex; align-items: center; }
        .timebar, .toolstrip { padding: 0.4rem 0.75rem; }
        .stage { flex: none; height: max(16rem, 88vh); }
        .panel {
          position: fixed; z-index: 30; left: 0; right: 0; bottom: 0; width: auto; height: 50vh;
          border-left: none; border-top: 2px solid var(--ui-line); border-radius: 12px 12px 0 0;
          box-shadow: 0 -6px 24px rgb(0 0 0 / 0.2); padding: 0.5rem 0.9rem 1rem;
        }
        :host([sheet]) { padding-bottom: 50vh; }
        :host([sheet]) .stage { height: 50vh; }
      }
    `,
  ];

  override render() {
    const { graph, problems } = this.loaded;
    if (!graph || !this.app) {
      return html`<header><div class="brand"><h1>Allegiance</h1><span class="sub">data problems</span></div></header>
        <data-problems style="grid-column: 1 / -1" .problems=${problems}></data-problems>`;
    }
    const { state } = this;
    const view = this.view!;
    const shows = state.notes ? 'notes' : state.list ? 'list' : 'graph';
    return html`<a class="skip" href="#graph" @click=${this.skipToGraph}>Skip to graph</a>
      <header>
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
          <p class="summary">${this.summary(view)}</p>
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

  private summary(view: VisibleView): string {
    const graph = this.app!.graph;
    const nodes = view.visibleNodes?.size ?? graph.order;
    const edges = view.visibleEdges?.size ?? graph.size;
    const when = this.state.year === null ? 'across all years' : `in ${this.state.year}`;
    return `${nodes} of ${graph.order} entities and ${edges} of ${graph.size} relations in view ${when}.`;
  }

  private panel(view: VisibleView) {
    const { graph, notes } = this.app!;
    if (this.state.tool !== null) {
      return html`<tool-panel .graph=${graph} .period=${this.app!.period} .state=${this.state} .data=${this.tools}></tool-panel>`;
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
      const blob = await canvas.exportPng();
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = `allegiance-${viewName(this.state)}.png`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (err) {
      this.notice = `The picture could not be made: ${err instanceof Error ? err.message : String(err)}`;
    }
  }

  private async copyLink(): Promise<void> {
    const href = location.href;
    try {
      await navigator.clipboard.writeText(href);
      this.notice = 'Link copied: it opens this same view.';
    } catch {
      this.notice = `Copy this link to share the view: ${href}`;
    }
  }
}
customElements.define('allegiance-app', AllegianceApp);

declare global {
  interface HTMLElementTagNameMap {
    'allegiance-app': AllegianceApp;
  }
}
