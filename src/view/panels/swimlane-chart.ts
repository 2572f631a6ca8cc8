/**
 * <swimlane-chart>: an entity's relations over time as SVG: one lane per related entity, bars for relations
 * in force, marks for one-off acts. Tone is shown by colour and also by fill and shape (solid, hatched,
 * outlined; circle, triangle, diamond), so colour is never the only cue. The chart is one image with a
 * summary as its name; the timeline's sentences are its text alternative. Each item has a <title> tooltip.
 */
import { LitElement, css, html, svg } from 'lit';
import { fitLabel, layoutSwimlanes, type LaidItem, type SwimlaneLayout } from '../../app/panels/swimlane-layout';
import type { Swimlanes } from '../../model/queries/timeline';
import type { Tone } from '../../model/types';
import { uiStyles } from '../shared/ui-styles';
import { TONE_COLOUR } from '../shared/palette';

/** Lanes shown before "Show all lanes". */
export const FIRST_LANES = 12;

const COLOUR: Record<Tone, string> = TONE_COLOUR;
const ROW = 14;
const BAR = 9;

export class SwimlaneChart extends LitElement {
  static override properties = {
    lanes: { attribute: false },
    summary: {},
    titles: { attribute: false },
    year: { attribute: false },
    allLanes: { state: true },
    width: { state: true },
  };
  declare lanes: Swimlanes | null;
  /** The chart's accessible name (see timeline-view.ts swimlaneSummary). */
  declare summary: string;
  /** Tooltip text per edge key (the timeline sentence); the relation type is used when missing. */
  declare titles: ReadonlyMap<string, string>;
  /** A year to mark with a vertical line (the explorer's year), or null. */
  declare year: number | null;
  declare allLanes: boolean;
  declare width: number;
  private observer: ResizeObserver | null = null;

  constructor() {
    super();
    this.lanes = null;
    this.summary = '';
    this.titles = new Map();
    this.year = null;
    this.allLanes = false;
    this.width = 360;
  }

  static override styles = [
    uiStyles,
    css`
      :host { display: block; }
      svg { display: block; max-width: 100%; overflow: visible; font-family: inherit; }
      .tick { font-size: 11px; fill: #4a4a4a; }
      .lane-label { font-size: 12px; fill: #1a1a1a; }
      .legend { display: flex; flex-wrap: wrap; gap: 0.15rem 0.9rem; margin: 0.35rem 0 0; padding: 0; list-style: none; font-size: 0.85rem; color: var(--ui-muted); }
      .legend li { display: inline-flex; align-items: center; gap: 0.3rem; }
      .legend svg { flex: none; }
      .more { margin-top: 0.4rem; }
      .empty { color: var(--ui-muted); margin: 0; }
    `,
  ];

  override connectedCallback(): void {
    super.connectedCallback();
    this.observer = new ResizeObserver(([entry]) => {
      const w = Math.floor(entry?.contentRect.width ?? 0);
      if (w > 0 && Math.abs(w - this.width) > 1) this.width = w;
    });
    this.observer.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.observer = null;
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('lanes') && changed.get('lanes') !== undefined) this.allLanes = false;
  }

  override render() {
    const data = this.lanes;
    if (!data) return html``;
    if (data.lanes.length === 0) return html`<p class="empty">No dated relations to chart.</p>`;
    const shown = this.allLanes ? data : { ...data, lanes: data.lanes.slice(0, FIRST_LANES) };
    const layout = layoutSwimlanes(shown, { width: this.width, labelWidth: Math.min(150, Math.round(this.width * 0.34)), rowHeight: ROW });
    const hidden = data.lanes.length - shown.lanes.length;
    return html`${this.chart(layout)}
      ${this.legend()}
      ${hidden > 0 ? html`<button type="button" class="more" @click=${() => (this.allLanes = true)}>Show all ${data.lanes.length} lanes</button>` : ''}`;
  }

  private chart(l: SwimlaneLayout) {
    const plotBottom = l.height - 4;
    const yearX = this.year !== null && this.year >= l.fromYear && this.year <= l.toYear ? l.plotLeft + (this.year - l.fromYear + 0.5) * l.yearWidth : null;
    return html`<svg role="img" aria-label=${this.summary} width=${l.width} height=${l.height} viewBox="0 0 ${l.width} ${l.height}">
      <defs>
        <pattern id="hatch" patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)">
          <rect width="5" height="5" fill="#f6d5d2"></rect>
          <line x1="0" y1="0" x2="0" y2="5" stroke=${COLOUR.hostile} stroke-width="2.6"></line>
        </pattern>
      </defs>
      ${l.lanes.map((lane, i) => svg`<rect x="0" y=${lane.y} width=${l.width} height=${lane.height} fill=${i % 2 ? '#ffffff' : '#f2f4f7'}></rect>`)}
      ${l.ticks.map(
        (t) => svg`<line x1=${t.x} x2=${t.x} y1=${l.axisY + 2} y2=${plotBottom} stroke="#d5dae1" stroke-width="1"></line>
          <text class="tick" x=${t.x} y=${l.axisY - 3} text-anchor="middle">${t.year}</text>`,
      )}
      <line x1=${l.plotLeft} x2=${l.plotRight} y1=${l.axisY + 2} y2=${l.axisY + 2} stroke="#8a94a3"></line>
      ${yearX !== null
        ? svg`<line x1=${yearX} x2=${yearX} y1=${l.axisY + 2} y2=${plotBottom} stroke="#1a1a1a" stroke-width="1.5" stroke-dasharray="4 3"><title>${this.year}</title></line>`
        : ''}
      ${l.lanes.map(
        (lane) => svg`<g>
          <text class="lane-label" x="4" y=${lane.y + lane.height / 2 + 4}>${fitLabel(lane.label, l.labelWidth - 6, 12)}<title>${lane.label}</title></text>
          ${lane.items.map((item) => this.item(item, l))}
        </g>`,
      )}
    </svg>`;
  }

  private item(item: LaidItem, l: SwimlaneLayout) {
    const title = svg`<title>${this.titles.get(item.edge) ?? `${item.type}, ${item.end !== null && item.end !== item.start ? `${item.start}–${item.end}` : item.start}`}</title>`;
    const colour = COLOUR[item.tone];
    if (item.oneOff) {
      const cx = item.x + l.yearWidth / 2;
      return svg`<g class="mark ${item.tone}" data-edge=${item.edge}>${title}${this.markShape(item.tone, cx, item.y, colour)}</g>`;
    }
    const y = item.y - BAR / 2;
    const w = Math.max(2, item.width - 1);
    const fill = item.tone === 'friendly' ? colour : item.tone === 'hostile' ? 'url(#hatch)' : '#ffffff';
    const end = item.x + w;
    return svg`<g class="bar ${item.tone}" data-edge=${item.edge}>${title}
      <rect x=${item.x + 0.5} y=${y} width=${w} height=${BAR} rx="2" fill=${fill} stroke=${colour} stroke-width=${item.tone === 'neutral' ? 1.6 : 1}></rect>
      ${item.openEnded ? svg`<path d="M${end + 1} ${item.y - 4.5} l5 4.5 l-5 4.5 z" fill=${colour}></path>` : ''}
    </g>`;
  }

  /** Circle (friendly), triangle (hostile), hollow diamond (neutral). */
  private markShape(tone: Tone, cx: number, cy: number, colour: string) {
    if (tone === 'friendly') return svg`<circle cx=${cx} cy=${cy} r="5" fill=${colour} stroke="#fff" stroke-width="1"></circle>`;
    if (tone === 'hostile') return svg`<path d="M${cx} ${cy - 6} L${cx + 6} ${cy + 5} L${cx - 6} ${cy + 5} Z" fill=${colour} stroke="#fff" stroke-width="1"></path>`;
    return svg`<path d="M${cx} ${cy - 5.5} L${cx + 5.5} ${cy} L${cx} ${cy + 5.5} L${cx - 5.5} ${cy} Z" fill="#fff" stroke=${colour} stroke-width="1.8"></path>`;
  }

  private legend() {
    const swatch = (content: unknown) => html`<svg width="22" height="14" viewBox="0 0 22 14" aria-hidden="true">${content}</svg>`;
    const bar = (tone: Tone) =>
      swatch(svg`<rect x="1" y="2.5" width="20" height="9" rx="2" fill=${tone === 'friendly' ? COLOUR.friendly : tone === 'hostile' ? 'url(#hatch-legend)' : '#fff'} stroke=${COLOUR[tone]} stroke-width=${tone === 'neutral' ? 1.6 : 1}></rect>`);
    return html`<svg width="0" height="0" style="position:absolute" aria-hidden="true">
        <defs>
          <pattern id="hatch-legend" patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)">
            <rect width="5" height="5" fill="#f6d5d2"></rect>
            <line x1="0" y1="0" x2="0" y2="5" stroke=${COLOUR.hostile} stroke-width="2.6"></line>
          </pattern>
        </defs>
      </svg>
      <ul class="legend" aria-label="Key to the chart">
        <li>${bar('friendly')}Friendly, solid</li>
        <li>${bar('hostile')}Hostile, hatched</li>
        <li>${bar('neutral')}Neutral, outlined</li>
        <li>${swatch(svg`${this.markShape('friendly', 5, 7, COLOUR.friendly)}${this.markShape('hostile', 16.5, 7.5, COLOUR.hostile)}`)}One-off act</li>
        <li>${swatch(svg`<rect x="1" y="2.5" width="12" height="9" rx="2" fill="#fff" stroke=${COLOUR.neutral} stroke-width="1.2"></rect><path d="M14 2.5 l5 4.5 l-5 4.5 z" fill=${COLOUR.neutral}></path>`)}No end date given</li>
      </ul>`;
  }
}
customElements.define('swimlane-chart', SwimlaneChart);

declare global {
  interface HTMLElementTagNameMap {
    'swimlane-chart': SwimlaneChart;
  }
}
