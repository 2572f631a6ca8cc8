/**
 * <entity-panel>: one entity: kind, dates, summary, its timeline (a swimlane chart and the story in dated
 * sentences), its relations as dated sentences (each expandable to its evidence; a long list grouped by period,
 * only the current year's period open), and every bullet of the notes that names it, the name marked and the slide cited.
 */
import { LitElement, css, html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { EntityDetails, EntityRelation } from '../../app/panels/details';
import { groupByPeriod } from '../../app/panels/periods';
import type { TimelineView } from '../../app/panels/timeline-view';
import './entity-timeline';
import './note-excerpt';
import { uiStyles } from '../shared/ui-styles';
import { onEscape } from '../shared/on-escape';
import { emit } from '../shared/events';

/** Excerpts shown before "Show all". */
const FIRST_EXCERPTS = 8;
/** More relations than this are grouped by period. */
export const GROUP_RELATIONS_OVER = 12;

/**
 * @fires entity-select - {id} a related entity was chosen.
 * @fires relation-select - {key} "Relation details" was chosen.
 * @fires panel-close - the close button or Escape.
 */
export class EntityPanel extends LitElement {
  static override properties = {
    details: { attribute: false },
    timeline: { attribute: false },
    shownEdges: { attribute: false },
    year: { attribute: false },
    expanded: { state: true },
    allExcerpts: { state: true },
  };
  declare details: EntityDetails | null;
  /** The entity's timeline (chart, sentences, text to copy); the section is left out when null. */
  declare timeline: TimelineView | null;
  /** Relations the current view shows; the others are marked as not in view. null = all. */
  declare shownEdges: ReadonlySet<string> | null;
  declare year: number | null;
  declare expanded: ReadonlySet<string>;
  declare allExcerpts: boolean;

  constructor() {
    super();
    this.details = null;
    this.timeline = null;
    this.shownEdges = null;
    this.year = null;
    this.expanded = new Set();
    this.allExcerpts = false;
    onEscape(this, () => emit(this, 'panel-close', null));
  }

  static override styles = [
    uiStyles,
    css`
      :host { display: block; }
      header { display: flex; align-items: flex-start; gap: 0.5rem; }
      h2 { font-size: 1.5rem; line-height: 1.2; margin: 0; flex: 1; }
      h2:focus { outline: none; }
      h2:focus-visible { outline: 3px solid var(--ui-focus); }
      h3 { font-size: 1.1rem; margin: 1.1rem 0 0.4rem; }
      .meta { margin: 0.3rem 0; color: var(--ui-muted); }
      .kind { text-transform: capitalize; font-weight: 600; color: var(--ui-ink); }
      .aka { margin: 0.2rem 0; font-size: 0.9rem; color: var(--ui-muted); }
      .summary { margin: 0.5rem 0; }
      ol { list-style: none; margin: 0; padding: 0; }
      .relations > li {
        display: grid; grid-template-columns: minmax(0, 1fr) auto; align-items: start; gap: 0.2rem 0.5rem;
        padding: 0.3rem 0 0.3rem 0.6rem; border-left: 4px solid var(--ui-line); margin-bottom: 0.25rem;
      }
      .relations .evidence { grid-column: 1 / -1; }
      .relations > li.friendly { border-left-color: var(--ui-friendly); }
      .relations > li.hostile { border-left-color: var(--ui-hostile); }
      .relations > li.out { color: #555f6d; }
      .when { font-variant-numeric: tabular-nums; font-weight: 600; }
      .toggle { font-size: 0.85rem; padding: 0.05rem 0.5rem; min-height: 1.8rem; }
      .toggle[aria-expanded='true'] { background: var(--ui-selected); }
      .evidence { margin: 0.2rem 0 0.2rem; display: grid; gap: 0.5rem; }
      .evidence[hidden] { display: none; }
      .excerpts > li { margin-bottom: 0.7rem; }
      .none { color: var(--ui-muted); margin: 0; }
      details.period { border-top: 1px solid var(--ui-line); }
      details.period:last-of-type { border-bottom: 1px solid var(--ui-line); }
      details.period > summary { cursor: pointer; padding: 0.45rem 0.2rem; font-weight: 700; min-height: 1.8rem; display: list-item; }
      details.period > summary:hover { background: #f3f6fa; }
      @media (pointer: coarse) { details.period > summary { min-height: 44px; } }
      details.period > summary:focus-visible { outline: 3px solid var(--ui-focus); outline-offset: -3px; }
      details.period > summary .count { font-weight: 400; color: var(--ui-muted); }
      details.period > ol { padding-bottom: 0.4rem; }
      @media (pointer: coarse) { details.period > summary { min-height: 44px; display: flex; align-items: center; gap: 0.4rem; } details.period > summary::before { content: '▸'; } details.period[open] > summary::before { content: '▾'; } }
    `,
  ];

  override willUpdate(changed: Map<string, unknown>): void {
    const previous = changed.get('details') as EntityDetails | null | undefined;
    if (changed.has('details') && previous?.id !== this.details?.id) {
      this.expanded = new Set();
      this.allExcerpts = false;
    }
  }

  /** Move focus to the heading, so keyboard and screen reader users land on the entity. */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  override render() {
    const d = this.details;
    if (!d) return html``;
    const excerpts = this.allExcerpts ? d.excerpts : d.excerpts.slice(0, FIRST_EXCERPTS);
    return html`<section aria-labelledby="title">
      <header>
        <h2 id="title" tabindex="-1">${d.label}</h2>
        <button type="button" aria-label="Close ${d.label}" title="Close (Esc)" @click=${() => emit(this, 'panel-close', null)}>✕</button>
      </header>
      <p class="meta">
        <span class="kind">${d.kind}</span>${d.dates ? html` · <span>${d.dates}</span>` : ''}
        ${d.dates && d.datesOutsideNotes ? html`<span class="badge outside">dates not in the notes</span>` : ''}
      </p>
      ${d.aliases.length ? html`<p class="aka">Also called: ${d.aliases.join(', ')}</p>` : ''}
      ${d.summary ? html`<p class="summary">${d.summary}</p>` : ''}
      ${this.timeline && this.timeline.id === d.id
        ? html`<h3>Timeline</h3>
            <entity-timeline .timeline=${this.timeline} .year=${this.year}></entity-timeline>`
        : ''}
      <h3>Relations <span class="count">(${d.relations.length})</span></h3>
      ${d.relations.length === 0
        ? html`<p class="none">No relations recorded yet.</p>`
        : d.relations.length > GROUP_RELATIONS_OVER
          ? keyed(d.id, this.periods(d))
          : html`<ol class="relations">
              ${d.relations.map((r, i) => this.relation(r, i))}
            </ol>`}
      <h3>In the notes <span class="count">(${d.excerpts.length})</span></h3>
      ${d.excerpts.length
        ? html`<ol class="excerpts">
            ${excerpts.map((e) => html`<li><note-excerpt .segments=${e.segments} .slide=${e.slide} .slideTitle=${e.slideTitle} .planRef=${{ kind: 'bullet', bullet: e.bulletId, entities: [d.id], from: 'entity' }}></note-excerpt></li>`)}
          </ol>`
        : html`<p class="none">The notes do not name ${d.label}.</p>`}
      ${d.excerpts.length > FIRST_EXCERPTS && !this.allExcerpts
        ? html`<button type="button" @click=${() => (this.allExcerpts = true)}>Show all ${d.excerpts.length} excerpts</button>`
        : ''}
    </section>`;
  }

  /** The relations grouped by period: only the period of the year shown (or the latest) starts open. */
  private periods(d: EntityDetails) {
    const index = new Map(d.relations.map((r, i) => [r, i]));
    const groups = groupByPeriod(d.relations, (r) => r.years?.from ?? null, this.year);
    return html`<div class="periods">
      ${groups.map(
        (g) => html`<details class="period" data-period=${g.period.id} ?open=${g.open}>
          <summary>${g.period.label} <span class="count">(${g.items.length} ${g.items.length === 1 ? 'relation' : 'relations'})</span></summary>
          <ol class="relations">
            ${g.items.map((r) => this.relation(r, index.get(r)!))}
          </ol>
        </details>`,
      )}
    </div>`;
  }

  private relation(r: EntityRelation, i: number) {
    const open = this.expanded.has(r.edge);
    const inView = this.shownEdges === null || this.shownEdges.has(r.edge);
    return html`<li class="${r.tone} ${inView ? '' : 'out'}" data-edge=${r.edge}>
      <span class="text"
        ><span class="when">${r.dates}</span>: ${r.verb} <button type="button" class="link" @click=${() => emit(this, 'entity-select', { id: r.other })}>${r.otherLabel}</button>
        ${r.outsideNotes && r.dates !== 'undated' ? html`<span class="badge outside">date not in the notes</span>` : ''}
        ${r.certainty !== 'stated' ? html`<span class="badge ${r.certainty}">${r.certainty}</span>` : ''}
        ${inView ? '' : html`<span class="vh">(not in the current view${this.year !== null ? ` of ${this.year}` : ''})</span>`}</span
      >
      <button type="button" class="toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls="ev-${i}" @click=${() => this.toggle(r.edge)}>
        Evidence<span class="vh"> for ${r.verb} ${r.otherLabel}</span>
      </button>
      <div class="evidence" id="ev-${i}" ?hidden=${!open}>
        ${open
          ? html`${r.evidence.map((q) => html`<note-excerpt .text=${q.quote} .slide=${q.slide} .slideTitle=${q.slideTitle} .planRef=${{ kind: 'relation', edge: r.edge, slide: q.slide, quote: q.quote, from: 'entity' }}></note-excerpt>`)}
              <div><button type="button" class="link" @click=${() => emit(this, 'relation-select', { key: r.edge })}>Relation details</button></div>`
          : ''}
      </div>
    </li>`;
  }

  private toggle(edge: string): void {
    const next = new Set(this.expanded);
    if (next.has(edge)) next.delete(edge);
    else next.add(edge);
    this.expanded = next;
  }
}
customElements.define('entity-panel', EntityPanel);

declare global {
  interface HTMLElementTagNameMap {
    'entity-panel': EntityPanel;
  }
}
