import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { backupText, MAX_RECORD_CHARS, settingsRecord, type WorkRecord } from '../../app/workspace';
import { openIdbStore } from './idb-store';
import { MemoryStore, type RecordStore } from './record-store';
import { Workspace } from './workspace';

let dbCount = 0;
const fresh = () => `test-${++dbCount}`;
const at = '2026-12-01T10:00:00.000Z';
const plan = (id: string, title = `Plan ${id}`, updatedAt = at): WorkRecord => ({ kind: 'plan', id, version: 3, title, updatedAt, data: { question: 'Why?', corrections: {}, judgement: '', introduction: '', paragraphs: [{ id: 'p1', role: 'for', factor: 'One', point: 'x', explanation: '', link: '', cards: [] }], conclusion: '' } });
const openWs = async (name: string, persist = async () => true) => Workspace.open({ open: () => openIdbStore(name), persist, now: () => at });

/** Put values straight into the object store, as damage or an older app would. */
async function plant(name: string, entries: [string, unknown][]): Promise<void> {
  const db = await openDB(name, 1);
  for (const [k, v] of entries) await db.put('records', v, k);
  db.close();
}

describe('Workspace over IndexedDB (fake-indexeddb)', () => {
  it('saves, reads back, and loads by kind; asks for persistence once', async () => {
    const name = fresh();
    let asked = 0;
    const ws = await openWs(name, async () => (asked++, true));
    expect(ws.store.mode).toBe('indexeddb');
    expect(await ws.save(plan('a'))).toEqual({ status: 'saved' });
    expect(await ws.save(plan('b'))).toEqual({ status: 'saved' });
    expect(await ws.save(settingsRecord({ legendOpen: false }, at))).toEqual({ status: 'saved' });
    ws.store.close();
    const again = await openWs(name, async () => (asked++, true));
    expect((await again.loadAll('plan')).map((r) => r.id)).toEqual(['a', 'b']);
    expect(await again.loadAll('settings')).toEqual([settingsRecord({ legendOpen: false }, at)]);
    await again.save(plan('c'));
    expect(asked).toBe(1);
    expect(await again.store.getMeta('persistence')).toEqual({ asked: at, granted: true });
  });

  it('quarantines bad records (wrong shape, future version, not an object, huge text), deletes nothing, loads the rest', async () => {
    const name = fresh();
    const ws = await openWs(name);
    await ws.save(plan('good1'));
    await ws.save(plan('good2'));
    ws.store.close();
    const huge = 'x'.repeat(5_000_000);
    const bad: [string, unknown][] = [
      ['plan:shape', { kind: 'plan', id: 'shape', version: 3, title: 'T', updatedAt: at, data: { question: 7 } }],
      ['plan:future', { ...plan('future'), version: 4 }],
      ['plan:number', 42],
      ['plan:huge', huge],
      ['plan:moved', plan('elsewhere')],
    ];
    await plant(name, bad);
    const again = await openWs(name);
    expect((await again.loadAll('plan')).map((r) => r.id)).toEqual(['good1', 'good2']);
    const q = await again.quarantined();
    expect(q.map((e) => e.key).sort()).toEqual(bad.map(([k]) => k).sort());
    expect(q.find((e) => e.key === 'plan:huge')!.raw).toBe(huge);
    expect(q.find((e) => e.key === 'plan:future')!.reason).toMatch(/version 4 is newer than this app reads \(3\)/);
    expect(again.notices).toHaveLength(5);
    expect(again.notices.find((n) => n.message.includes('"shape"'))!.message).toBe(
      'A saved plan (id "shape") could not be read: bad plan data, question: Invalid input: expected string, received number (and 5 more). It is kept aside, not deleted, and is included when you export a backup.',
    );
    // Nothing deleted: every planted value is still in the records store, and a second load does not duplicate the quarantine.
    expect((await again.store.entries('plan:')).length).toBe(7);
    await again.loadAll('plan');
    expect((await again.quarantined()).length).toBe(5);
    // And the backup carries them.
    expect((await again.exportBackup()).quarantine).toHaveLength(5);
  });

  it('a record over the size limit is not saved, with a quota-style message; one planted in storage is quarantined, its neighbours load', async () => {
    const name = fresh();
    const ws = await openWs(name);
    const big = plan('big');
    (big.data as { introduction: string }).introduction = 'x'.repeat(MAX_RECORD_CHARS);
    const r = await ws.save(big);
    expect(r).toEqual({ status: 'not-saved', reason: expect.stringMatching(/^it is too large \([\d,]+ characters; the limit for one saved item is 5,000,000\)\. Your work is kept in this page/) });
    await ws.save(plan('next'));
    ws.store.close();
    await plant(name, [['plan:big', big]]);
    const again = await openWs(name);
    expect((await again.loadAll('plan')).map((x) => x.id)).toEqual(['next']);
    const q = await again.quarantined();
    expect(q.map((e) => [e.key, e.id])).toEqual([['plan:big', 'big']]);
    expect(again.notices[0]!.message).toMatch(/^A saved plan \(id "big"\) could not be read: it is too large/);
    expect(((await again.exportBackup()).quarantine[0]!.raw as WorkRecord).id).toBe('big');
  });

  it('a store that gives back something different → not saved, kept in memory', async () => {
    const inner = await openIdbStore(fresh());
    const lying: RecordStore = Object.assign(Object.create(inner) as RecordStore, { get: async (k: string) => ({ ...((await inner.get(k)) as object), title: 'changed' }) });
    const ws = new Workspace(lying, { persist: async () => true, now: () => at });
    const result = await ws.save(plan('a'));
    expect(result).toEqual({ status: 'not-saved', reason: expect.stringMatching(/^the browser did not keep it \(reading it back gave something different\)/) });
    expect(ws.unsavedCount).toBe(1);
  });

  it('a full disk (QuotaExceededError) → not saved with a clear message; the work stays in memory and is exported', async () => {
    const inner = await openIdbStore(fresh());
    const full: RecordStore = Object.assign(Object.create(inner) as RecordStore, {
      put: async () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
    });
    const ws = new Workspace(full, { persist: async () => true, now: () => at });
    const result = await ws.save(plan('big', 'My big plan'));
    expect(result.status).toBe('not-saved');
    expect(result.status === 'not-saved' && result.reason).toMatch(/^the browser’s storage for this site is full\. Your work is kept in this page; export a backup/);
    expect((await ws.loadAll('plan')).map((r) => r.title)).toEqual(['My big plan']);
    expect((await ws.exportBackup()).records).toEqual([plan('big', 'My big plan')]);
  });

  it('falls back to memory, with a notice, when the browser refuses to open storage', async () => {
    const ws = await Workspace.open({ open: async () => { throw new DOMException('A mutation operation was attempted', 'InvalidStateError'); }, now: () => at });
    expect(ws.store).toBeInstanceOf(MemoryStore);
    expect(ws.notices[0]!.message).toMatch(/^This browser does not let Allegiance save \(private browsing/);
    const r = await ws.save(plan('a'));
    expect(r).toMatchObject({ status: 'not-saved', reason: expect.stringMatching(/^this browser is not letting Allegiance save/) });
    expect((await ws.exportBackup()).records).toHaveLength(1);
  });

  it('backup round trip: export → import into an empty database gives the same records', async () => {
    const ws = await openWs(fresh());
    for (const r of [plan('a'), plan('b'), settingsRecord({ legendOpen: true }, at)]) await ws.save(r);
    const text = backupText(await ws.exportBackup());
    const empty = await openWs(fresh());
    const preview = await empty.previewImport(text);
    expect(preview.ok && preview.preview.counts).toEqual({ add: 3, update: 0, same: 0, conflict: 0, invalid: 0 });
    if (!preview.ok) throw new Error(preview.reason);
    const { plan: merged, notSaved } = await empty.applyImport(preview.preview);
    expect(notSaved).toEqual([]);
    expect(merged.summary.added).toBe(3);
    expect(await empty.loadAll()).toEqual(await ws.loadAll());
    expect(backupText(await empty.exportBackup())).toBe(text);
  });

  it('backup into a database with conflicts: the preview shows them and the merge keeps both', async () => {
    const ws = await openWs(fresh());
    await ws.save(plan('a', 'Mine'));
    const other = await openWs(fresh());
    await other.save(plan('a', 'Theirs'));
    await other.save(plan('n', 'Only theirs'));
    const preview = await ws.previewImport(backupText(await other.exportBackup()));
    if (!preview.ok) throw new Error(preview.reason);
    expect(preview.preview.rows.map((r) => [r.id, r.action])).toEqual([['a', 'conflict'], ['n', 'add']]);
    await ws.applyImport(preview.preview);
    expect((await ws.loadAll('plan')).map((r) => [r.id, r.title])).toEqual([['a', 'Mine'], ['a-imported', 'Theirs (imported)'], ['n', 'Only theirs']]);
  });

  it('an unreadable backup is refused with a reason and changes nothing', async () => {
    const ws = await openWs(fresh());
    expect(await ws.previewImport('not json')).toMatchObject({ ok: false, reason: expect.stringMatching(/^the file is not JSON/) });
  });
});
