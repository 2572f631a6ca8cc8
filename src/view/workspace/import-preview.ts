/** <import-preview>: the table of what importing a backup would do, record by record, with a choice for each clash. */
import { LitElement, css, html } from 'lit';
import type { ImportAction, ImportPreview, ImportRow, Resolution } from '../../app/workspace';
import { uiStyles } from '../shared/ui-styles';

export interface ImportChoiceDetail {
  row: string;
  choice: Resolution;
}

const ACTION_TEXT: Record<ImportAction, string> = { add: 'Added', update: 'Updated', same: 'Unchanged', conflict: 'Conflict', invalid: 'Invalid' };
const CHOICE_TEXT: Record<Resolution, string> = { 'keep-both': 'Keep both (the imported copy is renamed)', 'keep-mine': 'Keep mine', 'take-theirs': 'Use the imported one' };

/** A one-line count such as "2 added, 1 conflict, 1 invalid". */
export function previewSummary(p: ImportPreview): string {
  const parts = (['add', 'update', 'conflict', 'invalid', 'same'] as const)
    .filter((a) => p.counts[a])
    .map((a) => `${p.counts[a]} ${a === 'conflict' && p.counts[a] > 1 ? 'conflicts' : ACTION_TEXT[a].toLowerCase()}`);
  const kept = p.quarantine.length ? [`${p.quarantine.length} quarantined kept aside`] : [];
  return [...parts, ...kept].join(', ') || 'the backup is empty';
}

/** @fires import-choice - `{row, choice}` when the user picks what to do with an update or a conflict. */
export class ImportPreviewTable extends LitElement {
  static override properties = { preview: { attribute: false }, choices: { attribute: false } };
  declare preview: ImportPreview | undefined;
  declare choices: Readonly<Record<string, Resolution>>;

  constructor() {
    super();
    this.preview = undefined;
    this.choices = {};
  }

  static override styles = [
    uiStyles,
    css`
      :host { display: block; max-height: 50vh; overflow: auto; }
      table { border-collapse: collapse; width: 100%; }
      th, td { text-align: left; padding: 0.3rem 0.5rem; border-bottom: 1px solid var(--ui-line); vertical-align: top; }
      .conflict, .invalid { color: #8a1c14; font-weight: 600; }
      .why { display: block; font-weight: normal; color: var(--ui-muted); font-size: 0.9em; }
    `,
  ];

  private choiceCell(r: ImportRow) {
    if (!r.choices.length) return html`—`;
    const current = this.choices[r.row] ?? r.choices[0];
    return html`<select aria-label=${`What to do with “${r.title}”`} @change=${(e: Event) => this.choose(r.row, (e.target as HTMLSelectElement).value as Resolution)}>
      ${r.choices.map((c) => html`<option value=${c} ?selected=${c === current}>${CHOICE_TEXT[c]}</option>`)}
    </select>`;
  }

  override render() {
    const p = this.preview;
    if (!p) return html``;
    return html`<table>
      <caption>Import preview: ${previewSummary(p)}</caption>
      <thead><tr><th scope="col">Record</th><th scope="col">Kind</th><th scope="col">What happens</th><th scope="col">Your choice</th></tr></thead>
      <tbody>
        ${p.rows.map(
          (r) => html`<tr>
            <th scope="row">${r.title}</th>
            <td>${r.kind ?? '?'}</td>
            <td class=${r.action}>${ACTION_TEXT[r.action]}${r.reason ? html`<span class="why">${r.action === 'invalid' ? `${r.reason}; it will be kept aside` : r.reason}</span>` : ''}</td>
            <td>${this.choiceCell(r)}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  private choose(row: string, choice: Resolution): void {
    this.dispatchEvent(new CustomEvent<ImportChoiceDetail>('import-choice', { detail: { row, choice }, bubbles: true, composed: true }));
  }
}
customElements.define('import-preview', ImportPreviewTable);

declare global {
  interface HTMLElementTagNameMap {
    'import-preview': ImportPreviewTable;
  }
}
