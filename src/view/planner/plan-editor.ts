/** <plan-editor>: one plan's content: question and what was understood, factors offered, judgement, introduction, paragraphs, conclusion, coverage and chronology. */
import { LitElement, css, html, nothing } from 'lit';
import type { Chronology } from '../../app/planner/chronology';
import type { Prompt } from '../../app/planner/coverage';
import { annotateCard, moveCard, moveParagraph, newParagraph, removeCard, removeParagraph, stepCard, updateParagraph } from '../../app/planner/plan';
import type { PlanData } from '../../app/planner/plan-schema';
import { ROLE_LABELS } from '../../app/planner/plan-export';
import type { Understanding } from '../../app/planner/question';
import type { FactorSuggestion, OtherSide } from '../../app/planner/suggestions';
import type { AllegianceGraph } from '../../model/types';
import { emit } from '../shared/events';
import { uiStyles } from '../shared/ui-styles';
import type { ParagraphAction } from './plan-paragraph';
import { plannerStyles } from './planner-styles';
import './plan-chronology';
import './plan-paragraph';
import './question-understanding';

/** @fires plan-data - the plan's new data after a change. */
export class PlanEditor extends LitElement {
  static override properties = {
    data: { attribute: false }, understanding: { attribute: false }, graph: { attribute: false }, factors: { attribute: false },
    otherSides: { attribute: false }, changed: { attribute: false }, prompts: { attribute: false }, chronology: { attribute: false }, readOnly: { type: Boolean },
  };
  declare data: PlanData;
  declare understanding: Understanding;
  declare graph: AllegianceGraph;
  declare factors: FactorSuggestion[];
  declare otherSides: ReadonlyMap<string, OtherSide[]>;
  declare changed: ReadonlySet<string>;
  declare prompts: Prompt[];
  declare chronology: Chronology | null;
  declare readOnly: boolean;

  constructor() {
    super();
    this.factors = [];
    this.otherSides = new Map();
    this.changed = new Set();
    this.prompts = [];
    this.chronology = null;
    this.readOnly = false;
    this.addEventListener('paragraph-action', (e) => {
      const { paragraph, action } = e.detail;
      e.stopPropagation();
      this.emit(this.apply(paragraph, action));
    });
    this.addEventListener('corrections-change', (e) => {
      e.stopPropagation();
      this.emit({ ...this.data, corrections: e.detail });
    });
  }

  static override styles = [
    uiStyles,
    plannerStyles,
    css`
      :host { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0.6rem; min-width: 0; }
      h3 { font-size: 1.05rem; margin: 0.6rem 0 0.2rem; }
      .paragraphs { display: grid; gap: 0.6rem; }
      ul.factors, ul.prompts { margin: 0.2rem 0; padding-left: 1.1rem; }
      ul.factors li, ul.prompts li { margin: 0.25rem 0; }
      .reason { font-size: 0.8rem; color: var(--ui-muted); }
    `,
  ];

  private apply(id: string, a: ParagraphAction): PlanData {
    const d = this.data;
    switch (a.type) {
      case 'edit': return updateParagraph(d, id, a.patch);
      case 'move': return moveParagraph(d, id, a.by);
      case 'remove': return removeParagraph(d, id);
      case 'card-step': return stepCard(d, a.card, a.by);
      case 'card-move': return moveCard(d, a.card, a.to, a.index);
      case 'card-annotate': return annotateCard(d, a.card, a.text);
      case 'card-remove': return removeCard(d, a.card);
    }
  }

  private emit(data: PlanData): void {
    emit(this, 'plan-data', data);
  }

  private text(label: string, key: 'question' | 'judgement' | 'introduction' | 'conclusion', rows = 2) {
    return html`<label for=${key}>${label}</label>
      <textarea id=${key} rows=${rows} .value=${this.data[key]} ?readonly=${this.readOnly} @input=${(e: Event) => this.emit({ ...this.data, [key]: (e.target as HTMLTextAreaElement).value })}></textarea>`;
  }

  private addParagraph(factor = '', role: 'for' | 'against' | 'context' = 'for'): void {
    this.emit(newParagraph(this.data, factor, role).data);
  }

  override render() {
    const d = this.data;
    const targets = d.paragraphs.map((p, i) => ({ id: p.id, label: `Paragraph ${i + 1}: ${ROLE_LABELS[p.role]}${p.factor ? ` — ${p.factor}` : ''}` }));
    const used = new Set(d.paragraphs.map((p) => p.factor.trim().toLowerCase()));
    return html`<div>${this.text('Question', 'question')}</div>
      <question-understanding .understanding=${this.understanding} .corrections=${d.corrections} .graph=${this.graph} ?readOnly=${this.readOnly}></question-understanding>
      ${this.readOnly || !this.factors.length ? nothing : html`<section aria-labelledby="factors-h"><h3 id="factors-h">Factors for this question</h3>
        <ul class="factors">${this.factors.map((f) => html`<li><strong>${f.label}</strong> <span class="reason">${f.reason}</span>
          <button type="button" aria-label=${`Add as paragraph: ${f.label}`} ?disabled=${used.has(f.label.toLowerCase())} @click=${() => this.addParagraph(f.label)}>Add as paragraph</button></li>`)}</ul></section>`}
      <div>${this.text('Judgement', 'judgement')}</div>
      <div>${this.text('Introduction', 'introduction')}</div>
      <section aria-labelledby="paras-h"><h3 id="paras-h">Paragraphs</h3>
        <div class="paragraphs">${d.paragraphs.map((p, i) => html`<plan-paragraph .paragraph=${p} .index=${i} .count=${d.paragraphs.length} .others=${targets}
          .changed=${this.changed} .otherSide=${this.otherSides.get(p.id) ?? []} ?readOnly=${this.readOnly}></plan-paragraph>`)}</div>
        ${this.readOnly ? nothing : html`<p><button type="button" @click=${() => this.addParagraph()}>Add paragraph</button>
          <button type="button" @click=${() => this.addParagraph('', 'against')}>Add counter-argument</button></p>`}
      </section>
      <div>${this.text('Conclusion', 'conclusion')}</div>
      <section aria-labelledby="cov-h"><h3 id="cov-h">Coverage check</h3>
        ${this.prompts.length ? html`<ul class="prompts">${this.prompts.map((p) => html`<li data-prompt=${p.id}>${p.text}</li>`)}</ul>` : html`<p>Every paragraph has evidence, the other side is argued and there is a judgement.</p>`}
      </section>
      <section aria-labelledby="chrono-h"><h3 id="chrono-h">Chronology</h3>
        <plan-chronology .chronology=${this.chronology} .window=${{ from: this.understanding.from, to: this.understanding.to }}></plan-chronology>
      </section>`;
  }
}
customElements.define('plan-editor', PlanEditor);

declare global {
  interface HTMLElementTagNameMap {
    'plan-editor': PlanEditor;
  }
}
