/**
 * The List view's wiring in the shell: renders <relation-list> with the rows in view (each with its quotes as
 * EvidenceCards) and the list's state, and turns its `list-change` events (filter, Show quotes) into view changes.
 */
import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { cleanFilter } from '../../app/explorer/list-state';
import { relationRows } from '../../app/explorer/relation-rows';
import { shownEdges, type VisibleView } from '../../app/explorer/visible';
import type { ExplorerData } from '../../app/shell/explorer-data';
import type { ViewState } from '../../app/shell/view-state';

interface Host extends ReactiveControllerHost, HTMLElement {
  change(change: Partial<ViewState>): boolean;
}

export class ListController implements ReactiveController {
  constructor(host: Host) {
    host.addController(this);
    host.addEventListener('list-change', (e) => {
      const { filter, quotes } = e.detail;
      host.change({ ...(filter !== undefined ? { listFilter: cleanFilter(filter) } : {}), ...(quotes !== undefined ? { listQuotes: quotes } : {}) });
    });
  }

  hostConnected(): void {}

  /** The list of the relations in `view`. */
  render(app: ExplorerData, state: ViewState, view: VisibleView) {
    const { graph, notes } = app;
    return html`<relation-list
      .rows=${relationRows(graph, shownEdges(graph, view), notes)}
      .selectedEdge=${state.edge}
      .caption=${state.year === null ? 'Relations in view, all years' : `Relations in view in ${state.year}`}
      .filter=${state.listFilter}
      .quotes=${state.listQuotes}
      .notesTitle=${graph.getAttribute('notesTitle') ?? ''}
      .year=${state.year}
    ></relation-list>`;
  }
}
