import { describe, expect, it } from 'vitest';
import { formatProblem } from './format-problem';
import { runPipeline } from './pipeline';
import { dataWith, realData } from '../node/test-support';

describe('time warnings', () => {
  it('finds none in the real data: every entity is dated or has a dated relation, every relation can be shown', () => {
    const result = runPipeline(realData());
    expect(result.ok).toBe(true);
    expect(result.warnings.map(formatProblem)).toEqual([]);
  });

  it('warns, without failing the build, about an undated entity and a relation outside an entity\'s life', () => {
    const entities = `
- id: a
  label: Alpha
  kind: person
  start: "1900"
  end: "1910"
- id: b
  label: Beta
  kind: idea
- id: c
  label: Gamma
  kind: faction
`;
    const relations = `
- source: a
  type: supported
  target: b
  evidence:
    - slide: 1
      quote: "Managed to outmanoevre their opponents and seize power"
- source: a
  type: opposed
  target: c
  start: "1920"
  evidence:
    - slide: 1
      quote: "Managed to outmanoevre their opponents and seize power"
`;
    const result = runPipeline(dataWith(entities, relations));
    expect(result.ok).toBe(true);
    expect(result.warnings.map((w) => [w.severity, w.code, w.value, w.line])).toEqual([
      ['warning', 'undated-entity', 'b', 7],
      ['warning', 'never-in-force', 'a opposed c', 8],
    ]);
    expect(formatProblem(result.warnings[0]!)).toMatch(/^warning: graph-data\/entities\/test\.yaml:7: entity "b" has no dates/);
  });
});
