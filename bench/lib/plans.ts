/** How many times the bench repeats each measurement, per dataset and kind of run, and the time limits. */
import type { Plan } from './scenarios';

/**
 * Repetitions per figure and the time limits, chosen so a full run takes ≤ 20 minutes on a quiet 2-core machine:
 * - every size: ≥ 20 year steps (the p95 of 20 samples is the 19th), ≥ 3 navigations with the default renderer and
 *   the floor, ≥ 5 clicks; fewer of the rest at 5,000 and 10,000 where one costs seconds;
 * - every sample bounded (`sampleTimeoutMs`: "not finished within N s", NaN), every scenario bounded (`scenarioBudgetMs`
 *   once it has 3 samples, `scenarioHardMs` always), and every variant (one build with one renderer) bounded
 *   (`variantLimitMs`): what it measured before the limit is kept;
 * - pan/zoom over a bounded time (`panZoomMs`: half panning, half zooming, at least 3 frames each);
 * - re-arrange (the layout on the page's thread) once at 5,000 with a bound, not at 10,000 (`rearrangeSkip` says why).
 * `forced`: the run with the renderer the app does not pick by default. `layoutDone`: whether the build-time layout
 * finished; re-arrange runs the same layout in the page, so where it did not finish in Node it is not run.
 */
export function planFor(name: string, kind: 'app' | 'baseline' | 'floor', options: { smoke: boolean; forced?: boolean; layoutDone?: boolean }): Plan {
  const { smoke, forced = false, layoutDone = true } = options;
  const big = name !== 'notes';
  const size = big ? Number(name) : 146;
  const none = { yearSteps: 0, keystrokes: 0, selects: 0, focusToggles: 0, filterToggles: 0, rearranges: 0, panZoomMs: 0, rearrangeTimeoutMs: 0 };
  const limits = (sampleTimeoutMs: number, scenarioBudgetMs: number, scenarioHardMs: number, variantLimitMs: number) => ({ timeoutMs: 120_000, sampleTimeoutMs, scenarioBudgetMs, scenarioHardMs, variantLimitMs });
  if (kind === 'floor') {
    // The bare-Cytoscape floor: navigations only, as many as the app's default run (the ratio compares medians).
    const navigations = smoke ? (big ? 1 : 2) : size <= 200 ? 10 : size <= 1000 ? 5 : 3;
    return { ...none, navigations, ...limits(120_000, 60_000, 120_000, size >= 10000 ? 4 * 60_000 : 3 * 60_000) };
  }
  if (smoke) {
    // Every figure once or twice: the smoke run checks that each is produced, in about 2 minutes.
    const navigations = big || forced || kind === 'baseline' ? 1 : 2;
    // Re-arrange lays out in the page (tens of seconds at 1,000 on a busy machine): on the notes only.
    return { navigations, yearSteps: 2, keystrokes: 2, selects: 2, focusToggles: 1, filterToggles: 2, rearranges: big ? 0 : 1, panZoomMs: 1000, rearrangeTimeoutMs: 30_000, ...limits(20_000, 10_000, 30_000, 3 * 60_000) };
  }
  if (kind === 'baseline') {
    // fcose in the page: minutes at 5,000 entities; one navigation, bounded.
    const navigations = size <= 200 ? 10 : size <= 1000 ? 3 : 1;
    return { ...none, navigations, yearSteps: 20, filterToggles: 6, timeoutMs: size <= 1000 ? 120_000 : 300_000, sampleTimeoutMs: 30_000, scenarioBudgetMs: 30_000, scenarioHardMs: 60_000, variantLimitMs: size <= 1000 ? 3 * 60_000 : 8 * 60_000 };
  }
  if (size <= 1000) {
    const notes = size <= 200;
    return {
      navigations: notes ? (forced ? 5 : 10) : forced ? 3 : 5,
      yearSteps: notes && !forced ? 30 : 20,
      keystrokes: notes && !forced ? 20 : 10,
      selects: notes && !forced ? 10 : 6,
      focusToggles: notes && !forced ? 10 : 5,
      filterToggles: notes && !forced ? 10 : 6,
      rearranges: !layoutDone ? 0 : notes ? (forced ? 2 : 5) : 1,
      panZoomMs: 3000,
      rearrangeTimeoutMs: 60_000,
      ...limits(30_000, 30_000, 60_000, 4 * 60_000),
    };
  }
  // 5,000 and 10,000: 20 year steps, 5 clicks, fewer of the rest, each scenario ≤ 20 s once it has 3 samples and
  // ≤ 90 s in all; re-arrange once at 5,000 with the default renderer within 90 s, not at 10,000 (rearrangeSkip).
  return {
    navigations: forced ? 2 : 3,
    yearSteps: 20,
    keystrokes: 5,
    selects: 5,
    focusToggles: 3,
    filterToggles: 4,
    rearranges: rearrangeSkip(name, { forced, layoutDone }) ? 0 : 1,
    panZoomMs: 3000,
    rearrangeTimeoutMs: 90_000,
    ...limits(60_000, 20_000, 90_000, (size >= 10000 ? 9 : 7) * 60_000),
  };
}

/** Why re-arrange is not measured in this run (printed and noted in the report), or null when it is. */
export function rearrangeSkip(name: string, options: { forced?: boolean; layoutDone?: boolean; smoke?: boolean }): string | null {
  const size = name === 'notes' ? 146 : Number(name);
  if (options.layoutDone === false) return 're-arrange not run: the same layout did not finish in Node within its time limit, and in the page it would block the tab for longer';
  if (options.smoke && size > 200) return 're-arrange not run in a smoke run above the notes (it lays out in the page: tens of seconds)';
  if (size >= 10000) return 're-arrange not run at 10,000 entities: it runs the layout on the page’s own thread, which takes minutes there (the layout at this size is measured in the layout worker: the whole path, and in Node)';
  if (size >= 5000 && options.forced) return 're-arrange measured with the default renderer only (its cost is the layout, not the drawing)';
  return null;
}

/** The whole path's exploration: fewer repetitions (one page, the largest graph), bounded per scenario. */
export function pathPlan(): Plan {
  return { navigations: 0, yearSteps: 20, keystrokes: 5, selects: 5, focusToggles: 2, filterToggles: 4, rearranges: 0, panZoomMs: 3000, timeoutMs: 120_000, rearrangeTimeoutMs: 0, sampleTimeoutMs: 60_000, scenarioBudgetMs: 20_000, scenarioHardMs: 60_000, variantLimitMs: 5 * 60_000 };
}
