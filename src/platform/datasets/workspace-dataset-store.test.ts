import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { openIdbStore } from '../storage/idb-store';
import { Workspace } from '../storage/workspace';
import { WorkspaceDatasetStore } from './workspace-dataset-store';

let dbCount = 0;
const open = (name: string) => Workspace.open({ open: () => openIdbStore(name), persist: async () => true });
const record = (id: string, savedAt: string) => ({ id, name: `set ${id}`, savedAt, files: [{ path: `${id}/notes/n.txt`, text: 'Russia\n1 of 1\n' }, { path: `${id}/relation-types.yaml`, text: 'types: []\n' }] });

describe('WorkspaceDatasetStore over the saved-work layer (fake-indexeddb)', () => {
  it('keeps datasets across a new page (a new Workspace on the same database), newest first', async () => {
    const name = `datasets-${++dbCount}`;
    const first = new WorkspaceDatasetStore(() => open(name));
    await first.put(record('a', '2026-12-01T10:00:00.000Z'));
    await first.put(record('b', '2026-12-01T11:00:00.000Z'));

    const ws = await open(name);
    const later = new WorkspaceDatasetStore(async () => ws);
    expect(await later.get('a')).toEqual(record('a', '2026-12-01T10:00:00.000Z'));
    expect(await later.get('missing')).toBeNull();
    expect(await later.list()).toEqual([
      { id: 'b', name: 'set b', savedAt: '2026-12-01T11:00:00.000Z', fileCount: 2 },
      { id: 'a', name: 'set a', savedAt: '2026-12-01T10:00:00.000Z', fileCount: 2 },
    ]);
    // They are saved work like any other: in the backup file.
    expect(((await ws.exportBackup()).records as { kind: string; id: string }[]).filter((r) => r.kind === 'dataset').map((r) => r.id).sort()).toEqual(['a', 'b']);
  });

  it('quarantines a damaged dataset record with a notice and still lists the others', async () => {
    const name = `datasets-${++dbCount}`;
    await new WorkspaceDatasetStore(() => open(name)).put(record('good', '2026-12-01T10:00:00.000Z'));
    const db = await openDB(name, 1);
    await db.put('records', { kind: 'dataset', id: 'bad', version: 1, title: 'Bad', updatedAt: '2026-12-01T10:00:00.000Z', data: { files: 'not a list' } }, 'dataset:bad');
    db.close();
    const ws = await open(name);
    const store = new WorkspaceDatasetStore(async () => ws);
    expect((await store.list()).map((d) => d.id)).toEqual(['good']);
    expect(await store.get('bad')).toBeNull();
    expect(ws.notices.map((n) => n.message).join(' ')).toMatch(/Bad|bad/);
  });

  it('rejects with the reason when the workspace is not available', async () => {
    await expect(new WorkspaceDatasetStore(async () => undefined).list()).rejects.toThrow(/not available/);
  });
});
