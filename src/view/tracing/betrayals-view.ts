/**
 * <betrayals-view>: the betrayals (allied, then one turned on the other) and, in their own section, the
 * side switches, each with its dates and the quotes behind each half. Choosing one shows it on the graph.
 */
import { LitElement, css, html } from 'lit';
import type { Tracing, TracingItem } from '../../app/tracing/tracing';
import '../panels/relation-evidence';
import { uiStyles } from '../shared/ui-styles';
import { emit } from '../shared/events';

/**
 * @fires tool-change - {betrayal: string | null} an item was chosen (or the chosen one chosen again, to clear).
 */
export class BetrayalsView extends LitElement {
  static override properties = {
    tracing: { attribute: false },
    selected: { attribute: false },
  };
  declare tracing: Tracing | null;
  /** Id of the chosen betrayal or side switch. */
  declare selected: string | null;

  constructor() {
    super();
    this.tracing = null;
    this.selected = null;
  }

  static override styles = [
    uiStyles,
    css`
      :host { display: block; }
      h2 { font-size: 1.35rem; margin: 0 0 0.3rem; padding-right: var(--heading-room, 0); }
      h3 { font-size: 1.1rem; margin: 1rem 0 0.4rem; }
      .intro { margin: 0 0 0.5rem; color: var(--ui-muted); }
      ol { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.5rem; }
      li.item { border: 1px solid var(--ui-line); border-radius: 8px; padding: 0.35rem 0.5rem 0.5rem; background: #fff; }
      li.item.chosen { border: 2px solid var(--ui-accent); background: #f3f7fd; padding: calc(0.35rem - 1px) calc(0.5rem - 1px) calc(0.5rem - 1px); }
      button.choose {
        display: flex; gap: 0.6rem; align-items: baseline; width: 100%; text-align: left;
        border: none; background: none; padding: 0.2rem 0.25rem; font-weight: 700; font-size: 1.02rem;
      }
      button.choose:hover { background: #eef3fa; }
      button.choose[aria-pressed='true'] { color: var(--ui-accent); }
      .year { font-variant-numeric: tabular-nums; min-width: 2.6rem; }
      .story { display: grid; gap: 0.35rem; margin-top: 0.25rem; }
      .later { margin: 0; font-size: 0.92rem; color: var(--ui-muted); }
      .none { color: var(--ui-muted); }
    `,
  ];

  override render() {
    const t = this.tracing;
    if (!t) return html`<p class="none">Loading…</p>`;
    return html`<section aria-labelledby="betrayals-title">
      <h2 id="betrayals-title">Betrayals</h2>
      <p class="intro">Allies who later turned on each other, and those who changed sides. Choose one to show it on the graph at the year of the break.</p>
      <h3 id="b-head">Betrayals (${t.betrayals.length})</h3>
      ${this.list(t.betrayals, 'b-head', 'No betrayals found in the data.')}
      <h3 id="s-head">Side switches (${t.switches.length})</h3>
      ${this.list(t.switches, 's-head', 'No side switches found in the data.')}
    </section>`;
  }

  private list(items: TracingItem[], labelledBy: string, empty: string) {
    if (items.length === 0) return html`<p class="none">${empty}</p>`;
    return html`<ol aria-labelledby=${labelledBy}>
      ${items.map((item) => this.item(item))}
    </ol>`;
  }

  private item(item: TracingItem) {
    const chosen = item.id === this.selected;
    return html`<li class="item ${chosen ? 'chosen' : ''}" data-id=${item.id}>
      <button type="button" class="choose" aria-pressed=${chosen ? 'true' : 'false'} @click=${() => this.choose(chosen ? null : item.id)}>
        <span class="year">${item.year ?? '—'}</span> <span class="title">${item.title}</span>
      </button>
      <div class="story">
        ${item.steps.map((s) => html`<relation-evidence .relation=${s.relation} step=${s.role} ?open=${chosen}></relation-evidence>`)}
        ${item.later.length
          ? html`<p class="later">Later: ${item.later.map((r) => `${r.sentence}, ${r.dates}`).join('; ')}.</p>`
          : ''}
      </div>
    </li>`;
  }

  private choose(id: string | null): void {
    emit(this, 'tool-change', { betrayal: id });
  }
}
customElements.define('betrayals-view', BetrayalsView);

declare global {
  interface HTMLElementTagNameMap {
    'betrayals-view': BetrayalsView;
  }
}
