/** <plan-chronology>: the plan's dated evidence on a small SVG timeline over the question's years, with the gaps named in words. */
import { LitElement, css, html, nothing, svg } from 'lit';
import type { Chronology } from '../../app/planner/chronology';

const W = 360;
const ROW = 12;
const COLOURS = ['#1f5fa8', '#b3541e', '#2e7d32', '#6a3d9a', '#8a6d00', '#00838f'];

export class PlanChronology extends LitElement {
  static override properties = { chronology: { attribute: false }, window: { attribute: false } };
  declare chronology: Chronology | null;
  declare window: { from: number | null; to: number | null };

  constructor() {
    super();
    this.chronology = null;
    this.window = { from: null, to: null };
  }

  static override styles = css`
    :host { display: block; }
    svg { width: 100%; height: auto; display: block; }
    p { margin: 0.2rem 0; font-size: 0.85rem; }
  `;

  override render() {
    const c = this.chronology;
    if (!c || c.marks.length === 0) return html`<p>No dated evidence yet: the timeline fills as you add cards.</p>`;
    const span = c.to - c.from + 1;
    const x = (f: number) => 10 + f * (W - 20);
    const h = 30 + c.marks.length * ROW;
    const wf = this.window.from ?? c.from;
    const wt = this.window.to ?? c.to;
    const ticks = Array.from({ length: span + 1 }, (_, i) => c.from + i).filter((y, i, all) => span <= 12 || i % Math.ceil(span / 8) === 0 || y === all[all.length - 1]);
    return html`<svg viewBox="0 0 ${W} ${h}" role="img" aria-label=${`Timeline of ${c.marks.length} dated pieces of evidence, ${c.from} to ${c.to}`}>
        <rect x=${x((wf - c.from) / span)} y="0" width=${x((wt + 1 - c.from) / span) - x((wf - c.from) / span)} height=${h - 14} fill="#e9eef5"></rect>
        ${c.marks.map((m, i) => svg`<rect x=${x(m.x0)} y=${6 + i * ROW} width=${Math.max(3, x(m.x1) - x(m.x0))} height="8" rx="2"
            fill=${m.outside ? '#fff' : COLOURS[m.paragraph % COLOURS.length]} stroke=${COLOURS[m.paragraph % COLOURS.length]}><title>${m.label}</title></rect>`)}
        ${ticks.map((y) => svg`<text x=${x((y - c.from) / span)} y=${h - 2} font-size="9" text-anchor="middle" fill="#444">${y}</text>`)}
      </svg>
      <p>${c.gaps.length ? `No evidence for ${c.gaps.map(([a, b]) => (a === b ? String(a) : `${a}–${b}`)).join(', ')}.` : 'Every year of the question has evidence.'}
        ${c.undated ? ` ${c.undated} undated card${c.undated === 1 ? '' : 's'} not shown.` : nothing}
        ${c.marks.some((m) => m.outside) ? ' Hollow bars lie outside the question’s years.' : nothing}</p>`;
  }
}
customElements.define('plan-chronology', PlanChronology);

declare global {
  interface HTMLElementTagNameMap {
    'plan-chronology': PlanChronology;
  }
}
