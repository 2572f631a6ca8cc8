import { describe, expect, it } from 'vitest';
import { dataWith, realData } from '../node/test-support';
import { formatProblem } from './format-problem';
import { orderedYears, parseTones } from './query-args';
import type { Problem } from './types';
import { validateData } from './validate';
import { runPipeline } from './pipeline';
import { entityTimeline } from './queries/timeline';
import { computePositions } from '../layout/compute-positions';

const ENTITIES = `
- id: stalin
  label: Joseph Stalin
  kind: person
- id: kamenev
  label: Lev Kamenev
  kind: person
`;
const rel = (extra = '', quote = 'Kamanev and Zinoviev joined Stalin in an unofficial triumvirate', source = 'kamenev') => `
- source: ${source}
  type: allied-with
  target: stalin
${extra}  evidence:
    - slide: 33
      quote: ${JSON.stringify(quote)}
`;
const problems = (entities: string, relations: string): Problem[] => validateData(dataWith(entities, relations)).problems;
const text = (ps: Problem[]) => ps.map(formatProblem);

describe('hostile data (issue 17)', () => {
  it('item 1: an id every object already has (constructor) is refused at its line; "prototype" is an ordinary id end to end', () => {
    for (const id of ['constructor']) {
      const ps = problems(`${ENTITIES}- id: ${id}\n  label: Constructor Man\n  kind: person\n`, rel());
      expect(text(ps)).toEqual([expect.stringMatching(new RegExp(`^graph-data/entities/test.yaml:8: .*${id}`))]);
      expect(ps[0]!.code).toBe('reserved-id');
    }
    const result = runPipeline(dataWith(`${ENTITIES}- id: prototype\n  label: Prototype Man\n  kind: person\n`, rel('', 'Kamanev and Zinoviev joined Stalin in an unofficial triumvirate', 'prototype')));
    expect(result.problems).toEqual([]);
    const graph = result.graph!;
    expect(graph.hasNode('prototype')).toBe(true);
    expect(entityTimeline(graph, 'stalin').map((e) => e.other)).toContain('prototype');
    const positions = computePositions(graph);
    expect(Object.hasOwn(positions, 'prototype')).toBe(true);
  });

  it('item 6: years outside 1500–2030, hex years and year 0000 are problems naming the value', () => {
    expect(text(problems(ENTITIES, rel('  start: "0000"\n')))).toEqual([expect.stringContaining('year 0000, outside the years the data may use (1500–2030)')]);
    expect(text(problems(ENTITIES, rel('  start: "1092"\n')))).toEqual([expect.stringContaining('year 1092')]);
    expect(text(problems(ENTITIES, rel('  start: 0x784\n')))).toEqual([expect.stringContaining('start "0x784" is not a partial ISO date')]);
    expect(text(problems(ENTITIES, rel('  start: "0000-02-29"\n')))).toEqual([expect.stringContaining('year 0000')]);
    expect(problems(ENTITIES, rel('  start: "1924-02-29"\n'))).toEqual([]);
    expect(text(problems(ENTITIES, rel('  start: "1925-02-29"\n')))).toEqual([expect.stringContaining('day 29')]);
  });

  it('item 11: self and duplicate relations, short quotes, hidden characters', () => {
    expect(text(problems(ENTITIES, rel('', undefined, 'stalin')))).toEqual([expect.stringContaining('"stalin" is related to itself')]);
    expect(text(problems(ENTITIES, rel() + rel()))).toEqual([expect.stringContaining('the same relation, with the same dates and evidence, is already at graph-data/relations/test.yaml:2')]);
    expect(text(problems(ENTITIES, rel('', 'Kamanev')))).toEqual([expect.stringContaining('too short to be evidence')]);
    const hidden = ENTITIES.replace('Lev Kamenev', 'Lev\u202eKamenev').replace('label: Joseph Stalin', 'label: "Joseph\\0Stalin"');
    const ps = text(problems(hidden, rel()));
    expect(ps.some((p) => p.includes('U+202E (right-to-left override)'))).toBe(true);
    expect(ps.some((p) => p.includes('U+0000 (NUL)'))).toBe(true);
  });

  it('item 11: a __proto__ key is reported at its real line, and an unknown field no longer hides the other problems', () => {
    const ps = problems(ENTITIES, rel('  __proto__: x\n  colour: red\n  start: "1092"\n'));
    const unknown = ps.find((p) => p.code === 'unknown-field')!;
    expect(unknown.line).toBe(5);
    expect(ps.some((p) => p.code === 'bad-date')).toBe(true);
  });

  it('item 11: duplicate slide numbers name both lines', () => {
    const raw = realData();
    raw.notes = { ...raw.notes, text: raw.notes.text.replace(/^(\s*)2 of 68/m, '$11 of 68') };
    const ps = text(validateData(raw).problems).filter((p) => p.includes('slide number 1 is used twice'));
    expect(ps).toHaveLength(1);
    expect(ps[0]).toMatch(/lines \d+ and \d+/);
  });

  it('item 8: thousands of syntax errors give 50 problems and a count (the loop that replaced push(...spread) cannot overflow)', () => {
    const raw = dataWith(ENTITIES, '- a: [\n'.repeat(1) + ']]]]\n'.repeat(3_000));
    const ps = validateData(raw).problems;
    expect(ps.every((p) => p.code !== 'internal')).toBe(true);
    const here = ps.filter((p) => p.file === 'graph-data/relations/test.yaml');
    expect(here.length).toBeLessThanOrEqual(51);
    expect(here.at(-1)!.message).toMatch(/and [\d,]+ more problems? in this file/);
  });

  it('item 8: a long unknown source is cut in the message and gets no "did you mean"; a 2 MB one is refused before parsing (issue 16)', () => {
    const long = 'k'.repeat(9_000);
    const p = problems(ENTITIES, rel('', undefined, long)).find((x) => x.code === 'unknown-entity')!;
    expect(p.message.length).toBeLessThan(300);
    expect(p.message).toContain('… (9,000 characters)');
    expect(p.fix).not.toContain('did you mean');
    const huge = problems(ENTITIES, rel('', undefined, 'k'.repeat(2_000_000)));
    expect(text(huge)).toEqual([expect.stringMatching(/^graph-data\/relations\/test\.yaml:2: line 2 is 2,000,010 characters; the limit is 10,000 \(the file was not read\)/)]);
  });

  it('issue 16: one missing closing quote in an entities file gives its syntax error and one summary, not a flood of unknown ids', () => {
    const real = realData();
    const core = real.entities.find((f) => f.file.endsWith('core.yaml'))!;
    const broken = core.text.replace(/label: "?([^"\n]+)"?\n/, 'label: "$1\n');
    const ps = validateData({ ...real, entities: real.entities.map((f) => (f === core ? { ...f, text: broken } : f)) }).problems;
    const shown = text(ps);
    expect(ps.filter((p) => p.code === 'unknown-entity')).toEqual([]);
    expect(shown).toContainEqual(expect.stringMatching(/^graph-data\/entities\/core\.yaml:\d+: YAML syntax error: Missing closing "quote/));
    expect(shown).toContainEqual(expect.stringMatching(/^graph-data\/entities\/core\.yaml: \d{2,} references from relations name entities defined in graph-data\/entities\/core\.yaml, which could not be read/));
    expect(ps.length).toBeLessThan(10);
  });

  it('issue 16: an unparsable relation-types.yaml is reported once; relations are not each called "type not defined"', () => {
    const ps = validateData({ ...realData(), relationTypes: { file: 'graph-data/relation-types.yaml', text: '- id: [unclosed\n' } }).problems;
    expect(ps.filter((p) => p.code === 'unknown-type')).toEqual([]);
    expect(ps.map((p) => p.file)).toEqual(['graph-data/relation-types.yaml']);
  });

  it('issue 16: nesting that would overflow the YAML library\'s stack is refused before parsing, naming the line', () => {
    const deep = '- ' + '[\n'.repeat(100_000);
    expect(text(problems(deep, rel()))).toContainEqual(expect.stringMatching(/^graph-data\/entities\/test\.yaml:65: more than 64 brackets are open at line 65/));
    const indented = Array.from({ length: 300 }, (_, i) => ' '.repeat(i) + '- ').join('\n');
    expect(text(problems(indented, rel()))).toContainEqual(expect.stringMatching(/test\.yaml:202: line 202 is indented 201 columns/));
  });

  it('the real data still has no problem under the new rules', () => {
    expect(validateData(realData()).problems).toEqual([]);
  });
});

describe('one parser of year ranges and tones (item 7)', () => {
  it('swaps a reversed range and names unknown tones', () => {
    expect(orderedYears(1930, 1920)).toEqual([1920, 1930]);
    expect(orderedYears(1920, undefined)).toEqual([1920, undefined]);
    expect(parseTones('hostile, foo,friendly')).toEqual({ tones: ['friendly', 'hostile'], unknown: ['foo'] });
  });
});
