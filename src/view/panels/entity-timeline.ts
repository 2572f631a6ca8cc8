/**
 * <entity-timeline>: an entity's story in time: a swimlane chart, then every relation as a plain dated
 * sentence in order (the chart's text alternative) with the relation's note beneath it, and a "Copy as text" button.
 */
import { LitElement, css, html } from 'lit';
import type { TimelineView } from '../../app/panels/timeline-view';
import '../planner/add-to-plan';
import './swimlane-chart';
import { uiStyles } from '../shared/ui-styles';

/** Copy text with the Clipboard API, else with a hidden textarea and execCommand; false when neither works. */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Permission refused or no secure context: fall through to the older way.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.cssText = 'position:fixed;top:0;left:0;width:1px;height:1px;opacity:0';
  document.body.append(area);
  area.select();
  let ok: boolean;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}

/** Sentences shown before "Show all". */
export const FIRST_SENTENCES = 12;

/** The caveat timelineText puts after dates from outside the notes. */
const OUTSIDE = ' (date not in the notes)';

export class EntityTimeline extends LitElement {
  static override properties = {
    timeline: { attribute: false },
    year: { attribute: false },
    copyState: { state: true },
    allSentences: { state: true },
  };
  declare timeline: TimelineView | null;
  /** The explorer's year, marked on the chart. */
  declare year: number | null;
  /** '' | 'copied' | 'manual' (copying failed: the text is shown to copy by hand). */
  declare copyState: '' | 'copied' | 'manual';
  declare allSentences: boolean;
  private titles = new Map<string, string>();

  constructor() {
    super();
    this.timeline = null;
    this.year = null;
    this.copyState = '';
    this.allSentences = false;
  }

  static override styles = [
    uiStyles,
    css`
      :host { display: block; }
      .bar { display: flex; gap: 0.6rem; align-items: center; flex-wrap: wrap; margin: 0.5rem 0 0.3rem; }
      .status { font-size: 0.9rem; color: var(--ui-friendly); font-weight: 600; }
      ol { margin: 0.2rem 0 0; padding: 0; list-style: none; display: grid; gap: 0.2rem; }
      li { padding-left: 0.55rem; border-left: 4px solid var(--ui-neutral); }
      li.friendly { border-left-color: var(--ui-friendly); }
      li.hostile { border-left-color: var(--ui-hostile); border-left-style: dashed; }
      .when { font-weight: 600; font-variant-numeric: tabular-nums; }
      .caveat { font-style: italic; color: #6b4200; }
      .note { display: block; font-size: 0.85rem; color: var(--ui-muted); }
      textarea { width: 100%; min-height: 10rem; font: 0.85rem/1.4 ui-monospace, monospace; margin-top: 0.3rem; }
      .none { color: var(--ui-muted); margin: 0; }
      .more { margin-top: 0.4rem; }
    `,
  ];

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('timeline')) {
      this.titles = new Map((this.timeline?.entries ?? []).map((e) => [e.edge, e.sentence]));
      this.copyState = '';
      this.allSentences = false;
    }
  }

  override render() {
    const t = this.timeline;
    if (!t) return html``;
    return html`<swimlane-chart .lanes=${t.lanes} .summary=${t.summary} .titles=${this.titles} .year=${this.year}></swimlane-chart>
      <div class="bar">
        <button type="button" @click=${this.copy}>Copy as text</button>
        <span class="status" role="status">${this.copyState === 'copied' ? `Copied the timeline of ${t.label}.` : this.copyState === 'manual' ? 'Copying is blocked here: select the text below and copy it.' : ''}</span>
      </div>
      ${this.copyState === 'manual' ? html`<label class="vh" for="copy-text">Timeline of ${t.label} as text</label><textarea id="copy-text" readonly .value=${t.text}></textarea>` : ''}
      ${t.entries.length
        ? html`<ol class="sentences" aria-label="Timeline of ${t.label}, in order">
            ${(this.allSentences ? t.entries : t.entries.slice(0, FIRST_SENTENCES)).map((e) => {
              // The sentence opens with its dates ("1923–1925 (date not in the notes): allied with …"): set them off.
              const at = e.sentence.indexOf(': ');
              const add = html` <add-to-plan .ref=${{ kind: 'relation-all', edge: e.edge, from: 'timeline' }} what=${e.sentence}></add-to-plan>`;
              const note = e.note ? html`<span class="note">${e.note}</span>` : '';
              if (at < 0) return html`<li class=${e.tone}>${e.sentence}${note}${add}</li>`;
              const when = e.sentence.slice(0, at);
              const caveat = when.endsWith(OUTSIDE) ? OUTSIDE : '';
              return html`<li class=${e.tone}><span class="when">${when.slice(0, when.length - caveat.length)}</span>${caveat ? html`<span class="caveat">${caveat}</span>` : ''}${e.sentence.slice(at)}${note}${add}</li>`;
            })}
          </ol>
          ${t.entries.length > FIRST_SENTENCES && !this.allSentences
            ? html`<button type="button" class="more" @click=${() => (this.allSentences = true)}>Show all ${t.entries.length} sentences</button>`
            : ''}`
        : html`<p class="none">No relations recorded.</p>`}`;
  }

  private async copy(): Promise<void> {
    const t = this.timeline;
    if (!t) return;
    this.copyState = (await copyText(t.text)) ? 'copied' : 'manual';
    if (this.copyState === 'manual') {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLTextAreaElement>('textarea')?.select();
    }
  }
}
customElements.define('entity-timeline', EntityTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'entity-timeline': EntityTimeline;
  }
}
