import { describe, expect, it } from 'vitest';
import { makeBackup, parseBackup, backupText } from './backup';
import { planMerge, previewImport } from './merge';
import type { WorkRecord } from './record';
import { settingsRecord } from './settings';

const plan = (id: string, title: string, updatedAt: string, question = 'Why did Stalin win?'): WorkRecord => ({
  kind: 'plan', id, version: 3, title, updatedAt, data: { question, corrections: {}, judgement: '', introduction: '', paragraphs: [], conclusion: '' },
});
const t1 = '2026-11-01T10:00:00.000Z';
const t2 = '2026-11-02T10:00:00.000Z';

describe('backup file', () => {
  it('round-trips through text', () => {
    const b = makeBackup([plan('a', 'A', t1)], [], t2);
    expect(parseBackup(backupText(b))).toEqual({ ok: true, backup: b });
  });
  it('writes a quarantined value JSON cannot hold as a description instead of failing the export', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    const b = makeBackup([], [{ key: 'plan:c', reason: 'r', raw: cyclic, at: t1 }, { key: 'plan:n', reason: 'r', raw: 10n, at: t1 }], t2);
    const back = parseBackup(backupText(b));
    expect(back.ok && back.backup.quarantine.map((q) => q.raw)).toEqual([
      { unwritable: 'an object', why: expect.stringMatching(/circular/i) },
      { unwritable: 'bigint 10', why: expect.stringMatching(/BigInt/) },
    ]);
  });
  it('refuses what is not a backup, naming why', () => {
    expect(parseBackup('{')).toMatchObject({ ok: false, reason: expect.stringMatching(/^the file is not JSON/) });
    expect(parseBackup('{"format":"other"}')).toEqual({ ok: false, reason: 'this is not an Allegiance backup (its "format" is not "allegiance-backup")' });
    expect(parseBackup(JSON.stringify({ format: 'allegiance-backup', version: 1, exportedAt: t1, records: 3 }))).toMatchObject({ ok: false, reason: expect.stringMatching(/^the backup is damaged at records/) });
    expect(parseBackup(JSON.stringify({ format: 'allegiance-backup', version: 2, exportedAt: t1, records: [] }))).toMatchObject({ ok: false, reason: expect.stringMatching(/^the backup was made by a newer version of Allegiance \(backup file version 2; this app reads version 1/) });
  });
});

describe('import preview and merge', () => {
  const mine = [plan('a', 'Same', t1), plan('b', 'Older here', t1), plan('c', 'Newer here', t2), settingsRecord({ legendOpen: true }, t2)];
  const theirs = makeBackup(
    [plan('a', 'Same', t1), plan('b', 'Older here', t2, 'changed'), plan('c', 'Newer here', t1, 'other'), plan('d', 'New', t1), { kind: 'plan', id: 'e' } as unknown as WorkRecord, settingsRecord({ legendOpen: false }, t1)],
    [{ key: 'plan:z', reason: 'old damage', raw: 42, at: t1 }],
    t2,
  );

  it('says what each record would do', () => {
    const p = previewImport(mine, theirs);
    expect(p.rows.map((r) => [r.id, r.action])).toEqual([['a', 'same'], ['b', 'update'], ['c', 'conflict'], ['d', 'add'], ['e', 'invalid'], ['settings', 'conflict']]);
    expect(p.counts).toEqual({ add: 1, update: 1, same: 1, conflict: 2, invalid: 1 });
    expect(p.rows[2]!.choices[0]).toBe('keep-both');
    expect(p.rows[5]!.choices).toEqual(['keep-mine', 'take-theirs']);
  });

  it('by default keeps both sides of a conflict, takes the newer update, and keeps the invalid one in quarantine', () => {
    const p = previewImport(mine, theirs);
    const m = planMerge(p, {}, mine.map((r) => `${r.kind}:${r.id}`), t2);
    expect(m.put.map((r) => [r.id, r.title])).toEqual([['b', 'Older here'], ['c-imported', 'Newer here (imported)'], ['d', 'New']]);
    expect(m.summary).toEqual({ added: 1, updated: 1, keptBoth: 1, unchanged: 2, invalid: 1 });
    expect(m.quarantine.map((q) => q.reason)).toEqual(['old damage', expect.stringMatching(/^bad record shape/)]);
  });

  it('follows the user’s choice per record, and never reuses a taken id', () => {
    const p = previewImport([...mine, plan('c-imported', 'Earlier import', t1)], theirs);
    const m = planMerge(p, { r1: 'keep-mine', r2: 'keep-both', r5: 'take-theirs' }, [...mine.map((r) => `${r.kind}:${r.id}`), 'plan:c-imported'], t2);
    expect(m.put.map((r) => r.id)).toEqual(['c-imported-2', 'd', 'settings']);
  });

  it('a record twice in one file meets itself as a conflict', () => {
    const p = previewImport([], makeBackup([plan('x', 'One', t1), plan('x', 'Two', t1, 'different')], [], t2));
    expect(p.rows.map((r) => r.action)).toEqual(['add', 'conflict']);
    expect(planMerge(p, {}, [], t2).put.map((r) => r.id)).toEqual(['x', 'x-imported']);
  });
});
