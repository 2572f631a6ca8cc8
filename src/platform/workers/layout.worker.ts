/**
 * Web Worker: the ahead-of-time layout (src/layout/compute-positions.ts: fcose, or ForceAtlas2 with Barnes–Hut
 * for large graphs, seeded, then overlap removal) for a dataset given at run time, which has no precomputed
 * positions. Posts progress (at most about every 100 ms) while it runs.
 */
import { type LayoutInput, computeLayout, layoutAlgorithm } from '../../layout/compute-positions';

export type LayoutMessage =
  | { type: 'progress'; done: number; total: number; algorithm: 'fcose' | 'forceatlas2' }
  | { type: 'result'; positions: ReturnType<typeof computeLayout>; ms: number }
  | { type: 'failure'; message: string };

addEventListener('message', (event: MessageEvent<LayoutInput>) => {
  try {
    const t = performance.now();
    const algorithm = layoutAlgorithm(event.data.nodes.length);
    let sent = 0;
    postMessage({ type: 'progress', done: 0, total: 1, algorithm } satisfies LayoutMessage);
    const positions = computeLayout(event.data, (done, total) => {
      const now = performance.now();
      if (now - sent < 100 && done < total) return;
      sent = now;
      postMessage({ type: 'progress', done, total, algorithm } satisfies LayoutMessage);
    });
    postMessage({ type: 'result', positions, ms: performance.now() - t } satisfies LayoutMessage);
  } catch (err) {
    postMessage({ type: 'failure', message: err instanceof Error ? err.message : String(err) } satisfies LayoutMessage);
  }
});
