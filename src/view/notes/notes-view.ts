/**
 * <notes-view>: the notes as the student wrote them, all slides, titles, sub-headings and bullets verbatim.
 * Every name of an entity is a button that selects it; every bullet has "Add to plan"; the chosen slide is
 * brought into view with the quote or searched words marked. Selecting words shows <selection-toolbar> (Make
 * relation, Add entity, Add alias); "Make relation from selection" (Alt+Shift+R) does the same from the keyboard.
 */
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { lineSegments, markRanges, type EntityLink, type Ranges } from '../../app/notes/highlight';
import type { FullNotes, NotesSlide } from '../../model/note-lines';
import type { NotesSelection } from '../../app/authoring/draft';
import '../authoring/selection-toolbar';
import '../planner/add-to-plan';
import { emit } from '../shared/events';
import { uiStyles } from '../shared/ui-styles';

/**
 * @fires entity-select - {id} a name in the notes was chosen.
 * @fires authoring-start - {mode, selection} an edit from the selected words (toolbar, button or Alt+Shift+R).
 */
export class NotesView extends LitElement {
  static override properties = {
    notes: { attribute: false },
    links: { attribute: false },
    slide: { type: Number },
    mark: {},
    selected: {},
    labels: { attribute: false },
    picked: { state: true },
  };
  /** The words selected in the notes now (null: none), and where to show the toolbar. */
  declare picked: { selection: NotesSelection; at: { x: number; y: number } } | null;
  /** The last selection made, kept when a click elsewhere takes it away (for the visible button). */
  private last: NotesSelection | null = null;
  /** The whole notes; null while they load. */
  declare notes: FullNotes | null;
  /** Entity links by bullet id (from the graph's mentions). */
  declare links: ReadonlyMap<string, readonly EntityLink[]>;
  /** The slide to bring into view; null = none. */
  declare slide: number | null;
  /** Words to mark on that slide. */
  declare mark: string | null;
  /** The selected entity: its names are shown pressed. */
  declare selected: string | null;
  /** Entity labels by id, for the buttons' accessible descriptions. */
  declare labels: ((id: string) => string) | null;

  constructor() {
    super();
    this.notes = null;
    this.links = new Map();
    this.slide = null;
    this.mark = null;
    this.selected = null;
    this.labels = null;
    this.picked = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('selectionchange', this.onSelection);
    document.addEventListener('keydown', this.onKey);
    this.addEventListener('scroll', this.onSelection, { passive: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('selectionchange', this.onSelection);
    document.removeEventListener('keydown', this.onKey);
    this.removeEventListener('scroll', this.onSelection);
  }

  /** The selection inside these notes: its text (the text nodes' own, names included) and the one slide it lies in. */
  private readonly onSelection = (): void => {
    const root = this.renderRoot as ShadowRoot & { getSelection?: () => Selection | null };
    const sel = root.getSelection?.() ?? document.getSelection();
    const range = sel && sel.rangeCount > 0 && !sel.isCollapsed ? sel.getRangeAt(0) : null;
    if (!range || !this.renderRoot.contains(range.commonAncestorContainer) || !range.toString().trim()) {
      this.picked = null;
      return;
    }
    const section = (n: Node) => (n instanceof Element ? n : n.parentElement)?.closest<HTMLElement>('section[data-slide]') ?? null;
    const a = section(range.startContainer);
    const selection = { text: range.toString(), slide: a && a === section(range.endContainer) ? Number(a.dataset.slide) : null };
    const r = range.getBoundingClientRect();
    this.last = selection;
    this.picked = { selection, at: { x: r.left, y: r.bottom } };
  };

  private readonly onKey = (e: KeyboardEvent): void => {
    if (e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyR') {
      e.preventDefault();
      this.startRelation();
    }
  };

  private startRelation(): void {
    emit(this, 'authoring-start', { mode: 'relation', selection: this.picked?.selection ?? this.last });
  }

  static override styles = [
    uiStyles,
    css`
      :host { display: block; overflow: auto; background: #fff; }
      .page { max-width: 46rem; margin: 0 auto; padding: 0.75rem 1rem 3rem; }
      h2 { font-size: 1.3rem; margin: 0 0 0.5rem; }
      section { padding: 0.6rem 0.8rem 0.4rem; margin: 0 0 0.6rem; border-left: 4px solid transparent; scroll-margin-top: 0.5rem; }
      section.target { border-left-color: var(--ui-accent); background: #f4f8fd; }
      h3 { font-size: 1.05rem; margin: 0 0 0.3rem; display: flex; flex-wrap: wrap; gap: 0 0.5rem; align-items: baseline; }
      h3 .n { font-size: 0.9rem; font-weight: 600; color: var(--ui-muted); font-variant-numeric: tabular-nums; }
      h4 { font-size: 1rem; margin: 0.5rem 0 0.2rem; font-style: italic; font-weight: 600; }
      ul { margin: 0.2rem 0 0.3rem; padding-left: 1.3rem; }
      li add-to-plan { vertical-align: baseline; font-family: system-ui, sans-serif; }
      li { margin: 0.15rem 0; font-family: Georgia, 'Times New Roman', serif; font-size: 1.02rem; overflow-wrap: anywhere; }
      button.name { border: none; background: none; padding: 0; min-height: 0; font: inherit; color: var(--ui-accent); text-decoration: underline; text-underline-offset: 2px; text-decoration-thickness: 1px; border-radius: 2px; }
      button.name:hover { background: #e3ecf8; }
      button.name[aria-pressed='true'] { font-weight: 700; text-decoration-thickness: 2px; }
      mark button.name { color: #0d3f80; }
      .loading { color: var(--ui-muted); }
      .authoring { display: flex; flex-wrap: wrap; gap: 0.3rem 0.6rem; align-items: center; margin: 0 0 0.6rem; color: var(--ui-muted); font-size: 0.92rem; }
      @media (pointer: coarse) { button.name { min-height: 0 !important; min-width: 0 !important; padding: 0.35rem 0; } }
    `,
  ];

  override render() {
    if (!this.notes) return html`<div class="page"><p class="loading" role="status">Loading the notes…</p></div>`;
    return html`<div class="page">
      <h2>${this.notes.title ? `The notes: ${this.notes.title}` : 'The notes'}</h2>
      <p class="authoring">
        <button type="button" aria-keyshortcuts="Alt+Shift+R" @mousedown=${(e: Event) => e.preventDefault()} @click=${() => this.startRelation()}>Make relation from selection</button>
        <span>Select words in a bullet, then Make relation, Add entity or Add alias (shortcut Alt+Shift+R).</span>
      </p>
      ${this.notes.slides.map((s) => this.renderSlide(s))}
    </div>
    <selection-toolbar .selection=${this.picked?.selection ?? null} .at=${this.picked?.at ?? null}></selection-toolbar>`;
  }

  private renderSlide(slide: NotesSlide) {
    const target = slide.number === this.slide;
    const marks: Ranges[] = target && this.mark ? markRanges(slide.lines.map((l) => l.text), this.mark) : slide.lines.map(() => []);
    const titleIndex = slide.lines.findIndex((l) => l.kind === 'title');
    const title = titleIndex >= 0 ? this.renderText(slide.lines[titleIndex]!.text, [], marks[titleIndex]!) : `${slide.title} (continued)`;
    const body: unknown[] = [];
    let bullets: unknown[] = [];
    const flush = () => {
      if (bullets.length) body.push(html`<ul>${bullets}</ul>`);
      bullets = [];
    };
    slide.lines.forEach((line, i) => {
      if (line.kind === 'title') return;
      if (line.kind === 'heading') {
        flush();
        body.push(html`<h4>${this.renderText(line.text, [], marks[i]!)}</h4>`);
      } else {
        const links = this.links.get(line.bullet ?? '') ?? [];
        const ref = line.bullet ? { kind: 'bullet' as const, bullet: line.bullet, entities: [...new Set(links.map((l) => l.entity))], from: 'notes' as const } : null;
        bullets.push(html`<li data-bullet=${line.bullet ?? nothing}>${this.renderText(line.text, links, marks[i]!)}${ref ? html` <add-to-plan .ref=${ref} what=${`bullet on slide ${slide.number}: ${line.text.slice(0, 60)}`}></add-to-plan>` : nothing}</li>`);
      }
    });
    flush();
    return html`<section id="slide-${slide.number}" class=${target ? 'target' : ''} aria-labelledby="h-${slide.number}" data-slide=${slide.number}>
      <h3 id="h-${slide.number}"><span class="n">Slide ${slide.number}</span> <span>${title}</span></h3>
      ${body}
    </section>`;
  }

  private renderText(text: string, links: readonly EntityLink[], marks: Ranges) {
    return lineSegments(text, links, marks).map((seg) => {
      const inner = seg.entity
        ? html`<button
            type="button"
            class="name"
            aria-pressed=${seg.entity === this.selected ? 'true' : 'false'}
            title=${this.labels?.(seg.entity) ?? nothing}
            @click=${() => this.choose(seg.entity!)}
          >${seg.text}</button>`
        : seg.text;
      return seg.mark ? html`<mark>${inner}</mark>` : inner;
    });
  }

  private choose(id: string): void {
    emit(this, 'entity-select', { id });
  }

  override updated(changed: PropertyValues<this>): void {
    if (!this.notes || this.slide === null) return;
    if (!(changed.has('slide') || changed.has('mark') || changed.has('notes'))) return;
    const section = this.renderRoot.querySelector<HTMLElement>(`#slide-${this.slide}`);
    const mark = section?.querySelector('mark');
    (mark ?? section)?.scrollIntoView({ block: mark ? 'center' : 'start' });
  }
}
customElements.define('notes-view', NotesView);

declare global {
  interface HTMLElementTagNameMap {
    'notes-view': NotesView;
  }
}
