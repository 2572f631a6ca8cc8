/**
 * Brings a newly chosen betrayal or path into view on the canvas, once: after the render that shows it, or
 * when the graph is first drawn (a link that opens on a betrayal or a path).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ToolData } from '../../app/tracing/tool-view';
import type { GraphCanvas } from '../canvas/graph-canvas';

/** The emphasis worth bringing into view (a chosen betrayal or path; the comparison's may be the whole graph), as a key. */
function emphasisKey(tools: ToolData | null): string {
  if (!tools?.emphasis || (tools.tool !== 'betrayals' && tools.tool !== 'path')) return '';
  return [...tools.emphasis.edges].join('|');
}

export class EmphasisController implements ReactiveController {
  private tools: ToolData | null = null;
  /** The emphasised relations last brought into view. */
  private focused = '';
  private next = false;

  constructor(private readonly host: ReactiveControllerHost & { readonly canvas: GraphCanvas | null }) {
    host.addController(this);
  }

  /** The tools' data of the coming render. */
  track(tools: ToolData | null): void {
    this.tools = tools;
    const key = emphasisKey(tools);
    if (key !== this.focused) {
      this.focused = key;
      this.next = key !== '';
    }
  }

  hostUpdated(): void {
    if (!this.next) return;
    this.next = false;
    this.bringIntoView(true);
  }

  bringIntoView(animate: boolean): void {
    if (emphasisKey(this.tools) === '') return;
    this.host.canvas?.focusOn(this.tools!.emphasis!.nodes, { animate });
  }
}
