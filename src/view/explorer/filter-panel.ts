/** <filter-panel>: checkboxes by entity kind, relation type and tone, and focus on the selection's neighbourhood. */
import { LitElement, css, html } from 'lit';
import type { FilterOption } from '../../app/shell/explorer-data';
import { FOCUS_STEPS, toggleFilter, type Focus } from '../../app/shell/view-state';
import type { EntityKind, Tone } from '../../model/types';
import { uiStyles } from '../shared/ui-styles';
import { emit, type FilterChange } from '../shared/events';

export type { FilterOption };


type Group = 'kinds' | 'types' | 'tones';

/**
 * @fires filter-change - {kinds?, types?, tones?, focus?} the filters the user set (null = everything).
 */
export class FilterPanel extends LitElement {
  static override properties = {
    kindOptions: { attribute: false },
    typeOptions: { attribute: false },
    toneOptions: { attribute: false },
    kinds: { attribute: false },
    types: { attribute: false },
    tones: { attribute: false },
    focusSteps: { attribute: false },
    selectionLabel: { attribute: false },
  };
  declare kindOptions: FilterOption<EntityKind>[];
  declare typeOptions: FilterOption[];
  declare toneOptions: FilterOption<Tone>[];
  declare kinds: ReadonlySet<EntityKind> | null;
  declare types: ReadonlySet<string> | null;
  declare tones: ReadonlySet<Tone> | null;
  declare focusSteps: Focus;
  /** The selected entity's label, or null: focus needs a selection. */
  declare selectionLabel: string | null;

  constructor() {
    super();
    this.kindOptions = [];
    this.typeOptions = [];
    this.toneOptions = [];
    this.kinds = null;
    this.types = null;
    this.tones = null;
    this.focusSteps = 0;
    this.selectionLabel = null;
  }

  static override styles = [
    uiStyles,
    css`
      :host { display: block; }
      fieldset { position: relative; border: none; border-top: 1px solid var(--ui-line); margin: 0; padding: 0.6rem 0 0.75rem; min-width: 0; }
      legend { font-weight: 700; padding: 0; margin-bottom: 0.3rem; float: left; }
      .all { float: right; display: inline-flex; gap: 0.25rem; }
      .all button { font-size: 0.85rem; padding: 0.05rem 0.45rem; min-height: 1.8rem; }
      ul { list-style: none; margin: 0; padding: 0; clear: both; }
      li label { display: flex; align-items: center; gap: 0.45rem; padding: 0.12rem 0; cursor: pointer; }
      .count { margin-left: auto; color: var(--ui-muted); font-size: 0.85rem; font-variant-numeric: tabular-nums; }
      .swatch { width: 0.7rem; height: 0.7rem; border-radius: 2px; flex: none; }
      .swatch.friendly { background: var(--ui-friendly); }
      .swatch.hostile { background: var(--ui-hostile); }
      .swatch.neutral { background: var(--ui-neutral); }
      .hint { margin: 0.2rem 0 0; font-size: 0.85rem; color: var(--ui-muted); clear: both; }
      .focus { display: flex; flex-wrap: wrap; gap: 0.1rem 0.9rem; clear: both; }
      .focus label { display: inline-flex; align-items: center; gap: 0.3rem; }
    `,
  ];

  override render() {
    return html`<fieldset aria-describedby="focus-hint">
        <legend>Focus on selection</legend>
        <div class="focus">
          ${FOCUS_STEPS.map(
            (n) => html`<label
              ><input type="radio" name="focus" .value=${String(n)} .checked=${this.focusSteps === n} @change=${() => this.emit({ focus: n })} />
              ${n === 0 ? 'Off' : `${n} step${n === 1 ? '' : 's'}`}</label
            >`,
          )}
        </div>
        <p class="hint" id="focus-hint">
          ${this.selectionLabel ? `Shows only what is within the chosen number of steps of ${this.selectionLabel}.` : 'Select an entity to focus on its neighbours.'}
        </p>
      </fieldset>
      ${this.group('kinds', 'Entity kinds', this.kindOptions, this.kinds)} ${this.group('tones', 'Tones', this.toneOptions, this.tones)}
      ${this.group('types', 'Relation types', this.typeOptions, this.types)}`;
  }

  private group<T extends string>(group: Group, title: string, options: FilterOption<T>[], set: ReadonlySet<T> | null) {
    const all = options.map((o) => o.id);
    const shown = set === null ? options.length : options.filter((o) => set.has(o.id)).length;
    return html`<fieldset>
      <legend>${title} <span class="vh">(${shown} of ${options.length} shown)</span></legend>
      <span class="all">
        <button type="button" aria-label="Show all ${title.toLowerCase()}" @click=${() => this.emit({ [group]: null })}>All</button>
        <button type="button" aria-label="Hide all ${title.toLowerCase()}" @click=${() => this.emit({ [group]: new Set() })}>None</button>
      </span>
      <ul>
        ${options.map(
          (o) => html`<li>
            <label
              ><input
                type="checkbox"
                .checked=${set === null || set.has(o.id)}
                @change=${(e: Event) => this.emit({ [group]: toggleFilter(set, o.id, (e.target as HTMLInputElement).checked, all) })}
              />${o.tone ? html`<span class="swatch ${o.tone}" aria-hidden="true"></span>` : ''}${o.label} <span class="count">${o.count}</span></label
            >
          </li>`,
        )}
      </ul>
    </fieldset>`;
  }

  private emit(change: FilterChange): void {
    emit(this, 'filter-change', change);
  }
}
customElements.define('filter-panel', FilterPanel);

declare global {
  interface HTMLElementTagNameMap {
    'filter-panel': FilterPanel;
  }
}
