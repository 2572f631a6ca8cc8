import { describe, expect, it } from 'vitest';
import { fixtureGraph, fixtureNotes } from '../shared/test-fixture';
import { indexNotes } from '../shared/notes-index';
import { filterRows } from './list-filter';
import { CSV_HEADER, listCsv, listFileName, listMarkdown } from './list-export';
import { relationRows, sortRows, type RelationRow } from './relation-rows';

const graph = fixtureGraph();
const rows = sortRows(relationRows(graph, graph.edges(), indexNotes(fixtureNotes())), 'dates', 'ascending');

/** A small RFC 4180 reader, to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      out.push(row);
      [row, cell] = [[], ''];
      i++;
    } else cell += c;
  }
  return out;
}

describe('List export as CSV', () => {
  it('has a header and one line per quote, quotes verbatim with slide numbers, in the order shown', () => {
    const shown = filterRows(rows, 'purged');
    const csv = listCsv(shown);
    expect(csv.startsWith('\ufeff')).toBe(true);
    const table = parseCsv(csv.slice(1));
    expect(table[0]).toEqual([...CSV_HEADER]);
    expect(table.slice(1).map((r) => [r[0], r[1], r[2], r[3], r[6], r[8]])).toEqual(
      shown.map((r) => [r.sourceLabel, r.relation, r.targetLabel, r.dates, String(r.evidence[0]!.slide), r.evidence[0]!.quote]),
    );
    expect(table[1]![8]).toBe('Zinoviev and Kamenev were tried and shot in 1936');
    expect(table[1]![7]).toBe('The purges');
  });

  it('escapes cells a spreadsheet would run as formulas, and quotes commas and line breaks', () => {
    const evil: RelationRow = { ...rows[0]!, sourceLabel: '=HYPERLINK("http://x","y")', targetLabel: '@SUM(A1)', evidence: [{ ...rows[0]!.evidence[0]!, quote: '+cmd, then\na new line' }] };
    const line = parseCsv(listCsv([evil]).slice(1))[1]!;
    expect(line[0]).toBe(`'=HYPERLINK("http://x","y")`);
    expect(line[2]).toBe(`'@SUM(A1)`);
    expect(line[8]).toBe(`'+cmd, then\na new line`);
  });
});

describe('List export as Markdown', () => {
  it('names the notes, the caption and the filter, and gives each relation with its quotes as block quotes citing the slide', () => {
    const shown = filterRows(rows, 'kirov');
    const md = listMarkdown(shown, { notesTitle: 'Fixture notes', caption: 'Relations in view in 1934', filter: 'kirov' });
    expect(md).toBe(
      [
        '# Relations in view in 1934',
        '',
        'From *Fixture notes* · 1 relation · filtered by “kirov”.',
        '',
        '- **Joseph Stalin** killed **Sergei Kirov**, Dec 1934 (suspected)',
        '',
        '  > Stalin had Kirov killed, some suspect',
        '  > — slide 3, The purges',
        '',
      ].join('\n'),
    );
  });

  it('lists every shown row once, and marks dates from outside the notes', () => {
    const md = listMarkdown(rows, { notesTitle: 'Fixture notes', caption: 'Relations', filter: '' });
    expect(md.match(/^- /gm)).toHaveLength(rows.length);
    expect(md).toContain('**Grigory Zinoviev** allied with **Joseph Stalin**, 1923–1925 (date not in the notes)');
    expect(md).not.toContain('filtered by');
  });

  it('names the file after the year and the filter', () => {
    expect(listFileName({ year: 1925, filter: 'Purged Kirov!' }, 'csv')).toBe('allegiance-relations-1925-purged-kirov.csv');
    expect(listFileName({ year: null, filter: '' }, 'md')).toBe('allegiance-relations-all-years.md');
  });
});
