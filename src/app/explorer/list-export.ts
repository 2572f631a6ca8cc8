/**
 * The List view's exports: the rows it shows (filtered and sorted as on screen) as CSV or Markdown, each quote
 * verbatim with its slide number. CSV cells go through the shared escaper (formula injection, quoting).
 */
import { csvRow } from '../../model/csv';
import type { RelationRow } from './relation-rows';

/** What the export says it is: the notes' title, the list's caption, the filter ("" for none). */
export interface ListExportContext {
  notesTitle: string;
  caption: string;
  filter: string;
}

export const CSV_HEADER = ['Source', 'Relation', 'Target', 'Dates', 'Certainty', 'Date source', 'Slide', 'Slide title', 'Quote', 'Relation key'] as const;

/**
 * One line per quote (a relation with two quotes gives two lines), a header first; CRLF line ends (RFC 4180) and a
 * byte-order mark so spreadsheets read the text as UTF-8 (the dashes and quotation marks of the notes).
 */
export function listCsv(rows: readonly RelationRow[]): string {
  const lines = [csvRow(CSV_HEADER)];
  for (const r of rows) {
    const dateSource = r.outsideNotes ? 'outside-notes' : 'notes';
    const quotes = r.evidence.length ? r.evidence : [null];
    for (const e of quotes) lines.push(csvRow([r.sourceLabel, r.relation, r.targetLabel, r.dates, r.certainty, dateSource, e?.slide ?? '', e?.slideTitle ?? '', e?.quote ?? '', r.edge]));
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

/** Markdown's inline specials in a label, escaped so a name reads as written. Quotes are left verbatim (in a block quote). */
function mdText(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

/** A heading, what was filtered, then one bullet per relation with its quotes as block quotes citing the slide. */
export function listMarkdown(rows: readonly RelationRow[], ctx: ListExportContext): string {
  const out = [`# ${mdText(ctx.caption)}`, ''];
  const about = [`From *${mdText(ctx.notesTitle)}*`, `${rows.length} relation${rows.length === 1 ? '' : 's'}`];
  if (ctx.filter) about.push(`filtered by “${mdText(ctx.filter)}”`);
  out.push(`${about.join(' · ')}.`, '');
  for (const r of rows) {
    const marks = [r.certainty !== 'stated' ? ` (${r.certainty})` : '', r.outsideNotes && r.dates !== 'undated' ? ' (date not in the notes)' : ''].join('');
    out.push(`- **${mdText(r.sourceLabel)}** ${mdText(r.relation)} **${mdText(r.targetLabel)}**, ${r.dates}${marks}`);
    for (const e of r.evidence) {
      out.push('', ...e.quote.split(/\r?\n/).map((line) => `  > ${line}`), `  > — slide ${e.slide}${e.slideTitle ? `, ${mdText(e.slideTitle)}` : ''}`);
    }
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** A file name for the export: "allegiance-relations-1925-purged.csv". */
export function listFileName(ctx: { year: number | null; filter: string }, extension: 'csv' | 'md'): string {
  const parts = ['allegiance-relations', ctx.year === null ? 'all-years' : String(ctx.year), ctx.filter.slice(0, 40)];
  const stem = parts.filter(Boolean).join('-').toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/-+/g, '-').replace(/^-|-$/g, '');
  return `${stem}.${extension}`;
}
