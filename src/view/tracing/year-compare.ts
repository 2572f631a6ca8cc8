/**
 * <year-compare>: pick two years and see which relations began and which ended between them, each with its
 * quotes; the changes can be narrowed to one entity ("Narrow to entity") and highlighted on the graph.
 */
import { LitElement, css, html } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ChangeView, CompareView } from '../../app/tracing/compare-view';
import { COMPARE_SHOW, type CompareShow, type ToolState } from '../../app/tracing/tool-state';
import '../panels/relation-evidence';
import { uiStyles } from '../shared/ui-styles';
import { yearSelect } from './year-select';
import { emit } from '../shared/events';

const SHOW_TEXT: Record<CompareShow, string> = { none: 'Nothing', began: 'What began', ended: 'What ended', both: 'Both' };

/**
 * @fires tool-change - Partial<ToolState>: compareA, compareB, compareShow or compareEntity changed.
 */
export class YearCompare extends LitElement {
  static override properties = {
    period: { attribute: false },
    yearA: { attribute: false },
    yearB: { attribute: false },
    show: { attribute: false },
    changes: { attribute: false },
  };
  declare period: { from: number; to: number };
  declare yearA: number | null;
  declare yearB: number | null;
  declare show: CompareShow;
  /** The changes between the two years; null until both are chosen. */
  declare changes: CompareView | null;

  constructor() {
    super();
    this.period = { from: 1917, to: 1953 };
    this.yearA = null;
    this.yearB = null;
    this.show = 'none';
    this.changes = null;
  }

  static override styles = [
    uiStyles,
    css`
      :host { display: block; }
      h2 { font-size: 1.35rem; margin: 0 0 0.3rem; padding-right: var(--heading-room, 0); }
      h3 { font-size: 1.1rem; margin: 1rem 0 0.4rem; }
      .intro { margin: 0 0 0.6rem; color: var(--ui-muted); }
      .years { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center; }
      .years label { font-weight: 600; margin-right: 0.3rem; }
      select { padding: 0.2rem 0.3rem; min-height: 2.1rem; border: 1px solid #8a94a3; border-radius: 6px; background: #fff; font-size: 1.05rem; }
      fieldset { border: 1px solid var(--ui-line); border-radius: 8px; margin: 0.6rem 0 0; padding: 0.3rem 0.6rem 0.5rem; }
      legend { font-weight: 600; padding: 0 0.25rem; }
      .row { display: flex; flex-wrap: wrap; gap: 0.3rem 0.9rem; }
      .row label { display: inline-flex; gap: 0.35rem; align-items: center; }
      .status { margin: 0.7rem 0 0.3rem; font-weight: 600; }
      ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.45rem; }
      .entity-end { font-size: 0.88rem; color: var(--ui-muted); margin: 0.1rem 0 0 0.85rem; }
      .none { color: var(--ui-muted); margin: 0; }
      .narrow { display: flex; flex-wrap: wrap; gap: 0.4rem 0.6rem; align-items: center; margin: 0.6rem 0 0; }
      .narrow label { font-weight: 600; }
      .narrow select { max-width: 100%; }
    `,
  ];

  override render() {
    const c = this.changes;
    return html`<section aria-labelledby="compare-title">
      <h2 id="compare-title">Compare two years</h2>
      <p class="intro">Which relations began, and which ended, between one year and another.</p>
      <div class="years">
        <span><label for="ca">Year A</label>${yearSelect({ id: 'ca', period: this.period, value: this.yearA, anyText: 'choose…', onChange: (y) => this.emit({ compareA: y }) })}</span>
        <span><label for="cb">Year B</label>${yearSelect({ id: 'cb', period: this.period, value: this.yearB, anyText: 'choose…', onChange: (y) => this.emit({ compareB: y }) })}</span>
      </div>
      <fieldset>
        <legend>Highlight on the graph</legend>
        <div class="row">
          ${COMPARE_SHOW.map(
            (s) => html`<label><input type="radio" name="show" value=${s} .checked=${this.show === s} @change=${() => this.emit({ compareShow: s })} />${SHOW_TEXT[s]}</label>`,
          )}
        </div>
      </fieldset>
      ${this.yearA === null || this.yearB === null
        ? html`<p class="status" role="status">Choose two years to compare.</p>`
        : this.yearA === this.yearB
          ? html`<p class="status" role="status">Choose two different years.</p>`
          : c
            ? html`${this.narrowControl(c)}
                <p class="status" role="status">
                  From ${c.fromYear} to ${c.toYear}${c.entity !== null ? `, for ${this.labelOf(c, c.entity)}` : ''}: ${c.began.length} ${c.began.length === 1 ? 'relation' : 'relations'} began, ${c.ended.length} ended${c.entity !== null ? ` (of ${c.allBegan} and ${c.allEnded} for everyone)` : ''}.
                </p>
                <h3 id="began-title">Began after ${c.fromYear}, by ${c.toYear} (${c.began.length})</h3>
                ${this.list(c.began, 'began-title', 'None began.')}
                <h3 id="ended-title">In force in ${c.fromYear}, over by ${c.toYear} (${c.ended.length})</h3>
                ${this.list(c.ended, 'ended-title', 'None ended.')}`
            : html`<p class="status" role="status">Comparing…</p>`}
    </section>`;
  }

  /** The "Narrow to entity" picker: everyone, or one entity a change involves (with its count). */
  private narrowControl(c: CompareView) {
    const value = c.entity ?? '';
    const known = c.entity === null || c.involved.some((e) => e.id === c.entity);
    return html`<div class="narrow">
      <label for="cn">Narrow to entity</label>
      <select id="cn" .value=${live(value)} @change=${(e: Event) => this.emit({ compareEntity: (e.target as HTMLSelectElement).value || null })}>
        <option value="" ?selected=${value === ''}>Everyone (${c.allBegan + c.allEnded} changes)</option>
        ${known ? '' : html`<option value=${c.entity!} selected>${c.entity} (no changes)</option>`}
        ${c.involved.map((e) => html`<option value=${e.id} ?selected=${value === e.id}>${e.label} (${e.changes})</option>`)}
      </select>
      ${c.entity !== null ? html`<button type="button" @click=${() => this.emit({ compareEntity: null })}>Show everyone</button>` : ''}
    </div>`;
  }

  private labelOf(c: CompareView, id: string): string {
    return c.involved.find((e) => e.id === id)?.label ?? id;
  }

  private list(items: ChangeView[], labelledBy: string, empty: string) {
    if (items.length === 0) return html`<p class="none">${empty}</p>`;
    return html`<ul aria-labelledby=${labelledBy}>
      ${items.map(
        (c) => html`<li data-edge=${c.edge}>
          <relation-evidence .relation=${c}></relation-evidence>
          ${c.endedWithEntity !== undefined ? html`<p class="entity-end">No end date given: it stops in ${c.endedWithEntity}, when one of its entities ends.</p>` : ''}
        </li>`,
      )}
    </ul>`;
  }

  private emit(detail: Partial<ToolState>): void {
    emit(this, 'tool-change', detail);
  }
}
customElements.define('year-compare', YearCompare);

declare global {
  interface HTMLElementTagNameMap {
    'year-compare': YearCompare;
  }
}
