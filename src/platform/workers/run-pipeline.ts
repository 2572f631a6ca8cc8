/** Run the validate → build pipeline in a Web Worker (one worker per run, ended when done). */
import type { RawData } from '../../model/validate';
import type { PipelineMessage, PipelineOutput, PipelineStage } from './pipeline-messages';

export type { PipelineOutput, PipelineStage };

/** Validate and build `raw` off the page's thread; `onProgress` hears each stage as it starts. */
export function runPipelineInWorker(raw: RawData, onProgress: (stage: PipelineStage) => void = () => undefined): Promise<PipelineOutput> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./pipeline.worker.ts', import.meta.url), { type: 'module', name: 'allegiance-pipeline' });
    const end = () => worker.terminate();
    worker.addEventListener('message', (event: MessageEvent<PipelineMessage>) => {
      const message = event.data;
      if (message.type === 'progress') onProgress(message.stage);
      else if (message.type === 'result') {
        end();
        resolve(message.output);
      } else {
        end();
        reject(new Error(message.message));
      }
    });
    worker.addEventListener('error', (event) => {
      end();
      reject(new Error(`the pipeline worker failed: ${event.message || 'it could not be started'}`));
    });
    worker.postMessage({ raw });
  });
}
