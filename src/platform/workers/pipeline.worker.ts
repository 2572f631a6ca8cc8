/**
 * Web Worker: the model's validate → build pipeline (mention scan included), unchanged, on a dataset given at
 * run time, so the page never freezes. Posts progress, then the serialised graph, the problems and the notes
 * as the virtual module shapes them.
 */
import { buildGraph } from '../../model/build-graph';
import { notesData } from '../../model/notes-data';
import { notesForReading } from '../../model/note-lines';
import { parseNotes } from '../../model/notes';
import { validateData } from '../../model/validate';
import type { PipelineMessage, PipelineOutput, PipelineRequest } from './pipeline-messages';

const post = (message: PipelineMessage) => postMessage(message);

function run({ raw }: PipelineRequest): PipelineOutput {
  post({ type: 'progress', stage: 'validating' });
  let t = performance.now();
  const { dataset, problems } = validateData(raw);
  const validateMs = performance.now() - t;
  if (!dataset) {
    t = performance.now();
    const notes = notesData(raw.notes.text);
    return { ok: false, graph: null, problems, notes, timings: { validateMs, buildMs: 0, packMs: performance.now() - t }, entities: 0, relations: 0 };
  }
  post({ type: 'progress', stage: 'building' });
  t = performance.now();
  const graph = buildGraph(dataset);
  const buildMs = performance.now() - t;
  post({ type: 'progress', stage: 'packing' });
  t = performance.now();
  const output = { graph: graph.export(), notes: notesData(raw.notes.text, graph), fullNotes: notesForReading(parseNotes(raw.notes.text)) };
  return { ok: true, ...output, problems: [], timings: { validateMs, buildMs, packMs: performance.now() - t }, entities: graph.order, relations: graph.size };
}

addEventListener('message', (event: MessageEvent<PipelineRequest>) => {
  try {
    post({ type: 'result', output: run(event.data) });
  } catch (err) {
    post({ type: 'failure', message: err instanceof Error ? err.message : String(err) });
  }
});
