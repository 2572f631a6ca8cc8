/**
 * <relation-evidence>: one relation as the tools list it: an optional step ("Alliance", "Then"), the
 * sentence, its dates and caveats, and its quotes from the notes (shown, or behind a disclosure).
 */
import { LitElement, css, html, nothing } from 'lit';
import type { TracedRelation } from '../../app/tracing/traced-relation';
import './note-excerpt';
import { uiStyles } from '../shared/ui-styles';

export class RelationEvidence extends LitElement {
  static override properties = {
    relation: { attribute: false },
    step: {},
    open: { type: Boolean, reflect: true },
  };
  declare relation: TracedRelation | null;
  /** A word before the sentence: "Alliance", "Then", "Before" (not `role`, which is ARIA's). */
  declare step: string;
  /** Show the quotes; otherwise they sit behind an "Evidence" disclosure. */
  declare open: boolean;

  constructor() {
    super();
    this.relation = null;
    this.step = '';
    this.open = false;
  }

  static override styles = [
    uiStyles,
    css`
      :host { display: block; border-left: 4px solid var(--ui-neutral); padding: 0.1rem 0 0.1rem 0.6rem; }
      :host([data-tone='friendly']) { border-left-color: var(--ui-friendly); }
      :host([data-tone='hostile']) { border-left-color: var(--ui-hostile); border-left-style: dashed; }
      p { margin: 0; }
      .step { font-weight: 700; }
      .when { font-variant-numeric: tabular-nums; white-space: nowrap; }
      .quotes { display: grid; gap: 0.45rem; margin: 0.35rem 0 0.2rem; }
      details { margin: 0.15rem 0 0; }
      summary { cursor: pointer; color: var(--ui-accent); font-size: 0.9rem; font-weight: 600; width: fit-content; border-radius: 3px; }
      summary:hover { text-decoration: underline; }
      .none { font-size: 0.9rem; color: var(--ui-muted); }
      @media (pointer: coarse) { summary { min-height: 44px; display: flex; align-items: center; } }
    `,
  ];

  override willUpdate(): void {
    // The tone as an attribute so the border (colour and dash) follows it without colour being the only cue.
    if (this.relation) this.dataset.tone = this.relation.tone;
  }

  override render() {
    const r = this.relation;
    if (!r) return nothing;
    const slides = r.slides.length ? `${r.slides.length === 1 ? 'slide' : 'slides'} ${r.slides.join(', ')}` : '';
    const quotes = html`<div class="quotes">
      ${r.evidence.map((q) => html`<note-excerpt .text=${q.quote} .slide=${q.slide} .slideTitle=${q.slideTitle}></note-excerpt>`)}
    </div>`;
    return html`<p>
        ${this.step ? html`<span class="step">${this.step}:</span> ` : ''}<span class="sentence">${r.sentence}</span>,
        <span class="when">${r.dates}</span>
        ${r.outsideNotes && r.dates !== 'undated' ? html`<span class="badge outside">date not in the notes</span>` : ''}
        ${r.certainty !== 'stated' ? html`<span class="badge ${r.certainty}">${r.certainty}</span>` : ''}
      </p>
      ${r.evidence.length === 0
        ? html`<p class="none">No quote recorded.</p>`
        : this.open
          ? quotes
          : html`<details>
              <summary>Evidence<span class="vh"> for ${r.sentence}</span> (${slides})</summary>
              ${quotes}
            </details>`}`;
  }
}
customElements.define('relation-evidence', RelationEvidence);

declare global {
  interface HTMLElementTagNameMap {
    'relation-evidence': RelationEvidence;
  }
}
