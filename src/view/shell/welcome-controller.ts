/**
 * The first-visit welcome: shown until dismissed (remembered through platform/preferences), shown again by the
 * Help button. Listens on its host for `welcome-dismiss` and `welcome-try` (a suggestion: search, a year, betrayals).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ViewState } from '../../app/shell/view-state';
import { readFlag, writeFlag } from '../../platform';
import type { WelcomeNote, WelcomeTry } from './welcome-note';

type Host = ReactiveControllerHost & HTMLElement & {
  readonly renderRoot: HTMLElement | DocumentFragment;
  change(change: Partial<ViewState>): boolean;
};

export class WelcomeController implements ReactiveController {
  /** The welcome is shown. */
  shown: boolean;

  constructor(private readonly host: Host) {
    this.shown = !readFlag('welcome-seen');
    host.addController(this);
    host.addEventListener('welcome-dismiss', () => this.close(true));
    host.addEventListener('welcome-try', (e) => this.tryOut(e.detail.what));
  }

  hostConnected(): void {}

  /** The Help button: open the welcome, or close it if open. */
  toggle(): void {
    if (this.shown) this.close(true);
    else this.open();
  }

  private close(returnFocus: boolean): void {
    this.shown = false;
    writeFlag('welcome-seen', true);
    this.host.requestUpdate();
    if (returnFocus) void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>('.help')?.focus());
  }

  private open(): void {
    this.shown = true;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<WelcomeNote>('welcome-note')?.focusHeading());
  }

  private tryOut(what: WelcomeTry): void {
    this.close(false);
    const root = this.host.renderRoot;
    if (what === 'betrayals') this.host.change({ tool: 'betrayals' });
    else if (what === 'search') root.querySelector<HTMLElement>('entity-search')?.focus();
    else root.querySelector('year-slider')?.renderRoot.querySelector<HTMLElement>('input[type="range"]')?.focus();
  }
}
