import { describe, expect, it } from 'vitest';
import { pathPlan, planFor } from './plans';
import { pathFigures } from './whole-path';

describe('plans: repetitions and limits per size', () => {
  it('takes 20 year steps at 5,000 and 10,000 (enough for a p95), fewer navigations, and bounds every scenario to 30 s', () => {
    for (const size of ['5000', '10000']) {
      const p = planFor(size, 'app', { smoke: false });
      expect(p.yearSteps).toBe(20);
      expect(p.scenarioBudgetMs).toBe(30_000);
      expect(p.navigations).toBeLessThanOrEqual(3);
      expect(p.rearrangeTimeoutMs).toBeLessThanOrEqual(4 * 60_000);
    }
    expect(planFor('notes', 'app', { smoke: false }).navigations).toBe(10);
  });
  it('re-arranges at large sizes only with the default renderer and only where the build-time layout finished', () => {
    expect(planFor('10000', 'app', { smoke: false }).rearranges).toBe(1);
    expect(planFor('10000', 'app', { smoke: false, forced: true }).rearranges).toBe(0);
    expect(planFor('10000', 'app', { smoke: false, layoutDone: false }).rearranges).toBe(0);
  });
  it('measures every figure at most twice in a smoke run, and the floor as often as the app’s default run', () => {
    for (const name of ['notes', '1000']) {
      const p = planFor(name, 'app', { smoke: true });
      expect(Math.max(p.navigations, p.yearSteps, p.keystrokes, p.selects, p.focusToggles, p.filterToggles, p.rearranges)).toBeLessThanOrEqual(2);
      expect(planFor(name, 'floor', { smoke: true }).navigations).toBe(p.navigations);
    }
    for (const name of ['notes', '5000', '10000']) expect(planFor(name, 'floor', { smoke: false }).navigations).toBe(planFor(name, 'app', { smoke: false }).navigations);
  });
  it('explores the whole path without navigations or re-arrange, bounded per scenario', () => {
    expect(pathPlan()).toMatchObject({ navigations: 0, rearranges: 0, scenarioBudgetMs: 30_000 });
  });
});

describe('pathFigures', () => {
  it('times each step from the folder input’s change event, the layout as its own span', () => {
    expect(pathFigures({ picked: 1000, layoutStart: 21_000, layoutEnd: 81_000, drawn: 90_000, interactive: 95_000, progressSeen: true, status: '' })).toEqual({ pathPipeline: 20_000, pathLayout: 60_000, pathDrawn: 89_000, pathInteractive: 94_000 });
  });
  it('leaves a step that never happened NaN (never 0 or negative)', () => {
    const f = pathFigures({ picked: 1000, layoutStart: 21_000, layoutEnd: NaN, drawn: NaN, interactive: NaN, progressSeen: false, status: 'Laying out' });
    expect(f.pathPipeline).toBe(20_000);
    expect(f.pathLayout).toBeNaN();
    expect(f.pathInteractive).toBeNaN();
    expect(pathFigures({ picked: NaN, layoutStart: 5, layoutEnd: 6, drawn: 7, interactive: 8, progressSeen: true, status: '' }).pathDrawn).toBeNaN();
  });
});
