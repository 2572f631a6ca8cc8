/**
 * A reactive controller for the classroom: the "Present" and "Lesson" toggles, the storyline picker, presenter
 * mode (`?story=…&step=…`, full screen when the browser allows it, else filling the window), and the teacher's
 * lessons (`?lesson=<id>`): saved as `lesson` records through the Workspace, exported, shared and imported.
 * The storylines and the classroom's elements are loaded on first use, off the first load.
 */
import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { LessonData } from '../../app/classroom/lesson-schema';
import { readLessonParam, readStoryUrl, shareCodeOf, writeLessonParam, writeStoryUrl, type StoryUrl } from '../../app/classroom/story-url';
import type { NotesSlice } from '../../app/shared/notes-index';
import type { ViewState } from '../../app/shell/view-state';
import type { WorkRecord } from '../../app/workspace';
import type { Positions } from '../../layout/compute-positions';
import type { Storyline } from '../../model/storylines/schema';
import type { AllegianceGraph } from '../../model/types';
import { copyText, downloadText, readTextFile } from '../../platform';
import type { Workspace } from '../../platform/storage/workspace';

type LessonRecord = WorkRecord<LessonData>;

export interface StoryHost extends ReactiveControllerHost {
  state: ViewState;
  showNotice(message: string): void;
}

/** What the shell gives the classroom to draw with. */
export interface StoryData {
  graph: AllegianceGraph;
  notes: NotesSlice | null;
  positions: Positions;
  /** Whether the built-in notes are shown (the built-in storylines are about them). */
  builtIn: boolean;
}

const SAVE_PAUSE_MS = 500;
type Lib = typeof import('../classroom/classroom-lib');

export class StoryController implements ReactiveController {
  at: StoryUrl | null = readStoryUrl(location.search);
  lessonOpen: string | null = readLessonParam(location.search);
  private picking = false;
  private storylines: Storyline[] | null = null;
  private lessons: LessonRecord[] | null = null;
  private shared: { title: string; data: LessonData } | null = null;
  private message = '';
  private saveState: '' | 'Saving…' | 'Saved' | 'Not saved' = '';
  private loading = false;
  private saveTimer = 0;
  private data: StoryData | null = null;
  /** The lesson code, loaded with the elements. */
  private lib: Lib | null = null;
  private readonly onPopState = () => {
    [this.at, this.lessonOpen] = [readStoryUrl(location.search), readLessonParam(location.search)];
    this.host.requestUpdate();
  };

  constructor(private readonly host: StoryHost & HTMLElement, private readonly workspace: () => Promise<Workspace | undefined>) {
    host.addController(this);
    host.addEventListener('story-present', (e) => this.present(e.detail.story));
    host.addEventListener('story-step', (e) => this.go(e.detail.step));
    host.addEventListener('story-close', () => this.close());
    host.addEventListener('lesson-change', (e) => this.edit(e.detail.title, e.detail.data));
    host.addEventListener('lesson-command', (e) => void this.command(e.detail.command));
    host.addEventListener('lesson-open', (e) => this.openLesson(e.detail.id));
    host.addEventListener('lesson-import', (e) => void this.importFile(e.detail.file));
  }

  hostConnected(): void {
    addEventListener('popstate', this.onPopState);
  }

  hostDisconnected(): void {
    removeEventListener('popstate', this.onPopState);
  }

  hostUpdate(): void {
    if ((this.at || this.picking || this.lessonOpen !== null) && !this.loading && this.storylines === null) void this.load();
  }

  /** The storylines, the lessons, a shared lesson and the elements, once. */
  private async load(): Promise<void> {
    this.loading = true;
    try {
      const [stories, lib] = await Promise.all([import('virtual:allegiance-storylines'), import('../classroom/classroom-lib'), import('../classroom/story-presenter'), import('../classroom/story-picker'), import('../classroom/lesson-editor')]);
      this.lib = lib;
      this.storylines = stories.default.storylines;
      this.host.requestUpdate(); // a built-in storyline can be shown now; lessons follow from saved work
      const ws = await this.workspace();
      this.lessons = ws ? ((await ws.loadAll('lesson')) as LessonRecord[]) : [];
      const code = shareCodeOf(location.hash);
      if (code) {
        const read = await lib.decodeLesson(code);
        if (read.ok) this.shared = { title: read.shared.title, data: read.shared.lesson };
        else this.host.showNotice(`The shared lesson could not be opened: ${read.reason}.`);
      }
    } catch {
      this.host.showNotice('The classroom could not be loaded. Reload the page to try again.');
    }
    this.host.requestUpdate();
  }

  /** The header's toggles. */
  buttons() {
    return html`<button type="button" aria-haspopup="dialog" @click=${() => this.openPicker()}>Present</button>
      <button type="button" aria-pressed=${this.lessonOpen !== null ? 'true' : 'false'} @click=${() => this.setLesson(this.lessonOpen === null ? (this.lessons?.[0]?.id ?? '') : null)}>Lesson</button>`;
  }

  /** The picker, the presenter and the lesson editor, as open. */
  render(data: StoryData) {
    this.data = data;
    const story = this.presented();
    const lesson = this.current();
    const lessons = (this.lessons ?? []).map((l) => ({ id: l.id, title: l.title, steps: l.data.steps.length }));
    return html`${this.picking && this.storylines ? html`<story-picker .storylines=${data.builtIn ? this.storylines : []} .lessons=${lessons}></story-picker>` : ''}
      ${this.lessonOpen !== null && this.lessons
        ? html`<aside class="lesson" aria-label="Lesson builder"><lesson-editor .lessonId=${lesson?.id ?? null} .lessonTitle=${lesson?.title ?? ''} .data=${lesson?.data ?? null} .lessons=${lessons} .message=${this.message} .saveState=${this.saveState}></lesson-editor></aside>`
        : ''}
      ${story && this.at ? html`<story-presenter .graph=${data.graph} .positions=${data.positions} .storyline=${story} .step=${Math.min(this.at.step, story.steps.length - 1)}></story-presenter>` : ''}`;
  }

  /** The storyline the URL names, resolved (a lesson is checked as a storyline file is); null while loading or if unknown. */
  private presented(): Storyline | null {
    const at = this.at;
    const lib = this.lib;
    if (!at || !this.storylines || !this.data || !lib) return null;
    if (!at.story.startsWith('lesson:') && at.story !== 'shared') return this.storylines.find((s) => s.id === at.story) ?? null;
    if (!this.lessons) return null;
    const lesson = at.story === 'shared' ? this.shared : this.lessons.find((l) => l.id === at.story.slice(7));
    if (!lesson) return null;
    const title = 'title' in lesson ? lesson.title : '';
    const { storyline, problems } = lib.lessonStoryline(title, lesson.data, this.data.graph, lib.browserNotes(this.data.notes, this.data.graph));
    if (!storyline) queueMicrotask(() => this.host.showNotice(`This lesson cannot be presented: ${problems.slice(0, 3).map((p) => p.message).join('; ')}.`));
    return storyline;
  }

  private openPicker(): void {
    this.picking = true;
    this.host.requestUpdate();
  }

  /** Start presenting (from a click: the page asks for full screen now, while the click counts as the user's gesture). */
  private present(story: string): void {
    this.picking = false;
    const fullscreen = document.documentElement.requestFullscreen?.();
    fullscreen?.catch(() => undefined); // refused: the presenter fills the window instead
    this.at = { story, step: 0 };
    history.pushState(null, '', `${location.pathname}${writeStoryUrl(location.search, this.at)}${location.hash}`);
    this.host.requestUpdate();
  }

  private go(step: number): void {
    if (!this.at) return;
    this.at = { ...this.at, step };
    history.replaceState(history.state, '', `${location.pathname}${writeStoryUrl(location.search, this.at)}${location.hash}`);
    this.host.requestUpdate();
  }

  private close(): void {
    if (this.picking) this.picking = false;
    else if (this.at) {
      this.at = null;
      history.pushState(null, '', `${location.pathname}${writeStoryUrl(location.search, null)}${location.hash.startsWith('#lesson=') ? '' : location.hash}`);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    }
    this.host.requestUpdate();
  }

  private setLesson(id: string | null): void {
    this.lessonOpen = id;
    this.message = '';
    history.pushState(null, '', `${location.pathname}${writeLessonParam(location.search, id)}${location.hash}`);
    this.host.requestUpdate();
  }

  private openLesson(id: string): void {
    void this.flush();
    this.setLesson(id);
  }

  private current(): LessonRecord | null {
    return this.lessons?.find((l) => l.id === this.lessonOpen) ?? null;
  }

  private async create(title: string, data: LessonData): Promise<LessonRecord> {
    const record: LessonRecord = { kind: 'lesson', id: `lesson-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`, version: 2, title, updatedAt: new Date().toISOString(), data };
    this.lessons = [record, ...(this.lessons ?? [])];
    await this.save(record);
    this.setLesson(record.id);
    return record;
  }

  private edit(title: string, data: LessonData, now = false): void {
    const r = this.current();
    if (!r) return;
    const next = { ...r, title, data, updatedAt: new Date().toISOString() };
    this.lessons = this.lessons!.map((l) => (l.id === r.id ? next : l));
    clearTimeout(this.saveTimer);
    this.saveState = 'Saving…';
    if (now) void this.save(next);
    else this.saveTimer = window.setTimeout(() => void this.save(next), SAVE_PAUSE_MS);
    this.host.requestUpdate();
  }

  private async flush(): Promise<void> {
    clearTimeout(this.saveTimer);
    const r = this.current();
    if (r) await this.save(r);
  }

  private async save(r: LessonRecord): Promise<void> {
    const ws = await this.workspace();
    const result = ws ? await ws.save(r) : { status: 'not-saved' as const, reason: 'saved work is not available in this browser' };
    this.saveState = result.status === 'saved' ? 'Saved' : 'Not saved';
    this.host.requestUpdate();
    if (result.status !== 'saved') this.say(`The lesson was not saved: ${'reason' in result ? result.reason : ''}. Export it as a file to keep it.`);
  }

  private say(message: string): void {
    this.message = message;
    this.host.requestUpdate();
  }

  private async command(command: string): Promise<void> {
    const { data, lib } = this;
    let r = this.current();
    if (command === 'close') return this.setLesson(null);
    if (!data || !lib) return;
    if (command === 'new') return void (await this.create('New lesson', lib.EMPTY_LESSON));
    if (command === 'add-view') {
      if (!r) r = await this.create('New lesson', lib.EMPTY_LESSON);
      this.edit(r.title, lib.addStep(r.data, lib.stepFromView(data.graph, this.host.state)), true);
      return this.say(`Step ${r.data.steps.length + 1} added.`);
    }
    if (!r) return;
    await this.flush();
    const name = lib.storylineId(r.title);
    if (command === 'present') this.present(`lesson:${r.id}`);
    else if (command === 'export-file') downloadText(lib.lessonJson(r.title, r.data), `${name}.allegiance-lesson.json`, 'application/json');
    else if (command === 'export-yaml') {
      const { problems } = lib.lessonStoryline(r.title, r.data, data.graph, lib.browserNotes(data.notes, data.graph));
      if (problems.length) return this.say(`Not exported: ${problems.slice(0, 3).map((p) => p.message).join('; ')}.`);
      downloadText(lib.lessonYaml(r.title, r.data), `${name}.yaml`, 'text/yaml');
      this.say(`Exported ${name}.yaml: put it in graph-data/storylines/ to add it to the project.`);
    } else if (command === 'share') {
      const url = `${location.origin}${location.pathname}?story=shared&step=1#lesson=${await lib.encodeLesson(r.title, r.data)}`;
      if (url.length > lib.MAX_SHARE_URL) return this.say(`This lesson is too long for a link (${url.length.toLocaleString('en-GB')} characters; links stop at ${lib.MAX_SHARE_URL.toLocaleString('en-GB')}). Use “Export lesson file” instead.`);
      this.say((await copyText(url)) ? 'Link copied: it opens this lesson in presenter mode.' : `Copy this link to share the lesson: ${url}`);
    }
  }

  private async importFile(file: File): Promise<void> {
    const lib = this.lib;
    if (!lib) return;
    const text = await readTextFile(file, 5 * 1024 * 1024, 'a lesson file');
    if (!text.ok) return this.say(`Not imported: ${text.reason}.`);
    const read = lib.readLessonJson(text.text);
    if (!read.ok) return this.say(`“${file.name}” was not imported: ${read.reason}.`);
    const taken = new Set((this.lessons ?? []).map((l) => l.title));
    const title = taken.has(read.shared.title) ? `${read.shared.title} (imported)` : read.shared.title;
    await this.create(title, read.shared.lesson);
    this.say(`Imported “${title}” (${read.shared.lesson.steps.length} steps).`);
  }
}
