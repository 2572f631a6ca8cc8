/**
 * The one-column layout below 900 px and the skip link: the filters drawer (open, close, Escape, focus moved
 * to and from it), the panel as a sheet over the lower half (room left below the page, the graph brought to
 * the top when it opens), and "Skip to graph" (focus to the drawing, or the list or notes shown in its place).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ViewState } from '../../app/shell/view-state';
import type { GraphCanvas } from '../canvas/graph-canvas';

type Host = ReactiveControllerHost & HTMLElement & {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly state: ViewState;
  readonly canvas: GraphCanvas | null;
};

const panelOpen = (s: ViewState | undefined) => (s ? s.selected !== null || s.edge !== null || s.tool !== null : false);
const subject = (s: ViewState | undefined) => (s ? `${s.selected}|${s.edge}|${s.tool}` : '');

export class NarrowLayoutController implements ReactiveController {
  /** The filters drawer is open (narrow screens, where the filters are not beside the graph). */
  filtersOpen = false;
  private before: ViewState | undefined;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostUpdated(): void {
    if (this.host.state !== this.before) this.placeSheet(this.before);
    this.before = this.host.state;
  }

  setFiltersOpen(open: boolean): void {
    this.filtersOpen = open;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      if (open) this.host.renderRoot.querySelector<HTMLElement>('.filters .close-filters')?.focus();
      else this.host.renderRoot.querySelector<HTMLElement>('.filters-button')?.focus();
    });
  }

  readonly onFiltersKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape' && this.filtersOpen) {
      e.stopPropagation();
      this.setFiltersOpen(false);
    }
  };

  /** The skip link: straight to the drawing (or to the list or notes shown in its place). */
  readonly skipToGraph = (e: Event): void => {
    e.preventDefault();
    const { state, canvas } = this.host;
    const stage = this.host.renderRoot.querySelector('.stage');
    const shown = state.notes ? stage?.querySelector('notes-view') : state.list ? stage?.querySelector('relation-list') : null;
    const target = shown ?? canvas?.renderRoot.querySelector<HTMLElement>('[part="canvas"]') ?? null;
    if (target instanceof HTMLElement) {
      if (shown && !shown.hasAttribute('tabindex')) shown.setAttribute('tabindex', '-1');
      target.focus();
      target.scrollIntoView({ block: 'nearest' });
    }
  };

  /**
   * On narrow screens the panel is a sheet over the lower half of the screen: leave room below the page for it,
   * and when it opens bring the graph to the top so that it stays in view above the sheet.
   */
  private placeSheet(before: ViewState | undefined): void {
    const { state } = this.host;
    const open = panelOpen(state);
    this.host.toggleAttribute('sheet', open);
    if (open && (!panelOpen(before) || subject(before) !== subject(state)) && matchMedia('(max-width: 900px)').matches) {
      const stage = this.host.renderRoot.querySelector('.stage');
      requestAnimationFrame(() => stage?.scrollIntoView({ block: 'start' }));
    }
  }
}
