/**
 * Keeps the view state and the URL in step: reads the state from the address on start (rewriting it in its
 * canonical form), pushes a history entry per change, and re-reads the state on back / forward. A run of
 * transient year changes (dragging, arrow keys, playing) shares one entry: the first pushes, the rest replace it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ExplorerData } from '../../app/shell/explorer-data';
import { decodeState, mergeState, noticeText } from '../../app/shell/url-state';
import { applyChange, onlyYearChanged, sameState, type ViewState } from '../../app/shell/view-state';

interface Host extends ReactiveControllerHost {
  state: ViewState;
  notice: string;
}

export class UrlHistoryController implements ReactiveController {
  /** Whether the current history entry was written by a year-only change (later ones replace it). */
  private yearEntry = false;

  constructor(
    private readonly host: Host,
    private readonly app: ExplorerData | null,
  ) {
    host.addController(this);
    if (!app) return;
    const { state, notices } = decodeState(location.search, app.vocab);
    host.state = state;
    host.notice = noticeText(notices);
    history.replaceState(history.state, '', this.url(state));
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.onPopState);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPopState);
  }

  /** Apply a user change and push a history entry (or replace it, in a run of year steps). False if nothing changed. */
  change(change: Partial<ViewState>, { coalesce = false } = {}): boolean {
    const { host } = this;
    const next = applyChange(host.state, change);
    if (sameState(next, host.state)) return false;
    const yearRun = coalesce && onlyYearChanged(host.state, next);
    if (yearRun && this.yearEntry) history.replaceState(history.state, '', this.url(next));
    else history.pushState(null, '', this.url(next));
    this.yearEntry = yearRun;
    host.state = next;
    return true;
  }

  private url(state: ViewState): string {
    return `${location.pathname}${mergeState(location.search, state, this.app?.typeOrder)}${location.hash}`;
  }

  private readonly onPopState = () => {
    if (!this.app) return;
    const { state, notices } = decodeState(location.search, this.app.vocab);
    this.yearEntry = false;
    this.host.state = state;
    if (notices.length) this.host.notice = noticeText(notices);
  };
}
