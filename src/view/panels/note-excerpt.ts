/**
 * <note-excerpt>: words from the notes (an evidence quote or a bullet), names marked, with the slide cited by
 * number and title. The citation is a link to that slide in the Notes view, with these words marked there.
 *
 * @fires notes-open - {slide, mark} the citation was chosen: show the slide with the quote highlighted.
 */
import { LitElement, css, html } from 'lit';
import type { EvidenceRef } from '../../app/planner/cards';
import { slideCitation, type Segment } from '../../app/shared/notes-index';
import '../planner/add-to-plan';
import { emit } from '../shared/events';
import { uiStyles } from '../shared/ui-styles';

export class NoteExcerpt extends LitElement {
  static override properties = {
    text: {},
    segments: { attribute: false },
    slide: { type: Number },
    slideTitle: { attribute: 'slide-title' },
    planRef: { attribute: false },
  };
  /** Plain text, used when `segments` is empty. */
  declare text: string;
  /** The text split into plain and marked pieces (from a mention's ranges). */
  declare segments: Segment[];
  declare slide: number;
  declare slideTitle: string;
  /** When set, an "Add to plan" control adds this evidence to the essay plan. */
  declare planRef: EvidenceRef | null;

  constructor() {
    super();
    this.text = '';
    this.segments = [];
    this.slide = 0;
    this.slideTitle = '';
    this.planRef = null;
  }

  static override styles = [
    uiStyles,
    css`
      :host { display: block; }
      figure { margin: 0; }
      blockquote { margin: 0; padding: 0.1rem 0 0.1rem 0.75rem; border-left: 3px solid #b8c2cf; font-family: Georgia, 'Times New Roman', serif; font-size: 1.02rem; }
      figcaption { font-size: 0.85rem; color: var(--ui-muted); margin: 0.15rem 0 0 0.75rem; display: flex; flex-wrap: wrap; gap: 0.2rem 0.6rem; align-items: center; justify-content: space-between; }
      figcaption button.link { font-weight: 600; text-align: left; }
    `,
  ];

  override render() {
    const pieces = this.segments.length ? this.segments : [{ text: this.text, mark: false }];
    return html`<figure>
      <blockquote>${pieces.map((s) => (s.mark ? html`<mark>${s.text}</mark>` : s.text))}</blockquote>
      <figcaption>${this.slide > 0
        ? html`<button type="button" class="link" aria-label="${slideCitation(this.slide, this.slideTitle)}: read it in the notes" @click=${this.open}>${slideCitation(this.slide, this.slideTitle)}</button>`
        : html`<span>${slideCitation(this.slide, this.slideTitle)}</span>`}${this.planRef ? html`<add-to-plan .ref=${this.planRef} what=${`quote from slide ${this.slide}`}></add-to-plan>` : ''}</figcaption>
    </figure>`;
  }

  private open(): void {
    const words = this.segments.length ? this.segments.map((s) => s.text).join('') : this.text;
    emit(this, 'notes-open', { slide: this.slide, mark: words });
  }
}
customElements.define('note-excerpt', NoteExcerpt);

declare global {
  interface HTMLElementTagNameMap {
    'note-excerpt': NoteExcerpt;
  }
}
