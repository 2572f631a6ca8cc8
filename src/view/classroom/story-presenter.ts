/**
 * <story-presenter>: presenter mode for one storyline, as a modal dialog over the whole window (the page goes
 * full screen when the browser allows it). The graph is large, with labels of at least 24 px; a caption band
 * (at least 32 px) names the step; excerpts quote the notes with their slides. Clicker keys: PageDown, →, Space
 * next; PageUp, ← previous; "b" or "." blanks the screen; Escape leaves. The keys are caught on the window before
 * anything under the dialog (the year slider) can take them.
 *
 * @fires story-step - {step}: go to this step (0-based).
 * @fires story-close - null: leave presenter mode.
 */
import { LitElement, css, html } from 'lit';
import type { Positions } from '../../layout/compute-positions';
import { presenterView } from '../../app/classroom/reveal';
import type { Storyline } from '../../model/storylines/schema';
import type { AllegianceGraph } from '../../model/types';
import { slideCitation } from '../../app/shared/notes-index';
import { emit } from '../shared/events';
import { uiStyles } from '../shared/ui-styles';
import '../canvas/graph-canvas';
import { DEFAULT_CANVAS_VIEW } from '../canvas/canvas-view';
import './story-predict';

/** Labels on the presenter's graph are drawn at least this big on screen (read from the back of a room). */
export const PRESENTER_LABEL_PX = 24;

const NEXT = new Set(['PageDown', 'ArrowRight', ' ', 'Spacebar']);
const PREVIOUS = new Set(['PageUp', 'ArrowLeft']);
const BLANK = new Set(['b', 'B', '.']);

export class StoryPresenter extends LitElement {
  static override properties = {
    graph: { attribute: false },
    positions: { attribute: false },
    storyline: { attribute: false },
    step: { type: Number },
    blank: { state: true },
    answerShown: { state: true },
    noteOpen: { state: true },
  };
  declare graph: AllegianceGraph | null;
  declare positions: Positions;
  declare storyline: Storyline | null;
  declare step: number;
  declare blank: boolean;
  declare answerShown: boolean;
  declare noteOpen: boolean;

  constructor() {
    super();
    this.graph = null;
    this.positions = {};
    this.storyline = null;
    this.step = 0;
    this.blank = false;
    this.answerShown = false;
    this.noteOpen = false;
    this.addEventListener('story-reveal', () => (this.answerShown = true));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('keydown', this.onKey, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('keydown', this.onKey, true);
  }

  override firstUpdated(): void {
    const dialog = this.renderRoot.querySelector('dialog')!;
    if (!dialog.open) dialog.showModal();
    this.renderRoot.querySelector<HTMLElement>('.stage')?.focus();
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('step') || changed.has('storyline')) {
      this.answerShown = false;
      this.noteOpen = false;
    }
  }

  override updated(changed: Map<string, unknown>): void {
    // Frame everything the story has reached (the canvas would frame only the selection's neighbourhood); nodes keep their places.
    if (changed.has('step') || changed.has('storyline')) requestAnimationFrame(() => this.renderRoot.querySelector('graph-canvas')?.fit?.());
  }

  private get count(): number {
    return this.storyline?.steps.length ?? 0;
  }

  private go(step: number): void {
    if (step < 0 || step >= this.count || step === this.step) return;
    emit(this, 'story-step', { step });
  }

  private readonly onKey = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    let handled = true;
    if (e.key === 'Escape') emit(this, 'story-close', null);
    else if (BLANK.has(e.key)) this.blank = !this.blank;
    else if (this.blank && (NEXT.has(e.key) || PREVIOUS.has(e.key))) this.blank = false;
    else if (NEXT.has(e.key)) this.go(this.step + 1);
    else if (PREVIOUS.has(e.key)) this.go(this.step - 1);
    else handled = false;
    // Caught here first: the year slider (or a focused button) under or inside the dialog never sees these keys.
    if (handled) {
      e.preventDefault();
      e.stopPropagation();
    }
  };

  static override styles = [
    uiStyles,
    css`
      dialog { position: fixed; inset: 0; width: 100vw; height: 100vh; max-width: none; max-height: none; margin: 0; padding: 0; border: none; background: #fff; color: var(--ui-ink); }
      dialog::backdrop { background: #fff; }
      .frame { display: grid; height: 100%; grid-template-rows: auto minmax(0, 1fr) auto; }
      .top { display: flex; align-items: center; gap: 1.5rem; padding: 0.6rem 1.5rem; background: #1f2a36; color: #fff; font-size: max(20px, 1.2vw); }
      .top h2 { margin: 0; font-size: inherit; font-weight: 600; flex: 1; min-width: 0; }
      .year { font-size: max(32px, 2.2vw); font-weight: 700; font-variant-numeric: tabular-nums; }
      .counter { white-space: nowrap; }
      .top button, .controls button { font-size: max(18px, 1vw); padding: 0.4em 0.9em; }
      .top button { background: #2e3d4f; color: #fff; border-color: #6b7d93; }
      .top :focus-visible { outline-color: #fff; }
      .stage { position: relative; display: grid; grid-template-columns: minmax(0, 1fr) auto; min-height: 0; outline: none; }
      graph-canvas { min-height: 0; height: 100%; }
      .side { width: min(32vw, 40rem); overflow: auto; padding: 1rem 1.5rem; border-left: 1px solid var(--ui-line); background: #fbfcfe; font-size: max(18px, 1.15vw); }
      .side:empty { display: none; }
      blockquote { margin: 0 0 1rem; padding: 0.5rem 0 0.5rem 1rem; border-left: 5px solid var(--ui-accent); }
      blockquote p { margin: 0 0 0.3rem; }
      cite { font-style: normal; color: var(--ui-muted); font-size: 0.85em; }
      .band { display: flex; align-items: center; gap: 1.5rem; padding: 0.8rem 1.5rem; background: #1f2a36; color: #fff; }
      .caption { flex: 1; margin: 0; font-size: max(32px, 2vw); line-height: 1.25; font-weight: 600; }
      .controls { display: flex; gap: 0.6rem; }
      .controls button { background: #fff; color: #1f2a36; font-weight: 600; }
      .controls :focus-visible { outline-color: #fff; }
      .note { margin: 0 0 1rem; padding: 0.6rem 0.8rem; background: #fff8e1; border: 1px solid #e0c36a; }
      .blank { position: absolute; inset: 0; z-index: 5; background: #000; color: #9a9a9a; display: flex; align-items: flex-end; justify-content: center; padding: 2rem; font-size: 16px; }
    `,
  ];

  override render() {
    const story = this.storyline;
    const graph = this.graph;
    const step = story?.steps[Math.min(this.step, this.count - 1)];
    const view = graph && story ? presenterView(graph, story, this.step, this.answerShown) : null;
    const titles = graph?.getAttribute('slideTitles') ?? [];
    return html`<dialog aria-label=${story ? `Presenting: ${story.title}` : 'Presenter'} @cancel=${(e: Event) => e.preventDefault()}>
      <div class="frame">
        <div class="top">
          <h2>${story?.title ?? ''}</h2>
          <span class="year" aria-label="Year">${step?.view.year ?? 'All years'}</span>
          <span class="counter" role="status">Step ${this.step + 1} of ${this.count}</span>
          <button type="button" aria-pressed=${this.noteOpen ? 'true' : 'false'} ?disabled=${!step?.note} @click=${() => (this.noteOpen = !this.noteOpen)}>Teacher's note</button>
          <button type="button" @click=${() => (this.blank = true)}>Blank screen</button>
          <button type="button" @click=${() => emit(this, 'story-close', null)}>Exit</button>
        </div>
        <div class="stage" tabindex="-1" aria-label="Storyline graph and excerpts">
          <graph-canvas .graph=${graph} .positions=${this.positions} .view=${view ?? DEFAULT_CANVAS_VIEW} .minLabelPx=${PRESENTER_LABEL_PX} .legendOpen=${false}></graph-canvas>
          <aside class="side" aria-label="From the notes">${this.noteOpen && step?.note ? html`<p class="note"><strong>Note:</strong> ${step.note}</p>` : ''}${step?.excerpts.map(
            (ex) => html`<blockquote><p>“${ex.quote}”</p><cite>${slideCitation(ex.slide, titles[ex.slide] ?? '')}</cite></blockquote>`,
          )}${step?.predict && graph ? html`<story-predict .graph=${graph} .predict=${step.predict} .revealed=${this.answerShown}></story-predict>` : ''}</aside>
        </div>
        <div class="band">
          <p class="caption" aria-live="polite">${step?.caption ?? ''}</p>
          <div class="controls">
            <button type="button" ?disabled=${this.step <= 0} @click=${() => this.go(this.step - 1)}>Previous step</button>
            <button type="button" ?disabled=${this.step >= this.count - 1} @click=${() => this.go(this.step + 1)}>Next step</button>
          </div>
        </div>
      </div>
      ${this.blank ? html`<div class="blank" role="status" @click=${() => (this.blank = false)}>Screen blanked: press B to show it again</div>` : ''}
    </dialog>`;
  }
}
customElements.define('story-presenter', StoryPresenter);

declare global {
  interface HTMLElementTagNameMap {
    'story-presenter': StoryPresenter;
  }
}
