/**
 * <lesson-editor>: build a lesson from the app. "Add this view as a step" takes the explorer's current view;
 * each step's caption and teacher's note can be edited, steps moved up or down and deleted. The lesson is
 * presented, exported (file, YAML for graph-data/storylines/), shared as a link or imported from a file.
 *
 * @fires lesson-change - {title, data}: the title or the steps changed.
 * @fires lesson-command - {command}: new, add-view, present, export-file, export-yaml, share, close.
 * @fires lesson-open - {id}: open another saved lesson.
 * @fires lesson-import - {file}: a lesson file was picked.
 */
import { LitElement, css, html } from 'lit';
import type { LessonData } from '../../app/classroom/lesson-schema';
import { deleteStep, editStep, moveStep } from '../../app/classroom/lesson-steps';
import { emit, type AllegianceEvents } from '../shared/events';
import { uiStyles } from '../shared/ui-styles';
import type { PickerLesson } from './story-picker';

export class LessonEditor extends LitElement {
  static override properties = {
    lessonId: { attribute: false },
    lessonTitle: { attribute: false },
    data: { attribute: false },
    lessons: { attribute: false },
    message: { attribute: false },
    saveState: { attribute: false },
  };
  declare lessonId: string | null;
  declare lessonTitle: string;
  declare data: LessonData | null;
  declare lessons: readonly PickerLesson[];
  /** The result of the last export, share or import, shown under the actions. */
  declare message: string;
  /** "Saving…", "Saved", "Not saved", or "" before the first change. */
  declare saveState: string;

  constructor() {
    super();
    this.lessonId = null;
    this.lessonTitle = '';
    this.data = null;
    this.lessons = [];
    this.message = '';
    this.saveState = '';
  }

  private change(data: LessonData, title = this.lessonTitle): void {
    emit(this, 'lesson-change', { title, data });
  }

  private command(command: AllegianceEvents['lesson-command']['command']): void {
    emit(this, 'lesson-command', { command });
  }

  private onImport(e: Event): void {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) emit(this, 'lesson-import', { file });
    input.value = '';
  }

  static override styles = [
    uiStyles,
    css`
      :host { display: block; }
      h2 { margin: 0 0 0.6rem; font-size: 1.2rem; display: flex; align-items: center; gap: 0.5rem; }
      h2 span { flex: 1; }
      label { display: block; font-weight: 600; margin: 0.5rem 0 0.2rem; font-size: 0.9rem; }
      input[type='text'], textarea, select { width: 100%; box-sizing: border-box; font: inherit; padding: 0.3rem 0.4rem; }
      textarea { min-height: 3.2rem; resize: vertical; }
      .row { display: flex; flex-wrap: wrap; gap: 0.4rem; margin: 0.6rem 0; }
      ol { padding: 0; margin: 0.6rem 0; list-style: none; counter-reset: step; display: grid; gap: 0.7rem; }
      li { border: 1px solid var(--ui-line); border-radius: 8px; padding: 0.5rem 0.7rem; background: #fff; }
      .saved { flex: 0; font-size: 0.85rem; font-weight: 400; color: var(--ui-muted); white-space: nowrap; }
      .meta { font-size: 0.85rem; color: var(--ui-muted); }
      .message { font-size: 0.9rem; }
      .file { display: block; font-weight: 400; margin: 0.3rem 0 0; }
      .file input { display: block; margin-top: 0.2rem; font-size: 0.85rem; }
    `,
  ];

  override render() {
    const data = this.data;
    return html`<section aria-labelledby="lesson-title">
      <h2 id="lesson-title"><span>Lesson</span><span class="saved" role="status" aria-label="Lesson saved state">${this.saveState}</span><button type="button" @click=${() => this.command('close')}>Close lesson</button></h2>
      <div class="row">
        <button type="button" @click=${() => this.command('new')}>New lesson</button>
 ${this.lessons.length > 1
          ? html`<select aria-label="Open a saved lesson" .value=${this.lessonId ?? ''} @change=${(e: Event) => emit(this, 'lesson-open', { id: (e.target as HTMLSelectElement).value })}>
                ${this.lessons.map((l) => html`<option value=${l.id} ?selected=${l.id === this.lessonId}>${l.title}</option>`)}
              </select>`
          : ''}
        <label class="file">Import lesson file <input type="file" accept=".json,application/json" @change=${this.onImport} /></label>
      </div>
      <div class="row"><button type="button" @click=${() => this.command('add-view')}>Add this view as a step</button></div>
      ${data
        ? html`<label for="title">Lesson title</label>
            <input id="title" type="text" .value=${this.lessonTitle} @input=${(e: Event) => this.change(data, (e.target as HTMLInputElement).value)} />
            <ol aria-label="Steps">
              ${data.steps.map(
                (s, i) => html`<li>
                  <div class="meta">Step ${i + 1}${s.view.year !== undefined ? ` · ${s.view.year}` : ''}${s.excerpts.length ? ` · slide ${s.excerpts.map((x) => x.slide).join(', ')}` : ''}</div>
                  <label for="cap-${i}">Caption, step ${i + 1}</label>
                  <input id="cap-${i}" type="text" .value=${s.caption} @input=${(e: Event) => this.change(editStep(data, i, { caption: (e.target as HTMLInputElement).value }))} />
                  <label for="note-${i}">Teacher's note, step ${i + 1}</label>
                  <textarea id="note-${i}" .value=${s.note} @input=${(e: Event) => this.change(editStep(data, i, { note: (e.target as HTMLTextAreaElement).value }))}></textarea>
                  <div class="row">
                    <button type="button" aria-label="Move step ${i + 1} up" ?disabled=${i === 0} @click=${() => this.change(moveStep(data, i, -1))}>Move up</button>
                    <button type="button" aria-label="Move step ${i + 1} down" ?disabled=${i === data.steps.length - 1} @click=${() => this.change(moveStep(data, i, 1))}>Move down</button>
                    <button type="button" aria-label="Delete step ${i + 1}" @click=${() => this.change(deleteStep(data, i))}>Delete</button>
                  </div>
                </li>`,
              )}
            </ol>
            ${data.steps.length === 0 ? html`<p class="meta">No steps yet: choose a year, an entity or a relation in the explorer, then “Add this view as a step”.</p>` : ''}
            <div class="row">
              <button type="button" ?disabled=${data.steps.length === 0} @click=${() => this.command('present')}>Present lesson</button>
              <button type="button" @click=${() => this.command('export-file')}>Export lesson file</button>
              <button type="button" @click=${() => this.command('share')}>Share as link</button>
              <button type="button" @click=${() => this.command('export-yaml')}>Export as YAML</button>
            </div>`
        : ''}
      <p class="message" role="status">${this.message}</p>
    </section>`;
  }
}
customElements.define('lesson-editor', LessonEditor);

declare global {
  interface HTMLElementTagNameMap {
    'lesson-editor': LessonEditor;
  }
}
