/**
 * Where keyboard focus goes after the shell re-renders: the panel heading when the user chose from a list,
 * link or search (not from the canvas); a tool's button when its panel was closed from inside; the main area
 * after a panel closes. Also: Escape with nothing focused (focus on the page itself) closes the open panel.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ToolId } from '../../app/tracing/tool-state';
import type { EntityPanel } from '../panels/entity-panel';
import type { RelationPanel } from '../panels/relation-panel';
import type { ToolBar } from '../tracing/tool-bar';
import { loadLaterElements } from './lazy-elements';

interface Host extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** Whether an event passed through an element with this tag (e.g. came from the canvas rather than a list). */
export function cameFrom(e: Event, tag: string): boolean {
  return e.composedPath().some((n) => n instanceof HTMLElement && n.localName === tag);
}

export class FocusController implements ReactiveController {
  private panelNext = false;
  private toolButtonNext: ToolId | null = null;

  constructor(
    private readonly host: Host,
    /** Escape on the page: whether something is open, and how to close it. */
    private readonly escape: { isOpen: () => boolean; close: () => void },
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('keydown', this.onDocumentKey);
  }

  hostDisconnected(): void {
    document.removeEventListener('keydown', this.onDocumentKey);
  }

  /** Focus the panel heading after the next render (when `wanted`); returns `wanted`. */
  panelAfterRender(wanted: boolean): boolean {
    this.panelNext = wanted;
    return wanted;
  }

  /** Focus this tool's button after the next render. */
  toolButtonAfterRender(tool: ToolId | null): void {
    this.toolButtonNext = tool;
  }

  /** Focus the main area now. */
  main(): void {
    this.host.renderRoot.querySelector<HTMLElement>('main')?.focus();
  }

  hostUpdated(): void {
    if (this.toolButtonNext !== null) {
      const tool = this.toolButtonNext;
      this.toolButtonNext = null;
      const bar = this.host.renderRoot.querySelector<ToolBar>('tool-bar');
      void bar?.updateComplete.then(() => bar.focusButton(tool));
    }
    if (this.panelNext) {
      this.panelNext = false;
      void loadLaterElements()
        .then(async () => {
          const panel = this.host.renderRoot.querySelector<EntityPanel | RelationPanel>('.panel > entity-panel, .panel > relation-panel');
          await panel?.updateComplete;
          panel?.focusHeading();
        })
        .catch(() => undefined);
    }
  }

  private readonly onDocumentKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && !e.defaultPrevented && e.composedPath()[0] === document.body && this.escape.isOpen()) this.escape.close();
  };
}
