/** <tool-bar>: the four tracing tools as toggle buttons; pressing the open one closes it. */
import { LitElement, css, html } from 'lit';
import { TOOL_IDS, type ToolId } from '../../app/tracing/tool-state';
import { TOOL_LABELS } from '../../app/tracing/tool-view';
import { uiStyles } from '../shared/ui-styles';
import { emit } from '../shared/events';

/**
 * @fires tool-change - {tool: ToolId | null} a tool was opened, or the open one closed.
 */
export class ToolBar extends LitElement {
  static override properties = {
    tool: { attribute: false },
  };
  /** The open tool, or null. */
  declare tool: ToolId | null;

  constructor() {
    super();
    this.tool = null;
  }

  static override styles = [
    uiStyles,
    css`
      :host { display: block; }
      .bar { display: flex; flex-wrap: wrap; align-items: center; gap: 0.35rem; }
      .label { font-weight: 700; margin-right: 0.25rem; }
      button[aria-pressed='true'] { background: var(--ui-accent); border-color: var(--ui-accent); color: #fff; }
      button[aria-pressed='true']:hover { background: #154e94; }
    `,
  ];

  /** Move focus to a tool's button. */
  focusButton(tool: ToolId): void {
    this.renderRoot.querySelector<HTMLButtonElement>(`button[data-tool="${tool}"]`)?.focus();
  }

  override render() {
    return html`<div class="bar" role="group" aria-labelledby="tools-label">
      <span class="label" id="tools-label">Tools</span>
      ${TOOL_IDS.map(
        (id) => html`<button type="button" data-tool=${id} aria-pressed=${this.tool === id ? 'true' : 'false'} @click=${() => this.emit(this.tool === id ? null : id)}>
          ${TOOL_LABELS[id]}
        </button>`,
      )}
    </div>`;
  }

  private emit(tool: ToolId | null): void {
    emit(this, 'tool-change', { tool });
  }
}
customElements.define('tool-bar', ToolBar);

declare global {
  interface HTMLElementTagNameMap {
    'tool-bar': ToolBar;
  }
}
