/**
 * <canvas-tooltip>: the name and dates of the node or relation under the pointer (or with keyboard focus),
 * as text over the canvas. Placed by its owner at a point on the canvas (the element's centre); it stays
 * inside the canvas and never takes the pointer.
 */
import { LitElement, css, html } from 'lit';

export class CanvasTooltip extends LitElement {
  static override properties = {
    heading: {},
    detail: {},
    x: { type: Number },
    y: { type: Number },
    /** How far above the point the tooltip's bottom sits (the element's rendered radius), px. */
    lift: { type: Number },
  };
  declare heading: string;
  declare detail: string;
  declare x: number;
  declare y: number;
  declare lift: number;

  constructor() {
    super();
    this.heading = '';
    this.detail = '';
    this.x = 0;
    this.y = 0;
    this.lift = 0;
  }

  static override styles = css`
    :host { position: absolute; left: 0; top: 0; z-index: 2; pointer-events: none; max-width: min(22rem, calc(100% - 1rem)); }
    :host([hidden]) { display: none; }
    .tip { background: #111; color: #fff; border-radius: 4px; padding: 0.35rem 0.55rem; font: 0.95rem/1.3 system-ui, sans-serif; box-shadow: 0 2px 6px rgb(0 0 0 / 0.3); }
    strong { display: block; font-weight: 700; }
  `;

  override render() {
    return html`<div class="tip" part="tip"><strong>${this.heading}</strong>${this.detail ? html`<span>${this.detail}</span>` : ''}</div>`;
  }

  override updated(): void {
    // Above the point when there is room, else below; clamped inside the parent.
    const parent = this.offsetParent as HTMLElement | null;
    const pw = parent?.clientWidth ?? window.innerWidth;
    const w = this.offsetWidth;
    const h = this.offsetHeight;
    const left = Math.min(Math.max(4, this.x - w / 2), Math.max(4, pw - w - 4));
    const above = this.y - this.lift - 8 - h;
    const top = above >= 4 ? above : this.y + this.lift + 8;
    this.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
  }
}
customElements.define('canvas-tooltip', CanvasTooltip);

declare global {
  interface HTMLElementTagNameMap {
    'canvas-tooltip': CanvasTooltip;
  }
}
