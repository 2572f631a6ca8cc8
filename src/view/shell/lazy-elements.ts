/**
 * Lazy loading of the elements not needed for the first picture. The panels and the list load when first
 * needed, the tracing tools when a tool is first opened, and both when the browser is idle. Rendered before
 * that, they upgrade in place (Lit keeps properties set before upgrade). A failed load is tried again next time.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ViewState } from '../../app/shell/view-state';

function once(load: () => Promise<unknown>): () => Promise<unknown> {
  let loading: Promise<unknown> | null = null;
  return () =>
    (loading ??= load().catch((err: unknown) => {
      loading = null; // let the next need try again
      throw err;
    }));
}

/** The entity / relation panels and the relation list. */
export const loadLaterElements = once(() => Promise.all([import('../panels/entity-panel'), import('../panels/relation-panel'), import('../explorer/relation-list')]));
/** The tracing tools. */
export const loadToolElements = once(() => import('../tracing/tool-panel'));

interface Host extends ReactiveControllerHost, HTMLElement {
  state: ViewState;
  notice: string;
}

/** Loads what the state needs before each render, and everything when the browser is idle. */
export class LazyElementsController implements ReactiveController {
  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    const preload = () => {
      loadLaterElements().catch(() => undefined);
      loadToolElements().catch(() => undefined);
    };
    if ('requestIdleCallback' in window) requestIdleCallback(preload, { timeout: 3000 });
    else setTimeout(preload, 1500);
  }

  hostUpdate(): void {
    const { selected, edge, list, tool } = this.host.state;
    if (tool !== null) loadToolElements().catch(() => (this.host.notice = 'The tools could not be loaded. Reload the page to try again.'));
    if (selected !== null || edge !== null || list) {
      loadLaterElements().catch(() => (this.host.notice = 'Part of the app could not be loaded. Reload the page to try again.'));
    }
  }
}
