/** The filters beside the graph, or (below 900 px) a drawer opened by the toolbar's "Filters" button. */
import { html } from 'lit';
import type { ExplorerData } from '../../app/shell/explorer-data';
import type { ViewState } from '../../app/shell/view-state';
import type { VisibleView } from '../../app/explorer/visible';
import { labelOf } from '../../model/queries/relations';
import type { NarrowLayoutController } from './narrow-layout-controller';

export function filtersAside(app: ExplorerData, state: ViewState, view: VisibleView, narrow: NarrowLayoutController) {
  return html`<aside class="filters ${narrow.filtersOpen ? 'open' : ''}" id="filters" aria-label="Filters" @keydown=${narrow.onFiltersKey}>
    <div class="filters-head">
      <h2>Filters</h2>
      <button type="button" class="close-filters" @click=${() => narrow.setFiltersOpen(false)}>Close filters</button>
    </div>
    <filter-panel
      .kindOptions=${app.kindOptions}
      .typeOptions=${app.typeOptions}
      .toneOptions=${app.toneOptions}
      .kinds=${state.kinds}
      .types=${state.types}
      .tones=${state.tones}
      .focusSteps=${state.focus}
      .selectionLabel=${view.selectedNode ? labelOf(app.graph, view.selectedNode) : null}
    ></filter-panel>
  </aside>`;
}
