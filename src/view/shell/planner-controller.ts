/**
 * A reactive controller for the essay planner beside the graph: which plan is open (URL `plan=<id>`, or a
 * shared `#plan=…`), the "Plan" toggle, loading the planner's code on first use, and "Add to plan" from
 * anywhere (handed straight to the open planner, or kept until it is drawn).
 */
import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { EvidenceAdd } from '../../app/planner/cards';
import { readPlanUrl, samePlanUrl, writePlanUrl, type PlanUrl } from '../../app/planner/plan-url';
import type { AllegianceGraph } from '../../model/types';
import type { NotesIndex, NotesSlice } from '../../app/shared/notes-index';
import type { Workspace } from '../../platform/storage/workspace';
import type { EssayPlanner } from '../planner/essay-planner';

export interface PlannerHost extends ReactiveControllerHost {
  showNotice(message: string): void;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export class PlannerController implements ReactiveController {
  /** The open plan (id empty: none chosen yet), or null when the planner is closed. */
  plan: PlanUrl | null = readPlanUrl(location.search, location.hash);
  private pendingAdds: EvidenceAdd[] = [];
  private readonly onPopState = () => {
    this.plan = readPlanUrl(location.search, location.hash);
    this.host.requestUpdate();
  };

  constructor(private readonly host: PlannerHost & HTMLElement) {
    host.addController(this);
    host.addEventListener('plan-add', (e) => this.add(e.detail));
    host.addEventListener('plan-select', (e) => this.set({ id: e.detail.id ?? '', share: null }));
    host.addEventListener('plan-close', () => this.set(null));
    host.addEventListener('workspace-imported', () => void this.planner()?.plans.reload());
  }

  hostConnected(): void {
    addEventListener('popstate', this.onPopState);
  }

  hostDisconnected(): void {
    removeEventListener('popstate', this.onPopState);
  }

  hostUpdate(): void {
    if (this.plan && !customElements.get('essay-planner')) {
      import('../planner/essay-planner').then(() => this.host.requestUpdate()).catch(() => this.host.showNotice('The essay planner could not be loaded. Reload the page to try again.'));
    }
  }

  hostUpdated(): void {
    const planner = this.planner();
    if (this.pendingAdds.length && planner && typeof planner.addEvidence === 'function') for (const add of this.pendingAdds.splice(0)) void planner.addEvidence(add);
  }

  /** Open, switch or close the planner, with a history entry (the explorer's own parameters are kept). */
  set(plan: PlanUrl | null): void {
    if (samePlanUrl(plan, this.plan)) return;
    this.plan = plan;
    history.pushState(null, '', `${location.pathname}${writePlanUrl(location.search, plan)}${plan?.share ? location.hash : ''}`);
    this.host.requestUpdate();
  }

  /** "Add to plan" anywhere: straight to the open planner, or open it first and hand the evidence over once drawn. */
  add(add: EvidenceAdd): void {
    const planner = this.planner();
    if (planner && typeof planner.addEvidence === 'function' && !this.plan?.share) void planner.addEvidence(add);
    else {
      this.pendingAdds.push(add);
      if (!this.plan || this.plan.share) this.set({ id: '', share: null });
    }
  }

  /** The header's "Plan" toggle. */
  button() {
    return html`<button type="button" aria-pressed=${this.plan ? 'true' : 'false'} @click=${() => this.set(this.plan ? null : { id: '', share: null })}>Plan</button>`;
  }

  /** The "Essay plan" column, when open. */
  column(graph: AllegianceGraph, notes: NotesIndex, notesSlice: NotesSlice | null, workspace: Workspace | undefined, builtIn: boolean) {
    if (!this.plan) return '';
    return html`<aside class="plan" aria-label="Essay plan">
      <essay-planner .workspace=${workspace} ?builtIn=${builtIn} .graph=${graph} .notes=${notes} .notesSlice=${notesSlice} .planId=${this.plan.id || null} .shareCode=${this.plan.share}></essay-planner>
    </aside>`;
  }

  private planner(): EssayPlanner | null {
    return this.host.renderRoot.querySelector<EssayPlanner>('essay-planner');
  }
}
