/**
 * <path-tool>: how two entities are linked. Pick both ends with the explorer's search, optionally narrow
 * to a window of years and to some tones, then read each path hop by hop with its quotes; the chosen path
 * is drawn on the graph, and the alternatives can be chosen instead.
 */
import { LitElement, css, html } from 'lit';
import type { PathResult, PathView } from '../../app/tracing/path-view';
import { ALL_PATH_TONES, type ToolState } from '../../app/tracing/tool-state';
import { labelOf } from '../../model/queries/relations';
import type { AllegianceGraph, Tone } from '../../model/types';
import '../search/entity-search';
import '../panels/relation-evidence';
import { uiStyles } from '../shared/ui-styles';
import { yearSelect } from './year-select';
import { emit } from '../shared/events';

const TONE_TEXT: Record<Tone, string> = { friendly: 'Friendly', hostile: 'Hostile', neutral: 'Neutral' };

/**
 * @fires tool-change - Partial<ToolState>: new ends, years, tones (pathFrom, pathTo, pathFromYear, pathToYear, pathTones) or a chosen path (pathIndex).
 */
export class PathTool extends LitElement {
  static override properties = {
    graph: { attribute: false },
    period: { attribute: false },
    from: { attribute: false },
    to: { attribute: false },
    fromYear: { attribute: false },
    toYear: { attribute: false },
    tones: { attribute: false },
    result: { attribute: false },
    chosen: { attribute: false },
  };
  declare graph: AllegianceGraph | null;
  declare period: { from: number; to: number };
  declare from: string | null;
  declare to: string | null;
  declare fromYear: number | null;
  declare toYear: number | null;
  /** Tones a path may use; null = all. */
  declare tones: ReadonlySet<Tone> | null;
  /** The paths for the current query; null until both ends are chosen. */
  declare result: PathResult | null;
  /** Index of the path drawn on the graph. */
  declare chosen: number;

  constructor() {
    super();
    this.graph = null;
    this.period = { from: 1917, to: 1953 };
    this.from = null;
    this.to = null;
    this.fromYear = null;
    this.toYear = null;
    this.tones = null;
    this.result = null;
    this.chosen = 0;
  }

  static override styles = [
    uiStyles,
    css`
      :host { display: block; }
      h2 { font-size: 1.35rem; margin: 0 0 0.3rem; padding-right: var(--heading-room, 0); }
      h3 { font-size: 1.1rem; margin: 1rem 0 0.4rem; }
      .intro { margin: 0 0 0.6rem; color: var(--ui-muted); }
      .ends { display: grid; grid-template-columns: minmax(0, 1fr) auto; gap: 0.4rem 0.5rem; align-items: end; }
      .end { display: grid; gap: 0.2rem; grid-column: 1; }
      .end-head { display: flex; gap: 0.4rem; align-items: baseline; flex-wrap: wrap; }
      .end-label { font-weight: 700; min-width: 2.6rem; }
      .picked { font-weight: 600; }
      .unpicked { color: var(--ui-muted); font-style: italic; }
      .swap { grid-column: 2; grid-row: 1 / span 2; align-self: center; }
      fieldset { border: 1px solid var(--ui-line); border-radius: 8px; margin: 0.6rem 0 0; padding: 0.3rem 0.6rem 0.5rem; }
      legend { font-weight: 600; padding: 0 0.25rem; }
      .row { display: flex; flex-wrap: wrap; gap: 0.4rem 0.9rem; align-items: center; }
      .row label { display: inline-flex; gap: 0.35rem; align-items: center; }
      select { padding: 0.2rem 0.3rem; min-height: 2.1rem; border: 1px solid #8a94a3; border-radius: 6px; background: #fff; }
      .status { margin: 0.7rem 0 0.3rem; font-weight: 600; }
      ol.paths { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.3rem; }
      ol.paths button { width: 100%; text-align: left; display: flex; gap: 0.5rem; align-items: baseline; }
      ol.paths button[aria-pressed='true'] { border: 2px solid var(--ui-accent); background: #eaf1fb; font-weight: 600; }
      .n { font-variant-numeric: tabular-nums; white-space: nowrap; color: var(--ui-muted); font-size: 0.9rem; }
      .t { flex: 1; }
      ol.hops { margin: 0; padding: 0 0 0 1.4rem; display: grid; gap: 0.6rem; }
      ol.hops > li::marker { font-weight: 700; }
      .hop-head { font-weight: 700; margin: 0 0 0.2rem; }
      .also { margin: 0.3rem 0 0; font-size: 0.9rem; color: var(--ui-muted); }
      .also summary { cursor: pointer; color: var(--ui-accent); font-weight: 600; width: fit-content; }
      .also ul { margin: 0.3rem 0 0; padding-left: 0; list-style: none; display: grid; gap: 0.4rem; color: var(--ui-ink); }
      @media (pointer: coarse) { .also summary { min-height: 44px; display: flex; align-items: center; } }
    `,
  ];

  override render() {
    const tonesOn = (t: Tone) => this.tones === null || this.tones.has(t);
    return html`<section aria-labelledby="path-title">
      <h2 id="path-title">Path between two entities</h2>
      <p class="intro">How are two entities linked? Each step is a relation from the notes, with its quotes.</p>
      <div class="ends">
        ${this.end('from', 'From', this.from)} ${this.end('to', 'To', this.to)}
        <button type="button" class="swap" ?disabled=${this.from === null && this.to === null} @click=${this.swap}>
          <span aria-hidden="true">⇅</span> Swap
        </button>
      </div>
      <fieldset>
        <legend>Relations in force between</legend>
        <div class="row">
          <label for="pf">From year</label>
          ${yearSelect({ id: 'pf', period: this.period, value: this.fromYear, anyText: 'any', onChange: (y) => this.emit({ pathFromYear: y }) })}
          <label for="pt">to year</label>
          ${yearSelect({ id: 'pt', period: this.period, value: this.toYear, anyText: 'any', onChange: (y) => this.emit({ pathToYear: y }) })}
        </div>
      </fieldset>
      <fieldset>
        <legend>Tones to follow</legend>
        <div class="row">
          ${ALL_PATH_TONES.map(
            (t) => html`<label><input type="checkbox" .checked=${tonesOn(t)} @change=${(e: Event) => this.toggleTone(t, (e.target as HTMLInputElement).checked)} />${TONE_TEXT[t]}</label>`,
          )}
        </div>
      </fieldset>
      ${this.results()}
    </section>`;
  }

  private end(which: 'from' | 'to', text: string, id: string | null) {
    const label = id && this.graph ? labelOf(this.graph, id) : null;
    return html`<div class="end">
      <div class="end-head">
        <span class="end-label" id="${which}-label">${text}</span>
        ${label ? html`<span class="picked" data-end=${which}>${label}</span>` : html`<span class="unpicked">not chosen</span>`}
      </div>
      <entity-search
        class=${which}
        .graph=${this.graph}
        label=${`${text} entity`}
        placeholder=${label ? `Change: search…` : `Search for the ${which === 'from' ? 'first' : 'second'} entity…`}
        no-shortcut
        @entity-select=${(e: HTMLElementEventMap['entity-select']) => {
          e.stopPropagation();
          this.emit(which === 'from' ? { pathFrom: e.detail.id } : { pathTo: e.detail.id });
        }}
      ></entity-search>
    </div>`;
  }

  private results() {
    if (this.from === null || this.to === null) return html`<p class="status" role="status">Choose both entities to see how they are linked.</p>`;
    if (this.from === this.to) return html`<p class="status" role="status">Choose two different entities.</p>`;
    if (this.tones !== null && this.tones.size === 0) return html`<p class="status" role="status">Tick at least one tone to follow.</p>`;
    const result = this.result;
    if (!result) return html`<p class="status" role="status">Finding paths…</p>`;
    const n = result.paths.length;
    if (n === 0) return html`<p class="status" role="status">No chain of relations links them with these years and tones.</p>`;
    const chosen = Math.min(this.chosen, n - 1);
    const path = result.paths[chosen]!;
    return html`<p class="status" role="status">${n === 1 ? '1 path found' : `${n} paths found, shortest first`}. Path ${chosen + 1} is drawn on the graph.</p>
      ${n > 1
        ? html`<ol class="paths" aria-label="Paths">
            ${result.paths.map(
              (p, i) => html`<li>
                <button type="button" aria-pressed=${i === chosen ? 'true' : 'false'} @click=${() => this.emit({ pathIndex: i })}>
                  <span class="n">${i + 1}.</span> <span class="t">${p.title}</span> <span class="n">(${p.hops.length} ${p.hops.length === 1 ? 'step' : 'steps'})</span>
                </button>
              </li>`,
            )}
          </ol>`
        : ''}
      ${this.hops(path, chosen)}`;
  }

  private hops(path: PathView, index: number) {
    return html`<h3 id="hops-title">Path ${index + 1}: ${path.title}</h3>
      <ol class="hops" aria-labelledby="hops-title">
        ${path.hops.map(
          (h) => html`<li>
            <p class="hop-head">${h.fromLabel} → ${h.toLabel}</p>
            <relation-evidence .relation=${h.relation} open></relation-evidence>
            ${h.parallel.length
              ? html`<details class="also">
                  <summary>${h.parallel.length} other ${h.parallel.length === 1 ? 'relation' : 'relations'} between them</summary>
                  <ul>
                    ${h.parallel.map((r) => html`<li><relation-evidence .relation=${r}></relation-evidence></li>`)}
                  </ul>
                </details>`
              : ''}
          </li>`,
        )}
      </ol>`;
  }

  private toggleTone(tone: Tone, on: boolean): void {
    const next = new Set(this.tones ?? ALL_PATH_TONES);
    if (on) next.add(tone);
    else next.delete(tone);
    this.emit({ pathTones: ALL_PATH_TONES.every((t) => next.has(t)) ? null : next });
  }

  private swap(): void {
    this.emit({ pathFrom: this.to, pathTo: this.from });
  }

  private emit(detail: Partial<ToolState>): void {
    emit(this, 'tool-change', detail);
  }
}
customElements.define('path-tool', PathTool);

declare global {
  interface HTMLElementTagNameMap {
    'path-tool': PathTool;
  }
}
