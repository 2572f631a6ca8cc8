/**
 * The Notes view's data: the whole notes (their own chunk) and the view's code, loaded when the view is first
 * shown; the names linked in the notes. Listens on its host for `notes-open` (an excerpt's citation or a notes
 * search hit: the Notes view at that slide, the words marked).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AllegianceGraph } from '../../model/types';
import type { ViewState } from '../../app/shell/view-state';
import { mentionLinks } from '../../app/notes/mention-links';
import type { EntityLink } from '../../app/notes/highlight';
import { labelOf } from '../../model/queries/relations';
import type { FullNotes } from '../../model/note-lines';
import { loadFullNotes, loadNotesView } from '../notes/load-notes';

type Host = ReactiveControllerHost & HTMLElement & {
  readonly state: ViewState;
  notice: string;
  change(change: Partial<ViewState>): boolean;
};

export class NotesController implements ReactiveController {
  /** The whole notes, once loaded. */
  notes: FullNotes | null = null;
  private loading = false;
  private links: Map<string, EntityLink[]> | null = null;

  /**
   * @param graphOf the shown graph
   * @param ownNotesOf a run-time dataset's whole notes (from the pipeline worker); undefined for the built-in notes
   */
  constructor(private readonly host: Host, private readonly graphOf: () => AllegianceGraph | null, private readonly ownNotesOf: () => FullNotes | undefined) {
    host.addController(this);
    host.addEventListener('notes-open', (e) => this.host.change({ notes: true, slide: e.detail.slide, mark: e.detail.mark }));
  }

  hostConnected(): void {}

  hostUpdate(): void {
    if (!this.host.state.notes || this.notes || this.loading) return;
    this.loading = true;
    const failed = () => {
      this.loading = false;
      this.host.notice = 'The notes could not be loaded. Reload the page to try again.';
    };
    loadNotesView().catch(failed);
    this.load().then((n) => {
      this.notes = n;
      this.loading = false;
      this.host.requestUpdate();
    }, failed);
  }

  /** The shown dataset's whole notes: a run-time dataset's own, else the built-in notes' lazy chunk. */
  readonly load = (): Promise<FullNotes> => {
    const own = this.ownNotesOf();
    return own ? Promise.resolve(own) : loadFullNotes();
  };

  /** Another dataset is shown: its names are linked afresh. */
  reset(): void {
    this.links = null;
    this.notes = null;
    this.loading = false;
  }

  /** Each entity's names as they appear in the notes (computed once per dataset, on first need). */
  linkMap(): Map<string, EntityLink[]> {
    const graph = this.graphOf();
    return (this.links ??= graph ? mentionLinks(graph) : new Map());
  }

  readonly labelFor = (id: string): string => {
    const graph = this.graphOf();
    return graph ? labelOf(graph, id) : id;
  };
}
