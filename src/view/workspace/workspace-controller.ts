/** A reactive controller that gives an element the saved work: opens it at start-up, saves settings, tracks save state and notices. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SettingsData, StorageNotice, WorkRecord } from '../../app/workspace';
import type { Workspace } from '../../platform/storage/workspace';
import type { SaveState } from './save-status';
import './save-status'; // the elements that show its state: <save-status>, <storage-notices>
import './storage-notices';

/**
 * Listens on its host for the saved-work events that bubble up from inside it: `legend-toggle` (saved as a setting),
 * `save-retry`, `backup-export`, `storage-notice-dismiss` and `workspace-imported`.
 */
type SavedWork = typeof import('./saved-work');

export class WorkspaceController implements ReactiveController {
  workspace: Workspace | undefined;
  /** The saved-work code, loaded on start (not part of the first load). */
  private lib: SavedWork | undefined;
  settings: SettingsData = {};
  saveState: SaveState = 'idle';
  saveReason = '';
  notices: readonly StorageNotice[] = [];
  private lastRecord: WorkRecord | undefined;
  private readonly onNotices = () => {
    this.notices = this.workspace?.notices ?? [];
    this.host.requestUpdate();
  };

  constructor(private readonly host: ReactiveControllerHost & HTMLElement, private readonly open: (lib: SavedWork) => Promise<Workspace> = (lib) => lib.Workspace.open()) {
    host.addController(this);
    host.addEventListener('legend-toggle', (e) => void this.saveSettings({ legendOpen: e.detail.open }));
    host.addEventListener('save-retry', () => void this.retry());
    host.addEventListener('backup-export', () => void this.exportBackup());
    host.addEventListener('storage-notice-dismiss', (e) => this.dismissNotice(e.detail.id));
    host.addEventListener('workspace-imported', () => void this.reload());
  }

  /** Resolves once the saved work is open and the settings are read (on failure, with a memory store and a notice). */
  readonly ready: Promise<void> = Promise.resolve().then(() => this.start());

  private async start(): Promise<void> {
    const lib = await import('./saved-work');
    const ws = await this.open(lib);
    [this.lib, this.workspace] = [lib, ws];
    ws.addEventListener('notices', this.onNotices);
    // Start-up check: every record is read once, so any damage is reported now rather than when a feature opens it.
    this.settings = lib.settingsFrom(await ws.loadAll());
    this.onNotices();
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.workspace?.removeEventListener('notices', this.onNotices);
  }

  /** Change some settings and save them (read back and confirmed). */
  async saveSettings(patch: SettingsData): Promise<void> {
    await this.ready;
    this.settings = { ...this.settings, ...patch };
    if (this.lib) await this.save(this.lib.settingsRecord(this.settings, new Date().toISOString()));
  }

  /** Save a record, showing Saving… then Saved or Not saved with the reason. */
  async save(record: WorkRecord): Promise<void> {
    const ws = this.workspace;
    if (!ws) return;
    this.lastRecord = record;
    this.saveState = 'saving';
    this.host.requestUpdate();
    const result = await ws.save(record);
    [this.saveState, this.saveReason] = result.status === 'saved' ? ['saved', ''] : ['not-saved', result.reason];
    this.host.requestUpdate();
  }

  /** Try the last failed save again. */
  async retry(): Promise<void> {
    if (this.lastRecord) await this.save(this.lastRecord);
  }

  dismissNotice(id: string): void {
    this.workspace?.dismissNotice(id);
  }

  /** Download everything (saved, kept in memory and quarantined) as one backup file. */
  async exportBackup(): Promise<void> {
    const [ws, lib] = [this.workspace, this.lib];
    if (!ws || !lib) return;
    const backup = await ws.exportBackup();
    lib.downloadText(lib.backupText(backup), lib.backupFileName(backup.exportedAt), 'application/json');
  }

  /** Re-read the settings after an import. */
  async reload(): Promise<void> {
    if (!this.workspace || !this.lib) return;
    this.settings = this.lib.settingsFrom(await this.workspace.loadAll('settings'));
    this.host.requestUpdate();
  }
}
