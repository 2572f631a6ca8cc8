/**
 * <entity-search>: find an entity by label or alias, misspellings tolerated. An ARIA 1.2 combobox with a
 * listbox of suggestions: arrows move, Enter or click selects, Escape clears; "/" anywhere focuses it.
 * With `with-notes`, words in the notes are found too, listed apart in an "In the notes" group.
 */
import { LitElement, css, html, nothing } from 'lit';
import type { NotesHit } from '../../app/notes/notes-search';
import type { EntitySearch, Suggestion } from '../../app/search/search';
import { loadFullNotes } from '../notes/load-notes';
import type { FullNotes } from '../../model/note-lines';
import type { AllegianceGraph } from '../../model/types';
import { uiStyles } from '../shared/ui-styles';
import { emit } from '../shared/events';

/** Whether a key press started inside something the user types into (so "/" must not be taken). */
function typingIn(event: KeyboardEvent): boolean {
  for (const target of event.composedPath()) {
    if (!(target instanceof HTMLElement)) continue;
    if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
    if (target instanceof HTMLInputElement && !['checkbox', 'radio', 'range', 'button', 'submit', 'reset'].includes(target.type)) return true;
  }
  return false;
}

/**
 * @fires entity-select - {id} an entity was chosen from the suggestions.
 * @fires notes-open - {slide, mark} a hit in the notes was chosen: show that slide with the words marked.
 */
export class EntitySearchBox extends LitElement {
  static override properties = {
    graph: { attribute: false },
    search: { attribute: false },
    label: {},
    placeholder: {},
    noShortcut: { type: Boolean, attribute: 'no-shortcut' },
    withNotes: { type: Boolean, attribute: 'with-notes' },
    noteHits: { state: true },
    query: { state: true },
    suggestions: { state: true },
    active: { state: true },
    open: { state: true },
  };
  /** The graph to search; its index is built once, on first use, with the search code loaded then. */
  declare graph: AllegianceGraph | null;
  /** A ready index (built from `graph` when not given). */
  declare search: EntitySearch | null;
  /** The field's accessible name (visually hidden), "Search" by default; give each search on a page its own. */
  declare label: string;
  declare placeholder: string;
  /** Leave "/" alone: for a second search on the page (the explorer's own search keeps the shortcut). */
  declare noShortcut: boolean;
  /** Also search the words of the notes (the explorer's search). */
  declare withNotes: boolean;
  /** Where the notes' words come from (the shown dataset's notes); the built-in notes by default. */
  loadNotes: () => Promise<FullNotes> = loadFullNotes;
  declare noteHits: NotesHit[];
  declare query: string;
  declare suggestions: Suggestion[];
  declare active: number;
  declare open: boolean;

  constructor() {
    super();
    this.graph = null;
    this.search = null;
    this.label = 'Search';
    this.placeholder = 'Search people, factions, policies…';
    this.noShortcut = false;
    this.withNotes = false;
    this.noteHits = [];
    this.query = '';
    this.suggestions = [];
    this.active = -1;
    this.open = false;
  }

  static override styles = [
    uiStyles,
    css`
      :host { display: block; position: relative; min-width: 14rem; }
      input {
        width: 100%;
        padding: 0.35rem 0.6rem;
        min-height: 2.25rem;
        border: 1px solid #8a94a3;
        border-radius: 6px;
        background: #fff;
      }
      .hint { position: absolute; right: 0.5rem; top: 50%; transform: translateY(-50%); font-size: 0.8rem; color: #4a4a4a; border: 1px solid #8a94a3; border-radius: 4px; padding: 0 0.3rem; pointer-events: none; background: #fff; }
      input:focus + .hint, input:not(:placeholder-shown) + .hint { display: none; }
      ul {
        position: absolute; z-index: 20; left: 0; right: 0; top: calc(100% + 2px);
        margin: 0; padding: 0.25rem 0; list-style: none;
        background: #fff; border: 1px solid #8a94a3; border-radius: 6px;
        box-shadow: 0 6px 20px rgb(0 0 0 / 0.18);
        max-height: 60vh; overflow: auto;
      }
      li { padding: 0.4rem 0.75rem; cursor: pointer; display: flex; gap: 0.5rem; align-items: baseline; color: #1a1a1a; }
      li[aria-selected='true'] { background: #1a5fb4; color: #fff; }
      li[aria-selected='true'] .kind, li[aria-selected='true'] .via { color: #fff; }
      .kind { font-size: 0.85rem; color: #4a4a4a; margin-left: auto; }
      .via { font-size: 0.85rem; color: #4a4a4a; }
      li.none { cursor: default; color: #4a4a4a; }
      ul ul { position: static; border: none; box-shadow: none; padding: 0; max-height: none; border-radius: 0; }
      li.group { display: block; padding: 0; cursor: default; }
      .group-label { display: block; padding: 0.3rem 0.75rem 0.1rem; font-size: 0.8rem; font-weight: 700; text-transform: uppercase; letter-spacing: 0.03em; color: #4a4a4a; }
      li.hit { flex-direction: column; align-items: stretch; gap: 0; }
      .excerpt { font-size: 0.85rem; color: #4a4a4a; font-family: Georgia, 'Times New Roman', serif; }
      li[aria-selected='true'] .excerpt { color: #fff; }
      @media (pointer: coarse) { li { min-height: 44px; align-items: center; } }
    `,
  ];

  private readonly onGlobalKey = (event: KeyboardEvent) => {
    if (this.noShortcut || event.key !== '/' || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || typingIn(event)) return;
    event.preventDefault();
    this.focus();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('keydown', this.onGlobalKey);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.onGlobalKey);
  }

  /** Focus the search field. */
  override focus(): void {
    this.renderRoot.querySelector('input')?.focus();
  }

  override render() {
    const expanded = this.open && this.query.trim() !== '';
    const activeId = this.active >= 0 ? `opt-${this.active}` : '';
    return html`<label class="vh" for="q">${this.label}</label>
      <input
        id="q"
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck="false"
        placeholder=${this.placeholder}
        aria-autocomplete="list"
        aria-controls="suggestions"
        aria-expanded=${expanded ? 'true' : 'false'}
        aria-activedescendant=${activeId || nothing}
        aria-describedby="search-help"
        .value=${this.query}
        @input=${this.onInput}
        @keydown=${this.onKey}
        @blur=${this.onBlur}
        @focus=${this.onFocus}
      />${this.noShortcut ? '' : html`<span class="hint" aria-hidden="true">/</span>`}
      <span id="search-help" class="vh">Type a name; misspellings are fine.${this.noShortcut ? '' : ' Press / anywhere to come back here.'}</span>
      <ul id="suggestions" role="listbox" aria-label="Suggestions" ?hidden=${!expanded}>
        ${this.withNotes ? html`<li class="group" role="presentation"><ul role="group" aria-labelledby="g-entities"><li role="presentation" id="g-entities" class="group-label">Entities</li>${this.entityOptions()}</ul></li>` : this.entityOptions()}
        ${this.withNotes && this.noteHits.length
          ? html`<li class="group" role="presentation"><ul role="group" aria-labelledby="g-notes"><li role="presentation" id="g-notes" class="group-label">In the notes</li>${this.noteHits.map(
              (h, j) => {
                const i = this.suggestions.length + j;
                return html`<li id="opt-${i}" class="hit" role="option" aria-selected=${i === this.active ? 'true' : 'false'} @mousedown=${(e: Event) => e.preventDefault()} @click=${() => this.choose(i)}>
                  <span>Slide ${h.slide} · ${h.title}</span><span class="excerpt">${h.excerpt}</span>
                </li>`;
              },
            )}</ul></li>`
          : ''}
      </ul>
      <span class="vh" role="status">${this.statusText()}</span>`;
  }

  private entityOptions() {
    return this.suggestions.length === 0
      ? html`<li class="none" role="option" aria-disabled="true" aria-selected="false">No entity matches “${this.query.trim()}”</li>`
      : this.suggestions.map(
          (s, i) => html`<li id="opt-${i}" role="option" aria-selected=${i === this.active ? 'true' : 'false'} @mousedown=${(e: Event) => e.preventDefault()} @click=${() => this.choose(i)}>
            <span>${s.label}</span>${s.via ? html`<span class="via">(${s.via})</span>` : ''}<span class="kind">${s.kind}</span>
          </li>`,
        );
  }

  /** Entity suggestions, then the notes' hits: one run of options for the arrow keys. */
  private get optionCount(): number {
    return this.suggestions.length + (this.withNotes ? this.noteHits.length : 0);
  }

  private statusText(): string {
    if (!this.open || !this.query.trim()) return '';
    const n = this.suggestions.length;
    if (this.failed) return 'Search could not load; type again to retry';
    const inNotes = this.withNotes && this.noteHits.length ? `, ${this.noteHits.length} in the notes` : '';
    return n === 0 && !inNotes ? 'No matches' : `${n} suggestion${n === 1 ? '' : 's'}${inNotes}, use up and down arrows to choose`;
  }

  /** The notes' hits for a query (the whole notes and the search code load on first use). */
  private async notesFor(query: string): Promise<NotesHit[]> {
    if (!this.withNotes || query.trim().length < 3) return [];
    try {
      const [notes, { searchNotes }] = await Promise.all([this.loadNotes(), import('../../app/notes/notes-search')]);
      return searchNotes(notes, query);
    } catch {
      return [];
    }
  }

  /** The graph the current index was built from; null when `search` was given from outside. */
  private builtFor: AllegianceGraph | null = null;
  /** The suggestions for the last keystroke, once they are shown (Enter typed before them waits for them). */
  private pending: Promise<void> | null = null;
  private loading: Promise<EntitySearch | null> | null = null;
  private failed = false;

  /** The index: the one given, or one built once from `graph` (the search code is loaded on first use). */
  ready(): Promise<EntitySearch | null> {
    const graph = this.graph;
    if (this.search && (this.builtFor === null || this.builtFor === graph)) return Promise.resolve(this.search);
    if (!graph) return Promise.resolve(null);
    this.loading ??= import('../../app/search/search').then(
      ({ buildEntitySearch }) => {
        this.loading = null;
        if (graph !== this.graph) return this.ready();
        this.search = buildEntitySearch(graph);
        this.builtFor = graph;
        this.failed = false;
        return this.search;
      },
      () => {
        // The search code could not be fetched (offline, or a new release replaced it): try again on the next keystroke.
        this.loading = null;
        this.failed = true;
        return null;
      },
    );
    return this.loading;
  }

  private async onInput(event: InputEvent): Promise<void> {
    const query = (event.target as HTMLInputElement).value;
    this.query = query;
    // Entities first (the index is small and already loaded); the notes' hits follow when their chunk is in.
    const entities = this.ready().then((search) => {
      if (query !== this.query) return; // a later keystroke took over
      this.suggestions = search?.suggest(query) ?? [];
      this.noteHits = [];
      this.active = -1;
      this.open = true;
    });
    this.pending = entities;
    await entities;
    const hits = await this.notesFor(query);
    if (query !== this.query) return;
    this.noteHits = hits;
  }

  private onFocus(): void {
    void this.ready();
    if (this.query.trim()) this.open = true;
  }

  private onBlur(): void {
    this.open = false;
  }

  private onKey(event: KeyboardEvent): void {
    const n = this.optionCount;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!this.open) this.open = true;
        if (n) this.active = (this.active + 1) % n;
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!this.open) this.open = true;
        if (n) this.active = this.active <= 0 ? n - 1 : this.active - 1;
        break;
      case 'Enter':
        if (this.open && n) {
          event.preventDefault();
          this.choose(this.active >= 0 ? this.active : 0);
        } else if (this.query.trim() && this.pending) {
          // Typed and pressed Enter before the suggestions came: choose the best one when they do.
          event.preventDefault();
          const query = this.query;
          void this.pending.then(() => {
            if (query === this.query && this.optionCount) this.choose(this.active >= 0 ? this.active : 0);
          });
        }
        break;
      case 'Escape':
        if (this.query || this.open) {
          event.preventDefault();
          event.stopPropagation();
          this.clear();
        }
        break;
      default:
        break;
    }
  }

  /** Empty the field and close the suggestions. */
  clear(): void {
    this.query = '';
    this.suggestions = [];
    this.noteHits = [];
    this.active = -1;
    this.open = false;
  }

  private choose(index: number): void {
    const choice = this.suggestions[index];
    const hit = this.withNotes ? this.noteHits[index - this.suggestions.length] : undefined;
    const query = this.query.trim();
    if (!choice && !hit) return;
    this.clear();
    if (choice) emit(this, 'entity-select', { id: choice.id });
    else if (hit) emit(this, 'notes-open', { slide: hit.slide, mark: query });
  }

  override updated(): void {
    if (this.active >= 0) this.renderRoot.querySelector(`#opt-${this.active}`)?.scrollIntoView({ block: 'nearest' });
  }
}
customElements.define('entity-search', EntitySearchBox);

declare global {
  interface HTMLElementTagNameMap {
    'entity-search': EntitySearchBox;
  }
}
