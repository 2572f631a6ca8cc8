import { describe, expect, it } from 'vitest';
import { forcedSkip, pathPlan, planFor, rearrangeSkip } from './plans';
import { pathFigures } from './whole-path';

describe('plans: repetitions and limits per size', () => {
  const all = (smoke: boolean) =>
    ['notes', '1000', '5000', '10000'].flatMap((name) => [planFor(name, 'app', { smoke }), planFor(name, 'app', { smoke, forced: true }), planFor(name, 'floor', { smoke }), planFor(name, 'baseline', { smoke })]);
  it('takes at least 20 year steps (a p95), 3 navigations with the default renderer and the floor, and 5 clicks up to 5,000', () => {
    for (const name of ['notes', '1000', '5000']) {
      const p = planFor(name, 'app', { smoke: false });
      expect(p.yearSteps).toBeGreaterThanOrEqual(20);
      expect(p.navigations).toBeGreaterThanOrEqual(3);
      expect(p.selects).toBeGreaterThanOrEqual(5);
      expect(planFor(name, 'floor', { smoke: false }).navigations).toBeGreaterThanOrEqual(3);
    }
    expect(planFor('notes', 'app', { smoke: false }).navigations).toBe(10);
    expect(planFor('notes', 'app', { smoke: false, forced: true }).yearSteps).toBeGreaterThanOrEqual(20);
    expect(planFor('1000', 'baseline', { smoke: false }).navigations).toBe(2);
  });
  it('takes fewer samples at 10,000 and with the forced renderer above the notes, but every kind at least once', () => {
    const ten = planFor('10000', 'app', { smoke: false });
    expect(ten).toMatchObject({ navigations: 2, yearSteps: 10, selects: 3, rearranges: 0 });
    for (const p of [ten, planFor('1000', 'app', { smoke: false, forced: true }), planFor('5000', 'app', { smoke: false, forced: true })]) {
      for (const k of ['navigations', 'yearSteps', 'keystrokes', 'selects', 'focusToggles', 'filterToggles'] as const) expect(p[k]).toBeGreaterThanOrEqual(1);
      expect(p.panZoomMs).toBe(3000);
      expect(p.minSamples).toBeGreaterThanOrEqual(1);
    }
  });
  it('bounds every sample, scenario and variant, and pans and zooms for 3 s, in a full run', () => {
    for (const p of all(false)) {
      expect(p.sampleTimeoutMs).toBeGreaterThan(0);
      expect(p.sampleTimeoutMs).toBeLessThanOrEqual(120_000);
      expect(p.scenarioHardMs).toBeLessThanOrEqual(120_000);
      expect(p.scenarioBudgetMs).toBeLessThanOrEqual(p.scenarioHardMs);
      expect(p.variantLimitMs).toBeLessThanOrEqual(8 * 60_000);
      expect(p.panZoomMs === 0 || p.panZoomMs === 3000).toBe(true);
    }
  });
  it('re-arranges on the notes and at 1,000 with the default renderer only, never from 5,000, nor where the build-time layout did not finish, and says why', () => {
    expect(planFor('notes', 'app', { smoke: false }).rearranges).toBe(3);
    expect(planFor('notes', 'app', { smoke: false, forced: true }).rearranges).toBe(2);
    expect(planFor('1000', 'app', { smoke: false }).rearranges).toBe(1);
    expect(planFor('1000', 'app', { smoke: false, forced: true }).rearranges).toBe(0);
    expect(planFor('5000', 'app', { smoke: false }).rearranges).toBe(0);
    expect(planFor('10000', 'app', { smoke: false }).rearranges).toBe(0);
    expect(planFor('notes', 'app', { smoke: false, layoutDone: false }).rearranges).toBe(0);
    expect(rearrangeSkip('10000', {})).toMatch(/not run at 10,000/);
    expect(rearrangeSkip('5000', {})).toMatch(/not run at 5,000/);
    expect(rearrangeSkip('1000', { layoutDone: false })).toMatch(/did not finish in Node/);
    expect(rearrangeSkip('1000', { forced: true })).toMatch(/default renderer only/);
    expect(rearrangeSkip('1000', { smoke: true })).toMatch(/smoke/);
    expect(rearrangeSkip('notes', { smoke: true })).toBeNull();
    expect(rearrangeSkip('notes', { forced: true })).toBeNull();
    expect(rearrangeSkip('1000', {})).toBeNull();
  });
  it('runs the forced renderer on the notes, 1,000 and 5,000; at 10,000 only when asked; in a smoke run on the notes only', () => {
    for (const name of ['notes', '1000', '5000']) expect(forcedSkip(name, { smoke: false })).toBeNull();
    expect(forcedSkip('10000', { smoke: false })).toMatch(/--webgl-all/);
    expect(forcedSkip('10000', { smoke: false, webglAll: true })).toBeNull();
    expect(forcedSkip('notes', { smoke: true })).toBeNull();
    expect(forcedSkip('1000', { smoke: true })).toMatch(/smoke/);
  });
  it('measures every figure at most twice in a smoke run, with tight limits, and the floor as often as the app’s default run', () => {
    for (const name of ['notes', '1000']) {
      const p = planFor(name, 'app', { smoke: true });
      expect(Math.max(p.navigations, p.yearSteps, p.keystrokes, p.selects, p.focusToggles, p.filterToggles, p.rearranges)).toBeLessThanOrEqual(2);
      expect(p.panZoomMs).toBeLessThanOrEqual(1000);
      expect(planFor(name, 'floor', { smoke: true }).navigations).toBe(p.navigations);
    }
    for (const name of ['notes', '1000', '5000', '10000']) expect(planFor(name, 'floor', { smoke: false }).navigations).toBe(planFor(name, 'app', { smoke: false }).navigations);
  });
  it('explores the whole path without navigations, re-arrange, focus or filter (the 10,000 run measures those), bounded as a whole', () => {
    expect(pathPlan()).toMatchObject({ navigations: 0, rearranges: 0, focusToggles: 0, filterToggles: 0, variantLimitMs: 2 * 60_000 });
    expect(pathPlan().yearSteps).toBeGreaterThanOrEqual(1);
    expect(pathPlan().selects).toBeGreaterThanOrEqual(1);
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
