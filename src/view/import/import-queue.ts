/**
 * <import-queue>: the review queue of an import, driven by the keyboard. Entities first, then typed relations,
 * then weak co-occurrence hints in their own marked group. A accept, R reject, E edit, M merge, J/K or the arrow
 * keys next/previous; every action also has a visible button. It holds no decisions: each action sends the
 * queue's next state (src/app/import/queue.ts) up.
 *
 * @fires import-queue-change - {state, resuggest}: the next queue state; `resuggest` when an automatic merge was undone.
 */
import { LitElement, html, nothing } from 'lit';
import { type QueueItem, type QueueState, accept, acceptAllStrong, counts, current, decided, edit, focus, items, merge, mergeTargets, move, reject, undoMerge } from '../../app/import/queue';
import type { EntityEdit, RelationEdit } from '../../model/import/decisions';
import type { Notes, RelationTypeDef } from '../../model/types';
import { emit, type QueueEditDone } from '../shared/events';
import { uiStyles } from '../shared/ui-styles';
import { queueStyles } from './import-queue-styles';
import './queue-edit-form';
import { entityDetails, hintDetails, itemLine, itemRow, relationDetails } from './queue-item-view';

const GROUPS = [
  { group: 'entities', title: 'Suggested entities' },
  { group: 'relations', title: 'Suggested relations' },
  { group: 'hints', title: 'Weak hints: named together, no cue word (not added to the dataset)' },
] as const;

export class ImportQueue extends LitElement {
  static override properties = {
    state: { attribute: false },
    notes: { attribute: false },
    types: { attribute: false },
    mode: { state: true },
    announce: { state: true },
  };
  declare state: QueueState | null;
  declare notes: Notes | null;
  declare types: RelationTypeDef[];
  /** Which form is open for the item under review. */
  declare mode: 'review' | 'edit' | 'merge';
  declare announce: string;

  constructor() {
    super();
    this.state = null;
    this.notes = null;
    this.types = [];
    this.mode = 'review';
    this.announce = '';
    this.addEventListener('keydown', (e) => this.onKey(e));
  }

  static override styles = [uiStyles, queueStyles];

  private send(state: QueueState, resuggest = false, said = ''): void {
    // A form closing takes its focused field with it: focus goes back to the item under review.
    if (this.mode !== 'review') void this.updateComplete.then(() => this.focus());
    this.mode = 'review';
    this.announce = said;
    emit(this, 'import-queue-change', { state, resuggest });
  }

  private onKey(e: KeyboardEvent): void {
    const target = e.composedPath()[0] as HTMLElement | undefined;
    if (!this.state || e.ctrlKey || e.metaKey || e.altKey || (target && /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName))) return;
    const item = current(this.state);
    const act: Record<string, () => void> = {
      a: () => item && this.send(accept(this.state!, item.key), false, `Accepted ${itemLine(item)}`),
      r: () => item && this.send(reject(this.state!, item.key), false, `Rejected ${itemLine(item)}`),
      e: () => item && item.group !== 'hints' && (this.mode = 'edit'),
      m: () => item?.group === 'entities' && (this.mode = 'merge'),
      j: () => this.send(move(this.state!, 1)),
      k: () => this.send(move(this.state!, -1)),
      arrowdown: () => this.send(move(this.state!, 1)),
      arrowup: () => this.send(move(this.state!, -1)),
    };
    const run = act[e.key.toLowerCase()];
    if (!run) return;
    e.preventDefault();
    run();
  }

  protected override updated(): void {
    const row = this.renderRoot.querySelector('.pick[aria-current="true"]');
    row?.scrollIntoView?.({ block: 'nearest' });
  }

  /** Put keyboard focus on the queue (the dialog does this when the suggestions arrive). */
  override focus(): void {
    this.renderRoot.querySelector<HTMLElement>('.review')?.focus();
  }

  override render() {
    const state = this.state;
    if (!state || !this.notes) return nothing;
    const all = items(state);
    const item = all[state.cursor];
    const n = counts(state);
    return html`<p class="summary">${n.pending} to review · ${n.accepted} accepted · ${n.rejected} rejected (of ${n.pending + n.accepted + n.rejected} suggestions)</p>
      <p class="keys" id="keys">Keys: <kbd>A</kbd> accept · <kbd>R</kbd> reject · <kbd>E</kbd> edit · <kbd>M</kbd> merge · <kbd>J</kbd>/<kbd>↓</kbd> next · <kbd>K</kbd>/<kbd>↑</kbd> previous</p>
      <button type="button" class="all" @click=${() => this.send(acceptAllStrong(state), false, 'Accepted every remaining strong suggestion')}>Accept all remaining strong suggestions</button>
      <section class="review" tabindex="0" aria-labelledby="review-h" aria-describedby="keys">
        <h3 id="review-h">${item ? `Reviewing ${state.cursor + 1} of ${all.length}: ${item.group === 'entities' ? 'entity' : item.group === 'relations' ? 'relation' : 'weak hint'}` : 'Nothing to review'}</h3>
        ${item ? this.details(item) : html`<p>No suggestions were found in these notes.</p>`}
        ${item ? this.actions(item) : nothing}
        ${item && this.mode !== 'review' ? this.form(item) : nothing}
      </section>
      <p class="vh" role="status" aria-live="polite">${this.announce}</p>
      ${GROUPS.map(({ group, title }) => {
        const rows = all.filter((i) => i.group === group);
        return rows.length
          ? html`<h3 class="group ${group}" id=${`g-${group}`}>${title} (${rows.length})</h3>
              <ul class="rows ${group}" aria-labelledby=${`g-${group}`}>${rows.map((i) => itemRow(i, i === item, (key) => this.send(focus(state, key))))}</ul>`
          : nothing;
      })}`;
  }

  private details(item: QueueItem) {
    if (item.group === 'entities') {
      return entityDetails(item.entity, this.notes!, (name) => {
        const { state, resuggest } = undoMerge(this.state!, item.key, name);
        this.send(state, resuggest, `Undid the merge of ${name}`);
      });
    }
    if (item.group === 'relations') {
      const labels = new Map(decided(this.state!).entities.map((e) => [e.id, e.label]));
      return relationDetails(item.relation, (id) => labels.get(id) ?? id);
    }
    return hintDetails(item.hint);
  }

  private actions(item: QueueItem) {
    const name = itemLine(item);
    return html`<div class="actions" role="group" aria-label="Decide">
      <button type="button" aria-label=${`Accept ${name} (A)`} @click=${() => this.send(accept(this.state!, item.key), false, `Accepted ${name}`)}>Accept <kbd>A</kbd></button>
      <button type="button" aria-label=${`Reject ${name} (R)`} @click=${() => this.send(reject(this.state!, item.key), false, `Rejected ${name}`)}>Reject <kbd>R</kbd></button>
      ${item.group !== 'hints' ? html`<button type="button" aria-label=${`Edit ${name} (E)`} aria-expanded=${this.mode === 'edit' ? 'true' : 'false'} @click=${() => (this.mode = 'edit')}>Edit <kbd>E</kbd></button>` : nothing}
      ${item.group === 'entities' ? html`<button type="button" aria-label=${`Merge ${name} into another entity (M)`} aria-expanded=${this.mode === 'merge' ? 'true' : 'false'} @click=${() => (this.mode = 'merge')}>Merge <kbd>M</kbd></button>` : nothing}
      <button type="button" aria-label="Previous suggestion (K)" @click=${() => this.send(move(this.state!, -1))}>Previous <kbd>K</kbd></button>
      <button type="button" aria-label="Next suggestion (J)" @click=${() => this.send(move(this.state!, 1))}>Next <kbd>J</kbd></button>
    </div>`;
  }

  private form(item: QueueItem) {
    if (item.group === 'hints') return nothing;
    const done = (change: EntityEdit & RelationEdit) => this.send(edit(this.state!, item.key, { ...change, ...(change.reverse === undefined ? {} : { reverse: (this.state!.decisions[item.key]?.edit?.reverse ?? false) !== change.reverse }) }), false, `Edited and accepted ${itemLine(item)}`);
    const cancel = () => {
      this.mode = 'review';
      void this.updateComplete.then(() => this.focus());
    };
    if (this.mode === 'merge' && item.group === 'entities') {
      return html`<queue-edit-form mode="merge" .item=${item} .targets=${mergeTargets(this.state!, item.key)}
        @queue-edit-done=${(e: CustomEvent<QueueEditDone>) => e.detail.into && this.send(merge(this.state!, item.key, e.detail.into), false, `Merged ${item.entity.label}`)}
        @queue-edit-cancel=${cancel}></queue-edit-form>`;
    }
    return html`<queue-edit-form mode="edit" .item=${item} .types=${this.types}
      @queue-edit-done=${(e: CustomEvent<QueueEditDone>) => e.detail.edit && done(e.detail.edit)}
      @queue-edit-cancel=${cancel}></queue-edit-form>`;
  }
}
customElements.define('import-queue', ImportQueue);

declare global {
  interface HTMLElementTagNameMap {
    'import-queue': ImportQueue;
  }
}
