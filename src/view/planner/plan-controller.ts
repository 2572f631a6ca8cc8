/**
 * A reactive controller holding the essay plans: loads them, autosaves the open one (debounced, read back), create,
 * rename, duplicate, delete with undo. It opens nothing itself: it uses the shell's Workspace (one connection, one
 * set of storage notices), handed over with `use` once the shell has opened it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { duplicatePlan, emptyPlan, freshId, planRecord, planTitle, type PlanRecord } from '../../app/planner/plan';
import type { PlanData } from '../../app/planner/plan-schema';
import type { Workspace } from '../../platform/storage/workspace';
import type { SaveState } from '../workspace/save-status';

/** How long typing may pause before the plan is saved. */
export const AUTOSAVE_MS = 600;

export class PlanController implements ReactiveController {
  workspace: Workspace | undefined;
  plans: PlanRecord[] = [];
  saveState: SaveState = 'idle';
  saveReason = '';
  /** The last deleted plan, until undone or replaced. */
  deleted: PlanRecord | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private dirty: PlanRecord | null = null;
  private readonly flushNow = () => void this.flush();
  private started!: () => void;
  /** Resolves once a workspace was given and the plans are read. */
  readonly ready: Promise<void> = new Promise((resolve) => (this.started = resolve));

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Use the shell's workspace (the first one given; later calls with the same one do nothing). */
  async use(ws: Workspace | undefined): Promise<void> {
    if (!ws || this.workspace) return;
    this.workspace = ws;
    await this.reload();
    this.started();
  }

  /** Read the plans again (after a backup was imported). */
  async reload(): Promise<void> {
    if (!this.workspace) return;
    this.plans = ((await this.workspace.loadAll('plan')) as PlanRecord[]).sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1));
    this.host.requestUpdate();
  }

  hostConnected(): void {
    addEventListener('pagehide', this.flushNow);
    document.addEventListener('visibilitychange', this.flushNow);
  }

  hostDisconnected(): void {
    removeEventListener('pagehide', this.flushNow);
    document.removeEventListener('visibilitychange', this.flushNow);
    void this.flush();
  }

  byId(id: string | null): PlanRecord | null {
    return this.plans.find((p) => p.id === id) ?? null;
  }

  private now(): string {
    return new Date().toISOString();
  }

  private put(r: PlanRecord): void {
    this.plans = [r, ...this.plans.filter((p) => p.id !== r.id)];
    this.host.requestUpdate();
  }

  /** A new plan, saved at once; returns its id. */
  async create(data: PlanData = emptyPlan(), title?: string): Promise<string> {
    await this.ready;
    const r = planRecord(freshId('plan-', this.plans.map((p) => p.id)), data, this.now(), title);
    this.put(r);
    await this.save(r);
    return r.id;
  }

  /** Change a plan's data; saved after a pause in typing. The title follows the question unless renamed. */
  change(id: string, data: PlanData): void {
    const old = this.byId(id);
    if (!old) return;
    const followsQuestion = old.title === planTitle(old.data);
    const r = planRecord(id, data, this.now(), followsQuestion ? undefined : old.title);
    this.put(r);
    this.dirty = r;
    this.saveState = 'saving';
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), AUTOSAVE_MS);
  }

  /** Save a pending change now (before leaving, or before another action). */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    const r = this.dirty;
    this.dirty = null;
    if (r) await this.save(r);
  }

  async rename(id: string, title: string): Promise<void> {
    await this.flush();
    const old = this.byId(id);
    if (!old || !title.trim()) return;
    const r = planRecord(id, old.data, this.now(), title.trim());
    this.put(r);
    await this.save(r);
  }

  async duplicate(id: string): Promise<string | null> {
    await this.flush();
    const old = this.byId(id);
    if (!old) return null;
    const r = duplicatePlan(old, freshId('plan-', this.plans.map((p) => p.id)), this.now());
    this.put(r);
    await this.save(r);
    return r.id;
  }

  async remove(id: string): Promise<void> {
    await this.flush();
    const old = this.byId(id);
    if (!old || !this.workspace) return;
    this.deleted = old;
    this.plans = this.plans.filter((p) => p.id !== id);
    this.host.requestUpdate();
    const result = await this.workspace.remove('plan', id);
    [this.saveState, this.saveReason] = result.status === 'saved' ? ['saved', ''] : ['not-saved', result.reason];
    this.host.requestUpdate();
  }

  /** Bring back the last deleted plan; returns its id. */
  async undoRemove(): Promise<string | null> {
    const r = this.deleted;
    if (!r) return null;
    this.deleted = null;
    this.put(r);
    await this.save(r);
    return r.id;
  }

  private async save(r: PlanRecord): Promise<void> {
    const ws = this.workspace;
    if (!ws) return;
    this.saveState = 'saving';
    this.host.requestUpdate();
    const result = await ws.save(r);
    if (this.dirty) return; // a newer change is waiting; its save reports
    [this.saveState, this.saveReason] = result.status === 'saved' ? ['saved', ''] : ['not-saved', result.reason];
    this.host.requestUpdate();
  }

  async retry(): Promise<void> {
    const plan = this.plans[0];
    if (plan) await this.save(plan);
  }
}
