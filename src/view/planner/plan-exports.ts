/** The planner's exports at the edge: Markdown, Word, print, JSON and a read-only link; and reading an imported plan file. */
import { planBlocks, planFileName, planMarkdown } from '../../app/planner/plan-export';
import type { PlanData } from '../../app/planner/plan-schema';
import type { Understanding } from '../../app/planner/question';
import { encodeShared, planJson, readPlanJson, type ReadPlan } from '../../app/planner/share';
import { downloadBlob, downloadText } from '../../platform/download';

export type ExportFormat = 'markdown' | 'docx' | 'print' | 'json' | 'link';

/** A plan file larger than this is refused before reading. */
const MAX_PLAN_FILE = 5 * 1024 * 1024;

/** Do one export; returns what to tell the student. */
export async function exportPlan(format: ExportFormat, title: string, data: PlanData, u: Understanding, changed: ReadonlySet<string>): Promise<string> {
  const blocks = planBlocks(title, data, u, changed);
  try {
    if (format === 'markdown') {
      downloadText(planMarkdown(blocks), planFileName(title, 'md'), 'text/markdown');
      return 'The plan was saved as Markdown.';
    }
    if (format === 'docx') {
      const { planDocx } = await import('../../platform/plan-docx');
      downloadBlob(await planDocx(blocks), planFileName(title, 'docx'));
      return 'The plan was saved as a Word document.';
    }
    if (format === 'json') {
      downloadText(planJson(title, data), planFileName(title, 'json'), 'application/json');
      return 'The plan was saved as JSON: “Import plan” reads it back.';
    }
    if (format === 'print') {
      window.print();
      return '';
    }
    const url = `${location.origin}${location.pathname}?plan=shared#plan=${await encodeShared(title, data)}`;
    try {
      await navigator.clipboard.writeText(url);
      return 'A read-only link to this plan was copied.';
    } catch {
      return `Copy this read-only link: ${url}`;
    }
  } catch (err) {
    return `The plan could not be exported: ${err instanceof Error ? err.message : String(err)}.`;
  }
}

/** Read a plan file the student chose. */
export async function importPlanFile(file: File): Promise<ReadPlan> {
  if (file.size > MAX_PLAN_FILE) return { ok: false, reason: `it is too large (${file.size.toLocaleString('en-GB')} bytes) to be a plan` };
  return readPlanJson(await file.text());
}
