// The real thing: Chromium's IndexedDB, with a corrupted record planted through the raw IndexedDB API.
import { describe, expect, it } from 'vitest';
import { settingsRecord, type WorkRecord } from '../../app/workspace';
import { openIdbStore } from './idb-store';
import { Workspace } from './workspace';

const at = '2026-12-01T10:00:00.000Z';
const plan = (id: string): WorkRecord => ({ kind: 'plan', id, version: 3, title: `Plan ${id}`, updatedAt: at, data: { question: 'Why did Trotsky lose?', corrections: {}, judgement: '', introduction: '', paragraphs: [], conclusion: '' } });
const name = `browser-test-${Date.now()}`;

function rawPut(db: string, key: string, value: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(db);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction('records', 'readwrite');
      tx.objectStore('records').put(value, key);
      tx.oncomplete = () => (open.result.close(), resolve());
      tx.onerror = () => reject(tx.error);
    };
  });
}

describe('Workspace in Chromium', () => {
  it('saves and loads through real IndexedDB, then quarantines a planted corrupt record with a notice and loads the rest', async () => {
    const ws = await Workspace.open({ open: () => openIdbStore(name), persist: async () => false });
    expect(ws.store.mode).toBe('indexeddb');
    expect(await ws.save(plan('one'))).toEqual({ status: 'saved' });
    expect(await ws.save(plan('two'))).toEqual({ status: 'saved' });
    expect(await ws.save(settingsRecord({ legendOpen: false }, at))).toEqual({ status: 'saved' });
    ws.store.close();

    await rawPut(name, 'plan:broken', { kind: 'plan', id: 'broken', version: 1, title: 'Broken', updatedAt: 'yesterday', data: null });

    const again = await Workspace.open({ open: () => openIdbStore(name), persist: async () => false });
    expect((await again.loadAll('plan')).map((r) => r.id)).toEqual(['one', 'two']);
    expect((await again.loadAll('settings'))[0]!.data).toEqual({ legendOpen: false });
    expect(again.notices.map((n) => n.message)).toEqual([expect.stringMatching(/^A saved plan \(id "broken"\) could not be read: bad record shape, updatedAt: .*It is kept aside, not deleted/)]);
    const q = await again.quarantined();
    expect(q).toEqual([expect.objectContaining({ key: 'plan:broken', kind: 'plan', id: 'broken', raw: expect.objectContaining({ updatedAt: 'yesterday' }) })]);
    expect((await again.exportBackup()).quarantine).toHaveLength(1);
    again.store.close();
    await new Promise((resolve) => (indexedDB.deleteDatabase(name).onsuccess = resolve));
  });
});
