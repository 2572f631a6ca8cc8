/** The right-hand panel's content: the open tool, else the chosen relation, else the chosen entity, else nothing. */
import { html } from 'lit';
import { entityDetails, relationDetails } from '../../app/panels/details';
import type { timelineViewMemo } from '../../app/panels/timeline-view';
import type { ExplorerData } from '../../app/shell/explorer-data';
import type { ViewState } from '../../app/shell/view-state';
import type { ToolData } from '../../app/tracing/tool-view';
import type { VisibleView } from '../../app/explorer/visible';
import { labelOf } from '../../model/queries/relations';

export function sidePanel(app: ExplorerData, state: ViewState, view: VisibleView, tools: ToolData | null, timelineOf: ReturnType<typeof timelineViewMemo>) {
  const { graph, notes, period } = app;
  if (state.tool !== null) {
    return html`<tool-panel .graph=${graph} .period=${period} .state=${state} .data=${tools}></tool-panel>`;
  }
  if (view.selectedEdge) {
    const backTo = view.selectedNode ? labelOf(graph, view.selectedNode) : null;
    return html`<relation-panel .details=${relationDetails(graph, notes, view.selectedEdge)} .backTo=${backTo}></relation-panel>`;
  }
  if (view.selectedNode) {
    return html`<entity-panel
      .details=${entityDetails(graph, notes, view.selectedNode)}
      .timeline=${timelineOf(graph, view.selectedNode)}
      .shownEdges=${view.visibleEdges}
      .year=${state.year}
    ></entity-panel>`;
  }
  return '';
}
