import { describe, expect, it } from 'vitest';
import { pathPlan, planFor, rearrangeSkip } from './plans';
import { pathFigures } from './whole-path';

describe('plans: repetitions and limits per size', () => {
  const all = (smoke: boolean) =>
    ['notes', '1000', '5000', '10000'].flatMap((name) => [planFor(name, 'app', { smoke }), planFor(name, 'app', { smoke, forced: true }), planFor(name, 'floor', { smoke }), planFor(name, 'baseline', { smoke })]);
  it('takes at least 20 year steps (a p95), 3 navigations with the default renderer and the floor, and 5 clicks at every size', () => {
    for (const name of ['notes', '1000', '5000', '10000']) {
      const p = planFor(name, 'app', { smoke: false });
      expect(p.yearSteps).toBeGreaterThanOrEqual(20);
      expect(p.navigations).toBeGreaterThanOrEqual(3);
      expect(p.selects).toBeGreaterThanOrEqual(5);
      expect(planFor(name, 'app', { smoke: false, forced: true }).yearSteps).toBeGreaterThanOrEqual(20);
      expect(planFor(name, 'floor', { smoke: false }).navigations).toBeGreaterThanOrEqual(3);
    }
    expect(planFor('notes', 'app', { smoke: false }).navigations).toBe(10);
    expect(planFor('1000', 'baseline', { smoke: false }).navigations).toBe(3);
  });
  it('bounds every sample, scenario and variant, and pans and zooms for 3 s, in a full run', () => {
    for (const p of all(false)) {
      expect(p.sampleTimeoutMs).toBeGreaterThan(0);
      expect(p.sampleTimeoutMs).toBeLessThanOrEqual(120_000);
      expect(p.scenarioHardMs).toBeLessThanOrEqual(120_000);
      expect(p.scenarioBudgetMs).toBeLessThanOrEqual(p.scenarioHardMs);
      expect(p.variantLimitMs).toBeLessThanOrEqual(9 * 60_000);
      expect(p.panZoomMs === 0 || p.panZoomMs === 3000).toBe(true);
    }
    expect(planFor('5000', 'app', { smoke: false }).rearrangeTimeoutMs).toBeLessThanOrEqual(90_000);
  });
  it('re-arranges once at 5,000 with the default renderer, never at 10,000, nor where the build-time layout did not finish, and says why', () => {
    expect(planFor('5000', 'app', { smoke: false }).rearranges).toBe(1);
    expect(planFor('5000', 'app', { smoke: false, forced: true }).rearranges).toBe(0);
    expect(planFor('10000', 'app', { smoke: false }).rearranges).toBe(0);
    expect(planFor('1000', 'app', { smoke: false, layoutDone: false }).rearranges).toBe(0);
    expect(rearrangeSkip('10000', {})).toMatch(/not run at 10,000/);
    expect(rearrangeSkip('1000', { layoutDone: false })).toMatch(/did not finish in Node/);
    expect(rearrangeSkip('5000', { forced: true })).toMatch(/default renderer only/);
    expect(rearrangeSkip('1000', { smoke: true })).toMatch(/smoke/);
    expect(rearrangeSkip('notes', { smoke: true })).toBeNull();
    expect(rearrangeSkip('5000', {})).toBeNull();
  });
  it('measures every figure at most twice in a smoke run, with tight limits, and the floor as often as the app’s default run', () => {
    for (const name of ['notes', '1000']) {
      const p = planFor(name, 'app', { smoke: true });
      expect(Math.max(p.navigations, p.yearSteps, p.keystrokes, p.selects, p.focusToggles, p.filterToggles, p.rearranges)).toBeLessThanOrEqual(2);
      expect(p.panZoomMs).toBeLessThanOrEqual(1000);
      expect(planFor(name, 'floor', { smoke: true }).navigations).toBe(p.navigations);
    }
    for (const name of ['notes', '5000', '10000']) expect(planFor(name, 'floor', { smoke: false }).navigations).toBe(planFor(name, 'app', { smoke: false }).navigations);
  });
  it('explores the whole path without navigations or re-arrange, with 20 year steps, bounded as a whole', () => {
    expect(pathPlan()).toMatchObject({ navigations: 0, rearranges: 0, yearSteps: 20, variantLimitMs: 5 * 60_000 });
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
