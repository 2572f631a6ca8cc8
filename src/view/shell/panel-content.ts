/**
 * What the side panel shows: the open tool's panel, else the chosen relation, else the chosen entity, else nothing
 * (the panel's elements are loaded lazily; see lazy-elements.ts).
 */
import { html, type TemplateResult } from 'lit';
import { entityDetails, relationDetails } from '../../app/panels/details';
import type { ExplorerData } from '../../app/shell/explorer-data';
import type { ViewState } from '../../app/shell/view-state';
import type { VisibleView } from '../../app/explorer/visible';
import { timelineViewMemo } from '../../app/panels/timeline-view';
import type { ToolData } from '../../app/tracing/tool-view';
import { labelOf } from '../../model/queries/relations';

/** A panel renderer, with its own memo of the chosen entity's timeline. */
export function panelContent(): (app: ExplorerData, state: ViewState, view: VisibleView, tools: ToolData | null) => TemplateResult | '' {
  const timelineOf = timelineViewMemo();
  return ({ graph, notes, period }, state, view, tools) => {
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
  };
}
