/** How many times the bench repeats each measurement, per dataset and kind of run, and the time limits. */
import type { Plan } from './scenarios';

/**
 * Repetitions per figure: enough for a median and a p95 (the p95 of 20 samples is the 19th), fewer at large sizes
 * where one navigation takes many seconds, and each scenario bounded in time (`scenarioBudgetMs`, once it has 3
 * samples) so a full run stays within 20 minutes. `forced`: the run with the renderer the app does not pick by
 * default. `layoutDone`: whether the build-time layout finished; re-arrange runs the same layout in the page, so
 * where it did not finish in Node it is not run (it would block the page for longer still).
 */
export function planFor(name: string, kind: 'app' | 'baseline' | 'floor', options: { smoke: boolean; forced?: boolean; layoutDone?: boolean }): Plan {
  const { smoke, forced = false, layoutDone = true } = options;
  const big = name !== 'notes';
  const size = big ? Number(name) : 146;
  const none = { yearSteps: 0, keystrokes: 0, selects: 0, focusToggles: 0, filterToggles: 0, rearranges: 0, panZoomFrames: 0, rearrangeTimeoutMs: 0 };
  if (kind === 'floor') {
    // The bare-Cytoscape floor: navigations only, as many as the app's default run (the ratio compares medians).
    const navigations = smoke ? (big ? 1 : 2) : size <= 200 ? 10 : size <= 1000 ? 5 : size <= 5000 ? 3 : 2;
    return { ...none, navigations, timeoutMs: 120_000, scenarioBudgetMs: 60_000 };
  }
  if (smoke) {
    // Every figure once or twice: the smoke run checks that each is produced, in about 2 minutes.
    const navigations = big || forced || kind === 'baseline' ? 1 : 2;
    // Re-arrange lays out in the page (tens of seconds at 1,000 on a busy machine): on the notes only.
    return { navigations, yearSteps: 2, keystrokes: 2, selects: 2, focusToggles: 1, filterToggles: 2, rearranges: big ? 0 : 1, panZoomFrames: 6, timeoutMs: 60_000, rearrangeTimeoutMs: 60_000, scenarioBudgetMs: 20_000 };
  }
  if (kind === 'baseline') {
    // fcose in the page: minutes at 5,000 entities; one navigation, bounded.
    const navigations = size <= 200 ? 10 : size <= 1000 ? 3 : 1;
    return { ...none, navigations, yearSteps: size <= 1000 ? 30 : 10, filterToggles: 10, timeoutMs: size <= 1000 ? 120_000 : 300_000, scenarioBudgetMs: 60_000 };
  }
  if (size <= 1000) {
    return {
      navigations: size <= 200 ? 10 : 5,
      yearSteps: 30,
      keystrokes: 20,
      selects: 10,
      focusToggles: 10,
      filterToggles: 10,
      rearranges: !layoutDone ? 0 : size <= 200 ? 5 : forced ? 1 : 2,
      panZoomFrames: 60,
      timeoutMs: 120_000,
      rearrangeTimeoutMs: 120_000,
      scenarioBudgetMs: size <= 200 ? 120_000 : 60_000,
    };
  }
  // 5,000 and 10,000: 20 year steps (the p95 is the 19th), fewer clicks and keystrokes, each scenario ≤ 30 s once it
  // has 3 samples; re-arrange (the layout on the page's thread) once, with the default renderer, within 4 minutes.
  return {
    navigations: forced || size > 5000 ? 2 : 3,
    yearSteps: 20,
    keystrokes: 10,
    selects: 6,
    focusToggles: 4,
    filterToggles: 6,
    rearranges: !layoutDone || forced ? 0 : 1,
    panZoomFrames: 30,
    timeoutMs: 120_000,
    rearrangeTimeoutMs: 4 * 60_000,
    scenarioBudgetMs: 30_000,
  };
}

/** The whole path's exploration: fewer repetitions (one page, the largest graph), bounded per scenario. */
export function pathPlan(): Plan {
  return { navigations: 0, yearSteps: 10, keystrokes: 5, selects: 5, focusToggles: 2, filterToggles: 4, rearranges: 0, panZoomFrames: 30, timeoutMs: 120_000, rearrangeTimeoutMs: 0, scenarioBudgetMs: 30_000 };
}
