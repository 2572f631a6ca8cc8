/**
 * <relation-list>: the relations in view as a table, the canvas's text alternative. Sortable by each column;
 * rows are focusable (one tab stop, arrow keys move), Enter or click opens a relation.
 */
import { LitElement, css, html } from 'lit';
import '../planner/add-to-plan';
import { SORT_KEYS, sortRows, type RelationRow, type SortDirection, type SortKey } from '../../app/explorer/relation-rows';
import { slidesText } from '../../model/queries/sentence';
import { uiStyles } from '../shared/ui-styles';
import { emit } from '../shared/events';

/** The row's "Add to plan" works on its own: its clicks and keys do not open the row's relation. */
const stop = (e: Event) => e.stopPropagation();
const HEADINGS: Record<SortKey, string> = { source: 'Source', relation: 'Relation', target: 'Target', dates: 'Dates', slides: 'Slides' };

/**
 * @fires relation-select - {key} a row was chosen.
 */
export class RelationList extends LitElement {
  static override properties = {
    rows: { attribute: false },
    selectedEdge: { attribute: false },
    caption: { attribute: false },
    sortKey: { state: true },
    sortDirection: { state: true },
    cursor: { state: true },
  };
  declare rows: RelationRow[];
  declare selectedEdge: string | null;
  /** What the table shows, e.g. "Relations in force in 1925". */
  declare caption: string;
  declare sortKey: SortKey;
  declare sortDirection: SortDirection;
  /** Index (in sorted order) of the row that holds the tab stop. */
  declare cursor: number;
  private sorted: RelationRow[] = [];

  constructor() {
    super();
    this.rows = [];
    this.selectedEdge = null;
    this.caption = 'Relations';
    this.sortKey = 'dates';
    this.sortDirection = 'ascending';
    this.cursor = 0;
  }

  static override styles = [
    uiStyles,
    css`
      :host { display: block; overflow: auto; background: #fff; }
      table { border-collapse: collapse; width: 100%; }
      caption { text-align: left; font-weight: 700; font-size: 1.1rem; padding: 0.6rem 0.75rem; }
      th { position: sticky; top: 0; background: #eef1f5; text-align: left; padding: 0; border-bottom: 2px solid var(--ui-line); z-index: 1; }
      th button { all: unset; box-sizing: border-box; display: flex; gap: 0.3rem; width: 100%; padding: 0.45rem 0.75rem; cursor: pointer; font-weight: 700; min-height: 2.25rem; align-items: center; }
      th button:hover { background: #dde4ee; }
      th button:focus-visible { outline: 3px solid var(--ui-focus); outline-offset: -3px; }
      .arrow { font-size: 0.75rem; color: var(--ui-muted); }
      td { padding: 0.4rem 0.75rem; border-bottom: 1px solid #e3e7ec; vertical-align: top; }
      tbody tr { cursor: pointer; }
      tbody tr:hover { background: #f3f6fa; }
      tbody tr:focus-visible { outline: 3px solid var(--ui-focus); outline-offset: -3px; }
      tbody tr[aria-current='true'] { background: var(--ui-selected); }
      .rel { font-weight: 600; }
      .dates { white-space: nowrap; font-variant-numeric: tabular-nums; }
      td .badge { margin-top: 0.1rem; }
      .empty { padding: 1rem 0.75rem; color: var(--ui-muted); }
      @media (pointer: coarse) { td { padding: 0.75rem; } th button { min-height: 44px; } }
    `,
  ];

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('rows') || changed.has('sortKey') || changed.has('sortDirection')) {
      this.sorted = sortRows(this.rows, this.sortKey, this.sortDirection);
      if (this.cursor >= this.sorted.length) this.cursor = Math.max(0, this.sorted.length - 1);
    }
  }

  override render() {
    return html`<table>
      <caption>
        ${this.caption}: ${this.rows.length} relation${this.rows.length === 1 ? '' : 's'}
        <span class="vh">. Sort with the column buttons; in the rows, arrow keys move and Enter opens a relation.</span>
      </caption>
      <thead>
        <tr>
          ${SORT_KEYS.map((key) => {
            const sorted = key === this.sortKey;
            return html`<th scope="col" aria-sort=${sorted ? this.sortDirection : 'none'}>
              <button type="button" @click=${() => this.sortBy(key)}>
                ${HEADINGS[key]}<span class="arrow" aria-hidden="true">${sorted ? (this.sortDirection === 'ascending' ? '▲' : '▼') : '↕'}</span>
              </button>
            </th>`;
          })}
          <th scope="col"><span class="vh">Add to plan</span></th>
        </tr>
      </thead>
      <tbody @keydown=${this.onKey}>
        ${this.sorted.map(
          (r, i) => html`<tr
            tabindex=${i === this.cursor ? '0' : '-1'}
            data-edge=${r.edge}
            aria-current=${r.edge === this.selectedEdge ? 'true' : 'false'}
            @click=${() => this.choose(i)}
            @focus=${() => (this.cursor = i)}
          >
            <td>${r.sourceLabel}</td>
            <td class="rel tone-${r.tone}">${r.relation}${r.certainty !== 'stated' ? html` <span class="badge ${r.certainty}">${r.certainty}</span>` : ''}</td>
            <td>${r.targetLabel}</td>
            <td><span class="dates">${r.dates}</span>${r.outsideNotes && r.dates !== 'undated' ? html` <span class="badge outside">date not in the notes</span>` : ''}</td>
            <td>${slidesText(r.slides).replace(/^slides? /, '')}</td>
            <td class="plan" @click=${stop} @keydown=${stop}><add-to-plan .ref=${{ kind: 'relation-all', edge: r.edge, from: 'list' }} what=${`${r.sourceLabel} ${r.relation} ${r.targetLabel}, ${r.dates}`}></add-to-plan></td>
          </tr>`,
        )}
      </tbody>
    </table>
    ${this.rows.length === 0 ? html`<p class="empty">No relation is in view: choose another year or widen the filters.</p>` : ''}`;
  }

  override updated(changed: Map<string, unknown>): void {
    // Bring the selected relation into view when it changes (or the list first shows it).
    if (changed.has('selectedEdge') && this.selectedEdge) {
      const row = [...this.renderRoot.querySelectorAll<HTMLElement>('tbody tr')].find((tr) => tr.dataset.edge === this.selectedEdge);
      row?.scrollIntoView({ block: 'nearest' });
    }
  }

  private sortBy(key: SortKey): void {
    if (key === this.sortKey) this.sortDirection = this.sortDirection === 'ascending' ? 'descending' : 'ascending';
    else {
      this.sortKey = key;
      this.sortDirection = 'ascending';
    }
  }

  private onKey(event: KeyboardEvent): void {
    const last = this.sorted.length - 1;
    const moves: Record<string, number> = { ArrowDown: this.cursor + 1, ArrowUp: this.cursor - 1, Home: 0, End: last, PageDown: this.cursor + 10, PageUp: this.cursor - 10 };
    if (event.key in moves) {
      event.preventDefault();
      this.moveTo(Math.max(0, Math.min(last, moves[event.key]!)));
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.choose(this.cursor);
    }
  }

  private async moveTo(index: number): Promise<void> {
    this.cursor = index;
    await this.updateComplete;
    this.renderRoot.querySelectorAll<HTMLTableRowElement>('tbody tr')[index]?.focus();
  }

  private choose(index: number): void {
    const row = this.sorted[index];
    if (!row) return;
    this.cursor = index;
    emit(this, 'relation-select', { key: row.edge });
  }
}
customElements.define('relation-list', RelationList);

declare global {
  interface HTMLElementTagNameMap {
    'relation-list': RelationList;
  }
}
