/** <question-understanding>: what the planner read in the question (stem, years, factor, people), each part correctable. */
import { LitElement, css, html, nothing } from 'lit';
import { STEM_DEMANDS, STEM_LABELS, yearsText, type Understanding } from '../../app/planner/question';
import { STEMS, type Corrections } from '../../app/planner/plan-schema';
import type { AllegianceGraph } from '../../model/types';
import { emit } from '../shared/events';
import { uiStyles } from '../shared/ui-styles';
import { plannerStyles } from './planner-styles';

/** @fires corrections-change - the student's corrections (a `Corrections`), replacing the previous ones. */
export class QuestionUnderstanding extends LitElement {
  static override properties = { understanding: { attribute: false }, corrections: { attribute: false }, graph: { attribute: false }, readOnly: { type: Boolean } };
  declare understanding: Understanding;
  declare corrections: Corrections;
  declare graph: AllegianceGraph;
  declare readOnly: boolean;

  constructor() {
    super();
    this.corrections = {};
    this.readOnly = false;
  }

  static override styles = [
    uiStyles,
    plannerStyles,
    css`
      :host { display: block; background: #f4f6f9; border-radius: 6px; padding: 0.4rem 0.6rem; }
      select, input[type='text'] { max-width: 100%; }
      dl { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 0.25rem 0.6rem; margin: 0.3rem 0; align-items: center; }
      dt { font-weight: 600; font-size: 0.85rem; }
      dd { margin: 0; display: flex; flex-wrap: wrap; gap: 0.3rem; align-items: center; }
      input[type='number'] { width: 5rem; }
      .note { font-size: 0.8rem; color: var(--ui-muted); width: 100%; }
      .chip { display: inline-flex; align-items: center; gap: 0.2rem; background: #fff; border: 1px solid var(--ui-line); border-radius: 999px; padding: 0 0.2rem 0 0.5rem; }
      .chip button { border: none; background: none; padding: 0 0.3rem; }
    `,
  ];

  private set(patch: Corrections): void {
    const next = { ...this.corrections, ...patch };
    emit(this, 'corrections-change', next);
  }

  private year(key: 'from' | 'to', e: Event): void {
    const v = (e.target as HTMLInputElement).value.trim();
    this.set({ [key]: v === '' ? null : Math.trunc(Number(v)) });
  }

  private label(id: string): string {
    return this.graph?.hasNode(id) ? (this.graph.getNodeAttribute(id, 'label') as string) : id;
  }

  private addPerson(e: Event): void {
    const input = e.target as HTMLInputElement;
    const wanted = input.value.trim().toLowerCase();
    const found = this.graph?.findNode((_id, a) => [a.label, ...a.aliases].some((n) => n.toLowerCase() === wanted));
    if (found && !this.understanding.people.includes(found)) this.set({ people: [...this.understanding.people, found] });
    input.value = '';
  }

  override render() {
    const u = this.understanding;
    if (!u) return nothing;
    const ro = this.readOnly;
    return html`<p class="sub">What the planner understood</p>
      <dl>
        <dt><label class="inline" for="stem">Asks</label></dt>
        <dd><select id="stem" ?disabled=${ro} @change=${(e: Event) => this.set({ stem: (e.target as HTMLSelectElement).value as Corrections['stem'] })}>
          ${STEMS.map((s) => html`<option value=${s} ?selected=${u.stem === s}>${STEM_LABELS[s]}</option>`)}
        </select><span class="note">${STEM_DEMANDS[u.stem]}</span></dd>
        <dt>Years</dt>
        <dd><label class="inline">From <input id="from" type="number" min="1800" max="2100" .value=${u.from === null ? '' : String(u.from)} ?readonly=${ro} @change=${(e: Event) => this.year('from', e)} /></label>
          <label class="inline">to <input id="to" type="number" min="1800" max="2100" .value=${u.to === null ? '' : String(u.to)} ?readonly=${ro} @change=${(e: Event) => this.year('to', e)} /></label>
          <span class="note" data-part="years">${yearsText(u)}${u.yearsWords ? ` from “${u.yearsWords}”` : ''}${u.yearsNote ? ` — ${u.yearsNote}` : ''}</span></dd>
        <dt><label class="inline" for="factor">Factor</label></dt>
        <dd><input id="factor" type="text" .value=${u.factor} ?readonly=${ro} @change=${(e: Event) => this.set({ factor: (e.target as HTMLInputElement).value })} />
          ${u.factorEntities.length ? html`<span class="note" data-part="factor">In the graph: ${u.factorEntities.map((id) => this.label(id)).join(', ')}</span>` : nothing}</dd>
        <dt>About</dt>
        <dd data-part="people">${u.people.map((id) => html`<span class="chip">${this.label(id)}${ro ? nothing : html`<button type="button" aria-label=${`Remove ${this.label(id)}`} @click=${() => this.set({ people: u.people.filter((p) => p !== id) })}>×</button>`}</span>`)}
          ${u.people.length === 0 ? html`<span class="note">no one recognised</span>` : nothing}
          ${ro ? nothing : html`<label class="inline">Add a name <input type="text" size="12" @change=${this.addPerson} /></label>`}</dd>
      </dl>
      ${u.corrected.length && !ro ? html`<button type="button" @click=${() => emit(this, 'corrections-change', {})}>Use what was read</button>` : nothing}`;
  }
}
customElements.define('question-understanding', QuestionUnderstanding);

declare global {
  interface HTMLElementTagNameMap {
    'question-understanding': QuestionUnderstanding;
  }
}
