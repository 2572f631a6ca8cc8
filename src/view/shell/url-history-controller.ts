/**
 * Keeps the view state and the URL in step: reads the state from the address on start (rewriting it in its
 * canonical form), pushes a history entry per change, and re-reads the state on back / forward. A run of
 * transient year changes (dragging, arrow keys, playing) shares one entry: the first pushes, the rest replace it,
 * each replacement written after the frame that draws the year (history.replaceState costs a few ms).
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
  /** A replacement of the current entry not written yet (a year step's), and its timer. */
  private pending: { url: string; timer: number } | null = null;

  /**
   * `waiting`: whether the URL names a dataset not shown yet (then its view is read when `useApp` gives it,
   * and back / forward leave the state to the dataset's own switch).
   */
  constructor(
    private readonly host: Host,
    private app: ExplorerData | null,
    private readonly waiting: () => boolean = () => false,
  ) {
    host.addController(this);
    if (!waiting()) this.read();
  }

  /** Another dataset is shown: read its view from the URL (rewritten in canonical form). */
  useApp(app: ExplorerData | null): void {
    this.app = app;
    this.read();
  }

  private read(): void {
    if (!this.app) return;
    this.cancelPending();
    const { state, notices } = decodeState(location.search, this.app.vocab);
    this.yearEntry = false;
    this.host.state = state;
    if (notices.length) this.host.notice = noticeText(notices);
    history.replaceState(history.state, '', this.url(state));
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.onPopState);
  }

  hostDisconnected(): void {
    this.flushPending();
    window.removeEventListener('popstate', this.onPopState);
  }

  /** Apply a user change and push a history entry (or replace it, in a run of year steps). False if nothing changed. */
  change(change: Partial<ViewState>, { coalesce = false } = {}): boolean {
    const { host } = this;
    const next = applyChange(host.state, change);
    if (sameState(next, host.state)) return false;
    const yearRun = coalesce && onlyYearChanged(host.state, next);
    if (yearRun && this.yearEntry) this.replaceSoon(this.url(next));
    else {
      this.flushPending();
      history.pushState(null, '', this.url(next));
    }
    this.yearEntry = yearRun;
    host.state = next;
    return true;
  }

  /** Replace the current entry once the current task (and the frame it is part of) is done. */
  private replaceSoon(url: string): void {
    this.cancelPending();
    this.pending = { url, timer: window.setTimeout(() => this.flushPending(), 0) };
  }

  private flushPending(): void {
    const p = this.pending;
    if (!p) return;
    this.cancelPending();
    history.replaceState(history.state, '', p.url);
  }

  private cancelPending(): void {
    if (this.pending) clearTimeout(this.pending.timer);
    this.pending = null;
  }

  private url(state: ViewState): string {
    return `${location.pathname}${mergeState(location.search, state, this.app?.typeOrder)}${location.hash}`;
  }

  private readonly onPopState = () => {
    this.cancelPending();
    if (!this.app || this.waiting()) return;
    const { state, notices } = decodeState(location.search, this.app.vocab);
    this.yearEntry = false;
    this.host.state = state;
    if (notices.length) this.host.notice = noticeText(notices);
  };
}
