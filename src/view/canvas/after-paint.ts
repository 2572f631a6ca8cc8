/**
 * Work a large graph's canvas does after the next paint: everything queued before that paint runs in one task, in
 * order, so the changes reach Cytoscape together and are drawn in one redraw. The task has background priority
 * where the browser has `scheduler.postTask`, so input and the page's other tasks go first (a redraw there takes
 * most of a second); elsewhere it is a plain timer.
 */

type Scheduler = { postTask(task: () => void, options: { priority: 'background' }): Promise<unknown> };

/** One task after the next paint (requestAnimationFrame, then a background task). */
function taskAfterPaint(run: () => void): () => void {
  let cancelled = false;
  const frame = requestAnimationFrame(() => {
    const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
    const task = () => {
      if (!cancelled) run();
    };
    if (scheduler?.postTask) void scheduler.postTask(task, { priority: 'background' }).catch(() => undefined);
    else setTimeout(task, 0);
  });
  return () => {
    cancelled = true;
    cancelAnimationFrame(frame);
  };
}

export class AfterPaint {
  private queue: (() => void)[] = [];
  private cancel: (() => void) | null = null;

  /** Run `job` after the next paint, with whatever else is queued by then, in the order queued. */
  run(job: () => void): void {
    this.queue.push(job);
    this.cancel ??= taskAfterPaint(() => {
      this.cancel = null;
      const jobs = this.queue.splice(0);
      for (const j of jobs) j();
    });
  }

  /** Drop what is queued (the canvas is torn down). */
  clear(): void {
    this.cancel?.();
    this.cancel = null;
    this.queue = [];
  }
}
