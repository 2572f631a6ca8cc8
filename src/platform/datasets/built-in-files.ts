/**
 * The built-in dataset's own files (graph-data/: notes, relation types, entities, relations, storylines) as text,
 * each its own small chunk loaded only when asked for: the start of a user copy, or the built-in zip export.
 */
import type { StoredFile } from './dataset-store';

const FILES = import.meta.glob<string>('../../../graph-data/**/*.{txt,yaml}', { query: '?raw', import: 'default' });
const PREFIX = '../../../graph-data/';

/** Every file of graph-data/, paths relative to it ("notes/….txt", "entities/core.yaml"), sorted by path. */
export async function builtInFiles(): Promise<StoredFile[]> {
  const files = await Promise.all(Object.entries(FILES).map(async ([path, load]) => ({ path: path.slice(PREFIX.length), text: await load() })));
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
