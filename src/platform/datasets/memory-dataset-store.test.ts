import { describe, expect, it } from 'vitest';
import { MemoryDatasetStore } from './memory-dataset-store';

const record = (id: string, savedAt: string) => ({ id, name: `set ${id}`, savedAt, files: [{ path: `${id}/notes/n.txt`, text: '1 of 1\n' }] });

describe('MemoryDatasetStore', () => {
  it('keeps copies of records, lists them newest first without their files; an unknown id is null', async () => {
    const store = new MemoryDatasetStore();
    expect(await store.list()).toEqual([]);
    const a = record('a', '2026-12-01T10:00:00.000Z');
    await store.put(a);
    await store.put(record('b', '2026-12-01T11:00:00.000Z'));
    a.files[0]!.text = 'changed after saving';
    const got = await store.get('a');
    expect(got?.files[0]!.text).toBe('1 of 1\n');
    got!.name = 'changed after reading';
    expect((await store.get('a'))?.name).toBe('set a');
    expect(await store.list()).toEqual([
      { id: 'b', name: 'set b', savedAt: '2026-12-01T11:00:00.000Z', fileCount: 1 },
      { id: 'a', name: 'set a', savedAt: '2026-12-01T10:00:00.000Z', fileCount: 1 },
    ]);
    expect(await store.get('c')).toBeNull();
  });
});
