import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { KINDS } from './kinds';
import { readRecord } from './read-record';
import { registryOf, type RecordKind } from './record';
import { settingsRecord } from './settings';

// A kind with a real history: v1 had `name`, v2 split it into `first`/`last`, v3 added `tags`.
const person: RecordKind = {
  kind: 'person',
  version: 3,
  schema: z.object({ first: z.string(), last: z.string(), tags: z.array(z.string()) }),
  migrations: {
    1: (d) => {
      const { name } = d as { name: string };
      if (typeof name !== 'string') throw new Error('v1 person has no name');
      const [first = '', ...rest] = name.split(' ');
      return { first, last: rest.join(' ') };
    },
    2: (d) => ({ ...(d as object), tags: [] }),
  },
};
const kinds = registryOf([person]);
const at = '2026-12-01T10:00:00.000Z';
const rec = (version: number, data: unknown) => ({ kind: 'person', id: 'p1', version, title: 'Lenin', updatedAt: at, data });

describe('readRecord', () => {
  it('migrates v1 → v2 → v3 and says where it came from', () => {
    const r = readRecord(rec(1, { name: 'Vladimir Ilyich Lenin' }), kinds);
    expect(r).toEqual({ ok: true, migratedFrom: 1, record: rec(3, { first: 'Vladimir', last: 'Ilyich Lenin', tags: [] }) });
    const r2 = readRecord(rec(2, { first: 'V', last: 'Lenin' }), kinds);
    expect(r2.ok && r2.record.data).toEqual({ first: 'V', last: 'Lenin', tags: [] });
  });

  it('reads the current version without migrating', () => {
    const r = readRecord(rec(3, { first: 'a', last: 'b', tags: ['x'] }), kinds);
    expect(r).toEqual({ ok: true, record: rec(3, { first: 'a', last: 'b', tags: ['x'] }) });
  });

  it('names each failure: migration throws, future version, unknown kind, bad data, not an object', () => {
    const failed = readRecord(rec(1, { nom: 'x' }), kinds);
    expect(failed).toMatchObject({ ok: false, kind: 'person', id: 'p1' });
    expect(!failed.ok && failed.reason).toBe('migration from version 1 to 2 failed: v1 person has no name');
    expect(!readRecord(rec(9, {}), kinds).ok && (readRecord(rec(9, {}), kinds) as { reason: string }).reason).toMatch(/version 9 is newer than this app reads \(3\)/);
    expect(readRecord({ ...rec(3, {}), kind: 'essay' }, kinds)).toMatchObject({ ok: false, reason: 'unknown kind "essay"' });
    expect(readRecord(rec(3, { first: 1, last: 'b', tags: [] }), kinds)).toMatchObject({ ok: false, reason: expect.stringMatching(/^bad person data, first: /) });
    expect(readRecord('x'.repeat(1_000_000), kinds)).toEqual({ ok: false, reason: 'not a record: found a text of 1,000,000 characters' });
    expect(readRecord([1, 2], kinds)).toMatchObject({ ok: false, reason: 'not a record: found a list of 2' });
    expect(readRecord({ kind: 'person', id: 'p1', version: 1.5 }, kinds)).toMatchObject({ ok: false, id: 'p1', reason: expect.stringMatching(/^bad record shape, version/) });
  });

  it('a record with no migration path is refused, not guessed', () => {
    const gap = registryOf([{ ...person, migrations: { 2: person.migrations[2]! } }]);
    expect(readRecord(rec(1, { name: 'a b' }), gap)).toMatchObject({ ok: false, reason: 'no migration from version 1 to 2' });
  });

  it('reads the app’s own settings record', () => {
    const s = settingsRecord({ legendOpen: false }, at);
    expect(readRecord(s, KINDS)).toEqual({ ok: true, record: s });
  });
});
