import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR, realData } from '../../node/test-support';
import { parseNotes } from '../notes';
import { runPipeline } from '../pipeline';
import type { Problem } from '../types';
import { validateStorylines } from './validate-storylines';

const base = runPipeline({ ...realData(), storylines: [] });
if (!base.ok) throw new Error('the real data must validate');
const graph = base.graph;
const notes = parseNotes(realData().notes.text);

const FILE = 'graph-data/storylines/test.yaml';

/** One storyline whose single step is `step` (indented as a step's fields). */
function withStep(step: string): string {
  return `- id: test-story
  title: Test
  steps:
    - caption: A step
${step.replace(/^/gm, '      ')}
`;
}

async function check(text: string) {
  return validateStorylines([{ file: FILE, text }], graph, notes);
}

async function only(text: string): Promise<Problem> {
  const { problems } = await check(text);
  expect(problems).toHaveLength(1);
  return problems[0]!;
}

const GOOD_STEP = `note: teacher's words
view:
  year: 1924
  select: stalin
  focus: 1
  kinds: [person, faction]
  tones: [friendly]
  types: [allied-with]
  show: [trotsky]
  highlight:
    - stalin>member-of>triumvirate@1924
    - {source: kamenev, type: member-of, target: triumvirate}
excerpts:
  - slide: 33
    quote: Kamanev and Zinoviev joined Stalin in an unofficial triumvirate within the Politburo
predict:
  question: What next?
  answer: {source: stalin, type: allied-with, target: the-right}
`;

describe('validateStorylines', () => {
  it('accepts a good step and resolves its relations to edge keys and its options from the graph', async () => {
    const { storylines, problems, warnings } = await check(withStep(GOOD_STEP));
    expect(problems).toEqual([]);
    expect(warnings).toEqual([]);
    const step = storylines[0]!.steps[0]!;
    expect(step.view.highlight).toEqual(['stalin>member-of>triumvirate@1924', 'kamenev>member-of>triumvirate@1924']);
    expect(step.predict!.answer).toBe('stalin>allied-with>the-right@1925');
    expect(step.predict!.options).toContain('the-right');
    expect(step.predict!.options).toHaveLength(4);
    for (const id of step.predict!.options) expect(graph.getNodeAttribute(id, 'kind')).toBe('faction');
  });

  it('validates every built-in storyline file, and each has 6–10 steps', () => {
    const dir = join(DATA_DIR, 'storylines');
    const files = readdirSync(dir).map((f) => ({ file: f, text: readFileSync(join(dir, f), 'utf8') }));
    const result = runPipeline(realData());
    expect(result.problems).toEqual([]);
    expect(result.storylines.map((s) => s.id).sort()).toEqual(['collectivisation-and-five-year-plans', 'power-struggle', 'purges-and-great-terror', 'war-communism-to-nep']);
    expect(files).toHaveLength(4);
    for (const s of result.storylines) {
      expect(s.steps.length).toBeGreaterThanOrEqual(6);
      expect(s.steps.length).toBeLessThanOrEqual(10);
    }
  });

  it('names an unknown entity (selection, shown entity, option) at its line', async () => {
    const p = await only(withStep('view:\n  select: stalinn'));
    expect(p).toMatchObject({ file: FILE, line: 6, code: 'unknown-entity', value: 'stalinn' });
    expect(p.fix).toContain('stalin');
    expect((await only(withStep('view:\n  show: [stalin, nobody]'))).code).toBe('unknown-entity');
    expect((await only(withStep('predict:\n  question: Q?\n  answer: stalin>allied-with>the-right@1925\n  options: [ghost]'))).code).toBe('unknown-entity');
  });

  it('names a relation that is not in the data, by key or by source/type/target', async () => {
    const p = await only(withStep('view:\n  highlight:\n    - stalin>allied-with>trotsky@1924'));
    expect(p).toMatchObject({ line: 7, code: 'unknown-relation' });
    expect((await only(withStep('view:\n  highlight:\n    - {source: stalin, type: purged, target: lenin}'))).code).toBe('unknown-relation');
    expect((await only(withStep('predict:\n  question: Q?\n  answer: nobody>led>nothing@1900'))).code).toBe('unknown-relation');
  });

  it('refuses an ambiguous answer (two relations match)', async () => {
    const p = await only(withStep('predict:\n  question: Q?\n  answer: {source: stalin, type: purged, target: trotsky}'));
    expect(p.code).toBe('ambiguous-relation');
    expect(p.message).toContain('stalin>purged>trotsky@1927');
  });

  it('refuses a year outside the data period', async () => {
    const p = await only(withStep('view:\n  year: 1700'));
    expect(p).toMatchObject({ line: 6, code: 'year-out-of-range', value: '1700' });
  });

  it('refuses an excerpt that is not verbatim on its slide, too short, or on a slide that does not exist', async () => {
    const moved = await only(withStep('excerpts:\n  - slide: 34\n    quote: Kamanev and Zinoviev joined Stalin in an unofficial triumvirate within the Politburo'));
    expect(moved).toMatchObject({ line: 7, code: 'quote-not-found' });
    expect(moved.fix).toBe('change slide to 33');
    const invented = await only(withStep('excerpts:\n  - slide: 33\n    quote: Stalin was always the obvious heir to Lenin'));
    expect(invented.message).toContain('nowhere in the notes');
    expect((await only(withStep('excerpts:\n  - slide: 33\n    quote: Stalin'))).code).toBe('short-quote');
    expect((await only(withStep('excerpts:\n  - slide: 99\n    quote: Kamanev and Zinoviev joined Stalin'))).code).toBe('unknown-slide');
  });

  it('refuses an unknown relation type in a filter, and a bad kind or tone', async () => {
    expect((await only(withStep('view:\n  types: [alied-with]'))).code).toBe('unknown-type');
    expect((await only(withStep('view:\n  kinds: [persons]'))).code).toBe('wrong-type');
    expect((await only(withStep('view:\n  tones: [angry]'))).code).toBe('wrong-type');
    expect((await only(withStep('view:\n  focus: 7'))).code).toBe('wrong-type');
  });

  it('refuses predict options that give the answer away: the answer itself, or another kind', async () => {
    expect((await only(withStep('predict:\n  question: Q?\n  answer: stalin>allied-with>the-right@1925\n  options: [the-right]'))).code).toBe('option-is-answer');
    expect((await only(withStep('predict:\n  question: Q?\n  answer: stalin>allied-with>the-right@1925\n  options: [trotsky]'))).code).toBe('option-wrong-kind');
  });

  it('reports shape problems: unknown field (with a hint), missing caption, no steps, duplicate ids', async () => {
    const unknown = await only(withStep('veiw:\n  year: 1924'));
    expect(unknown).toMatchObject({ line: 5, code: 'unknown-field' });
    expect(unknown.fix).toContain('view');
    const missing = await only('- id: s\n  title: T\n  steps:\n    - note: no caption\n');
    expect(missing).toMatchObject({ line: 4, code: 'missing-field' });
    expect((await only('- id: s\n  title: T\n  steps: []\n')).code).toBe('no-steps');
    const dup = await check(`${withStep('note: one')}${withStep('note: two')}`);
    expect(dup.problems.map((p) => p.code)).toEqual(['duplicate-id']);
    expect((await only('- id: s\n  title: T\n  steps:\n  - caption: [')).code).toBe('yaml-syntax');
  });

  it('warns (without failing) when a highlighted relation is not in force in the step year', async () => {
    const { problems, warnings } = await check(withStep('view:\n  year: 1930\n  highlight: [stalin>member-of>triumvirate@1924]'));
    expect(problems).toEqual([]);
    expect(warnings[0]).toMatchObject({ severity: 'warning', code: 'not-in-force' });
  });

  it('makes the pipeline fail, naming the storyline problem, as any data problem does', () => {
    const raw = { ...realData(), storylines: [{ file: FILE, text: withStep('view:\n  select: nobody') }] };
    const result = runPipeline(raw);
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => `${p.file}:${p.line} ${p.code}`)).toEqual([`${FILE}:6 unknown-entity`]);
  });
});
