import { describe, expect, it } from 'vitest';
import { dataWith, realData } from '../node/test-support';
import type { Problem } from './types';
import { validateData } from './validate';

const ENTITIES = `
- id: stalin
  label: Joseph Stalin
  kind: person
  aliases: [Stalin]
- id: kamenev
  label: Lev Kamenev
  kind: person
  aliases: [Kamenev, Kamanev]
- id: politburo
  label: Politburo
  kind: institution
`;

const GOOD_RELATION = `
- source: kamenev
  type: allied-with
  target: stalin
  start: "1923"
  end: "1925"
  evidence:
    - slide: 33
      quote: Kamanev and Zinoviev joined Stalin in an unofficial triumvirate within the Politburo
`;

function problems(entities: string, relations: string): Problem[] {
  return validateData(dataWith(entities, relations)).problems;
}

const codes = (ps: Problem[]) => ps.map((p) => p.code);

describe('validateData', () => {
  it('accepts good data and fills defaults', () => {
    const { dataset, problems: ps } = validateData(dataWith(ENTITIES, GOOD_RELATION));
    expect(ps).toEqual([]);
    expect(dataset?.relations[0]).toMatchObject({ certainty: 'stated', dateSource: 'notes', from: { file: 'graph-data/relations/test.yaml', line: 2 } });
    expect(dataset?.entities[2]).toMatchObject({ aliases: [], dateSource: 'notes' });
  });

  it('accepts the real data', () => {
    expect(validateData(realData()).problems.map((p) => `${p.file}:${p.line} ${p.message}`)).toEqual([]);
  });

  it('names all three problems of the issue at once: unknown entity, quote not in the notes, month 13', () => {
    const ps = problems(ENTITIES, `
- source: stalin
  type: opposed
  target: trotskyy
  start: "1924"
  evidence:
    - slide: 33
      quote: Kamanev and Zinoviev joined Stalin
- source: stalin
  type: opposed
  target: kamenev
  start: "1925"
  evidence:
    - slide: 33
      quote: Stalin was a secret admirer of Kamenev
- source: stalin
  type: allied-with
  target: kamenev
  start: "1924-13"
  evidence:
    - slide: 33
      quote: Kamanev and Zinoviev joined Stalin
`);
    expect(codes(ps)).toEqual(['unknown-entity', 'quote-not-found', 'bad-date']);
    expect(ps.every((p) => p.file === 'graph-data/relations/test.yaml')).toBe(true);
    expect(ps.map((p) => p.line)).toEqual([4, 15, 19]);
    expect(ps[0]).toMatchObject({ value: 'trotskyy' });
    expect(ps[1].message).toContain('nowhere in the notes');
    expect(ps[2].message).toContain('month 13');
  });

  it('says on which slide a misplaced quote does occur', () => {
    const ps = problems(ENTITIES, GOOD_RELATION.replace('slide: 33', 'slide: 34'));
    expect(ps).toHaveLength(1);
    expect(ps[0]).toMatchObject({ code: 'quote-not-found', line: 9, fix: 'change slide to 33' });
    expect(ps[0].message).toContain('it is on slide 33');
  });

  it('reports YAML syntax errors with their line', () => {
    const ps = problems(ENTITIES, '- source: stalin\n  type: [unclosed\n');
    expect(ps[0]).toMatchObject({ code: 'yaml-syntax', file: 'graph-data/relations/test.yaml' });
    expect(ps[0].line).toBeGreaterThanOrEqual(2);
  });

  it('reports unknown and missing fields, with a did-you-mean', () => {
    const ps = problems(ENTITIES, GOOD_RELATION.replace('  type: allied-with\n', '  typ: allied-with\n'));
    expect(codes(ps).sort()).toEqual(['missing-field', 'unknown-field']);
    const unknown = ps.find((p) => p.code === 'unknown-field')!;
    expect(unknown).toMatchObject({ line: 3, value: 'typ' });
    expect(unknown.fix).toContain('"type"');
  });

  it('reports wrong types, empty evidence, bad enums', () => {
    const ps = problems(ENTITIES, `
- source: stalin
  type: opposed
  target: kamenev
  certainty: probably
  evidence: []
- source: stalin
  type: opposed
  target: kamenev
  evidence:
    - slide: "thirty-three"
      quote: x
`);
    expect(codes(ps)).toEqual(['wrong-type', 'empty-evidence', 'wrong-type']);
    expect(ps[0].fix).toContain('stated, suspected, disputed');
    expect(ps.map((p) => p.line)).toEqual([5, 6, 11]);
  });

  it('reports duplicate ids and aliases claimed twice', () => {
    const ps = problems(
      ENTITIES + `
- id: stalin
  label: Koba
  kind: person
- id: lev
  label: Lev
  kind: person
  aliases: [kamanev]
`,
      GOOD_RELATION,
    );
    expect(codes(ps)).toEqual(['duplicate-id', 'alias-clash']);
    expect(ps[0].message).toContain('graph-data/entities/test.yaml:2');
    expect(ps[1].message).toContain('"kamanev"');
  });

  it('reports an unknown relation type and a kind the type does not allow', () => {
    const ps = problems(ENTITIES, GOOD_RELATION.replace('allied-with', 'alied-with') + GOOD_RELATION.replace('allied-with', 'killed').replace('target: stalin', 'target: politburo'));
    expect(codes(ps)).toEqual(['unknown-type', 'kind-not-allowed']);
    expect(ps[0].fix).toContain('"allied-with"');
  });

  it('reports malformed and reversed dates', () => {
    const ps = problems(ENTITIES, GOOD_RELATION.replace('end: "1925"', 'end: "1922"') + GOOD_RELATION.replace('start: "1923"', 'start: "1923-02-30"'));
    expect(codes(ps)).toEqual(['reversed-dates', 'bad-date']);
    expect(ps[1].message).toContain('day 30');
  });

  it('accepts a year written without quotes and compares dates at common precision', () => {
    const ps = problems(ENTITIES, GOOD_RELATION.replace('start: "1923"', 'start: 1925-05').replace('end: "1925"', 'end: 1925'));
    expect(ps).toEqual([]);
  });

  it('reports a file that is not a list', () => {
    const ps = problems(ENTITIES, 'source: stalin\n');
    expect(ps[0]).toMatchObject({ code: 'not-a-list', line: 1 });
  });

  it('treats an empty file as no records', () => {
    expect(problems(ENTITIES, '# nothing yet\n')).toEqual([]);
  });
});
