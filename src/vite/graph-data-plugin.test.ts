// Issue 17, item 5: a build fails on invalid data, naming the problems; the dev server keeps its in-page report;
// neither carries the builder's absolute paths.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATA_DIR } from '../node/test-support';
import { graphDataPlugin } from './graph-data-plugin';

const RESOLVED = '\0virtual:allegiance-data';
let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'allegiance-plugin-'));
  cpSync(DATA_DIR, join(root, 'graph-data'), { recursive: true });
  writeFileSync(join(root, 'graph-data', 'relations', 'zz-bad.yaml'), readFileSync(join(DATA_DIR, '..', 'src/cli/fixtures/bad-relations.yaml'), 'utf8'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Run the plugin's hooks as Vite would, for `vite build` or `vite` (serve). */
function load(command: 'build' | 'serve'): { code: string | undefined; warnings: string[] } {
  const plugin = graphDataPlugin({ dataDir: join(root, 'graph-data') });
  (plugin.configResolved as (c: unknown) => void)({ root, command });
  const warnings: string[] = [];
  const ctx = {
    warn: (m: string) => warnings.push(m),
    error: (m: string) => {
      throw new Error(m);
    },
  };
  const code = (plugin.load as (this: unknown, id: string) => string | undefined).call(ctx, RESOLVED);
  return { code, warnings };
}

describe('the data plugin on invalid data', () => {
  it('fails a build, naming every problem with file and line', () => {
    let message = '';
    try {
      load('build');
    } catch (err) {
      message = String(err);
    }
    expect(message).toContain('the graph data has 3 problems');
    expect(message).toContain('graph-data/relations/zz-bad.yaml:4');
    expect(message).toContain('"nobody-at-all" is not an entity id');
    expect(message).toContain('month 13');
    expect(message).not.toContain(root);
  });

  it('serves the problems to the page in dev, with paths relative to the data folder', () => {
    const { code } = load('serve');
    expect(code).toBeDefined();
    const module = JSON.parse(code!.replace(/^export default /, '').replace(/;$/, '')) as { ok: boolean; problems: { file: string; line: number }[] };
    expect(module.ok).toBe(false);
    expect(module.problems.map((p) => `${p.file}:${p.line}`)).toEqual(['graph-data/relations/zz-bad.yaml:4', 'graph-data/relations/zz-bad.yaml:16', 'graph-data/relations/zz-bad.yaml:21']);
    expect(code).not.toContain(root);
  });
});
