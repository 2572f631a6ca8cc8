/** The `at`, `betrayals` and `validate` behaviour of issue 10, run as a user runs the CLI (tsx + the real data). */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { visibleView } from '../app/explorer/visible';
import { DEFAULT_STATE } from '../app/shell/view-state';
import { runPipeline } from '../model/pipeline';
import { isLastingType, yearOf } from '../model/queries/dates';
import { DATA_DIR, realData } from '../node/test-support';

const ROOT = join(DATA_DIR, '..');

function graph(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 200_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

interface AtJson {
  year: number;
  entities: { id: string; label: string; kind: string }[];
  relations: { edge: string; source: string; type: string; target: string; start?: string; end?: string; certainty: string }[];
}
const at = (year: number): AtJson => JSON.parse(graph('at', String(year), '--json').out);

describe('graph at <year>', { timeout: 240_000 }, () => {
  it('shows no anachronism in 1903: no NKVD, Air Force, camps, collective farms, Politburo or Stalin Constitution', () => {
    const r = graph('at', '1903');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^In 1903\n=======\nEntities \(\d+\):/);
    for (const name of ['NKVD', 'Soviet Air Force', 'Concentration and labour camps', 'Collective farms', 'Politburo', 'Stalin Constitution']) expect(r.out).not.toContain(name);
    expect(r.out).toContain('Vladimir Lenin led Bolshevik Party');
    const ids = at(1903).entities.map((e) => e.id);
    for (const id of ['nkvd', 'soviet-air-force', 'concentration-camps', 'kolkhoz', 'politburo', 'stalin-constitution']) expect(ids).not.toContain(id);
  });

  it('shows Stalin allied with Kamenev and Zinoviev in 1925', () => {
    const allied = at(1925).relations.filter((r) => r.type === 'allied-with' && [r.source, r.target].includes('stalin')).map((r) => (r.source === 'stalin' ? r.target : r.source));
    expect(allied).toEqual(expect.arrayContaining(['kamenev', 'zinoviev']));
    expect(graph('at', '1925').out).toMatch(/Joseph Stalin allied with Lev Kamenev, 1924–1925/);
  });

  it('shows in 1936 no relation whose act ended before 1930 unless it is still in force', () => {
    const { relations } = at(1936);
    expect(relations.length).toBeGreaterThan(0);
    const types = runPipeline(realData()).graph!.getAttribute('relationTypes');
    const stale = relations.filter((r) => {
      const end = yearOf(r.end);
      if (end !== undefined) return end < 1936;
      const start = yearOf(r.start);
      return start !== undefined && start < 1930 && !isLastingType(r.type, types[r.type]);
    });
    expect(stale).toEqual([]);
    expect(relations.some((r) => r.source === 'stalin' && r.target === 'october-revolution')).toBe(false);
  });

  it('agrees with the app\'s year slider: the same entities and relations as visibleView for the year', () => {
    const g = runPipeline(realData()).graph!;
    for (const year of [1903, 1936]) {
      const cli = at(year);
      const app = visibleView(g, { ...DEFAULT_STATE, year });
      expect(new Set(cli.entities.map((e) => e.id)), `entities in ${year}`).toEqual(app.visibleNodes);
      expect(new Set(cli.relations.map((r) => r.edge)), `relations in ${year}`).toEqual(app.visibleEdges);
    }
  });

  it('explains a missing or bad year', () => {
    expect(graph('at').code).toBe(2);
    const bad = graph('at', 'soon');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/the year must be a year such as 1924, not "soon"/);
  });
});

describe('graph betrayals', { timeout: 60_000 }, () => {
  it('lists no pair twice for the same break, and carries the Kirov case\'s certainty', () => {
    const json = JSON.parse(graph('betrayals', '--json').out) as { betrayals: { betrayer: string; betrayed: string; alliance: { edge: string }; certainty: string }[] };
    const breaks = json.betrayals.map((b) => JSON.stringify([[b.betrayer, b.betrayed].sort(), b.alliance.edge]));
    expect(new Set(breaks).size).toBe(breaks.length);
    expect(json.betrayals.some((b) => b.betrayer === 'bukharin' || b.betrayer === 'the-right')).toBe(false);
    expect(json.betrayals.find((b) => b.betrayed === 'kirov')).toMatchObject({ betrayer: 'stalin', certainty: 'suspected' });
    expect(json.betrayals.some((b) => b.betrayed === 'constituent-assembly')).toBe(false);
    const text = graph('betrayals').out;
    expect(text).toMatch(/\d{4}: Joseph Stalin turned on Sergei Kirov \(suspected\)/);
    expect(text).not.toMatch(/Nikolai Bukharin turned on Joseph Stalin/);
  });
});

describe('graph validate warnings', { timeout: 60_000 }, () => {
  it('prints a warning about an undated entity but still exits 0', () => {
    const dir = mkdtempSync(join(tmpdir(), 'allegiance-data-'));
    cpSync(DATA_DIR, dir, { recursive: true });
    writeFileSync(join(dir, 'entities', 'zz-undated.yaml'), '- id: timeless-thing\n  label: Timeless thing\n  kind: idea\n  aliases: []\n');
    const r = graph('validate', '--data', dir);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^valid: \d+ entities, \d+ relations; 1 warning\n/);
    expect(r.out).toMatch(/warning: .*zz-undated\.yaml:1: entity "timeless-thing" has no dates and no dated relation/);
  });

  it('prints a relation\'s note in the timeline', () => {
    const r = graph('timeline', 'kirov');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/was opposed by Joseph Stalin, 1934 \(suspected\)|1934: was opposed by Joseph Stalin \(suspected\)/);
    expect(r.out).toContain('note: The notes say Stalin "feared" Kirov');
  });
});
