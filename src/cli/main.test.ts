import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR } from '../node/test-support';

const ROOT = join(DATA_DIR, '..');

function graph(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function copyOfData(): string {
  const dir = mkdtempSync(join(tmpdir(), 'allegiance-data-'));
  cpSync(DATA_DIR, dir, { recursive: true });
  return dir;
}

// Each case starts the CLI as a user would (tsx + the pipeline): a few seconds each on a 2-core machine.
describe('the graph CLI', { timeout: 60_000 }, () => {
  it('validate exits 0 on the real data', () => {
    const r = graph('validate');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^valid: \d+ entities, \d+ relations/);
  });

  it('validate exits 1 naming all three problems of a bad new file, and the file', () => {
    const dir = copyOfData();
    writeFileSync(join(dir, 'relations', 'zz-bad.yaml'), readFileSync(join(ROOT, 'src/cli/fixtures/bad-relations.yaml'), 'utf8'));
    const r = graph('validate', '--data', dir);
    expect(r.code).toBe(1);
    const lines = r.err.trim().split('\n');
    expect(lines.filter((l) => l.includes('zz-bad.yaml'))).toHaveLength(3);
    expect(r.err).toMatch(/zz-bad\.yaml:\d+: target "nobody-at-all" is not an entity id/);
    expect(r.err).toMatch(/zz-bad\.yaml:\d+: quote is not on slide 33; it is nowhere in the notes/);
    expect(r.err).toMatch(/zz-bad\.yaml:\d+: start "1924-13" has month 13/);
    expect(lines.at(-1)).toBe('3 problems in 1 file');
  });

  it('validate --data /nonexistent/dir names the folder as missing and exits 2 (a usage error, not a data problem)', () => {
    const r = graph('validate', '--data', '/nonexistent/dir');
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe('validate: the data folder /nonexistent/dir does not exist (/nonexistent/dir); check the --data path\n');
  });

  it('validate --data naming a file, not a folder, says so and exits 2', () => {
    const r = graph('validate', '--data', join(DATA_DIR, 'relation-types.yaml'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/relation-types\.yaml is not a folder/);
  });

  it('export prints graphology JSON and nothing else', () => {
    const r = graph('export');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.options).toEqual({ type: 'directed', multi: true, allowSelfLoops: true });
    expect(json.attributes).toMatchObject({ notesTitle: 'Bolshevik and Stalinist Russia 1918-56', slideCount: 68 });
    expect(json.nodes.find((n: { key: string }) => n.key === 'stalin').attributes).toMatchObject({ label: 'Joseph Stalin', kind: 'person' });
  });

  it('export --format gexf writes GEXF that names the nodes', () => {
    const r = graph('export', '--format', 'gexf');
    expect(r.code).toBe(0);
    expect(r.out).toContain('<gexf');
    expect(r.out).toContain('label="Joseph Stalin"');
  });

  it('export --format csv writes a nodes table and an edges table', () => {
    const out = mkdtempSync(join(tmpdir(), 'allegiance-csv-'));
    const r = graph('export', '--format', 'csv', '--out', out);
    expect(r.code).toBe(0);
    expect(readFileSync(join(out, 'nodes.csv'), 'utf8').split('\n')[0]).toBe('id,label,kind,aliases,start,end,dateSource,summary,mentions');
    expect(readFileSync(join(out, 'edges.csv'), 'utf8').split('\n')[0]).toBe('key,source,type,label,target,start,end,certainty,dateSource,evidence,note');
  });

  it('stats reports counts and slides cited', () => {
    const r = graph('stats');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^entities: \d+/);
    expect(r.out).toMatch(/slides cited as evidence: \d+ of 68/);
  });

  it('betrayals lists Stalin turning on Kamenev, Zinoviev, Bukharin and Rykov, and Lenin on Stalin; JSON agrees', () => {
    const r = graph('betrayals');
    expect(r.code).toBe(0);
    for (const line of [/\d{4}: Joseph Stalin turned on Lev Kamenev/, /Joseph Stalin turned on Grigory Zinoviev/, /Joseph Stalin turned on Nikolai Bukharin/, /Joseph Stalin turned on Alexei Rykov/, /Vladimir Lenin turned on Joseph Stalin/]) {
      expect(r.out).toMatch(line);
    }
    const json = JSON.parse(graph('betrayals', '--json').out);
    expect(json.betrayals.length).toBe(Number(/Betrayals \((\d+)\)/.exec(r.out)![1]));
    expect(json.sideSwitches.some((s: { kind: string; a?: string; b?: string }) => s.kind === 'enemies-to-allies' && [s.a, s.b].includes('zinoviev') && [s.a, s.b].includes('trotsky'))).toBe(true);
  });

  it('path links Trotsky to Kirov with evidence, by id or by name, within years', () => {
    const r = graph('path', 'Trotsky', 'kirov', '--from', '1920', '--to', '1935');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Paths from Leon Trotsky to Sergei Kirov/);
    expect(r.out).toMatch(/slide \d+: "/);
    const json = JSON.parse(graph('path', 'trotsky', 'kirov', '--json').out);
    expect(json[0].nodes[0]).toBe('trotsky');
    expect(json[0].nodes.at(-1)).toBe('kirov');
  });

  it('timeline reads an entity found by a misspelling the notes use', () => {
    const r = graph('timeline', 'Bukhrain');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Timeline of Nikolai Bukharin/);
    expect(r.out).toMatch(/was purged by Joseph Stalin/);
  });

  it('changes lists what began and ended between two years', () => {
    const r = graph('changes', '1924', '1929');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Began \(\d+\)/);
    expect(r.out).toMatch(/Ended \(\d+\)/);
    expect(r.out).toContain('Leon Trotsky allied with Grigory Zinoviev');
  });

  it('explains bad arguments', () => {
    const r = graph('timeline', 'Trotksy');
    expect(r.code).toBe(2);
    expect(r.err).toContain('did you mean trotsky');
    expect(graph('changes', '1924').code).toBe(2);
    expect(graph('path', 'stalin', 'kirov', '--from', 'soon').err).toContain('--from must be a year');
  });

  it('rejects an unknown command and an unknown format', () => {
    expect(graph('frobnicate').code).toBe(2);
    expect(graph('export', '--format', 'xml').code).toBe(2);
  });
});

describe('the graph CLI with hostile arguments (issue 17)', { timeout: 120_000 }, () => {
  it('--help exits 0; extra arguments, unknown tones and a file as --out exit 2 naming them', () => {
    expect(graph('--help').code).toBe(0);
    const extra = graph('validate', 'extra');
    expect(extra.code).toBe(2);
    expect(extra.err).toContain('"extra"');
    const tones = graph('path', 'stalin', 'trotsky', '--tones', 'foo');
    expect(tones.code).toBe(2);
    expect(tones.err).toContain('unknown tone "foo"');
    const out = graph('export', '--format', 'csv', '--out', 'package.json');
    expect(out.code).toBe(2);
    expect(out.err).toContain('is a file');
  });

  it('--out /proc/nope fails with a message instead of hanging', () => {
    const r = graph('export', '--format', 'csv', '--out', '/proc/nope');
    expect(r.code).toBe(1);
    expect(r.err).toContain('cannot write to --out /proc/nope');
  });

  it('a reversed --from/--to gives the same paths as the ordered one', () => {
    const a = graph('path', 'stalin', 'trotsky', '--from', '1930', '--to', '1920', '--json');
    const b = graph('path', 'stalin', 'trotsky', '--from', '1920', '--to', '1930', '--json');
    expect(a.code).toBe(0);
    expect(a.out).toBe(b.out);
  });
});
