/**
 * <rank-list>: "Who mattered": entities ranked by betweenness (who links the others) or by number of
 * relations, for the whole period or a window of years, with a choice of what node size shows on the graph.
 */
import { LitElement, css, html } from 'lit';
import type { RankView } from '../../app/tracing/rank-view';
import type { RankOrder, SizeMeasure, ToolState } from '../../app/tracing/tool-state';
import { uiStyles } from '../shared/ui-styles';
import { yearSelect } from './year-select';
import { emit } from '../shared/events';

/** Rows shown before "Show all". */
const FIRST_ROWS = 25;

const ORDER_TEXT: Record<RankOrder, string> = { betweenness: 'Betweenness', degree: 'Number of relations' };
const SIZE_CHOICES: { value: SizeMeasure | null; text: string }[] = [
  { value: null, text: 'All relations, all years (default)' },
  { value: 'betweenness', text: 'Betweenness in these years' },
  { value: 'degree', text: 'Relations in these years' },
];

/**
 * @fires tool-change - Partial<ToolState>: rankFrom, rankTo, rankOrder or size changed.
 * @fires entity-select - {id} an entity's name was chosen.
 */
export class RankList extends LitElement {
  static override properties = {
    period: { attribute: false },
    ranking: { attribute: false },
    size: { attribute: false },
    all: { state: true },
  };
  declare period: { from: number; to: number };
  declare ranking: RankView | null;
  declare size: SizeMeasure | null;
  declare all: boolean;

  constructor() {
    super();
    this.period = { from: 1917, to: 1953 };
    this.ranking = null;
    this.size = null;
    this.all = false;
  }

  static override styles = [
    uiStyles,
    css`
      :host { display: block; }
      h2 { font-size: 1.35rem; margin: 0 0 0.3rem; padding-right: var(--heading-room, 0); }
      .intro { margin: 0 0 0.6rem; color: var(--ui-muted); }
      fieldset { border: 1px solid var(--ui-line); border-radius: 8px; margin: 0.5rem 0 0; padding: 0.3rem 0.6rem 0.5rem; }
      legend { font-weight: 600; padding: 0 0.25rem; }
      .row { display: flex; flex-wrap: wrap; gap: 0.3rem 0.9rem; align-items: center; }
      .row label { display: inline-flex; gap: 0.35rem; align-items: center; }
      .col { display: grid; gap: 0.2rem; }
      .col label { display: inline-flex; gap: 0.35rem; align-items: center; }
      select { padding: 0.2rem 0.3rem; min-height: 2.1rem; border: 1px solid #8a94a3; border-radius: 6px; background: #fff; }
      table { width: 100%; table-layout: fixed; border-collapse: collapse; margin-top: 0.7rem; font-variant-numeric: tabular-nums; }
      col.rank { width: 2rem; }
      col.num { width: 5.6rem; }
      td button.link { overflow-wrap: anywhere; }
      caption { text-align: left; font-weight: 700; font-size: 1.05rem; margin-bottom: 0.3rem; }
      th, td { padding: 0.25rem 0.35rem; border-bottom: 1px solid #e3e7ec; text-align: left; vertical-align: middle; }
      th { font-size: 0.88rem; color: var(--ui-muted); font-weight: 600; }
      td.num, th.num { text-align: right; }
      td.num { white-space: nowrap; }
      td.rank { color: var(--ui-muted); width: 2.2rem; }
      td button.link { text-align: left; }
      .bar { display: block; height: 0.4rem; margin-top: 0.15rem; background: #2166ac; border-radius: 2px; min-width: 1px; margin-left: auto; }
      .bar.b { background: #5e3c99; }
      .bar.d { background: repeating-linear-gradient(90deg, #2166ac 0 3px, #9ec3e6 3px 5px); }
      th[aria-sort] { color: var(--ui-ink); }
      .more { margin-top: 0.5rem; }
      .note { font-size: 0.88rem; color: var(--ui-muted); margin: 0.5rem 0 0; }
    `,
  ];

  override render() {
    const r = this.ranking;
    const span = r && (r.fromYear !== null || r.toYear !== null) ? `${r.fromYear ?? 'start'}–${r.toYear ?? 'end'}` : 'all years';
    return html`<section aria-labelledby="rank-title">
      <h2 id="rank-title">Who mattered</h2>
      <p class="intro">Entities ranked by how many relations they have, and by betweenness: how often an entity lies on the shortest links between two others.</p>
      <fieldset>
        <legend>Years</legend>
        <div class="row">
          <label for="rf">From year</label>
          ${yearSelect({ id: 'rf', period: this.period, value: r?.fromYear ?? null, anyText: 'start', onChange: (y) => this.emit({ rankFrom: y }) })}
          <label for="rt">to year</label>
          ${yearSelect({ id: 'rt', period: this.period, value: r?.toYear ?? null, anyText: 'end', onChange: (y) => this.emit({ rankTo: y }) })}
        </div>
      </fieldset>
      <fieldset>
        <legend>Rank by</legend>
        <div class="row">
          ${(['betweenness', 'degree'] as const).map(
            (o) => html`<label><input type="radio" name="order" .checked=${(r?.order ?? 'betweenness') === o} @change=${() => this.emit({ rankOrder: o })} />${ORDER_TEXT[o]}</label>`,
          )}
        </div>
      </fieldset>
      <fieldset>
        <legend>Node size on the graph</legend>
        <div class="col">
          ${SIZE_CHOICES.map(
            (c) => html`<label><input type="radio" name="size" .checked=${this.size === c.value} @change=${() => this.emit({ size: c.value })} />${c.text}</label>`,
          )}
        </div>
      </fieldset>
      ${r ? this.table(r, span) : html`<p class="note">Ranking…</p>`}
    </section>`;
  }

  private table(r: RankView, span: string) {
    const rows = this.all ? r.ranks : r.ranks.slice(0, FIRST_ROWS);
    const sorted = (o: RankOrder) => (r.order === o ? 'descending' : undefined);
    return html`<table>
        <caption>${r.ranks.length} entities with relations, ${span}, by ${ORDER_TEXT[r.order].toLowerCase()}</caption>
        <colgroup><col class="rank" /><col /><col class="num" /><col class="num" /></colgroup>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Entity</th>
            <th scope="col" class="num" aria-sort=${sorted('degree') ?? 'none'}>Relations</th>
            <th scope="col" class="num" aria-sort=${sorted('betweenness') ?? 'none'}>Between&shy;ness</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (e, i) => html`<tr data-id=${e.id}>
              <td class="rank">${i + 1}</td>
              <td><button type="button" class="link" @click=${() => this.select(e.id)}>${e.label}</button></td>
              <td class="num">${e.degree}<span class="bar d" style="width: ${(100 * e.degree) / Math.max(1, r.maxDegree)}%" aria-hidden="true"></span></td>
              <td class="num">${e.betweenness.toFixed(3)}<span class="bar b" style="width: ${r.maxBetweenness > 0 ? (100 * e.betweenness) / r.maxBetweenness : 0}%" aria-hidden="true"></span></td>
            </tr>`,
          )}
        </tbody>
      </table>
      ${r.ranks.length > rows.length ? html`<button type="button" class="more" @click=${() => (this.all = true)}>Show all ${r.ranks.length}</button>` : ''}`;
  }

  private select(id: string): void {
    emit(this, 'entity-select', { id });
  }

  private emit(detail: Partial<ToolState>): void {
    emit(this, 'tool-change', detail);
  }
}
customElements.define('rank-list', RankList);

declare global {
  interface HTMLElementTagNameMap {
    'rank-list': RankList;
  }
}
