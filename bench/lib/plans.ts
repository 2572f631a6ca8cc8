/** How many times the bench repeats each measurement, per dataset and kind of run, and the time limits. */
import type { Plan } from './scenarios';

/**
 * Repetitions per figure and the time limits, chosen so a full run takes ≤ 20 minutes on a quiet 2-core machine
 * (the last run that took every sample at every size took 38 min: its 10,000 part alone 18 min):
 * - the notes, 1,000 and 5,000: ≥ 20 year steps (the p95 of 20 samples is the 19th) and ≥ 5 clicks with the default
 *   renderer; ≥ 3 navigations of the default renderer and the floor (10 on the notes, 5 at 1,000);
 * - 10,000: 2 navigations of each, 10 year steps, 3 clicks — one costs seconds there, and the goals at this
 *   size are the whole path and pan/zoom (`pathPlan`); the forced WebGL renderer is not run there (`forcedSkip`);
 * - the forced renderer (the one the app does not pick) about half of the default's samples: it answers "is the
 *   choice right", not the p95;
 * - every sample bounded (`sampleTimeoutMs`: "not finished within N s", NaN), every scenario bounded (`scenarioBudgetMs`
 *   once it has `minSamples` samples, `scenarioHardMs` always), and every variant (one build with one renderer)
 *   bounded (`variantLimitMs`): what it measured before the limit is kept;
 * - pan/zoom over a bounded time (`panZoomMs`: half panning, half zooming, at least 3 frames each);
 * - re-arrange (the layout on the page's thread) on the notes and at 1,000 with the default renderer (`rearrangeSkip`
 *   says why not elsewhere).
 * `layoutDone`: whether the build-time layout finished; re-arrange runs the same layout in the page, so where it did
 * not finish in Node it is not run.
 */
export function planFor(name: string, kind: 'app' | 'baseline' | 'floor', options: { smoke: boolean; forced?: boolean; layoutDone?: boolean }): Plan {
  const { smoke, forced = false, layoutDone = true } = options;
  const big = name !== 'notes';
  const size = big ? Number(name) : 146;
  const none = { yearSteps: 0, keystrokes: 0, selects: 0, focusToggles: 0, filterToggles: 0, rearranges: 0, panZoomMs: 0, rearrangeTimeoutMs: 0, minSamples: 3 };
  const limits = (sampleTimeoutMs: number, scenarioBudgetMs: number, scenarioHardMs: number, variantLimitMs: number) => ({ timeoutMs: 120_000, sampleTimeoutMs, scenarioBudgetMs, scenarioHardMs, variantLimitMs });
  const rearranges = (n: number) => (rearrangeSkip(name, { forced, layoutDone, smoke }) ? 0 : n);
  if (kind === 'floor') {
    // The bare-Cytoscape floor: navigations only, as many as the app's default run (the ratio compares medians).
    const navigations = smoke ? 1 : size <= 200 ? 10 : size <= 1000 ? 5 : size < 10000 ? 3 : 2;
    return { ...none, navigations, ...limits(120_000, 60_000, 120_000, size >= 10000 ? 3 * 60_000 : 2 * 60_000) };
  }
  if (smoke) {
    // Every figure once or twice: the smoke run checks that each is produced, in under 2 minutes.
    return { navigations: 1, yearSteps: 2, keystrokes: 2, selects: forced ? 1 : 2, focusToggles: 1, filterToggles: 2, rearranges: rearranges(1), panZoomMs: 1000, rearrangeTimeoutMs: 30_000, minSamples: 1, ...limits(20_000, 8_000, 30_000, 2 * 60_000) };
  }
  if (kind === 'baseline') {
    // fcose in the page: ~20 s at 1,000 entities, minutes at 5,000; bounded.
    const navigations = size <= 200 ? 5 : size <= 1000 ? 2 : 1;
    return { ...none, navigations, yearSteps: 20, filterToggles: 6, timeoutMs: size <= 1000 ? 120_000 : 300_000, sampleTimeoutMs: 30_000, scenarioBudgetMs: 30_000, scenarioHardMs: 60_000, variantLimitMs: size <= 1000 ? 3 * 60_000 : 8 * 60_000 };
  }
  if (size <= 200) {
    return forced
      ? { navigations: 5, yearSteps: 20, keystrokes: 10, selects: 4, focusToggles: 4, filterToggles: 4, rearranges: rearranges(2), panZoomMs: 3000, rearrangeTimeoutMs: 60_000, minSamples: 3, ...limits(30_000, 20_000, 45_000, 3 * 60_000) }
      : { navigations: 10, yearSteps: 30, keystrokes: 20, selects: 10, focusToggles: 6, filterToggles: 10, rearranges: rearranges(3), panZoomMs: 3000, rearrangeTimeoutMs: 60_000, minSamples: 3, ...limits(30_000, 30_000, 60_000, 4 * 60_000) };
  }
  if (size <= 1000) {
    return forced
      ? { navigations: 2, yearSteps: 20, keystrokes: 5, selects: 3, focusToggles: 2, filterToggles: 3, rearranges: 0, panZoomMs: 3000, rearrangeTimeoutMs: 60_000, minSamples: 2, ...limits(30_000, 12_000, 40_000, 3 * 60_000) }
      : { navigations: 5, yearSteps: 20, keystrokes: 10, selects: 5, focusToggles: 3, filterToggles: 4, rearranges: rearranges(1), panZoomMs: 3000, rearrangeTimeoutMs: 60_000, minSamples: 3, ...limits(30_000, 15_000, 60_000, 4 * 60_000) };
  }
  if (size < 10000) {
    // 5,000: each change costs ~0.3–5 s; a scenario stops at 12 s once it has 2 samples (3 for clicks and steps).
    return forced
      ? { navigations: 2, yearSteps: 10, keystrokes: 3, selects: 2, focusToggles: 1, filterToggles: 2, rearranges: 0, panZoomMs: 3000, rearrangeTimeoutMs: 0, minSamples: 1, ...limits(30_000, 10_000, 30_000, 3 * 60_000) }
      : { navigations: 3, yearSteps: 20, keystrokes: 5, selects: 5, focusToggles: 2, filterToggles: 3, rearranges: 0, panZoomMs: 3000, rearrangeTimeoutMs: 0, minSamples: 2, ...limits(30_000, 12_000, 40_000, 4 * 60_000) };
  }
  // 10,000: the default renderer only (forcedSkip), two navigations, a few of each change.
  return { navigations: 2, yearSteps: 10, keystrokes: 3, selects: 3, focusToggles: 1, filterToggles: 2, rearranges: 0, panZoomMs: 3000, rearrangeTimeoutMs: 0, minSamples: 1, ...limits(40_000, 12_000, 45_000, 4 * 60_000) };
}

/** Why re-arrange is not measured in this run (printed and noted in the report), or null when it is. */
export function rearrangeSkip(name: string, options: { forced?: boolean; layoutDone?: boolean; smoke?: boolean }): string | null {
  const size = name === 'notes' ? 146 : Number(name);
  if (options.layoutDone === false) return 're-arrange not run: the same layout did not finish in Node within its time limit, and in the page it would block the tab for longer';
  if (options.smoke && size > 200) return 're-arrange not run in a smoke run above the notes (it lays out in the page: tens of seconds)';
  if (size >= 5000) return `re-arrange not run at ${size.toLocaleString('en-GB')} entities: it runs the layout on the page’s own thread (30 s at 5,000, minutes at 10,000); the layout at this size is measured in Node and, at 10,000, in the layout worker (the whole path)`;
  if (size > 200 && options.forced) return 're-arrange measured with the default renderer only above the notes (its cost is the layout, not the drawing)';
  return null;
}

/** Why the renderer the app does not pick is not run at this size in this run, or null when it is. */
export function forcedSkip(name: string, options: { smoke: boolean; webglAll?: boolean }): string | null {
  const size = name === 'notes' ? 146 : Number(name);
  if (options.smoke && size > 200) return 'the forced renderer is run on the notes only in a smoke run';
  if (size >= 10000 && !options.webglAll) return 'the forced renderer is not run at 10,000 entities in a default run (it took 8 of the 38 minutes of the last run that did; the choice is measured both ways on the notes, 1,000 and 5,000; --webgl-all runs it)';
  return null;
}

/** The whole path's exploration: a few repetitions (one page, the largest graph), bounded per scenario and in all (2 min). */
export function pathPlan(): Plan {
  // The 10,000 run before it explores the same graph with every interaction; here the ones its goals name (pan/zoom)
  // and a few year steps, keystrokes and clicks, to show the imported graph works as the loaded one does.
  return { navigations: 0, yearSteps: 5, keystrokes: 3, selects: 2, focusToggles: 0, filterToggles: 0, rearranges: 0, panZoomMs: 3000, timeoutMs: 120_000, rearrangeTimeoutMs: 0, sampleTimeoutMs: 40_000, scenarioBudgetMs: 12_000, scenarioHardMs: 45_000, minSamples: 1, variantLimitMs: 2 * 60_000 };
}
