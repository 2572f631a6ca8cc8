/** <essay-planner>: the "Essay plan" panel beside the graph: the list of plans, the open plan, saving, export, import and shared links. */
import { LitElement, css, html, nothing } from 'lit';
import { cardsFor, changedCards, type EvidenceAdd } from '../../app/planner/cards';
import { chronology } from '../../app/planner/chronology';
import { coverageCheck } from '../../app/planner/coverage';
import { addCards, cardPlace, emptyPlan, type PlanRecord } from '../../app/planner/plan';
import type { PlanData } from '../../app/planner/plan-schema';
import { ROLE_LABELS } from '../../app/planner/plan-export';
import { nameIndex, understandQuestion, type NameIndex, type Understanding } from '../../app/planner/question';
import { decodeShared, type SharedPlan } from '../../app/planner/share';
import { counterEvidence, paragraphPeople, suggestFactors } from '../../app/planner/suggestions';
import type { NotesIndex, NotesSlice } from '../../app/shared/notes-index';
import type { AllegianceGraph } from '../../model/types';
import type { Workspace } from '../../platform/storage/workspace';
import { emit } from '../shared/events';
import { uiStyles } from '../shared/ui-styles';
import '../workspace/save-status';
import { exportPlan, importPlanFile, type ExportFormat } from './plan-exports';
import { PlanController } from './plan-controller';
import { planTargets } from './plan-targets';
import { PlannerNotes } from './planner-notes';
import { plannerStyles } from './planner-styles';
import './plan-editor';

/** @fires plan-select - `{id}`: the plan to show (null: none), for the URL. @fires plan-close - the panel was closed. */
export class EssayPlanner extends LitElement {
  static override properties = {
    graph: { attribute: false }, notes: { attribute: false }, notesSlice: { attribute: false }, workspace: { attribute: false }, builtIn: { type: Boolean }, planId: {}, shareCode: {},
    shared: { state: true }, message: { state: true }, exportOpen: { state: true },
  };
  declare graph: AllegianceGraph;
  declare notes: NotesIndex;
  declare notesSlice: NotesSlice | null;
  /** The built-in notes are shown (their whole text can be loaded); false for a dataset opened at run time. */
  declare builtIn: boolean;
  /** The shell's saved work (undefined until it is open): plans are read and saved through it. */
  declare workspace: Workspace | undefined;
  declare planId: string | null;
  /** The `#plan=…` code of a shared plan to show read-only, or null. */
  declare shareCode: string | null;
  declare shared: SharedPlan | null;
  declare message: string;
  declare exportOpen: boolean;
  readonly plans = new PlanController(this);
  private names: NameIndex | null = null;
  private readonly notesText = new PlannerNotes(() => this.requestUpdate());
  private pending: EvidenceAdd[] = [];

  constructor() {
    super();
    this.planId = null;
    this.shareCode = null;
    this.shared = null;
    this.message = '';
    this.exportOpen = false;
    this.notesSlice = null;
    this.builtIn = false;
    void this.plans.ready.then(() => this.afterLoad());
  }

  static override styles = [
    uiStyles,
    plannerStyles,
    css`
      :host { display: block; }
      header { display: flex; align-items: center; gap: 0.5rem; }
      h2 { margin: 0; font-size: 1.2rem; flex: 1; }
      .bar { display: flex; flex-wrap: wrap; gap: 0.35rem; align-items: end; margin: 0.4rem 0; }
      .bar label { margin: 0; max-width: 100%; }
      .bar select { max-width: 100%; width: 100%; }
      .menu { position: relative; display: inline-block; }
      .menu [role='menu'] { position: absolute; right: 0; z-index: 10; background: #fff; border: 1px solid var(--ui-line); border-radius: 6px; padding: 0.25rem; display: grid; min-width: 12rem; box-shadow: 0 4px 14px rgb(0 0 0 / 18%); }
      .menu [role='menu'] button { border: none; background: none; text-align: left; padding: 0.35rem 0.5rem; }
      .menu [role='menu'] button:hover, .menu [role='menu'] button:focus-visible { background: #e9eef5; }
      .toast { background: #1f2a36; color: #fff; border-radius: 6px; padding: 0.4rem 0.6rem; display: flex; gap: 0.6rem; align-items: center; }
      .toast button { background: #fff; }
      .readonly { background: #fff4e5; border: 1px solid #d9a35b; border-radius: 6px; padding: 0.4rem 0.6rem; }
      input[type='file'] { font-size: 0.85rem; max-width: 100%; }
      @media print { header button, .bar, .toast, save-status, .readonly button { display: none !important; } }
    `,
  ];

  private async afterLoad(): Promise<void> {
    if (this.planId && !this.plans.byId(this.planId) && this.planId !== 'new') this.message = `There is no saved plan “${this.planId}”: choose one from the list or start a new one.`;
    if (this.planId === 'new' || (this.planId === null && this.pending.length)) await this.newPlan();
    else if (this.planId === null && this.plans.plans[0]) this.select(this.plans.plans[0].id);
    for (const add of this.pending.splice(0)) await this.addEvidence(add);
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('workspace')) void this.plans.use(this.workspace);
    if (changed.has('builtIn') && this.builtIn) void this.notesText.load();
    if (changed.has('graph')) {
      this.names = this.graph ? nameIndex(this.graph) : null;
      this.notesText.reset();
    }
    if (changed.has('shareCode') && this.shareCode) {
      void decodeShared(this.shareCode).then((r) => {
        if (r.ok) this.shared = r.shared;
        else this.message = `This shared plan could not be opened: ${r.reason}.`;
      });
    }
  }

  private get current(): PlanRecord | null {
    return this.plans.byId(this.planId);
  }

  override updated(): void {
    const p = this.shared ? null : this.current;
    planTargets.publish(p ? p.title : null, (p?.data.paragraphs ?? []).map((x, i) => ({ id: x.id, label: `Paragraph ${i + 1}: ${ROLE_LABELS[x.role]}${x.factor ? ` — ${x.factor}` : ''}` })));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    planTargets.publish(null, []);
  }

  private select(id: string | null): void {
    emit(this, 'plan-select', { id });
  }

  private async newPlan(data: PlanData = emptyPlan(), title?: string): Promise<void> {
    const id = await this.plans.create(data, title);
    this.select(id);
  }

  /** Add evidence from anywhere in the app to the open plan (a new plan when none is open). */
  async addEvidence(add: EvidenceAdd): Promise<void> {
    if (!this.plans.workspace) {
      this.pending.push(add);
      return;
    }
    if (this.builtIn && add.ref.kind === 'bullet') await this.notesText.load(); // any bullet of the notes, not only those naming an entity
    const p = this.current;
    const cards = cardsFor(this.graph, this.notesText.notesIndex(this.builtIn, this.notes), add.ref);
    if (!cards.length) {
      this.message = 'That evidence is no longer in the data, so it was not added.';
      return;
    }
    if (!p) {
      void this.newPlan(addCards(emptyPlan(), null, cards).data);
      return;
    }
    const r = addCards(p.data, add.paragraph, cards);
    const first = cards[0]!;
    const what = cards.length === 1 ? `“${first.quote.length > 60 ? `${first.quote.slice(0, 60)}…` : first.quote}” (slide ${first.slide})` : `${cards.length} quotes`;
    if (!r.added) {
      this.message = `Already in paragraph ${cardPlace(p.data, first.id)?.number ?? '?'}: ${what}. Move it from there with “Move to paragraph…”.`;
      return;
    }
    this.plans.change(p.id, r.data);
    const n = r.data.paragraphs.findIndex((x) => x.id === r.paragraphId) + 1;
    this.message = `Added to paragraph ${n}: ${cards.length === 1 ? what : `${r.added} of ${what}${r.already ? ` (${r.already} already in the plan)` : ''}`}.`;
  }

  /** Cards whose quote is no longer on their slide (none flagged while the whole notes load). */
  private changedOf(data: PlanData): Set<string> {
    const match = this.notesText.quoteMatcher(this.builtIn, this.notesSlice, this.graph);
    return match ? changedCards(data.paragraphs.flatMap((x) => x.cards), match) : new Set();
  }

  private understand(data: PlanData): Understanding {
    return understandQuestion(data.question, this.names!, data.corrections);
  }

  private async doExport(format: ExportFormat): Promise<void> {
    this.exportOpen = false;
    const p = this.shared ?? this.current;
    if (!p || !this.names) return;
    const data = 'plan' in p ? p.plan : p.data;
    const changed = this.changedOf(data);
    this.message = await exportPlan(format, p.title, data, this.understand(data), changed);
  }

  private async onImport(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const r = await importPlanFile(file);
    if (!r.ok) this.message = `“${file.name}” was not imported: ${r.reason}.`;
    else {
      await this.newPlan(r.shared.plan, r.shared.title);
      this.message = `Imported “${r.shared.title}” as a new plan.`;
    }
  }

  private async deletePlan(): Promise<void> {
    const p = this.current;
    if (!p) return;
    await this.plans.remove(p.id);
    this.message = '';
    this.select(this.plans.plans[0]?.id ?? null);
  }

  private bar(p: PlanRecord | null) {
    const c = this.plans;
    return html`<div class="bar">
      <label>Plans <select @change=${(e: Event) => this.select((e.target as HTMLSelectElement).value || null)}>
        <option value="" ?selected=${!p}>${c.plans.length ? 'choose a plan' : 'no plans yet'}</option>
        ${c.plans.map((x) => html`<option value=${x.id} ?selected=${x.id === p?.id}>${x.title}</option>`)}
      </select></label>
      <button type="button" @click=${() => void this.newPlan()}>New plan</button>
      ${p ? html`<label>Plan name <input type="text" .value=${p.title} @change=${(e: Event) => void c.rename(p.id, (e.target as HTMLInputElement).value)} /></label>
        <button type="button" @click=${async () => this.select(await c.duplicate(p.id))}>Duplicate</button>
        <button type="button" @click=${() => void this.deletePlan()}>Delete<span class="vh"> plan ${p.title}</span></button>` : nothing}
      ${this.exportMenu(!!p)}
      <label>Import plan <input type="file" accept=".json,application/json" @change=${this.onImport} /></label>
    </div>`;
  }

  private exportMenu(enabled: boolean) {
    const item = (f: ExportFormat, label: string) => html`<button type="button" role="menuitem" @click=${() => void this.doExport(f)}>${label}</button>`;
    return html`<span class="menu"><button type="button" aria-haspopup="menu" aria-expanded=${this.exportOpen ? 'true' : 'false'} ?disabled=${!enabled} @click=${() => (this.exportOpen = !this.exportOpen)}>Export plan</button>
      ${this.exportOpen ? html`<div role="menu" aria-label="Export plan as" @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && (this.exportOpen = false)}>
        ${item('markdown', 'Markdown (.md)')}${item('docx', 'Word (.docx)')}${item('print', 'Print / PDF')}${item('json', 'JSON (to import again)')}${item('link', 'Copy a read-only link')}
      </div>` : nothing}</span>`;
  }

  private editor(data: PlanData, readOnly: boolean) {
    if (!this.names) return nothing;
    const u = this.understand(data);
    const others = new Map(data.paragraphs.map((p) => [p.id, counterEvidence(this.graph, p, paragraphPeople(p), u)]));
    return html`<plan-editor .data=${data} .understanding=${u} .graph=${this.graph} ?readOnly=${readOnly}
      .factors=${readOnly ? [] : suggestFactors(this.graph, u)} .otherSides=${others}
      .changed=${this.changedOf(data)}
      .prompts=${coverageCheck(data, u)} .chronology=${chronology(data, u)}
      @plan-data=${(e: CustomEvent<PlanData>) => !readOnly && this.current && this.plans.change(this.current.id, e.detail)}></plan-editor>`;
  }

  override render() {
    const c = this.plans;
    const p = this.current;
    return html`<header><h2 id="plan-h">Essay plan</h2><button type="button" @click=${() => emit(this, 'plan-close', null)}>Close plan</button></header>
      ${c.deleted ? html`<div class="toast" role="status">Plan “${c.deleted.title}” deleted. <button type="button" @click=${async () => this.select(await c.undoRemove())}>Undo</button></div>` : nothing}
      ${this.message ? html`<p role="status">${this.message}</p>` : nothing}
      ${this.shared
        ? html`<div class="readonly"><p>Read-only: a plan shared with you. Nothing you see here is saved unless you save a copy.</p>
            <button type="button" @click=${() => { const s = this.shared!; this.shared = null; void this.newPlan(s.plan, `${s.title} (copy)`); }}>Save a copy</button> ${this.exportMenu(true)}</div>
            ${this.editor(this.shared.plan, true)}`
        : html`${this.bar(p)}<save-status .state=${c.saveState} .reason=${c.saveReason} @save-retry=${(e: Event) => { e.stopPropagation(); void c.retry(); }}></save-status>
            ${p ? this.editor(p.data, false) : html`<p>No plan open. Start one with “New plan”, or add evidence with “Add to plan”.</p>`}`}`;
  }
}
customElements.define('essay-planner', EssayPlanner);

declare global {
  interface HTMLElementTagNameMap {
    'essay-planner': EssayPlanner;
  }
}
