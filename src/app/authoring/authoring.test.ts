import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../model/notes';
import { notesForReading } from '../../model/note-lines';
import { runPipeline } from '../../model/pipeline';
import { DATA_DIR, realNotesText } from '../../node/test-support';
import { rawFromFiles, type PickedFile } from '../datasets/raw-from-files';
import { applyEdit, idFor } from './apply-edit';
import { dateSourceFor, draftFor } from './draft';
import { exportFiles, zipName } from './export-files';
import { hedgeCue } from './hedge';
import { prefillYear, quoteOnSlide, yearInText } from './selection-check';
import { mentionsInSelection } from './selection-mentions';

/** The real graph-data folder as saved files (paths relative to it), as the app's user copy holds them. */
function realFiles(): PickedFile[] {
  const out: PickedFile[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(txt|ya?ml)$/.test(e.name)) out.push({ path: relative(DATA_DIR, p), text: readFileSync(p, 'utf8') });
    }
  };
  walk(DATA_DIR);
  return out;
}

const KIROV = "strong probability Kirov's murder had been approved, if not planned by Stalin himself";

describe('mentions in a selection', () => {
  const names = [
    { id: 'stalin', name: 'Stalin' },
    { id: 'kirov', name: 'Kirov' },
    { id: 'kirov-murder', name: "Kirov's murder" },
    { id: 'trotsky', name: 'Leon Trotsky' },
    { id: 'trotsky', name: 'Trotsky' },
  ];
  it('finds names and aliases in order of first mention, longest name first', () => {
    expect(mentionsInSelection(KIROV, names)).toEqual(['kirov-murder', 'stalin']);
    expect(mentionsInSelection('Stalin exiled Leon Trotsky; Trotsky left', names)).toEqual(['stalin', 'trotsky']);
  });
  it('needs whole words', () => {
    expect(mentionsInSelection('Stalinism and Kirovsk', names)).toEqual([]);
  });
});

describe('the hedge cue', () => {
  it('spots the notes’ hedges and nothing in plain statements', () => {
    expect(hedgeCue(KIROV)).toBe('strong probability');
    expect(hedgeCue('Nepmen may have done well but there was high unemployment')).toBe('may have');
    expect(hedgeCue('Stalin was probably behind it')).toBe('probably');
    expect(hedgeCue('Stalin signed a Decree against terrorist acts')).toBeNull();
    expect(hedgeCue('improbably')).toBeNull();
  });
});

describe('a selection as a quote', () => {
  const notes = parseNotes(realNotesText());
  const slide = (n: number) => notesForReading(notes).slides.find((s) => s.number === n);
  it('accepts a verbatim part of the slide, white space aside', () => {
    expect(quoteOnSlide(slide(57), `  ${KIROV.replace(' ', '\n')} `)).toEqual({ ok: true, quote: KIROV });
  });
  it('refuses words that are not on that slide, and an empty selection', () => {
    expect(quoteOnSlide(slide(56), KIROV).ok).toBe(false);
    expect(quoteOnSlide(slide(57), 'Stalin approved the murder').ok).toBe(false);
    expect(quoteOnSlide(slide(57), '  ').ok).toBe(false);
    expect(quoteOnSlide(slide(57), 'planned by Stalin himself Krushchev said').ok).toBe(false);
    expect(quoteOnSlide(slide(999), KIROV).ok).toBe(false);
  });
  it('prefills a year from the selection, else the slide', () => {
    const slide = notes.slides.find((s) => s.number === 57)!.text;
    expect(prefillYear(KIROV, slide)).toEqual({ year: 1934, from: 'slide' });
    expect(prefillYear('in 1936 the trial', slide)).toEqual({ year: 1936, from: 'selection' });
    expect(yearInText(1934, slide)).toBe(true);
    expect(yearInText(1953, slide)).toBe(false);
  });
});

describe('applying an edit to a dataset', () => {
  const files = realFiles();
  it('adds a relation that the pipeline accepts, with its quote, certainty and date source', () => {
    const result = applyEdit(files, { kind: 'relation', source: 'stalin', type: 'caused', target: 'kirov-murder', start: 1934, end: null, certainty: 'suspected', dateSource: 'notes', slide: 57, quote: KIROV });
    if (!result.ok) throw new Error(result.reason);
    expect(result.files.length).toBe(files.length + 1);
    expect(files.some((f) => f.path === 'relations/my-edits.yaml')).toBe(false);
    const out = runPipeline(rawFromFiles(result.files).raw);
    if (!out.ok) throw new Error(JSON.stringify(out.problems.slice(0, 3)));
    const edge = out.graph.edges('stalin', 'kirov-murder').map((k) => out.graph.getEdgeAttributes(k)).find((a) => a.type === 'caused');
    expect(edge).toMatchObject({ certainty: 'suspected', start: '1934', evidence: [{ slide: 57, quote: KIROV }] });
  });
  it('a second edit appends to the same file', () => {
    const one = applyEdit(files, { kind: 'entity', name: 'Leonid Nicolaev junior', entityKind: 'person', start: null, end: null, dateSource: 'notes' });
    if (!one.ok) throw new Error(one.reason);
    const two = applyEdit(one.files, { kind: 'entity', name: 'Leonid Nicolaev junior', entityKind: 'person', start: 1934, end: null, dateSource: 'outside-notes' });
    if (!two.ok) throw new Error(two.reason);
    const text = two.files.find((f) => f.path === 'entities/my-edits.yaml')!.text;
    expect(text).toContain('id: leonid-nicolaev-junior\n');
    expect(text).toContain('id: leonid-nicolaev-junior-2\n');
    expect(text).toContain('dateSource: outside-notes');
  });
  it('adds an alias in the entity’s own file, keeping its comments; the pipeline finds the entity by it', () => {
    const result = applyEdit(files, { kind: 'alias', entity: 'kirov', alias: 'Mironych' });
    if (!result.ok) throw new Error(result.reason);
    const core = result.files.find((f) => f.path === 'entities/core.yaml')!.text;
    expect(core).toContain('aliases: [ Kirov, Sergei Kirov, Mironych ]');
    expect(core.startsWith('# Core entities')).toBe(true);
    const out = runPipeline(rawFromFiles(result.files).raw);
    if (!out.ok) throw new Error(JSON.stringify(out.problems.slice(0, 3)));
    expect(out.graph.getNodeAttribute('kirov', 'aliases')).toContain('Mironych');
    expect(applyEdit(result.files, { kind: 'alias', entity: 'kirov', alias: 'mironych' }).ok).toBe(false);
    expect(applyEdit(files, { kind: 'alias', entity: 'nobody', alias: 'X' }).ok).toBe(false);
  });
  it('makes unused kebab-case ids', () => {
    expect(idFor('Józef Stalin', new Set())).toBe('jozef-stalin');
    expect(idFor('Stalin', new Set(['stalin']))).toBe('stalin-2');
  });
});

describe('the zip’s file list', () => {
  it('lays a saved dataset out as graph-data/ is, at the zip’s root', () => {
    const files = realFiles().map((f) => ({ path: `my-folder/${f.path}`, text: f.text }));
    files.push({ path: 'my-folder/picture.png', text: 'x' });
    const paths = exportFiles(files).map((f) => f.path);
    expect(paths).toContain('notes/bolshevik-stalinist-russia-1918-56.txt');
    expect(paths).toContain('relation-types.yaml');
    expect(paths).toContain('entities/core.yaml');
    expect(paths).toContain('relations/stalin-era.yaml');
    expect(paths).toContain('storylines/power-struggle.yaml');
    expect(paths).not.toContain('picture.png');
    expect(paths.filter((p) => p.startsWith('notes/'))).toHaveLength(1);
  });
  it('names the zip after the dataset', () => {
    expect(zipName('Bolshevik and Stalinist Russia 1918–56 (my copy)')).toBe('bolshevik-and-stalinist-russia-1918-56-my-copy.zip');
  });
});

describe('the form’s draft', () => {
  const notes = notesForReading(parseNotes(realNotesText()));
  const names = [
    { id: 'stalin', name: 'Stalin' },
    { id: 'kirov-murder', name: "Kirov's murder" },
  ];
  it('prefills ends, year from the slide, hedged certainty, quote and slide', () => {
    const r = draftFor('relation', { text: KIROV, slide: 57 }, notes.slides, names);
    if (!r.ok) throw new Error(r.reason);
    expect(r.draft).toMatchObject({ source: 'kirov-murder', target: 'stalin', year: 1934, yearFrom: 'slide', certainty: 'suspected', hedge: 'strong probability', quote: KIROV, slide: 57 });
    expect(dateSourceFor([1934, null], r.draft.slideText)).toBe('notes');
    expect(dateSourceFor([1936], r.draft.slideText)).toBe('outside-notes');
  });
  it('refuses a selection outside a slide', () => {
    expect(draftFor('relation', { text: KIROV, slide: null }, notes.slides, names).ok).toBe(false);
  });
});
