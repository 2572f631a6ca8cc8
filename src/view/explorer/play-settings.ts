/**
 * <play-settings>: "Play options", the years play runs over (From, To), its speed (seconds per year) and the
 * storyline whose steps it pauses at ("Pause at the steps of"), for a teacher to shape.
 */
import { LitElement, css, html } from 'lit';
import { clampSpeed, DEFAULT_PLAY, playRange, SPEED, type PlaySettings } from '../../app/classroom/play';
import { uiStyles } from '../shared/ui-styles';
import { emit } from '../shared/events';

/** The speeds offered, seconds per year: 0.4, 0.6 … 3. */
const SPEEDS = Array.from({ length: Math.round((SPEED.max - SPEED.min) / SPEED.step) + 1 }, (_, i) => clampSpeed(SPEED.min + i * SPEED.step));

/**
 * @fires play-change - PlaySettings: the range, the speed or the storyline changed (the app keeps them in the URL).
 * @fires play-options-open - the options were opened (the app then loads the storylines it offers).
 */
export class PlaySettingsElement extends LitElement {
  static override properties = { from: { type: Number }, to: { type: Number }, play: { attribute: false }, stories: { attribute: false }, open: { state: true } };
  /** The period's first and last years. */
  declare from: number;
  declare to: number;
  declare play: PlaySettings;
  /** The storylines Play can pause at the steps of (loaded when the options first open). */
  declare stories: readonly { id: string; title: string }[];
  declare open: boolean;

  constructor() {
    super();
    this.from = 1917;
    this.to = 1953;
    this.play = DEFAULT_PLAY;
    this.stories = [];
    this.open = false;
  }

  static override styles = [
    uiStyles,
    css`
      :host { display: inline-block; position: relative; }
      .form { position: absolute; z-index: 20; top: calc(100% + 0.3rem); left: 0; display: grid; grid-template-columns: auto auto; gap: 0.5rem 0.75rem; align-items: center;
        padding: 0.75rem 1rem; background: var(--ui-surface, #fff); border: 1px solid var(--ui-line); border-radius: 8px; box-shadow: 0 4px 14px rgb(0 0 0 / 18%); min-width: 17rem; }
      .form[hidden] { display: none; }
      select { min-height: 2.25rem; }
      .reset { grid-column: 1 / -1; justify-self: start; }
    `,
  ];

  override render() {
    const { from, to } = playRange(this.play, { from: this.from, to: this.to });
    const years = Array.from({ length: this.to - this.from + 1 }, (_, i) => this.from + i);
    const shaped = this.play.from !== null || this.play.to !== null || this.play.secondsPerYear !== DEFAULT_PLAY.secondsPerYear || this.play.pauseStory !== null;
    return html`<button type="button" aria-expanded=${this.open ? 'true' : 'false'} aria-controls="form" @click=${this.toggle}>
        Play options${shaped ? html`: ${from}–${to}, ${this.play.secondsPerYear} s` : ''}
      </button>
      <div id="form" class="form" role="group" aria-label="Play options" ?hidden=${!this.open} @keydown=${this.onKey}>
        <label for="from">From</label>
        <select id="from" @change=${(e: Event) => this.change({ from: Number((e.target as HTMLSelectElement).value) })}>
          ${years.filter((y) => y <= to).map((y) => html`<option value=${y} ?selected=${y === from}>${y}</option>`)}
        </select>
        <label for="to">To</label>
        <select id="to" @change=${(e: Event) => this.change({ to: Number((e.target as HTMLSelectElement).value) })}>
          ${years.filter((y) => y >= from).map((y) => html`<option value=${y} ?selected=${y === to}>${y}</option>`)}
        </select>
        <label for="speed">Speed</label>
        <select id="speed" @change=${(e: Event) => this.change({ secondsPerYear: clampSpeed(Number((e.target as HTMLSelectElement).value)) })}>
          ${SPEEDS.map((v) => html`<option value=${v} ?selected=${v === this.play.secondsPerYear}>${v} s per year</option>`)}
        </select>
        <label for="pause">Pause at the steps of</label>
        <select id="pause" @change=${(e: Event) => this.change({ pauseStory: (e.target as HTMLSelectElement).value || null })}>
          <option value="" ?selected=${this.play.pauseStory === null}>No storyline</option>
          ${this.stories.map((st) => html`<option value=${st.id} ?selected=${st.id === this.play.pauseStory}>${st.title}</option>`)}
        </select>
        <button type="button" class="reset" ?disabled=${!shaped} @click=${() => this.change({ ...DEFAULT_PLAY })}>Whole period, usual speed</button>
      </div>`;
  }

  private readonly toggle = (): void => {
    this.open = !this.open;
    if (this.open) emit(this, 'play-options-open', null);
  };

  private change(patch: Partial<PlaySettings>): void {
    const next = { ...this.play, ...patch };
    // A whole-period end is written as null, so the link stays short and follows the data.
    if (next.from === this.from) next.from = null;
    if (next.to === this.to) next.to = null;
    emit(this, 'play-change', next);
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    this.open = false;
    this.renderRoot.querySelector<HTMLButtonElement>('button[aria-controls="form"]')?.focus();
  }
}
customElements.define('play-settings', PlaySettingsElement);

declare global {
  interface HTMLElementTagNameMap {
    'play-settings': PlaySettingsElement;
  }
}
