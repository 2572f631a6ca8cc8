/** Lay out a graph in a Web Worker (one worker per run, ended when done), reporting progress. */
import type { LayoutInput, Positions } from '../../layout/compute-positions';
import type { LayoutMessage } from './layout.worker';

/** Progress of a layout run: iterations done of the total (fcose reports only its end), and the algorithm. */
export type LayoutProgressInfo = Extract<LayoutMessage, { type: 'progress' }>;

/** Positions for every node of `input`, computed off the page's thread, with the time the layout took. */
export function runLayoutInWorker(input: LayoutInput, onProgress?: (p: LayoutProgressInfo) => void): Promise<{ positions: Positions; ms: number }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module', name: 'allegiance-layout' });
    worker.addEventListener('message', (event: MessageEvent<LayoutMessage>) => {
      const message = event.data;
      if (message.type === 'progress') return onProgress?.(message);
      worker.terminate();
      if (message.type === 'result') resolve({ positions: message.positions, ms: message.ms });
      else reject(new Error(message.message));
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      reject(new Error(`the layout worker failed: ${event.message || 'it could not be started'}`));
    });
    worker.postMessage(input);
  });
}
