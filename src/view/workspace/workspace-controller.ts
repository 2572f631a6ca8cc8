/** A reactive controller that gives an element the saved work: opens it at start-up, saves settings, tracks save state and notices. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { backupFileName, backupText, settingsFrom, settingsRecord, type SettingsData, type StorageNotice, type WorkRecord } from '../../app/workspace';
import { downloadText } from '../../platform/download';
import { Workspace } from '../../platform/storage/workspace';
import type { SaveState } from './save-status';

export class WorkspaceController implements ReactiveController {
  workspace: Workspace | undefined;
  settings: SettingsData = {};
  saveState: SaveState = 'idle';
  saveReason = '';
  notices: readonly StorageNotice[] = [];
  private lastRecord: WorkRecord | undefined;
  private readonly onNotices = () => {
    this.notices = this.workspace?.notices ?? [];
    this.host.requestUpdate();
  };

  constructor(private readonly host: ReactiveControllerHost, private readonly open: () => Promise<Workspace> = () => Workspace.open()) {
    host.addController(this);
  }

  /** Resolves once the saved work is open and the settings are read (on failure, with a memory store and a notice). */
  readonly ready: Promise<void> = Promise.resolve().then(() => this.start());

  private async start(): Promise<void> {
    const ws = await this.open();
    this.workspace = ws;
    ws.addEventListener('notices', this.onNotices);
    // Start-up check: every record is read once, so any damage is reported now rather than when a feature opens it.
    const records = await ws.loadAll();
    this.settings = settingsFrom(records);
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
    await this.save(settingsRecord(this.settings, new Date().toISOString()));
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
    const ws = this.workspace;
    if (!ws) return;
    const backup = await ws.exportBackup();
    downloadText(backupFileName(backup.exportedAt), backupText(backup), 'application/json');
  }

  /** Re-read the settings after an import. */
  async reload(): Promise<void> {
    if (!this.workspace) return;
    this.settings = settingsFrom(await this.workspace.loadAll('settings'));
    this.host.requestUpdate();
  }
}
