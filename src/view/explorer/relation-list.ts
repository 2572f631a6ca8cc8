/**
 * <relation-list>: the relations in view as a table, the canvas's text alternative. A text filter ("Filter
 * relations"), the quotes on demand ("Show quotes") and exports of what it shows ("Export CSV", "Export
 * Markdown"). Sortable by each column; rows are focusable (one tab stop, arrow keys move), Enter or click opens a relation.
 */
import { LitElement, html } from 'lit';
import { filterRows } from '../../app/explorer/list-filter';
import { listCsv, listFileName, listMarkdown } from '../../app/explorer/list-export';
import { cleanFilter } from '../../app/explorer/list-state';
import { SORT_KEYS, sortRows, type RelationRow, type SortDirection, type SortKey } from '../../app/explorer/relation-rows';
import { slidesText } from '../../model/queries/sentence';
import { downloadText } from '../../platform';
import '../panels/note-excerpt';
import { uiStyles } from '../shared/ui-styles';
import { emit } from '../shared/events';
import { relationListStyles } from './relation-list-styles';

const HEADINGS: Record<SortKey, string> = { source: 'Source', relation: 'Relation', target: 'Target', dates: 'Dates', slides: 'Slides' };

/** How long typing pauses before the filter goes into the URL (the table filters at once). */
const FILTER_SETTLE_MS = 300;

/**
 * @fires relation-select - {key} a row was chosen.
 * @fires list-change - {filter} or {quotes}: the filter (once typing pauses) or the quotes toggle changed.
 */
export class RelationList extends LitElement {
  static override properties = {
    rows: { attribute: false },
    selectedEdge: { attribute: false },
    caption: { attribute: false },
    filter: { attribute: false },
    quotes: { attribute: false },
    notesTitle: { attribute: false },
    year: { attribute: false },
    draft: { state: true },
    sortKey: { state: true },
    sortDirection: { state: true },
    cursor: { state: true },
  };
  declare rows: RelationRow[];
  declare selectedEdge: string | null;
  /** What the table shows, e.g. "Relations in force in 1925". */
  declare caption: string;
  /** The text filter from the view state (the URL). */
  declare filter: string;
  /** Whether each row shows its quotes. */
  declare quotes: boolean;
  /** The notes' title, for the exports. */
  declare notesTitle: string;
  /** The year shown (null = all), for the exports' file names. */
  declare year: number | null;
  /** What is typed in the filter box (ahead of `filter` while typing). */
  declare draft: string;
  declare sortKey: SortKey;
  declare sortDirection: SortDirection;
  /** Index (in sorted order) of the row that holds the tab stop. */
  declare cursor: number;
  private sorted: RelationRow[] = [];
  private settle: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    this.rows = [];
    this.selectedEdge = null;
    this.caption = 'Relations';
    this.filter = '';
    this.quotes = false;
    this.notesTitle = '';
    this.year = null;
    this.draft = '';
    this.sortKey = 'dates';
    this.sortDirection = 'ascending';
    this.cursor = 0;
  }

  static override styles = [uiStyles, relationListStyles];

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.flushFilter();
  }

  override willUpdate(changed: Map<string, unknown>): void {
    // The URL's filter wins unless the user is typing one of their own.
    if (changed.has('filter') && this.settle === undefined) this.draft = this.filter;
    if (changed.has('rows') || changed.has('draft') || changed.has('filter') || changed.has('sortKey') || changed.has('sortDirection')) {
      this.sorted = sortRows(filterRows(this.rows, this.draft), this.sortKey, this.sortDirection);
      if (this.cursor >= this.sorted.length) this.cursor = Math.max(0, this.sorted.length - 1);
    }
  }

  /** The rows shown, filtered and sorted as on screen (what the exports hold). */
  get shownRows(): readonly RelationRow[] {
    return this.sorted;
  }

  override render() {
    const shown = this.sorted.length;
    const total = this.rows.length;
    const count = shown === total ? `${total} relation${total === 1 ? '' : 's'}` : `${shown} of ${total} relations`;
    return html`<div class="tools">
        <div class="filter">
          <label for="filter">Filter relations</label>
          <input id="filter" type="search" autocomplete="off" spellcheck="false" maxlength="200" aria-describedby="filter-hint" .value=${this.draft} @input=${this.onInput} @change=${() => this.flushFilter()} @keydown=${this.onFilterKey} />
          <span id="filter-hint" class="vh">Words from names, relation types, quotes or years, e.g. purged 1936.</span>
        </div>
        <label class="quotes-toggle"><input type="checkbox" .checked=${this.quotes} @change=${(e: Event) => emit(this, 'list-change', { quotes: (e.target as HTMLInputElement).checked })} />Show quotes</label>
        <div class="exports">
          <button type="button" ?disabled=${shown === 0} @click=${() => this.export('csv')}>Export CSV</button>
          <button type="button" ?disabled=${shown === 0} @click=${() => this.export('md')}>Export Markdown</button>
        </div>
      </div>
      <table>
        <caption>
          ${this.caption}: ${count}${this.draft ? html` matching “${this.draft}”` : ''}
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
            ${this.quotes ? html`<th scope="col" class="plain">Quotes</th>` : ''}
          </tr>
        </thead>
        <tbody @keydown=${this.onKey}>
          ${this.sorted.map((r, i) => this.row(r, i))}
        </tbody>
      </table>
      ${total === 0
        ? html`<p class="empty">No relation is in view: choose another year or widen the filters.</p>`
        : shown === 0
          ? html`<p class="empty" role="status">No relation in view matches “${this.draft}”. Clear the filter to see all ${total}.</p>`
          : ''}`;
  }

  private row(r: RelationRow, i: number) {
    return html`<tr
      tabindex=${i === this.cursor ? '0' : '-1'}
      data-edge=${r.edge}
      aria-current=${r.edge === this.selectedEdge ? 'true' : 'false'}
      @click=${(e: Event) => this.onRowClick(e, i)}
      @focus=${() => (this.cursor = i)}
    >
      <td>${r.sourceLabel}</td>
      <td class="rel tone-${r.tone}">${r.relation}${r.certainty !== 'stated' ? html` <span class="badge ${r.certainty}">${r.certainty}</span>` : ''}</td>
      <td>${r.targetLabel}</td>
      <td><span class="dates">${r.dates}</span>${r.outsideNotes && r.dates !== 'undated' ? html` <span class="badge outside">date not in the notes</span>` : ''}</td>
      <td>${slidesText(r.slides).replace(/^slides? /, '')}</td>
      ${this.quotes
        ? html`<td class="quotes"><div>
            ${r.evidence.map((e) => html`<note-excerpt .text=${e.quote} .slide=${e.slide} .slideTitle=${e.slideTitle} .planRef=${{ kind: 'relation', edge: r.edge, slide: e.slide, quote: e.quote, from: 'list' }}></note-excerpt>`)}
          </div></td>`
        : ''}
    </tr>`;
  }

  override updated(changed: Map<string, unknown>): void {
    // Bring the selected relation into view when it changes (or the list first shows it).
    if (changed.has('selectedEdge') && this.selectedEdge) {
      const row = [...this.renderRoot.querySelectorAll<HTMLElement>('tbody tr')].find((tr) => tr.dataset.edge === this.selectedEdge);
      row?.scrollIntoView({ block: 'nearest' });
    }
  }

  private onInput(e: Event): void {
    this.draft = (e.target as HTMLInputElement).value;
    clearTimeout(this.settle);
    this.settle = setTimeout(() => this.flushFilter(), FILTER_SETTLE_MS);
  }

  private onFilterKey(e: KeyboardEvent): void {
    if (e.key === 'Enter') this.flushFilter();
  }

  /** Send the typed filter up (cleaned) if it differs from the state's. */
  private flushFilter(): void {
    clearTimeout(this.settle);
    this.settle = undefined;
    const filter = cleanFilter(this.draft);
    if (filter !== this.filter) emit(this, 'list-change', { filter });
  }

  private export(kind: 'csv' | 'md'): void {
    const ctx = { notesTitle: this.notesTitle, caption: this.caption, filter: cleanFilter(this.draft), year: this.year };
    if (kind === 'csv') downloadText(listCsv(this.sorted), listFileName(ctx, 'csv'), 'text/csv');
    else downloadText(listMarkdown(this.sorted, ctx), listFileName(ctx, 'md'), 'text/markdown');
  }

  private sortBy(key: SortKey): void {
    if (key === this.sortKey) this.sortDirection = this.sortDirection === 'ascending' ? 'descending' : 'ascending';
    else {
      this.sortKey = key;
      this.sortDirection = 'ascending';
    }
  }

  /** A click in a row opens its relation, except on a control inside it (a quote's "Add to plan"). */
  private onRowClick(e: Event, index: number): void {
    if (e.composedPath().some((n) => n instanceof HTMLElement && (n.tagName === 'BUTTON' || n.tagName === 'A' || n.tagName === 'INPUT'))) return;
    this.choose(index);
  }

  private onKey(event: KeyboardEvent): void {
    if (!(event.target instanceof HTMLTableRowElement)) return; // keys inside a quote's controls are theirs
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
