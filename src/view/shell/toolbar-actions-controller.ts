/**
 * The toolbar's actions that reach outside the page: Export PNG (a download), Copy link (the clipboard) and
 * Backup (the backup dialog, its code loaded on first use). Outcomes and failures become the host's notice.
 * Listens on its host for `backup-dialog-close`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { viewName, type ViewState } from '../../app/shell/view-state';
import { copyText, downloadBlob } from '../../platform';
import type { GraphCanvas } from '../canvas/graph-canvas';

type Host = ReactiveControllerHost & HTMLElement & {
  readonly state: ViewState;
  readonly canvas: GraphCanvas | null;
  notice: string;
};

export class ToolbarActionsController implements ReactiveController {
  /** The backup dialog's code is loaded (it is rendered from then on). */
  backupLoaded = false;
  /** The backup dialog is open. */
  backupOpen = false;

  constructor(private readonly host: Host) {
    host.addController(this);
    host.addEventListener('backup-dialog-close', () => {
      this.backupOpen = false;
      host.requestUpdate();
    });
  }

  hostConnected(): void {}

  readonly exportPng = async (): Promise<void> => {
    const canvas = this.host.canvas;
    if (!canvas || typeof canvas.exportPng !== 'function') {
      this.host.notice = 'Export is not available: the graph is not drawn yet.';
      return;
    }
    try {
      downloadBlob(await canvas.exportPng(), `allegiance-${viewName(this.host.state)}.png`);
    } catch (err) {
      this.host.notice = `The picture could not be made: ${err instanceof Error ? err.message : String(err)}`;
    }
  };

  readonly openBackup = async (): Promise<void> => {
    try {
      await import('../workspace/backup-dialog');
      [this.backupLoaded, this.backupOpen] = [true, true];
      this.host.requestUpdate();
    } catch {
      this.host.notice = 'The backup could not be loaded. Reload the page to try again.';
    }
  };

  readonly copyLink = async (): Promise<void> => {
    const href = location.href;
    this.host.notice = (await copyText(href)) ? 'Link copied: it opens this same view.' : `Copy this link to share the view: ${href}`;
  };
}
