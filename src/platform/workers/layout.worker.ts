/**
 * Web Worker: the ahead-of-time layout (src/layout/compute-positions.ts: headless Cytoscape + fcose, seeded,
 * then overlap removal) for a dataset given at run time, which has no precomputed positions.
 */
import { type LayoutInput, computeLayout } from '../../layout/compute-positions';

export type LayoutMessage = { type: 'result'; positions: ReturnType<typeof computeLayout>; ms: number } | { type: 'failure'; message: string };

addEventListener('message', (event: MessageEvent<LayoutInput>) => {
  try {
    const t = performance.now();
    const positions = computeLayout(event.data);
    postMessage({ type: 'result', positions, ms: performance.now() - t } satisfies LayoutMessage);
  } catch (err) {
    postMessage({ type: 'failure', message: err instanceof Error ? err.message : String(err) } satisfies LayoutMessage);
  }
});
