import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../node/load-files';
import { validateData } from '../../model/validate';
import { datasetId } from './dataset-id';
import { rawFromFiles } from './raw-from-files';

/** The real data folder as a browser gives it when the folder is picked: webkitRelativePath starts with the folder's name. */
const disk = readDataDir('graph-data');
const picked = [disk.notes, disk.relationTypes, ...disk.entities, ...disk.relations, ...(disk.storylines ?? [])].map((f) => ({ path: f.file, text: readFileSync(f.file, 'utf8') }));

describe('rawFromFiles', () => {
  it('places a picked data folder exactly as the Node reader reads it from disk', () => {
    const result = rawFromFiles([...picked].reverse());
    expect(result.raw).toEqual(readDataDir('graph-data'));
    expect(result.name).toBe('graph-data');
    expect(result.problems).toEqual([]);
    expect(result.ignored).toEqual([]);
    expect(validateData(result.raw).problems).toEqual([]);
  });

  it('finds the dataset inside a deeper folder and ignores what is not data', () => {
    const deeper = picked.map((f) => ({ ...f, path: `Revision/${f.path}` }));
    const result = rawFromFiles([...deeper, { path: 'Revision/graph-data/cover.png', text: '' }, { path: 'Revision/graph-data/notes/old.txt.bak', text: '' }]);
    expect(result.raw.entities.map((f) => f.file)).toEqual(readDataDir('graph-data').entities.map((f) => `Revision/${f.file}`));
    expect(result.name).toBe('graph-data');
    expect(result.ignored).toEqual(['Revision/graph-data/cover.png', 'Revision/graph-data/notes/old.txt.bak']);
  });

  it('sorts loose files (no folders) by their first fields', () => {
    const loose = picked.map((f) => ({ ...f, path: f.path.slice(f.path.lastIndexOf('/') + 1) }));
    const result = rawFromFiles(loose);
    const disk = readDataDir('graph-data');
    expect(result.raw.notes.text).toBe(disk.notes.text);
    expect(result.raw.relationTypes.text).toBe(disk.relationTypes.text);
    expect(result.raw.entities.map((f) => f.text).sort()).toEqual(disk.entities.map((f) => f.text).sort());
    expect(result.raw.relations.map((f) => f.text).sort()).toEqual(disk.relations.map((f) => f.text).sort());
    expect(result.name).toBe('bolshevik-stalinist-russia-1918-56');
    expect(validateData(result.raw).problems).toEqual([]);
  });

  it('names each missing part as a problem with where it was expected', () => {
    const result = rawFromFiles(picked.filter((f) => f.path.includes('/relations/')));
    expect(result.problems.map((p) => [p.code, p.file])).toEqual([
      ['missing-notes', 'graph-data/notes/'],
      ['missing-relation-types', 'graph-data/relation-types.yaml'],
      ['missing-entities', 'graph-data/entities/'],
    ]);
    expect(result.problems.every((p) => p.line === 1 && p.fix.length > 0)).toBe(true);
    expect(rawFromFiles([]).problems).toHaveLength(3);
  });

  it('accepts Windows separators and leading "./"', () => {
    const result = rawFromFiles(picked.map((f) => ({ ...f, path: `./${f.path.replace(/\//g, '\\')}` })));
    expect(result.raw).toEqual(readDataDir('graph-data'));
  });
});

describe('datasetId', () => {
  it('is the same for the same files in any order, and differs when a byte differs', () => {
    const id = datasetId(picked);
    expect(id).toMatch(/^u[a-z0-9]{13}$/);
    expect(datasetId([...picked].reverse())).toBe(id);
    const changed = picked.map((f, i) => (i === 0 ? { ...f, text: `${f.text} ` } : f));
    expect(datasetId(changed)).not.toBe(id);
  });
});
