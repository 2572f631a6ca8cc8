/** <play-settings>: "Play options", the years play runs over (From, To) and its speed (seconds per year), for a teacher to shape. */
import { LitElement, css, html } from 'lit';
import { clampSpeed, DEFAULT_PLAY, playRange, SPEED, type PlaySettings } from '../../app/classroom/play';
import { uiStyles } from '../shared/ui-styles';
import { emit } from '../shared/events';

/**
 * @fires play-change - PlaySettings: the range or the speed changed (the app keeps them in the URL).
 */
export class PlaySettingsElement extends LitElement {
  static override properties = { from: { type: Number }, to: { type: Number }, play: { attribute: false }, open: { state: true } };
  /** The period's first and last years. */
  declare from: number;
  declare to: number;
  declare play: PlaySettings;
  declare open: boolean;

  constructor() {
    super();
    this.from = 1917;
    this.to = 1953;
    this.play = DEFAULT_PLAY;
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
      input[type='range'] { accent-color: var(--ui-accent); }
      .speed-value { font-variant-numeric: tabular-nums; grid-column: 2; font-size: 0.95rem; }
      .reset { grid-column: 1 / -1; justify-self: start; }
    `,
  ];

  override render() {
    const { from, to } = playRange(this.play, { from: this.from, to: this.to });
    const years = Array.from({ length: this.to - this.from + 1 }, (_, i) => this.from + i);
    const shaped = this.play.from !== null || this.play.to !== null || this.play.secondsPerYear !== DEFAULT_PLAY.secondsPerYear;
    return html`<button type="button" aria-expanded=${this.open ? 'true' : 'false'} aria-controls="form" @click=${() => (this.open = !this.open)}>
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
        <input id="speed" type="range" min=${SPEED.min} max=${SPEED.max} step=${SPEED.step} .value=${String(this.play.secondsPerYear)}
          aria-valuetext=${`${this.play.secondsPerYear} seconds per year`} @change=${(e: Event) => this.change({ secondsPerYear: clampSpeed(Number((e.target as HTMLInputElement).value)) })} />
        <span class="speed-value" aria-hidden="true">${this.play.secondsPerYear} s per year</span>
        <button type="button" class="reset" ?disabled=${!shaped} @click=${() => this.change({ ...DEFAULT_PLAY })}>Whole period, usual speed</button>
      </div>`;
  }

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
