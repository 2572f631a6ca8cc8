/**
 * <story-picker>: the "Present" menu, a modal dialog listing the built-in storylines and the teacher's saved
 * lessons; choosing one starts presenter mode at its first step.
 *
 * @fires story-present - {story}: a storyline id, or `lesson:<id>`.
 * @fires story-close - null: closed without choosing.
 */
import { LitElement, css, html } from 'lit';
import type { Storyline } from '../../model/storylines/schema';
import { emit } from '../shared/events';
import { uiStyles } from '../shared/ui-styles';

export interface PickerLesson {
  id: string;
  title: string;
  steps: number;
}

export class StoryPicker extends LitElement {
  static override properties = {
    storylines: { attribute: false },
    lessons: { attribute: false },
  };
  declare storylines: readonly Storyline[];
  declare lessons: readonly PickerLesson[];

  constructor() {
    super();
    this.storylines = [];
    this.lessons = [];
  }

  override firstUpdated(): void {
    this.renderRoot.querySelector('dialog')?.showModal();
  }

  static override styles = [
    uiStyles,
    css`
      dialog { width: min(46rem, calc(100vw - 2rem)); max-height: calc(100vh - 4rem); border: 1px solid var(--ui-line); border-radius: 10px; padding: 1.2rem 1.5rem; }
      dialog::backdrop { background: rgb(0 0 0 / 45%); }
      h2 { margin: 0 0 0.8rem; font-size: 1.3rem; }
      h3 { margin: 1rem 0 0.4rem; font-size: 1rem; }
      ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.6rem; }
      li button { width: 100%; text-align: left; padding: 0.6rem 0.8rem; }
      .title { display: block; font-weight: 700; }
      .summary { display: block; color: var(--ui-muted); font-size: 0.9rem; margin-top: 0.2rem; }
      .close { float: right; }
    `,
  ];

  override render() {
    return html`<dialog aria-labelledby="picker-title" @cancel=${() => emit(this, 'story-close', null)}>
      <button type="button" class="close" @click=${() => emit(this, 'story-close', null)}>Close</button>
      <h2 id="picker-title">Present a storyline</h2>
      <ul aria-label="Storylines">
        ${this.storylines.map(
          (s) => html`<li><button type="button" @click=${() => emit(this, 'story-present', { story: s.id })}>
            <span class="title">${s.title}</span><span class="summary">${s.steps.length} steps. ${s.summary}</span>
          </button></li>`,
        )}
      </ul>
      ${this.lessons.length
        ? html`<h3>Your lessons</h3>
            <ul aria-label="Your lessons">
              ${this.lessons.map((l) => html`<li><button type="button" ?disabled=${l.steps === 0} @click=${() => emit(this, 'story-present', { story: `lesson:${l.id}` })}><span class="title">${l.title}</span><span class="summary">${l.steps} steps</span></button></li>`)}
            </ul>`
        : ''}
    </dialog>`;
  }
}
customElements.define('story-picker', StoryPicker);

declare global {
  interface HTMLElementTagNameMap {
    'story-picker': StoryPicker;
  }
}
