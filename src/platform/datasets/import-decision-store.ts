/**
 * An import's decisions (src/model/import/decisions.ts) kept in the saved-work layer as an `import-decisions`
 * record, keyed by the notes' file name or title, so importing a revised file finds them again.
 */
import { IMPORT_DECISIONS_KIND_ID as IMPORT_DECISIONS_KIND } from '../../app/workspace/dataset-kind-id';
import type { Decisions } from '../../model/import/decisions';
import type { Workspace } from '../storage/workspace';

export class ImportDecisionStore {
  constructor(private readonly workspace: () => Promise<Workspace | undefined>) {}

  /** The decisions saved for `id`, or none. A workspace that cannot be read gives none (the import still works). */
  async get(id: string): Promise<Decisions> {
    const ws = await this.workspace().catch(() => undefined);
    if (!ws) return {};
    const record = (await ws.loadAll(IMPORT_DECISIONS_KIND.kind)).find((r) => r.id === id);
    return ((record?.data as { decisions?: Decisions } | undefined)?.decisions ?? {}) as Decisions;
  }

  /** Save; the reason when the browser did not keep them (they stay in the page). */
  async put(id: string, title: string, decisions: Decisions): Promise<string | null> {
    const ws = await this.workspace().catch(() => undefined);
    if (!ws) return 'saved work is not available in this page';
    const result = await ws.save({ kind: IMPORT_DECISIONS_KIND.kind, id, version: IMPORT_DECISIONS_KIND.version, title: title.slice(0, 400), updatedAt: new Date().toISOString(), data: { decisions } });
    return result.status === 'saved' ? null : result.reason;
  }
}
