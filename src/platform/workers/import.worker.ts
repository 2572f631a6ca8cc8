/**
 * Web Worker: the import engine (src/model/import/) off the page's thread. Reads a file (each format's library
 * loaded on first use) or pasted text, then suggests entities, relations and hints against the built-in
 * relation types. A file that cannot be read becomes a failure message naming it and saying what to do.
 */
import relationTypesYaml from '../../../graph-data/relation-types.yaml?raw';
import { ImportRefused } from '../../model/import/file-checks';
import { formatOf, readNotesBytes } from '../../model/import/read-file';
import { readMarkdown, readPlainText } from '../../model/import/read-text';
import { relationTypesFromYaml } from '../../model/import/relation-types';
import { suggestImport } from '../../model/import/suggest';
import type { ImportedNotes } from '../../model/import/types';
import type { ImportMessage, ImportRequest } from './import-messages';

const relationTypes = relationTypesFromYaml(relationTypesYaml);
const FORMATS = 'a .txt, .md, .docx, .pdf or .pptx file';

async function read(request: ImportRequest): Promise<ImportedNotes> {
  if (request.kind === 'text') {
    const notes = /^\s{0,3}#\s/m.test(request.text) ? readMarkdown(request.text) : readPlainText(request.text);
    return { ...notes, title: request.title.trim() || notes.title };
  }
  const format = formatOf(request.name);
  if (!format) throw new Error(`“${request.name}” is not a kind of file Allegiance can import: choose ${FORMATS}, or paste the text`);
  if (format === 'pdf') {
    // pdf.js runs its own worker, started from the URL of its worker script (same origin).
    const [pdfjs, workerUrl] = await Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import('pdfjs-dist/legacy/build/pdf.worker.mjs?url')]);
    pdfjs.GlobalWorkerOptions.workerSrc = workerUrl.default;
  }
  try {
    return await readNotesBytes(format, request.bytes, request.name);
  } catch (err) {
    // A refusal already names the file, the problem and the fix: say it once, not wrapped in a second message.
    if (err instanceof ImportRefused) throw new Error(`${err.message} Or paste its text instead.`, { cause: err });
    const why = describe(err);
    throw new Error(`“${request.name}” could not be read as a ${format === 'text' ? 'text' : format} file (${why}). Check that it opens in its own program, save it again, or paste its text instead`, { cause: err });
  }
}

/** An error in words, whatever was thrown (some libraries throw errors with no message). */
function describe(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  return err.message || `${err.name}${err.stack ? ` at ${err.stack.split('\n')[1]?.trim() ?? ''}` : ''}`;
}

addEventListener('message', (event: MessageEvent<ImportRequest>) => {
  void (async () => {
    try {
      let t = performance.now();
      const imported = await read(event.data);
      const readMs = performance.now() - t;
      const where = event.data.kind === 'file' ? `“${event.data.name}”` : 'The pasted text';
      if (!imported.slides.length) throw new Error(`${where} holds no notes Allegiance could find (no text, or nothing the reader could use): check it, or paste the text`);
      t = performance.now();
      const { notes, ...suggestions } = suggestImport(imported, { relationTypes, ...(event.data.decisions ? { decisions: event.data.decisions } : {}), ...(event.data.known?.length ? { known: event.data.known } : {}) });
      postMessage({ type: 'result', output: { imported, suggestions, notes, relationTypesYaml, timings: { readMs, suggestMs: performance.now() - t } } } satisfies ImportMessage);
    } catch (err) {
      postMessage({ type: 'failure', message: describe(err) } satisfies ImportMessage);
    }
  })();
});
