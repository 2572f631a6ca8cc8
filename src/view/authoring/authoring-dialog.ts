/**
 * <authoring-dialog>: the form for one evidence-first edit, prefilled from a selection in the Notes view.
 * "Make relation": source, target (swap), type (with its description), years (marked when not in the notes),
 * certainty (suspected when the selection hedges), the quote and slide as given. "Add entity": name, kind, dates.
 * "Add alias": the selection as an alias of an entity chosen by name. Problems from the pipeline show in the form.
 */
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import type { AuthoringEdit } from '../../app/authoring/apply-edit';
import { dateSourceFor, type AuthoringDraft } from '../../app/authoring/draft';
import { ENTITY_KINDS, type Certainty, type EntityKind } from '../../model/types';
import { emit } from '../shared/events';
import { uiStyles } from '../shared/ui-styles';

export interface EntityChoice { id: string; label: string }
export interface TypeChoice { id: string; label: string; description: string }

const TITLES = { relation: 'Make relation', entity: 'Add entity', alias: 'Add alias' } as const;
const CERTAINTY: [Certainty, string][] = [['stated', 'certain'], ['suspected', 'suspected'], ['disputed', 'disputed']];
const year = (v: string): number | null => (/^\s*-?\d{1,4}\s*$/.test(v) ? Number(v) : null);

/**
 * @fires authoring-submit - {edit} the form was sent
 * @fires authoring-cancel - the form was closed without an edit
 */
export class AuthoringDialog extends LitElement {
  static override properties = {
    draft: { attribute: false },
    entities: { attribute: false },
    types: { attribute: false },
    problems: { attribute: false },
    busy: { type: Boolean },
    f: { state: true },
  };
  declare draft: AuthoringDraft | null;
  declare entities: readonly EntityChoice[];
  declare types: readonly TypeChoice[];
  declare problems: readonly string[];
  declare busy: boolean;
  /** The fields as the user has them. */
  declare f: { source: string; target: string; type: string; start: string; end: string; certainty: Certainty; name: string; kind: EntityKind; entity: string };

  constructor() {
    super();
    this.draft = null;
    this.entities = [];
    this.types = [];
    this.problems = [];
    this.busy = false;
    this.f = { source: '', target: '', type: '', start: '', end: '', certainty: 'stated', name: '', kind: 'person', entity: '' };
  }

  static override styles = [
    uiStyles,
    css`
      dialog { max-width: min(36rem, 96vw); width: 100%; border: 1px solid var(--ui-border, #888); border-radius: 6px; padding: 1rem 1.1rem; }
      h2 { margin: 0 0 0.6rem; font-size: 1.15rem; }
      label { display: block; margin: 0.45rem 0 0.15rem; font-weight: 600; }
      select, input { width: 100%; box-sizing: border-box; font: inherit; min-height: 2rem; }
      .row { display: flex; gap: 0.6rem; align-items: end; }
      .row > div { flex: 1; }
      .hint { color: var(--ui-muted); font-size: 0.9rem; margin: 0.15rem 0 0; }
      blockquote { margin: 0.2rem 0; padding: 0.3rem 0.6rem; border-left: 3px solid var(--ui-accent); background: #f4f8fd; font-family: Georgia, serif; }
      .problems { color: #8a1c1c; border: 1px solid #8a1c1c; padding: 0.4rem 0.6rem; border-radius: 4px; }
      .actions { display: flex; gap: 0.5rem; justify-content: flex-end; margin-top: 0.9rem; }
      @media (pointer: coarse) { button, select, input { min-height: 44px; } }
    `,
  ];

  protected override willUpdate(changed: PropertyValues<this>): void {
    const d = this.draft;
    if (!changed.has('draft') || !d) return;
    const first = (id: string | null) => id ?? '';
    this.f = { source: first(d.source), target: first(d.target), type: this.types[0]?.id ?? '', start: d.year === null ? '' : String(d.year), end: '', certainty: d.certainty, name: d.quote, kind: 'person', entity: first(d.mentions[0] ?? null) };
  }

  protected override updated(changed: PropertyValues<this>): void {
    const dialog = this.renderRoot.querySelector('dialog');
    if (!dialog || !changed.has('draft')) return;
    if (this.draft && !dialog.open) dialog.showModal();
    else if (!this.draft && dialog.open) dialog.close();
  }

  private set(field: keyof AuthoringDialog['f'], value: string): void {
    this.f = { ...this.f, [field]: value };
  }

  private yearHint(value: string) {
    const y = year(value);
    if (y === null || !this.draft) return nothing;
    return dateSourceFor([y], this.draft.slideText) === 'notes' ? html`<p class="hint">${y} is on slide ${this.draft.slide}.</p>` : html`<p class="hint"><strong>${y} is not in the notes:</strong> it will be marked as from outside the notes.</p>`;
  }

  override render() {
    const d = this.draft;
    return html`<dialog aria-labelledby="t" @cancel=${(e: Event) => (e.preventDefault(), emit(this, 'authoring-cancel', null))}>
      ${d ? html`<form @submit=${this.submit}>
        <h2 id="t">${TITLES[d.mode]}</h2>
        <p class="hint">From slide ${d.slide}${d.mentions.length ? html`; names in the selection: ${d.mentions.map((id) => this.label(id)).join(', ')}` : ''}.</p>
        ${d.mode === 'relation' ? this.relationFields(d) : d.mode === 'entity' ? this.entityFields() : this.aliasFields(d)}
        ${this.problems.length ? html`<div class="problems" role="alert"><strong>Not added:</strong><ul>${this.problems.map((p) => html`<li>${p}</li>`)}</ul></div>` : nothing}
        <div class="actions">
          <button type="button" @click=${() => emit(this, 'authoring-cancel', null)}>Cancel</button>
          <button type="submit" ?disabled=${this.busy}>${this.busy ? 'Checking…' : TITLES[d.mode]}</button>
        </div>
      </form>` : nothing}
    </dialog>`;
  }

  private label(id: string): string {
    return this.entities.find((e) => e.id === id)?.label ?? id;
  }

  private entitySelect(id: string, field: 'source' | 'target' | 'entity', text: string) {
    return html`<label for=${id}>${text}</label>
      <select id=${id} required .value=${this.f[field]} @change=${(e: Event) => this.set(field, (e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${this.f[field] === ''}>— choose —</option>
        ${this.entities.map((e) => html`<option value=${e.id} ?selected=${e.id === this.f[field]}>${e.label}</option>`)}
      </select>`;
  }

  private relationFields(d: AuthoringDraft) {
    const type = this.types.find((t) => t.id === this.f.type);
    return html`<div class="row"><div>${this.entitySelect('source', 'source', 'Source')}</div>
        <button type="button" @click=${() => (this.f = { ...this.f, source: this.f.target, target: this.f.source })}>Swap direction</button></div>
      ${this.entitySelect('target', 'target', 'Target')}
      <label for="type">Type</label>
      <select id="type" .value=${this.f.type} @change=${(e: Event) => this.set('type', (e.target as HTMLSelectElement).value)}>
        ${this.types.map((t) => html`<option value=${t.id} ?selected=${t.id === this.f.type}>${t.label}${t.description ? ` — ${t.description}` : ''}</option>`)}
      </select>
      ${type ? html`<p class="hint">Reads: ${this.label(this.f.source) || 'source'} ${type.label} ${this.label(this.f.target) || 'target'}.</p>` : nothing}
      ${this.yearFields(d.yearFrom === 'slide' ? `prefilled from slide ${d.slide}` : d.yearFrom === 'selection' ? 'prefilled from the selection' : 'none in the notes here')}
      <label for="certainty">Certainty</label>
      <select id="certainty" .value=${this.f.certainty} @change=${(e: Event) => this.set('certainty', (e.target as HTMLSelectElement).value)}>
        ${CERTAINTY.map(([v, l]) => html`<option value=${v} ?selected=${v === this.f.certainty}>${l}</option>`)}
      </select>
      ${d.hedge ? html`<p class="hint">Suspected: the selection hedges (“${d.hedge}”).</p>` : nothing}
      <label id="ql">Quote (slide ${d.slide}, verbatim)</label>
      <blockquote aria-labelledby="ql">${d.quote}</blockquote>`;
  }

  private yearFields(source: string) {
    return html`<div class="row">
        <div><label for="start">Start year</label><input id="start" inputmode="numeric" .value=${this.f.start} @input=${(e: Event) => this.set('start', (e.target as HTMLInputElement).value)} /></div>
        <div><label for="end">End year</label><input id="end" inputmode="numeric" .value=${this.f.end} @input=${(e: Event) => this.set('end', (e.target as HTMLInputElement).value)} /></div>
      </div>
      <p class="hint">Start year ${source}.</p>${this.yearHint(this.f.start)}${this.yearHint(this.f.end)}`;
  }

  private entityFields() {
    return html`<label for="name">Name</label>
      <input id="name" required .value=${this.f.name} @input=${(e: Event) => this.set('name', (e.target as HTMLInputElement).value)} />
      <label for="kind">Kind</label>
      <select id="kind" .value=${this.f.kind} @change=${(e: Event) => this.set('kind', (e.target as HTMLSelectElement).value)}>
        ${ENTITY_KINDS.map((k) => html`<option value=${k} ?selected=${k === this.f.kind}>${k}</option>`)}
      </select>
      ${this.yearFields('optional')}`;
  }

  private aliasFields(d: AuthoringDraft) {
    return html`<p>Alias: <strong>${d.quote}</strong></p>${this.entitySelect('entity', 'entity', 'An alias of')}`;
  }

  private submit(e: Event): void {
    e.preventDefault();
    const d = this.draft;
    if (!d || this.busy) return;
    const f = this.f;
    const start = year(f.start);
    const end = year(f.end);
    const dateSource = dateSourceFor([start, end], d.slideText);
    let edit: AuthoringEdit;
    if (d.mode === 'relation') edit = { kind: 'relation', source: f.source, target: f.target, type: f.type, start, end, certainty: f.certainty, dateSource, slide: d.slide, quote: d.quote };
    else if (d.mode === 'entity') edit = { kind: 'entity', name: f.name, entityKind: f.kind, start, end, dateSource };
    else edit = { kind: 'alias', entity: f.entity, alias: d.quote };
    emit(this, 'authoring-submit', { edit });
  }
}
customElements.define('authoring-dialog', AuthoringDialog);

declare global {
  interface HTMLElementTagNameMap {
    'authoring-dialog': AuthoringDialog;
  }
}
