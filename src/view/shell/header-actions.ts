/**
 * A reactive controller for the toolbar: Graph / List / Notes, Re-arrange, Fit, and the actions that reach
 * outside the page: Export PNG (a download), Copy link (the clipboard) and Backup (its dialog's code loads on
 * first use). Failures become a notice.
 */
import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { pngCaption } from '../../app/shell/png-caption';
import { viewName, type ViewState } from '../../app/shell/view-state';
import { copyText, downloadBlob } from '../../platform';
import type { GraphCanvas } from '../canvas/graph-canvas';

export interface HeaderActionsHost extends ReactiveControllerHost {
  showNotice(message: string): void;
  readonly canvas: GraphCanvas | null;
  change(change: Partial<ViewState>): boolean;
}

export class HeaderActionsController implements ReactiveController {
  /** Whether the backup dialog's code is loaded, and whether it is open. */
  backupLoaded = false;
  backupOpen = false;

  constructor(private readonly host: HeaderActionsHost & HTMLElement) {
    host.addController(this);
    host.addEventListener('backup-dialog-close', () => {
      this.backupOpen = false;
      host.requestUpdate();
    });
  }

  hostConnected(): void {}

  /**
   * The toolbar for the view in `state`, with the features' own toggles (`extra`: Plan…) and, below 900 px, the
   * button that opens the filters drawer (`drawer`) at its end.
   */
  toolbar(state: ViewState, extra: unknown = '', drawer?: { filtersOpen: boolean; setFiltersOpen(open: boolean): void }) {
    const { host } = this;
    const shows = state.notes ? 'notes' : state.list ? 'list' : 'graph';
    const pressed = (what: string) => (shows === what ? 'true' : 'false');
    return html`<div class="tools" role="toolbar" aria-label="View and export">
      <span class="seg" role="group" aria-label="Show as">
        <button type="button" aria-pressed=${pressed('graph')} @click=${() => host.change({ list: false, notes: false })}>Graph</button>
        <button type="button" aria-pressed=${pressed('list')} @click=${() => host.change({ list: true, notes: false })}>List</button>
        <button type="button" aria-pressed=${pressed('notes')} @click=${() => host.change({ notes: true, list: false })}>Notes</button>
      </span>
      <button type="button" ?disabled=${shows !== 'graph'} @click=${() => void host.canvas?.rearrange?.()}>Re-arrange</button>
      <button type="button" ?disabled=${shows !== 'graph'} @click=${() => host.canvas?.fit?.()}>Fit</button>
      <button type="button" @click=${() => void this.exportPng(state)}>Export PNG</button>
      <button type="button" @click=${() => void this.copyLink()}>Copy link</button>
      <button type="button" aria-haspopup="dialog" @click=${() => void this.openBackup()}>Backup</button>
      ${extra}
      ${drawer
        ? html`<button type="button" class="filters-button" aria-expanded=${drawer.filtersOpen ? 'true' : 'false'} aria-controls="filters" @click=${() => drawer.setFiltersOpen(!drawer.filtersOpen)}>Filters</button>`
        : ''}
    </div>`;
  }

  /** Download the drawn graph as a PNG named after the view, captioned with the notes' title, the year and the filters. */
  async exportPng(state: ViewState): Promise<void> {
    const canvas = this.host.canvas;
    if (!canvas || typeof canvas.exportPng !== 'function') {
      this.host.showNotice('Export is not available: the graph is not drawn yet.');
      return;
    }
    try {
      const caption = canvas.graph ? pngCaption(canvas.graph, state) : [];
      downloadBlob(await canvas.exportPng(caption), `allegiance-${viewName(state)}.png`);
    } catch (err) {
      this.host.showNotice(`The picture could not be made: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  async openBackup(): Promise<void> {
    try {
      await import('../workspace/backup-dialog');
      [this.backupLoaded, this.backupOpen] = [true, true];
      this.host.requestUpdate();
    } catch {
      this.host.showNotice('The backup could not be loaded. Reload the page to try again.');
    }
  }

  async copyLink(): Promise<void> {
    const href = location.href;
    this.host.showNotice((await copyText(href)) ? 'Link copied: it opens this same view.' : `Copy this link to share the view: ${href}`);
  }
}
