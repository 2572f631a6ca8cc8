import { describe, expect, it } from 'vitest';
import { dataWith, realData } from '../node/test-support';
import { formatProblem } from './format-problem';
import { orderedYears, parseTones } from './query-args';
import type { Problem } from './types';
import { validateData } from './validate';

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

  it('item 8: a 2 MB unknown source is cut in the message and gets no "did you mean"', () => {
    const long = 'k'.repeat(2_000_000);
    const ps = problems(ENTITIES, rel('', undefined, long));
    const p = ps.find((x) => x.code === 'unknown-entity')!;
    expect(p.message.length).toBeLessThan(300);
    expect(p.message).toContain('… (2,000,000 characters)');
    expect(p.fix).not.toContain('did you mean');
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
