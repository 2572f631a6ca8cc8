/**
 * A reactive controller for the classroom: the "High contrast" theme (a toggle and a Dark / Light choice in the
 * toolbar, remembered as a setting, applied to the canvas and to the interface's colours) and shaped play (the
 * years and speed of Play and the storyline whose steps it pauses at, kept in the URL as `play=`, `speed=` and
 * `pause=`; the storylines are loaded, off the first load, when the Play options open or a link names one).
 */
import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { decodePlay, DEFAULT_PLAY, pauseYears, withPlay, type PlaySettings } from '../../app/classroom/play';
import type { Storyline } from '../../model/storylines/schema';
import { isHighContrast, type ThemeId } from '../../app/classroom/theme';
import type { CanvasTheme } from '../canvas/canvas-style';
import { emit } from '../shared/events';
import { CANVAS_THEMES, themeProperties } from '../shared/themes';
import type { WorkspaceController } from '../workspace/workspace-controller';

export interface ClassroomHost extends ReactiveControllerHost, HTMLElement {
  showNotice(message: string): void;
}

export class ClassroomController implements ReactiveController {
  play: PlaySettings = DEFAULT_PLAY;
  /** The built-in storylines, once loaded (their own chunk). */
  private storylines: readonly Storyline[] | null = null;
  private loadingStories = false;
  private themeOn: ThemeId | null = null;
  private readonly onPopState = () => this.readUrl(false);

  constructor(
    private readonly host: ClassroomHost,
    private readonly saved: WorkspaceController,
    private readonly period: () => { from: number; to: number } | null,
  ) {
    host.addController(this);
    host.addEventListener('play-change', (e) => this.setPlay(e.detail));
    host.addEventListener('play-options-open', () => this.loadStorylines());
    host.addEventListener('theme-change', (e) => void this.saved.saveSettings({ theme: e.detail.theme }).then(() => host.requestUpdate()));
  }

  hostConnected(): void {
    this.readUrl(true);
    window.addEventListener('popstate', this.onPopState);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPopState);
  }

  /** Apply the theme's interface colours to the host (the elements read them through --ui-*). */
  hostUpdated(): void {
    const theme = this.theme;
    if (theme === this.themeOn) return;
    this.themeOn = theme;
    for (const [name, value] of Object.entries(themeProperties(theme))) {
      if (isHighContrast(theme)) this.host.style.setProperty(name, value);
      else this.host.style.removeProperty(name);
    }
    this.host.toggleAttribute('high-contrast', isHighContrast(theme));
  }

  /** Years at which Play pauses: the steps of the storyline chosen in the Play options (none until it is loaded). */
  get pauseAt(): readonly number[] {
    const story = this.play.pauseStory === null ? undefined : this.storylines?.find((s) => s.id === this.play.pauseStory);
    return story ? pauseYears(story.steps) : [];
  }

  /** The storylines offered in the Play options. */
  get stories(): readonly { id: string; title: string }[] {
    return this.storylines ?? [];
  }

  private loadStorylines(): void {
    if (this.storylines || this.loadingStories) return;
    this.loadingStories = true;
    import('virtual:allegiance-storylines').then(
      (m) => {
        const list: readonly Storyline[] = m.default.storylines;
        this.storylines = list;
        const unknown = this.play.pauseStory !== null && !list.some((s: Storyline) => s.id === this.play.pauseStory);
        if (unknown) this.host.showNotice(`No storyline “${this.play.pauseStory}”: Play will not pause at steps.`);
        this.host.requestUpdate();
      },
      () => {
        this.loadingStories = false;
        this.host.showNotice('The storylines could not be loaded, so Play will not pause at their steps. Reload the page to try again.');
      },
    );
  }

  get theme(): ThemeId {
    return this.saved.settings.theme ?? 'standard';
  }

  get canvasTheme(): CanvasTheme {
    return CANVAS_THEMES[this.theme];
  }

  /** The toolbar's "High contrast" toggle, and while it is on, the Dark / Light canvas choice. */
  controls() {
    const theme = this.theme;
    const on = isHighContrast(theme);
    const send = (next: ThemeId) => emit(this.host, 'theme-change', { theme: next });
    return html`<button type="button" aria-pressed=${on ? 'true' : 'false'} @click=${() => send(on ? 'standard' : 'contrast-dark')}>High contrast</button>
      ${on
        ? html`<select aria-label="High contrast canvas" @change=${(e: Event) => send((e.target as HTMLSelectElement).value as ThemeId)}>
            <option value="contrast-dark" ?selected=${theme === 'contrast-dark'}>Dark canvas</option>
            <option value="contrast-light" ?selected=${theme === 'contrast-light'}>Light canvas</option>
          </select>`
        : ''}`;
  }

  private readUrl(first: boolean): void {
    const { play, notices } = decodePlay(location.search, this.period());
    this.play = play;
    if (play.pauseStory !== null) this.loadStorylines();
    if (first && notices.length) this.host.showNotice(`Part of this link was ignored: ${notices.join('; ')}. The rest of the view is shown.`);
    this.host.requestUpdate();
  }

  private setPlay(play: PlaySettings): void {
    this.play = play;
    history.replaceState(history.state, '', `${location.pathname}${withPlay(location.search, play)}${location.hash}`);
    this.host.requestUpdate();
  }
}
