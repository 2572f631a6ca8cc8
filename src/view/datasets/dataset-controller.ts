/**
 * A Lit reactive controller that owns which dataset the app shows: the built-in notes, files or a folder the user
 * picked, or a dataset saved in the browser. It reads picked files, saves them, runs the pipeline and the layout
 * in Web Workers (the page stays responsive), keeps `?ds=` in the URL, and follows back/forward.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { datasetId } from '../../app/datasets/dataset-id';
import type { DatasetRecord, DatasetStore, DatasetSummary } from '../../platform/datasets/dataset-store';
import { datasetParam, searchForDataset, withoutDataset } from '../../app/datasets/dataset-url';
import { isDataFile, pickLimitProblem } from '../../app/datasets/pick-limits';
import { type PickedFile, rawFromFiles } from '../../app/datasets/raw-from-files';
import { type ShownDataset, runtimeDataset } from '../../app/datasets/shown-dataset';
import { layoutInput } from '../../layout/layout-input';
import { ImportDecisionStore } from '../../platform/datasets/import-decision-store';
import { MemoryDatasetStore } from '../../platform/datasets/memory-dataset-store';
import { WorkspaceDatasetStore } from '../../platform/datasets/workspace-dataset-store';
import { ImportController } from './import-controller';
import { runLayoutInWorker } from '../../platform/workers/run-layout';
import { type PipelineOutput, type PipelineStage, runPipelineInWorker } from '../../platform/workers/run-pipeline';

/** The element the controller serves: it is told when another dataset is shown, and of anything worth a notice. */
export interface DatasetHost extends ReactiveControllerHost, HTMLElement {
  showDataset(shown: ShownDataset): void;
  showNotice(message: string): void;
}

export type HistoryMode = 'push' | 'replace' | 'none';

const STAGES: Record<PipelineStage, string> = { validating: 'Checking the data…', building: 'Building the graph…', packing: 'Preparing the view…' };

export class DatasetController implements ReactiveController {
  /** The dataset shown now. */
  shown: ShownDataset;
  /** What is under way, for a status line ("Checking the data…"); '' when idle. */
  status = '';
  /** How far the layout has got (0–1) while it runs, else null: <dataset-open> shows it as a progress bar. */
  progress: number | null = null;
  /** The datasets saved in this browser. */
  saved: DatasetSummary[] = [];
  /** The "Import notes" control and its dialog (ImportController); what it creates opens here. */
  readonly importer: ImportController;
  private run = 0;

  constructor(
    private readonly host: DatasetHost,
    private readonly builtIn: ShownDataset,
    private readonly store: DatasetStore = new MemoryDatasetStore(),
  ) {
    this.shown = builtIn;
    host.addController(this);
    const decisions = new ImportDecisionStore(store instanceof WorkspaceDatasetStore ? store.workspace : async () => undefined);
    this.importer = new ImportController(host, decisions, (name, files) => this.openRecord({ id: datasetId(files), name, files, savedAt: new Date().toISOString() }), () => {
      const graph = this.shown.loaded.graph;
      return graph ? { label: this.shown.label, names: graph.mapNodes((_, a) => ({ label: a.label, aliases: a.aliases, kind: a.kind })) } : null;
    });
    // From <dataset-open> inside the host.
    host.addEventListener('dataset-files', (e) => void this.openFiles(e.detail.files));
    host.addEventListener('dataset-choose', (e) => (e.detail.id === null ? this.showBuiltIn() : void this.openSaved(e.detail.id)));
  }

  /** Whether the URL names a dataset other than the one shown (the host then waits for it). */
  get urlWantsAnother(): boolean {
    return datasetParam(location.search) !== this.shown.id;
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.onPopState);
    void this.refreshSaved();
    if (this.urlWantsAnother) void this.follow(datasetParam(location.search));
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPopState);
  }

  private readonly onPopState = () => {
    if (this.urlWantsAnother) void this.follow(datasetParam(location.search));
  };

  /** Show what the URL names (back/forward, or the page opened on a `?ds=` link). */
  private async follow(id: string | null): Promise<void> {
    if (id === null) this.showBuiltIn('none');
    else await this.openSaved(id, 'none');
  }

  /** Back to the built-in notes. */
  showBuiltIn(history: HistoryMode = 'push'): void {
    this.run++;
    this.progress = null;
    this.setStatus('');
    this.show(this.builtIn, history);
  }

  /** Open files or a folder the user picked: read, save in the browser, validate and build, lay out, show. */
  async openFiles(files: readonly File[]): Promise<void> {
    if (files.length === 0) return;
    const run = ++this.run;
    this.setStatus(`Reading ${files.length} file${files.length === 1 ? '' : 's'}…`);
    let picked: PickedFile[];
    // Sizes and counts are checked from File.size first: a refused folder costs no read. Only data files are read.
    const refused = pickLimitProblem(files.map((f) => ({ path: f.webkitRelativePath || f.name, size: f.size })));
    if (refused) return this.fail(run, refused);
    try {
      picked = await Promise.all(files.map(async (f) => ({ path: f.webkitRelativePath || f.name, text: isDataFile(f.webkitRelativePath || f.name) ? await f.text() : '' })));
    } catch (err) {
      return this.fail(run, `The files could not be read: ${message(err)}`);
    }
    if (run !== this.run) return;
    const placed = rawFromFiles(picked);
    if (placed.ignored.length) this.host.showNotice(`Not part of a dataset, so left out: ${placed.ignored.slice(0, 5).join(', ')}${placed.ignored.length > 5 ? ` and ${placed.ignored.length - 5} more` : ''}.`);
    await this.openRecord({ id: datasetId(picked), name: placed.name, files: picked, savedAt: new Date().toISOString() }, run);
  }

  /** Save a dataset in the browser (a failure to save is a notice: it is still opened), then check, lay out and show it. */
  async openRecord(record: DatasetRecord, run = ++this.run): Promise<void> {
    try {
      await this.store.put(record);
      await this.refreshSaved();
    } catch (err) {
      this.host.showNotice(`The dataset is opened but could not be saved in this browser (${message(err)}): it will be gone when the page closes.`);
    }
    if (run === this.run) await this.load(run, record, 'push');
  }

  /** Open a dataset saved in the browser by its id. An unknown id: a notice, and the built-in notes. */
  async openSaved(id: string, history: HistoryMode = 'push'): Promise<void> {
    const run = ++this.run;
    this.setStatus('Opening the saved dataset…');
    let record: DatasetRecord | null;
    try {
      record = await this.store.get(id);
    } catch (err) {
      return this.fail(run, `The saved dataset could not be read: ${message(err)}`);
    }
    if (run !== this.run) return;
    if (!record) {
      this.setStatus('');
      this.host.showNotice(`No dataset “${id.slice(0, 40)}” is saved in this browser, so the built-in notes are shown.`);
      this.shown = this.builtIn;
      if (history === 'push') this.writeUrl(searchForDataset(null), 'push');
      else this.writeUrl(withoutDataset(location.search), 'replace');
      this.host.showDataset(this.builtIn);
      return;
    }
    await this.load(run, record, history);
  }

  private async load(run: number, record: DatasetRecord, history: HistoryMode): Promise<void> {
    try {
      const output = await runPipelineInWorker(rawFromFiles(record.files).raw, (stage) => run === this.run && this.setStatus(STAGES[stage]));
      if (run !== this.run) return;
      await this.present(run, record, output, history);
    } catch (err) {
      this.fail(run, `The dataset could not be opened: ${message(err)}. The data shown has not changed.`);
    }
  }

  /** Lay out (in the worker) and show a dataset whose pipeline output is known. */
  private async present(run: number, record: DatasetRecord, output: PipelineOutput, history: HistoryMode): Promise<void> {
    let shown = runtimeDataset(record.id, record.name, output, rawFromFiles(record.files).problems);
    const graph = shown.loaded.graph;
    if (graph) {
      const laying = `Laying out ${graph.order.toLocaleString('en-GB')} entities…`;
      this.setStatus(laying);
      const { positions } = await runLayoutInWorker(layoutInput(graph), ({ done, total }) => {
        if (run !== this.run) return;
        const share = total > 0 ? done / total : 0;
        // The live region is told in steps of 10%, so a screen reader is not flooded.
        this.progress = share;
        this.setStatus(`${laying} ${Math.floor(share * 10) * 10}%`);
      });
      this.progress = null;
      if (run !== this.run) return;
      shown = { ...shown, positions };
    }
    this.setStatus('');
    this.show(shown, history);
  }

  /** The saved files of a dataset (null: none saved by that id). */
  async record(id: string): Promise<DatasetRecord | null> {
    return this.store.get(id);
  }

  /**
   * Save an edited dataset (its pipeline output already checked by the caller) and show it, laid out afresh.
   * A refused save keeps it shown, with a notice. Resolves once it is shown.
   */
  async commit(record: DatasetRecord, output: PipelineOutput, history: HistoryMode): Promise<void> {
    const run = ++this.run;
    try {
      await this.store.put(record);
      await this.refreshSaved();
    } catch (err) {
      this.host.showNotice(`The edit is shown but could not be saved in this browser (${message(err)}): export the dataset (.zip) to keep it.`);
    }
    try {
      await this.present(run, record, output, history);
    } catch (err) {
      this.fail(run, `The edited dataset could not be shown: ${message(err)}.`);
    }
  }

  private show(shown: ShownDataset, history: HistoryMode): void {
    this.shown = shown;
    if (history !== 'none') this.writeUrl(searchForDataset(shown.id), history);
    this.host.showDataset(shown);
  }

  private writeUrl(search: string, history: Exclude<HistoryMode, 'none'>): void {
    const url = `${location.pathname}${search}${location.hash}`;
    if (history === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(window.history.state, '', url);
  }

  private fail(run: number, text: string): void {
    if (run !== this.run) return;
    this.progress = null;
    this.setStatus('');
    this.host.showNotice(text);
  }

  private setStatus(status: string): void {
    this.status = status;
    this.host.requestUpdate();
  }

  private async refreshSaved(): Promise<void> {
    try {
      this.saved = await this.store.list();
      this.host.requestUpdate();
    } catch {
      this.saved = [];
    }
  }
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
