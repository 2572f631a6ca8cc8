/** <note-excerpt>: words from the notes (an evidence quote or a bullet), names marked, with the slide cited by number and title. */
import { LitElement, css, html } from 'lit';
import { slideCitation, type Segment } from '../../app/shared/notes-index';
import { uiStyles } from '../shared/ui-styles';

export class NoteExcerpt extends LitElement {
  static override properties = {
    text: {},
    segments: { attribute: false },
    slide: { type: Number },
    slideTitle: { attribute: 'slide-title' },
  };
  /** Plain text, used when `segments` is empty. */
  declare text: string;
  /** The text split into plain and marked pieces (from a mention's ranges). */
  declare segments: Segment[];
  declare slide: number;
  declare slideTitle: string;

  constructor() {
    super();
    this.text = '';
    this.segments = [];
    this.slide = 0;
    this.slideTitle = '';
  }

  static override styles = [
    uiStyles,
    css`
      :host { display: block; }
      figure { margin: 0; }
      blockquote { margin: 0; padding: 0.1rem 0 0.1rem 0.75rem; border-left: 3px solid #b8c2cf; font-family: Georgia, 'Times New Roman', serif; font-size: 1.02rem; }
      figcaption { font-size: 0.85rem; color: var(--ui-muted); margin: 0.15rem 0 0 0.75rem; }
    `,
  ];

  override render() {
    const pieces = this.segments.length ? this.segments : [{ text: this.text, mark: false }];
    return html`<figure>
      <blockquote>${pieces.map((s) => (s.mark ? html`<mark>${s.text}</mark>` : s.text))}</blockquote>
      <figcaption>${slideCitation(this.slide, this.slideTitle)}</figcaption>
    </figure>`;
  }
}
customElements.define('note-excerpt', NoteExcerpt);

declare global {
  interface HTMLElementTagNameMap {
    'note-excerpt': NoteExcerpt;
  }
}
