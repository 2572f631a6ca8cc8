/**
 * <allegiance-app>: the top element. It composes, and only composes: search, year, filters, canvas, list or notes,
 * panels, tools, planner, classroom, or the data's problems. Controllers beside it do the rest: URL, focus, emphasis,
 * lazy loading, toolbar (HeaderActionsController), welcome, narrow layout (drawer, sheet, skip link), the Notes view's
 * data, planner, storylines and lessons (StoryController), theme and play (ClassroomController), dataset and the header's Dataset menu (DatasetController, <dataset-menu>), saved work (WorkspaceController).
 */
import { LitElement, html } from 'lit';
import data from 'virtual:allegiance-data';
import { prepareExplorer, type ExplorerData } from '../../app/shell/explorer-data';
import { builtInDataset, type ShownDataset } from '../../app/datasets/shown-dataset';
import { restYear } from '../../app/explorer/rest-year';
import { pageTitle, viewSummary } from '../../app/shell/page-text';
import { rendererSetting } from '../../app/canvas/renderer-choice';
import { withEmphasis } from '../../app/explorer/emphasis';
import { timelineViewMemo } from '../../app/panels/timeline-view';
import type { ToolState } from '../../app/tracing/tool-state';
import { TOOL_LABELS, toolDeriver, tracingYear, type ToolData } from '../../app/tracing/tool-view';
import { DEFAULT_STATE, type ViewState } from '../../app/shell/view-state';
import { visibleView, type VisibleView } from '../../app/explorer/visible';
import './welcome-note';
import './app-notice';
import './data-problems';
import { DatasetController } from '../datasets/dataset-controller';
import { AuthoringController } from '../authoring/authoring-controller';
import { PlannerController } from './planner-controller';
import { StoryController } from './story-controller';
import { WorkspaceDatasetStore } from '../../platform/datasets/workspace-dataset-store';
import '../datasets/dataset-menu';
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
import { HeaderActionsController } from './header-actions';
import { ListController } from './list-controller';
import { sidePanel } from './side-panel';
import { filtersAside } from './filters-aside';
import { problemsPage } from './problems-page';
import { NarrowLayoutController } from './narrow-layout-controller';
import { NotesController } from './notes-controller';
import { WelcomeController } from './welcome-controller';
import { ClassroomController } from './classroom-controller';
import { WorkspaceController } from '../workspace/workspace-controller';

export class AllegianceApp extends LitElement {
  static override properties = {
    state: { state: true },
    notice: { state: true },
  };
  declare state: ViewState;
  declare notice: string;
  /** The user's saved work (settings today): opened at start-up, notices shown, the Key's state remembered. */
  private readonly saved = new WorkspaceController(this);
  private readonly actions = new HeaderActionsController(this); // the toolbar: Export PNG, Copy link, Backup…
  private readonly planner = new PlannerController(this); // the essay planner beside the graph (`plan=` in the URL)
  private readonly lists = new ListController(this); // the List view: rows, filter, quotes, exports
  private readonly stories = new StoryController(this, () => this.saved.ready.then(() => this.saved.workspace)); // Present, lessons
  /** Which dataset is shown (built in, picked, saved in the workspace) and opening another: see DatasetController. */
  private readonly datasets = new DatasetController(this, builtInDataset(data), new WorkspaceDatasetStore(() => this.saved.ready.then(() => this.saved.workspace)));
  private shownData!: ShownDataset;
  private app: ExplorerData | null = null;
  private view: VisibleView | null = null;
  /** What the open tool shows and asks of the canvas (see tool-view.ts), derived with the view. */
  private tools: ToolData | null = null;
  private deriveTools: ReturnType<typeof toolDeriver> | null = null;
  private readonly timelineOf = timelineViewMemo();
  private readonly history: UrlHistoryController;
  private readonly focusing = new FocusController(this, {
    isOpen: () => this.state.selected !== null || this.state.edge !== null || this.state.tool !== null,
    close: () => this.closePanel(),
  });
  private readonly emphasis = new EmphasisController(this);
  private readonly welcome = new WelcomeController(this);
  private readonly narrow = new NarrowLayoutController(this);
  private readonly reading = new NotesController(this, () => this.app?.graph ?? null, () => this.shownData.fullNotes);
  private readonly classroom = new ClassroomController(this, this.saved, () => this.app?.period ?? null); // High contrast; shaped play
  private readonly authoring = new AuthoringController(this, { datasets: this.datasets, graph: () => this.app?.graph ?? null, notes: () => this.reading.notes, shown: () => this.shownData }); // Notes-view edits, undo, zip export

  constructor() {
    super();
    this.state = DEFAULT_STATE;
    this.notice = '';
    this.useDataset(this.datasets.shown);
    // A `?ds=` link: the controller opens that dataset, and its view is read from the URL once it is shown.
    this.history = new UrlHistoryController(this, this.app, () => this.datasets.urlWantsAnother);
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
    // A link that opens on a betrayal or a path: bring it into view once the graph is drawn.
    this.addEventListener('graph-drawn', () => this.emphasis.bringIntoView(false));
  }

  /** Switch to another dataset: everything derived from its graph is derived again. */
  private useDataset(shown: ShownDataset): void {
    this.shownData = shown;
    const graph = shown.loaded.graph;
    this.app = graph ? prepareExplorer(graph, shown.notes) : null;
    this.deriveTools = this.app ? toolDeriver(this.app.graph, this.app.notes) : null;
    this.view = null;
    this.tools = null;
    this.reading?.reset();
  }

  /** DatasetHost: another dataset is shown (its URL already written); its view is read from the URL. */
  showDataset(shown: ShownDataset): void {
    this.useDataset(shown);
    this.state = DEFAULT_STATE;
    this.history.useApp(this.app);
    this.requestUpdate();
  }

  /** DatasetHost: something to tell the user. */
  showNotice(message: string): void {
    this.notice = message;
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
  }

  override updated(changed: Map<string, unknown>): void {
    if (changed.has('state') && this.app) document.title = pageTitle(this.app.graph, this.state);
  }

  /** The canvas element (for the toolbar's actions). */
  get canvas(): GraphCanvas | null {
    return this.renderRoot.querySelector('graph-canvas');
  }

  static override styles = [uiStyles, appStyles];

  override render() {
    const { graph, problems } = this.shownData.loaded;
    if (!graph || !this.app) return problemsPage(problems, this.shownData.id !== null, this.notice, this.datasetControl(false), () => this.datasets.showBuiltIn());
    const { state, narrow } = this;
    const view = this.view!;
    const shows = state.notes ? 'notes' : state.list ? 'list' : 'graph';
    return html`<header>
        <button type="button" class="skip" @click=${narrow.skipToGraph}>Skip to graph</button>
        <div class="brand">
          <h1>Allegiance</h1>
          <span class="sub">${graph.getAttribute('notesTitle')} · ${graph.order} entities · ${graph.size} relations</span>
        </div>
        ${this.datasetControl(true)}
        <entity-search with-notes .graph=${graph} .loadNotes=${this.reading.load}></entity-search>
        <button type="button" class="help" aria-expanded=${this.welcome.shown ? 'true' : 'false'} @click=${() => this.welcome.toggle()}>Help</button>
        <save-status .state=${this.saved.saveState} .reason=${this.saved.saveReason}></save-status>
      </header>
      <div class="notices">
        <app-notice .message=${this.notice}></app-notice>
        <storage-notices .notices=${this.saved.notices}></storage-notices>
      </div>
      ${this.actions.backupLoaded ? html`<backup-dialog .open=${this.actions.backupOpen} .workspace=${this.saved.workspace}></backup-dialog>` : ''}
      <main tabindex="-1" aria-label="Graph and relations">
        <div class="timebar">
          <year-slider .from=${this.app.period.from} .to=${this.app.period.to} .year=${state.year} .rest=${restYear(graph, view.selectedNode)} .mode=${state.yearMode} .play=${this.classroom.play} .pauseAt=${this.classroom.pauseAt} .stories=${this.classroom.stories}></year-slider>
          <p class="summary">${viewSummary(graph, view, state.year)}</p>
        </div>
        <div class="toolstrip">
          <tool-bar .tool=${state.tool}></tool-bar>
          ${this.actions.toolbar(state, [this.planner.button(), this.stories.buttons(), this.classroom.controls()], narrow)}
        </div>
        <div class="stage" id="graph">
          <graph-canvas class=${shows !== 'graph' ? 'under' : ''} .legendOpen=${this.saved.settings.legendOpen} .graph=${graph} .positions=${this.shownData.positions} .view=${view} .theme=${this.classroom.canvasTheme} .renderer=${rendererSetting(location.search)}></graph-canvas>
          ${shows === 'notes'
            ? html`<notes-view .notes=${this.reading.notes} .links=${this.reading.linkMap()} .slide=${state.slide} .mark=${state.mark} .selected=${state.selected} .labels=${this.reading.labelFor}></notes-view>`
            : shows === 'list'
              ? this.lists.render(this.app, state, view)
              : ''}
          ${this.welcome.shown ? html`<welcome-note .notesTitle=${graph.getAttribute('notesTitle') ?? ''}></welcome-note>` : ''}
        </div>
      </main>
      <aside class="panel ${state.tool !== null ? 'wide' : ''}" aria-label=${state.tool !== null ? TOOL_LABELS[state.tool] : 'Details'}>${sidePanel(this.app, state, view, this.tools, this.timelineOf)}</aside>
      ${filtersAside(this.app, state, view, narrow)}
      ${this.planner.column(graph, this.app.notes, this.shownData.notes, this.saved.workspace, this.shownData.id === null)}${this.stories.render({ graph, notes: this.shownData.notes, positions: this.shownData.positions, builtIn: this.shownData.id === null })}`;
  }

  private datasetControl(exportable: boolean) {
    const { shown, saved, status, progress } = this.datasets;
    return html`<dataset-menu .label=${shown.label} .currentId=${shown.id} .saved=${saved} .status=${status} .progress=${progress} ?exportable=${exportable} .undo=${this.authoring.undoSummary}></dataset-menu>${this.datasets.importer.render()}${this.authoring.dialog()}`;
  }
}
customElements.define('allegiance-app', AllegianceApp);

declare global {
  interface HTMLElementTagNameMap {
    'allegiance-app': AllegianceApp;
  }
}
