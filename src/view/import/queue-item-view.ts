/** How <import-queue> shows one suggestion: a one-line row for the list, and the details of the one under review. */
import { html, nothing } from 'lit';
import type { QueueItem } from '../../app/import/queue';
import { isStrong, status } from '../../app/import/queue';
import type { DecidedEntity, DecidedRelation } from '../../model/import/decisions';
import type { Notes } from '../../model/types';

const STATUS_TEXT = { pending: 'to review', accepted: 'accepted', rejected: 'rejected' } as const;

const percent = (x: number) => `${Math.round(x * 100)}%`;

/** The short text of an item, for its row and for announcements. */
export function itemLine(item: QueueItem): string {
  if (item.group === 'entities') return `${item.entity.label} (${item.entity.kind}, ${item.entity.count} mention${item.entity.count === 1 ? '' : 's'})`;
  if (item.group === 'relations') return `${item.relation.source} ${item.relation.type} ${item.relation.target} (slide ${item.relation.slide})`;
  return `${item.hint.a} and ${item.hint.b} named together (slide ${item.hint.slide})`;
}

export function itemRow(item: QueueItem, isCurrent: boolean, pick: (key: string) => void) {
  const s = status(item);
  return html`<li class="row ${s}" data-key=${item.key}>
    <button type="button" class="pick" aria-current=${isCurrent ? 'true' : 'false'} @click=${() => pick(item.key)}>
      <span class="badge ${s}">${STATUS_TEXT[s]}</span> ${itemLine(item)}${isStrong(item) && s === 'pending' ? html` <span class="strong">strong</span>` : nothing}
    </button>
  </li>`;
}

/** The bullet text of a mention with the matched names marked (Lit escapes the text). */
function inContext(notes: Notes, bulletId: string, ranges: [number, number][]) {
  const bullet = notes.slides.flatMap((s) => s.bullets).find((b) => b.id === bulletId);
  if (!bullet) return nothing;
  const parts = [];
  let at = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (start < at) continue;
    parts.push(bullet.text.slice(at, start), html`<mark>${bullet.text.slice(start, end)}</mark>`);
    at = end;
  }
  parts.push(bullet.text.slice(at));
  return html`<blockquote class="context">“${parts}” <span class="where">slide ${bullet.slide}</span></blockquote>`;
}

export function entityDetails(e: DecidedEntity, notes: Notes, undo: (name: string) => void) {
  const first = e.mentions[0];
  return html`<h4 class="what">${e.label}</h4>
    <dl>
      <dt>Kind</dt><dd>${e.kind} <span class="cue">(${e.kindCue})</span></dd>
      <dt>Mentions</dt><dd>${e.count} bullet${e.count === 1 ? '' : 's'}</dd>
      ${e.aliases.length ? html`<dt>Also written</dt><dd>${e.aliases.join(', ')}</dd>` : nothing}
      ${e.years.length ? html`<dt>Years</dt><dd>${e.years.map((y) => y.year).join(', ')}</dd>` : nothing}
      <dt>Confidence</dt><dd>${percent(e.confidence)}</dd>
    </dl>
    ${first ? inContext(notes, first.bullet, first.ranges) : nothing}
    ${e.merges.length
      ? html`<p class="merges-h">Merged into it:</p>
          <ul class="merges">
            ${e.merges.map((m) => html`<li>“${m.name}” (${m.reason}, ${m.count}) <button type="button" aria-label=${`Undo merge of ${m.name}`} @click=${() => undo(m.name)}>Undo merge</button></li>`)}
          </ul>`
      : nothing}`;
}

export function relationDetails(r: DecidedRelation, labelOf: (id: string) => string) {
  return html`<h4 class="what">${labelOf(r.source)} → <em>${r.type}</em> → ${labelOf(r.target)}</h4>
    <blockquote class="context">“${r.quote}” <span class="where">slide ${r.slide}</span></blockquote>
    <dl>
      <dt>Cue</dt><dd>“${r.cue}”${r.passive ? ' (passive: ends swapped)' : ''}</dd>
      <dt>Year</dt><dd>${r.start ?? r.year ?? 'none in the sentence'}${r.end ? ` to ${r.end}` : ''}</dd>
      <dt>Certainty</dt><dd>${r.certainty}</dd>
      <dt>Confidence</dt><dd>${percent(r.confidence)}${r.kindsFit ? '' : ' (the kinds do not fit this type: edit the type or the kinds)'}</dd>
    </dl>`;
}

export function hintDetails(h: Extract<QueueItem, { group: 'hints' }>['hint']) {
  return html`<h4 class="what">${h.a} · ${h.b}</h4>
    <p class="weak">A weak hint: named in the same bullet with no cue word between them. It has no type, so it is not added to the dataset: look at the sentence, and leave it or note it yourself.</p>
    <blockquote class="context">“${h.quote}” <span class="where">slide ${h.slide}</span></blockquote>`;
}
