import { afterEach, describe, expect, it } from 'vitest';
import type { Problem } from '../../model/types';
import './data-problems';

const PROBLEMS: Problem[] = [
  { file: 'graph-data/relations/a.yaml', line: 4, code: 'unknown-entity', message: 'target "trotskyy" is not an entity id', value: 'trotskyy', fix: 'did you mean "trotsky"?' },
  { file: 'graph-data/relations/a.yaml', line: 9, code: 'bad-date', message: 'start "1924-13" has month 13', value: '1924-13', fix: 'write a partial ISO date' },
  { file: 'graph-data/entities/b.yaml', line: 2, code: 'yaml-syntax', message: 'YAML syntax error: <script>alert(1)</script>', fix: 'check indentation' },
];

afterEach(() => document.body.replaceChildren());

describe('<data-problems>', () => {
  it('lists every problem with file, line, message and fix, as an alert', async () => {
    const el = document.createElement('data-problems');
    el.problems = PROBLEMS;
    document.body.append(el);
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelector('[role="alert"] h2')!.textContent).toContain('3 problems in 2 files');
    const items = [...root.querySelectorAll('li')];
    expect(items).toHaveLength(3);
    expect(items[0].textContent).toContain('graph-data/relations/a.yaml:4');
    expect(items[0].textContent).toContain('did you mean "trotsky"?');
    expect(items[1].dataset.code).toBe('bad-date');
  });

  it('shows data text as text, never as markup', async () => {
    const el = document.createElement('data-problems');
    el.problems = PROBLEMS;
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('script')).toBeNull();
    expect(el.shadowRoot!.textContent).toContain('<script>alert(1)</script>');
  });

  it('tells how to fix the served data, or a dataset opened at run time', async () => {
    const el = document.createElement('data-problems');
    el.problems = PROBLEMS;
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('p')!.textContent).toContain('the page reloads by itself');
    el.runtime = true;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('p')!.textContent).toContain('Fix these in your files and open the dataset again');
    expect(el.shadowRoot!.querySelectorAll('li')).toHaveLength(3);
  });
});
