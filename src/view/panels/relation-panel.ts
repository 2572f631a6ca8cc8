/** <relation-panel>: one relation: its type, both ends, dates, certainty, where the date comes from, note, and its evidence. */
import { LitElement, css, html } from 'lit';
import type { RelationDetails } from '../../app/panels/details';
import './note-excerpt';
import { uiStyles } from '../shared/ui-styles';
import { onEscape } from '../shared/on-escape';
import { emit } from '../shared/events';

const CERTAINTY: Record<string, string> = {
  stated: 'stated in the notes',
  suspected: 'suspected (the notes report it as suspicion)',
  disputed: 'disputed',
};

/**
 * @fires entity-select - {id} one end was chosen.
 * @fires panel-close - the close (or back) button, or Escape.
 */
export class RelationPanel extends LitElement {
  static override properties = {
    details: { attribute: false },
    backTo: { attribute: false },
  };
  declare details: RelationDetails | null;
  /** Label of the entity panel that closing returns to, or null. */
  declare backTo: string | null;

  constructor() {
    super();
    this.details = null;
    this.backTo = null;
    onEscape(this, () => emit(this, 'panel-close', null));
  }

  static override styles = [
    uiStyles,
    css`
      :host { display: block; }
      header { display: flex; align-items: flex-start; gap: 0.5rem; }
      .type { margin: 0 0 0.2rem; font-size: 0.95rem; font-weight: 700; text-transform: uppercase; letter-spacing: 0.03em; }
      h2 { font-size: 1.35rem; line-height: 1.25; margin: 0; flex: 1; }
      h2:focus { outline: none; }
      h2:focus-visible { outline: 3px solid var(--ui-focus); }
      h3 { font-size: 1.1rem; margin: 1.1rem 0 0.4rem; }
      dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.3rem 0.9rem; margin: 0.8rem 0; }
      dt { font-weight: 600; color: var(--ui-muted); }
      dd { margin: 0; }
      .description { color: var(--ui-muted); font-size: 0.9rem; }
      ol { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.7rem; }
      .back { margin-bottom: 0.6rem; }
      .note { margin: 0.4rem 0; }
    `,
  ];

  /** Move focus to the heading. */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  override render() {
    const d = this.details;
    if (!d) return html``;
    const end = (id: string, label: string) => html`<button type="button" class="link" @click=${() => emit(this, 'entity-select', { id })}>${label}</button>`;
    return html`<section aria-labelledby="title">
      ${this.backTo ? html`<button type="button" class="back" @click=${() => emit(this, 'panel-close', null)}>← Back to ${this.backTo}</button>` : ''}
      <p class="type tone-${d.tone}">${d.typeLabel} <span class="vh">(${d.tone})</span></p>
      <header>
        <h2 id="title" tabindex="-1">${d.sourceLabel} ${d.verb} ${d.targetLabel}</h2>
        ${this.backTo ? '' : html`<button type="button" aria-label="Close relation" title="Close (Esc)" @click=${() => emit(this, 'panel-close', null)}>✕</button>`}
      </header>
      ${d.description ? html`<p class="description">“${d.typeLabel}” means: ${d.description}.</p>` : ''}
      <dl>
        <dt>From</dt>
        <dd>${end(d.source, d.sourceLabel)}</dd>
        <dt>To</dt>
        <dd>${end(d.target, d.targetLabel)}</dd>
        <dt>Dates</dt>
        <dd>${d.dates} ${d.outsideNotes && d.dates !== 'undated' ? html`<span class="badge outside">date not in the notes</span>` : ''}</dd>
        <dt>Certainty</dt>
        <dd>${CERTAINTY[d.certainty] ?? d.certainty} ${d.certainty !== 'stated' ? html`<span class="badge ${d.certainty}">${d.certainty}</span>` : ''}</dd>
        <dt>Date source</dt>
        <dd>${d.dateSource === 'outside-notes' ? 'outside the notes (a standard textbook date)' : 'the notes'}</dd>
      </dl>
      ${d.note ? html`<h3>Note</h3><p class="note">${d.note}</p>` : ''}
      <h3>Evidence <span class="count">(${d.evidence.length})</span></h3>
      ${d.evidence.length
        ? html`<ol>
            ${d.evidence.map((q) => html`<li><note-excerpt .text=${q.quote} .slide=${q.slide} .slideTitle=${q.slideTitle}></note-excerpt></li>`)}
          </ol>`
        : html`<p>No quote recorded.</p>`}
    </section>`;
  }
}
customElements.define('relation-panel', RelationPanel);

declare global {
  interface HTMLElementTagNameMap {
    'relation-panel': RelationPanel;
  }
}
