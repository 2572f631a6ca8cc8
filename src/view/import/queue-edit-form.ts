/**
 * <queue-edit-form>: the Edit and Merge forms of the review queue. Edit: an entity's name and kind, or a relation's
 * type, direction, dates and certainty. Merge: the entity to merge into, chosen by name. Focus goes to the first
 * field when it opens; Escape or Cancel closes it.
 *
 * @fires queue-edit-done - {edit} (Edit) or {into} (Merge, an entity key).
 * @fires queue-edit-cancel - the form was closed unchanged.
 */
import { LitElement, css, html, nothing } from 'lit';
import type { QueueItem } from '../../app/import/queue';
import type { EntityEdit, RelationEdit } from '../../model/import/decisions';
import { CERTAINTIES, ENTITY_KINDS, type Certainty, type EntityKind, type RelationTypeDef } from '../../model/types';
import { emit } from '../shared/events';
import { uiStyles } from '../shared/ui-styles';

export class QueueEditForm extends LitElement {
  static override properties = {
    mode: {},
    item: { attribute: false },
    types: { attribute: false },
    targets: { attribute: false },
    error: { state: true },
  };
  declare mode: 'edit' | 'merge';
  declare item: QueueItem | null;
  declare types: RelationTypeDef[];
  declare targets: { key: string; label: string }[];
  declare error: string;

  constructor() {
    super();
    this.mode = 'edit';
    this.item = null;
    this.types = [];
    this.targets = [];
    this.error = '';
    this.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        // Closes this form only, not the dialog around it.
        e.preventDefault();
        e.stopPropagation();
        emit(this, 'queue-edit-cancel', null);
      }
    });
  }

  static override styles = [
    uiStyles,
    css`
      form { display: grid; gap: 0.5rem; margin-top: 0.6rem; padding: 0.6rem; border: 1px solid var(--ui-line); border-radius: 6px; background: #f7f9fc; }
      label { display: grid; gap: 0.15rem; font-weight: 600; }
      label.check { display: flex; align-items: center; gap: 0.4rem; }
      input:not([type='checkbox']), select { padding: 0.3rem; min-height: 2.25rem; font-weight: normal; border: 1px solid #8a94a3; border-radius: 4px; }
      .buttons { display: flex; gap: 0.5rem; flex-wrap: wrap; }
      .error { color: #a00; margin: 0; }
    `,
  ];

  protected override firstUpdated(): void {
    this.renderRoot.querySelector<HTMLElement>('input, select')?.focus();
  }

  override render() {
    const item = this.item;
    if (!item || item.group === 'hints') return nothing;
    const buttons = html`<p class="error" role="alert">${this.error}</p>
      <div class="buttons"><button type="submit">${this.mode === 'merge' ? 'Merge' : 'Save and accept'}</button><button type="button" @click=${() => emit(this, 'queue-edit-cancel', null)}>Cancel</button></div>`;
    if (this.mode === 'merge') {
      return html`<form @submit=${this.submitMerge} aria-label="Merge into another entity">
        <label>Merge into (type or choose a name)<input name="into" list="targets" autocomplete="off" /></label>
        <datalist id="targets">${this.targets.map((t) => html`<option value=${t.label}></option>`)}</datalist>
        ${buttons}
      </form>`;
    }
    if (item.group === 'entities') {
      const e = item.entity;
      return html`<form @submit=${this.submitEdit} aria-label="Edit the entity">
        <label>Name<input name="label" .value=${e.label} required /></label>
        <label>Kind<select name="kind">${ENTITY_KINDS.map((k) => html`<option value=${k} ?selected=${k === e.kind}>${k}</option>`)}</select></label>
        ${buttons}
      </form>`;
    }
    const r = item.relation;
    return html`<form @submit=${this.submitEdit} aria-label="Edit the relation">
      <label>Type<select name="type">${this.types.map((t) => html`<option value=${t.id} ?selected=${t.id === r.type}>${t.label} (${t.id})</option>`)}</select></label>
      <label class="check"><input type="checkbox" name="reverse" /> Reverse the direction (swap source and target)</label>
      <label>Start (a year, or year-month)<input name="start" .value=${r.start ?? (r.year === undefined ? '' : String(r.year))} inputmode="numeric" /></label>
      <label>End (optional)<input name="end" .value=${r.end ?? ''} inputmode="numeric" /></label>
      <label>Certainty<select name="certainty">${CERTAINTIES.map((c) => html`<option value=${c} ?selected=${c === r.certainty}>${c}</option>`)}</select></label>
      ${buttons}
    </form>`;
  }

  private submitMerge(e: SubmitEvent): void {
    e.preventDefault();
    const name = String(new FormData(e.target as HTMLFormElement).get('into') ?? '').trim().toLowerCase();
    const target = this.targets.find((t) => t.label.toLowerCase() === name);
    if (!target) {
      this.error = name ? `No entity is called “${name}”: choose a name from the list.` : 'Type the name of the entity to merge into.';
      return;
    }
    emit(this, 'queue-edit-done', { into: target.key });
  }

  private submitEdit(e: SubmitEvent): void {
    e.preventDefault();
    const form = new FormData(e.target as HTMLFormElement);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    if (this.item?.group === 'entities') {
      if (!text('label')) {
        this.error = 'Give the entity a name.';
        return;
      }
      emit(this, 'queue-edit-done', { edit: { label: text('label'), kind: text('kind') as EntityKind } });
      return;
    }
    const date = /^\d{4}(-\d{2}(-\d{2})?)?$/;
    for (const f of ['start', 'end']) {
      if (text(f) && !date.test(text(f))) {
        this.error = `${f === 'start' ? 'Start' : 'End'} “${text(f)}” is not a date: write a year (1936), or year-month (1936-10).`;
        return;
      }
    }
    const change: EntityEdit & RelationEdit = { type: text('type'), certainty: text('certainty') as Certainty, reverse: form.get('reverse') === 'on' };
    if (text('start')) change.start = text('start');
    if (text('end')) change.end = text('end');
    emit(this, 'queue-edit-done', { edit: change });
  }
}
customElements.define('queue-edit-form', QueueEditForm);

declare global {
  interface HTMLElementTagNameMap {
    'queue-edit-form': QueueEditForm;
  }
}
