/** Run the import engine in a Web Worker (one worker per run, ended when done). */
import type { ImportMessage, ImportOutput, ImportRequest } from './import-messages';

export type { ImportOutput, ImportRequest };

/** Read and suggest off the page's thread; rejects with a message for the user (the file named, what to do). */
export function runImportInWorker(request: ImportRequest): Promise<ImportOutput> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'allegiance-import' });
    worker.addEventListener('message', (event: MessageEvent<ImportMessage>) => {
      const message = event.data;
      // pdf.js, when it runs its worker code inside this worker, announces itself to the page: not ours, ignored.
      if (message?.type !== 'result' && message?.type !== 'failure') return;
      worker.terminate();
      if (message.type === 'result') resolve(message.output);
      else reject(new Error(message.message));
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      reject(new Error(`the import could not run: ${event.message || 'its worker could not be started'}. Reload the page and try again`));
    });
    worker.postMessage(request);
  });
}
