/**
 * <year-slider>: the year shown (a range over the notes' period), play/pause, an "All years" toggle, and hide vs
 * fade. Play can be shaped (<play-settings>: the years it runs over and its speed) and pauses at `pauseAt` years
 * (a storyline's steps); Play then goes on from there.
 */
import { LitElement, css, html } from 'lit';
import { DEFAULT_PLAY, playRange, type PlaySettings } from '../../app/classroom/play';
import type { YearMode } from '../../app/shell/view-state';
import { uiStyles } from '../shared/ui-styles';
import { emit } from '../shared/events';
import './play-settings';

/** Milliseconds per year while playing, by default. */
export const PLAY_STEP_MS = DEFAULT_PLAY.secondsPerYear * 1000;

/**
 * @fires year-change - {year: number | null, transient: boolean} a new year (null = all years); transient while dragging or playing.
 * @fires year-mode-change - {mode: 'hide' | 'fade'} what happens to what is outside the view.
 */
export class YearSlider extends LitElement {
  static override properties = {
    from: { type: Number },
    to: { type: Number },
    year: { attribute: false },
    rest: { attribute: false },
    mode: {},
    play: { attribute: false },
    pauseAt: { attribute: false },
    stories: { attribute: false },
    playing: { state: true },
    pausedAt: { state: true },
  };
  declare from: number;
  declare to: number;
  declare year: number | null;
  /**
   * Where the slider rests while "All years" is on and no year was chosen before: the app passes the
   * selected entity's first year; null rests on the last year of the period. Unticking "All years"
   * starts at the year the slider shows, never at the first year of the period.
   */
  declare rest: number | null;
  declare mode: YearMode;
  /** The years played and the speed (null ends: the period's). */
  declare play: PlaySettings;
  /** Years at which playing pauses (a storyline's steps); pressing Play goes on from there. */
  declare pauseAt: readonly number[];
  /** The storylines the Play options offer to pause at (see <play-settings>). */
  declare stories: readonly { id: string; title: string }[];
  declare playing: boolean;
  /** The pause point play stopped at, until it goes on or the year moves. */
  declare pausedAt: number | null;
  private timer: ReturnType<typeof setInterval> | undefined;
  /** The year the slider rests on while "All years" is on, so unticking it returns there. */
  private lastYear: number | null = null;

  constructor() {
    super();
    this.from = 1917;
    this.to = 1953;
    this.year = null;
    this.rest = null;
    this.mode = 'hide';
    this.play = DEFAULT_PLAY;
    this.pauseAt = [];
    this.stories = [];
    this.playing = false;
    this.pausedAt = null;
  }

  static override styles = [
    uiStyles,
    css`
      :host { display: block; }
      .bar { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1rem; }
      .slider { display: flex; align-items: center; gap: 0.5rem; flex: 1 1 18rem; min-width: 14rem; }
      input[type='range'] { flex: 1; accent-color: var(--ui-accent); min-width: 8rem; }
      .ends { font-size: 0.85rem; color: var(--ui-muted); font-variant-numeric: tabular-nums; }
      output { font-size: 1.5rem; font-weight: 700; min-width: 6.5ch; text-align: center; font-variant-numeric: tabular-nums; }
      output.all { font-size: 1.1rem; }
      .play { min-width: 5.5rem; }
      .paused { flex-basis: 100%; margin: 0; font-size: 0.95rem; color: var(--ui-muted); }
      label.check { display: inline-flex; align-items: center; gap: 0.35rem; white-space: nowrap; }
      fieldset { border: none; margin: 0; padding: 0; display: inline-flex; gap: 0.6rem; align-items: center; }
      legend { float: left; margin-right: 0.4rem; color: var(--ui-muted); font-size: 0.95rem; }
      fieldset label { display: inline-flex; align-items: center; gap: 0.25rem; }
      /* ±1 year beside the slider on touch screens, where a tap on the track is too coarse for one year. */
      .nudge { display: none; padding: 0.2rem 0.5rem; font-weight: 700; }
      @media (pointer: coarse) { .nudge { display: inline-flex; align-items: center; justify-content: center; } }
      /* Narrow screens: the period's ends give way so the slider, its buttons and the year fit the width. */
      @media (max-width: 600px) {
        .slider { min-width: 0; flex-basis: 100%; gap: 0.35rem; }
        .ends { display: none; }
        input[type='range'] { min-width: 3rem; }
        output { font-size: 1.25rem; min-width: 4.5ch; }
        output.all { font-size: 1rem; }
      }
    `,
  ];

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stop();
  }

  override render() {
    const all = this.year === null;
    const value = this.year ?? this.restingYear();
    return html`<div class="bar">
      <button type="button" class="play" @click=${this.togglePlay}>
        ${this.playing ? html`<span aria-hidden="true">❚❚</span> Pause` : html`<span aria-hidden="true">▶</span> Play`}
      </button>
      <play-settings .from=${this.from} .to=${this.to} .play=${this.play} .stories=${this.stories}></play-settings>
      <div class="slider">
        <button type="button" class="nudge" aria-label="Previous year" ?disabled=${value <= this.from && !all} @click=${() => this.nudge(-1)}>−1</button>
        <span class="ends" aria-hidden="true">${this.from}</span>
        <input
          id="year"
          type="range"
          aria-label="Year"
          aria-valuetext=${all ? `All years (rests on ${value})` : String(value)}
          min=${this.from}
          max=${this.to}
          step="1"
          .value=${String(value)}
          @input=${this.onSlide}
        />
        <span class="ends" aria-hidden="true">${this.to}</span>
        <button type="button" class="nudge" aria-label="Next year" ?disabled=${value >= this.to && !all} @click=${() => this.nudge(1)}>+1</button>
        <output for="year" class=${all ? 'all' : ''} aria-hidden="true">${all ? 'All years' : this.year}</output>
      </div>
      <label class="check"><input type="checkbox" .checked=${all} @change=${this.onAll} /> All years</label>
      <fieldset>
        <legend>Outside the view:</legend>
        <label><input type="radio" name="mode" value="hide" .checked=${this.mode === 'hide'} @change=${this.onMode} /> Hide</label>
        <label><input type="radio" name="mode" value="fade" .checked=${this.mode === 'fade'} @change=${this.onMode} /> Fade</label>
      </fieldset>
      <p class="paused" role="status">${this.pausedAt !== null && this.pausedAt === this.year ? `Paused at ${this.pausedAt}: press Play to go on.` : ''}</p>
    </div>`;
  }

  private emit(year: number | null, transient: boolean): void {
    emit(this, 'year-change', { year, transient });
  }

  private onSlide(event: Event): void {
    const year = Number((event.target as HTMLInputElement).value);
    this.lastYear = year;
    this.emit(year, true);
  }

  /** One year back or on (from the resting year when "All years" is on), kept within the period. */
  private nudge(by: number): void {
    const from = this.year ?? this.lastYear ?? this.to;
    const year = Math.min(this.to, Math.max(this.from, this.year === null ? from : from + by));
    this.lastYear = year;
    this.emit(year, true);
  }

  private onAll(event: Event): void {
    const all = (event.target as HTMLInputElement).checked;
    if (all) {
      this.lastYear = this.year;
      this.stop();
      this.emit(null, false);
    } else {
      this.emit(this.restingYear(), false);
    }
  }

  /** The year shown while "All years" is on: the last year chosen, else `rest`, else the end of the period; within the period. */
  private restingYear(): number {
    const year = this.lastYear ?? this.rest ?? this.to;
    return Math.min(this.to, Math.max(this.from, year));
  }

  private onMode(event: Event): void {
    const mode = (event.target as HTMLInputElement).value as YearMode;
    emit(this, 'year-mode-change', { mode });
  }

  /** The years played: the chosen range within the period. */
  get playYears(): { from: number; to: number } {
    return playRange(this.play, { from: this.from, to: this.to });
  }

  private togglePlay(): void {
    if (this.playing) {
      this.stop();
      return;
    }
    const { from, to } = this.playYears;
    // From the range's start when showing all years, outside the range or at its end; else on from the year shown.
    const startAt = this.year === null || this.year < from || this.year >= to ? from : this.year;
    const resuming = this.pausedAt !== null && this.pausedAt === this.year;
    this.playing = true;
    this.pausedAt = null;
    this.lastYear = startAt;
    if (!resuming) this.emit(startAt, true);
    this.timer = setInterval(() => this.step(), this.play.secondsPerYear * 1000);
  }

  private step(): void {
    const { to } = this.playYears;
    const next = (this.year ?? this.lastYear ?? this.from) + 1;
    if (next > to) {
      this.stop();
      return;
    }
    this.lastYear = next;
    this.emit(next, true);
    if (next >= to) this.stop();
    else if (this.pauseAt.includes(next)) {
      this.stop();
      this.pausedAt = next;
    }
  }

  /** Stop playing. */
  stop(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
    this.playing = false;
  }
}
customElements.define('year-slider', YearSlider);

declare global {
  interface HTMLElementTagNameMap {
    'year-slider': YearSlider;
  }
}
