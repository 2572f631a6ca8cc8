/** <graph-legend>: the key to the canvas (kinds, line styles, marks) as an accessible, collapsible list. */
import { LitElement, css, html, svg } from 'lit';
import { LEGEND_KINDS, LEGEND_LINES, LEGEND_NOTE, LEGEND_TIME_NOTE, type LegendLine } from './legend-items';

/** An SVG sample of a relation line, matching the canvas style. */
function lineSample(l: LegendLine) {
  const dash = l.dash.length ? l.dash.join(' ') : 'none';
  return html`<svg class="sample" viewBox="0 0 44 14" width="44" height="14" aria-hidden="true">
    ${svg`<line x1="2" y1="7" x2=${l.arrow ? 33 : 42} y2="7" stroke=${l.colour} stroke-width=${l.width * 0.8}
      stroke-dasharray=${dash} stroke-linecap=${l.tentative || (l.dash.length > 0 && l.dash[0]! < 1) ? 'round' : 'butt'} opacity=${l.tentative ? 0.7 : 1}></line>`}
    ${l.arrow ? svg`<polygon points="32,2 43,7 32,12" fill=${l.colour}></polygon>` : null}
    ${l.ring ? svg`<circle cx="18" cy="7" r="3.6" fill="#fff" stroke=${l.colour} stroke-width="1.6"></circle>` : null}
  </svg>`;
}

/** Detail of `legend-toggle`: whether the user left the key open. */
export interface LegendToggleDetail {
  open: boolean;
}

/**
 * The canvas legend. Collapsed and expanded with a real button; `open` reflects as an attribute.
 * @fires legend-toggle - CustomEvent<LegendToggleDetail>: the user opened or closed the key (to remember it).
 * @csspart panel - the box around the key
 */
export class GraphLegend extends LitElement {
  static override properties = { open: { type: Boolean, reflect: true }, lines: { attribute: false } };
  declare open: boolean;
  /** The relation samples (a theme's line styles; the standard ones by default). */
  declare lines: LegendLine[];

  constructor() {
    super();
    this.open = true;
    this.lines = LEGEND_LINES;
  }

  static override styles = css`
    :host { display: block; font: 0.8125rem/1.3 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: #111; }
    .panel { background: rgb(255 255 255 / 0.94); border: 1px solid #9a9a9a; border-radius: 6px; box-shadow: 0 1px 4px rgb(0 0 0 / 0.15); max-height: inherit; overflow: auto; }
    button { display: flex; align-items: center; gap: 0.4rem; width: 100%; font: inherit; font-weight: 700; padding: 0.35rem 0.6rem; border: 0; background: none; color: inherit; cursor: pointer; text-align: left; min-height: 2rem; }
    button:focus-visible { outline: 3px solid #1a56db; outline-offset: -3px; border-radius: 6px; }
    .chevron { transition: transform 0.15s; display: inline-block; }
    :host([open]) .chevron { transform: rotate(90deg); }
    .body { padding: 0 0.6rem 0.5rem; display: grid; grid-template-columns: auto auto; column-gap: 1.2rem; }
    .body[hidden] { display: none; }
    .body p { grid-column: 1 / -1; }
    h3 { font-size: inherit; margin: 0.3rem 0 0.15rem; color: #333; }
    ul { list-style: none; margin: 0; padding: 0; }
    li { display: flex; align-items: center; gap: 0.4rem; min-height: 1.35rem; }
    .swatch { flex: none; }
    .sample { flex: none; }
    p { margin: 0.3rem 0 0; color: #333; }
    @media (pointer: coarse) { button { min-height: 44px; min-width: 44px; } }
  `;

  override render() {
    return html`<div class="panel" part="panel">
      <button type="button" aria-expanded=${this.open ? 'true' : 'false'} aria-controls="legend-body" @click=${this.toggle}>
        <span class="chevron" aria-hidden="true">▸</span> Key
      </button>
      <div class="body" id="legend-body" ?hidden=${!this.open}>
        <section>
          <h3 id="kinds-h">Entities</h3>
          <ul class="kinds" aria-labelledby="kinds-h">
            ${LEGEND_KINDS.map(
              (k) => html`<li>
                <svg class="swatch" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">${svg`<path d=${k.path} fill=${k.colour} stroke="#111" stroke-width="1.5"></path>`}</svg>
                ${k.text}
              </li>`,
            )}
          </ul>
        </section>
        <section>
          <h3 id="lines-h">Relations</h3>
          <ul aria-labelledby="lines-h">
            ${this.lines.map((l) => html`<li>${lineSample(l)} ${l.text}</li>`)}
          </ul>
        </section>
        <p>${LEGEND_NOTE}</p>
        <p class="time">${LEGEND_TIME_NOTE}</p>
      </div>
    </div>`;
  }

  private toggle(): void {
    this.open = !this.open;
    this.dispatchEvent(new CustomEvent<LegendToggleDetail>('legend-toggle', { detail: { open: this.open }, bubbles: true, composed: true }));
  }
}
customElements.define('graph-legend', GraphLegend);

declare global {
  interface HTMLElementTagNameMap {
    'graph-legend': GraphLegend;
  }
}
