/**
 * "Import notes" (an action of the header's Dataset menu, which sends `notes-import-open`). Its dialog, the review
 * queue and the import engine are one lazily loaded chunk, requested only when the action is first used; the dataset it creates is opened by
 * the DatasetController (saved in the browser, checked by the pipeline worker, laid out by the layout worker).
 */
import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { KnownName } from '../../model/import/suggest-entities';
import type { ImportDecisionStore } from '../../platform/datasets/import-decision-store';

export interface ImportHost extends ReactiveControllerHost, HTMLElement {
  showNotice(message: string): void;
}

export class ImportController implements ReactiveController {
  /** Whether the dialog's code is loaded, and whether it is open. */
  loaded = false;
  open = false;

  constructor(
    private readonly host: ImportHost,
    private readonly decisions: ImportDecisionStore,
    /** Save, check, lay out and open the dataset made from an import. */
    private readonly openDataset: (name: string, files: { path: string; text: string }[]) => Promise<void>,
    /** The dataset shown now, by name, with its entities' names: offered to the engine as known names. */
    private readonly knownNames: () => { label: string; names: KnownName[] } | null = () => null,
  ) {
    host.addController(this);
    host.addEventListener('notes-import-open', () => void this.show());
    host.addEventListener('notes-import-close', () => this.setOpen(false));
    host.addEventListener('notes-import-create', (e) => {
      this.setOpen(false);
      const { skipped } = e.detail;
      void this.openDataset(e.detail.name, e.detail.files).then(() => {
        if (skipped.length) host.showNotice(`Created from your notes. Left out, as the checks would refuse them: ${skipped.length} (${[...new Set(skipped)].slice(0, 3).join('; ')}).`);
      });
    });
  }

  hostConnected(): void {}

  private setOpen(open: boolean): void {
    this.open = open;
    this.host.requestUpdate();
  }

  /** Load the dialog's chunk (first use only) and open it. */
  async show(): Promise<void> {
    try {
      await import('../import/notes-import-dialog');
      this.loaded = true;
      this.setOpen(true);
    } catch {
      this.host.showNotice('Import could not be loaded. Reload the page to try again.');
    }
  }

  /** The dialog, once its chunk is loaded. */
  render() {
    return html`${this.loaded ? html`<notes-import-dialog .open=${this.open} .decisions=${this.decisions} .known=${this.open ? this.knownNames() : null}></notes-import-dialog>` : ''}`;
  }
}
