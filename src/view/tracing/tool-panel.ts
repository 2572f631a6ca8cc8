/**
 * <tool-panel>: the open tracing tool (Betrayals, Path, Compare, Who mattered), fed from the app's state
 * and the derived tool data, with a button to close it. The tools' code loads with this element.
 */
import { LitElement, css, html } from 'lit';
import type { ToolState } from '../../app/tracing/tool-state';
import { TOOL_LABELS, type ToolData } from '../../app/tracing/tool-view';
import type { AllegianceGraph } from '../../model/types';
import './betrayals-view';
import './path-tool';
import './rank-list';
import { uiStyles } from '../shared/ui-styles';
import './year-compare';
import { onEscape } from '../shared/on-escape';
import { emit } from '../shared/events';

/**
 * @fires tool-change - Partial<ToolState> from the tools, or {tool: null} from the close button or Escape.
 */
export class ToolPanel extends LitElement {
  static override properties = {
    graph: { attribute: false },
    period: { attribute: false },
    state: { attribute: false },
    data: { attribute: false },
  };
  declare graph: AllegianceGraph | null;
  declare period: { from: number; to: number };
  declare state: ToolState | null;
  declare data: ToolData | null;

  constructor() {
    super();
    this.graph = null;
    this.period = { from: 1917, to: 1953 };
    this.state = null;
    this.data = null;
    onEscape(this, () => this.close(), { includeSelects: false });
  }

  static override styles = [
    uiStyles,
    css`
      :host { display: block; position: relative; }
      .close { position: absolute; top: 0; right: 0; z-index: 1; }
      /* Room beside each tool's heading for the close button. */
      .body { --heading-room: 2.75rem; }
    `,
  ];

  /** Move focus to the tool's heading. */
  focusHeading(): void {
    const tool = this.renderRoot.querySelector('.body > *');
    const heading = tool?.shadowRoot?.querySelector<HTMLElement>('h2');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  }

  override render() {
    const s = this.state;
    const d = this.data;
    if (!s || !d || s.tool === null) return html``;
    const name = TOOL_LABELS[s.tool];
    return html`<button type="button" class="close" aria-label="Close ${name}" title="Close (Esc)" @click=${this.close}>✕</button>
      <div class="body">${this.tool(s, d)}</div>`;
  }

  private tool(s: ToolState, d: ToolData) {
    switch (s.tool) {
      case 'betrayals':
        return html`<betrayals-view .tracing=${d.tracing} .selected=${s.betrayal}></betrayals-view>`;
      case 'path':
        return html`<path-tool
          .graph=${this.graph}
          .period=${this.period}
          .from=${s.pathFrom}
          .to=${s.pathTo}
          .fromYear=${s.pathFromYear}
          .toYear=${s.pathToYear}
          .tones=${s.pathTones}
          .result=${d.path}
          .chosen=${s.pathIndex}
        ></path-tool>`;
      case 'compare':
        return html`<year-compare .period=${this.period} .yearA=${s.compareA} .yearB=${s.compareB} .show=${s.compareShow} .changes=${d.compare}></year-compare>`;
      case 'rank':
        return html`<rank-list .period=${this.period} .ranking=${d.rank} .size=${s.size}></rank-list>`;
      default:
        return '';
    }
  }

  private close(): void {
    emit(this, 'tool-change', { tool: null });
  }
}
customElements.define('tool-panel', ToolPanel);

declare global {
  interface HTMLElementTagNameMap {
    'tool-panel': ToolPanel;
  }
}
