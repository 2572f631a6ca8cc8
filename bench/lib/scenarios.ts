/**
 * The measurements in the browser: navigation (drawn, interactive, heap) and the interactions, each
 * repeated. In-page timing lives in probe.js; this side drives it by name (strings, so nothing
 * transpiled is serialised into the page) and sends real mouse clicks where a user would click.
 */
import type { Browser, BrowserContext, Page } from 'playwright';
import { resolve } from 'node:path';

const PROBE = resolve(import.meta.dirname, 'probe.js');
export const VIEWPORT = { width: 1366, height: 768 };

/** Call window.__bench.<fn>(...args) in the page and return its (awaited) result. */
export async function call<T>(page: Page, fn: string, ...args: unknown[]): Promise<T> {
  return (await page.evaluate(`window.__bench.${fn}(${args.map((a) => JSON.stringify(a ?? null)).join(', ')})`)) as T;
}

/** A page call that gives up after `ms` (a synchronous layout in the page blocks its own timers). */
export class PageTimeout extends Error {}
export async function callWithin<T>(page: Page, ms: number, fn: string, ...args: unknown[]): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_ok, fail) => (timer = setTimeout(() => fail(new PageTimeout(`${fn} took more than ${Math.round(ms / 1000)} s`)), ms)));
  try {
    return await Promise.race([call<T>(page, fn, ...args), limit]);
  } finally {
    clearTimeout(timer);
  }
}

export interface NavSample {
  drawn: number;
  /** The first picture: the build's static SVG painted (first contentful paint), else the first Cytoscape frame. */
  firstPicture: number;
  interactive: number;
  heapUsedMB: number;
  renderer: string;
  nodes: number;
  edges: number;
  errors: string[];
}

async function newPage(browser: Browser, contexts?: Set<BrowserContext>): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  contexts?.add(context);
  context.on('close', () => contexts?.delete(context));
  await context.addInitScript({ path: PROBE });
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  return { context, page };
}

/** JS heap in use after a full garbage collection (CDP), in MB. */
async function heapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return usage.usedSize / (1024 * 1024);
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** One cold navigation (a fresh context: empty cache) to the graph drawn and interactive. Leaves the page open when `keep`. */
export async function navigate(browser: Browser, url: string, timeoutMs: number, keep = false, contexts?: Set<BrowserContext>): Promise<{ sample: NavSample; page?: Page; context: BrowserContext }> {
  const { context, page } = await newPage(browser, contexts);
  const failed: string[] = [];
  page.on('pageerror', (e) => failed.push(String(e.message ?? e)));
  await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
  let nav: { drawn: number; firstPicture: number; interactive: number; renderer: string; nodes: number; edges: number; errors: string[] };
  try {
    nav = await callWithin(page, timeoutMs + 5000, 'navResult', 500, timeoutMs);
  } catch (err) {
    if (!(err instanceof PageTimeout)) throw err;
    await context.close(); // the page is stuck in a long task: closing the context ends it
    return { sample: { drawn: NaN, firstPicture: NaN, interactive: NaN, heapUsedMB: NaN, renderer: 'none', nodes: 0, edges: 0, errors: [] }, context };
  }
  const heap = Number.isFinite(nav.drawn) ? await heapMB(page) : NaN;
  const sample: NavSample = { drawn: nav.drawn, firstPicture: nav.firstPicture, interactive: nav.interactive, heapUsedMB: heap, renderer: nav.renderer, nodes: nav.nodes, edges: nav.edges, errors: [...nav.errors, ...failed] };
  if (!keep) {
    await context.close();
    return { sample, context };
  }
  return { sample, page, context };
}

export interface Plan {
  navigations: number;
  yearSteps: number;
  keystrokes: number;
  selects: number;
  focusToggles: number;
  filterToggles: number;
  rearranges: number;
  /** Pan and zoom for this long (half each, at least 3 frames each); 0: not measured. */
  panZoomMs: number;
  /** Per-navigation time limit. */
  timeoutMs: number;
  /** Per-sample limit of an interaction: a sample over it is NaN and noted "not finished within N s". */
  sampleTimeoutMs: number;
  /** Re-arrange limit (it lays out the visible graph in the page). */
  rearrangeTimeoutMs: number;
  /** Stop repeating a measurement after this long once it has `minSamples` samples, so large graphs stay bounded. */
  scenarioBudgetMs: number;
  /** Samples a measurement takes whatever its budget (still within `scenarioHardMs`). */
  minSamples: number;
  /** Stop a measurement after this long even with fewer than `minSamples` samples (noted). */
  scenarioHardMs: number;
  /** The whole variant (navigations and interactions on one build with one renderer): stopped after this long, keeping what it measured. */
  variantLimitMs: number;
}

export type Samples = Record<string, number[]>;

export interface RunResult {
  samples: Samples;
  renderer: string;
  nodes: number;
  edges: number;
  notes: string[];
  errors: string[];
  /** Set when the variant did not run to its end: the page, context or browser crashed, or it hit its time limit. */
  failed?: string;
}

/** Whether an error means the page, its context or the browser is gone (a crash), rather than a failed step. */
export function isCrash(err: unknown): boolean {
  return /Target (page, context or browser has been closed|crashed)|Page crashed|Browser has been closed|browser has disconnected|Execution context was destroyed/i.test(String(err));
}

/**
 * runAll within `plan.variantLimitMs`, never throwing: a crash or the limit ends the variant with `failed` set
 * ("failed: <reason>" in the report) and keeps every sample taken before it. The contexts it opened are closed.
 */
export async function runVariant(browser: Browser, url: string, plan: Plan, kind: 'app' | 'baseline' | 'floor'): Promise<RunResult> {
  const result: RunResult = { samples: {}, renderer: 'none', nodes: 0, edges: 0, notes: [], errors: [] };
  const contexts = new Set<BrowserContext>();
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<'limit'>((ok) => (timer = setTimeout(() => ok('limit'), plan.variantLimitMs)));
  const run = runAll(browser, url, plan, kind, result, contexts).then(
    () => 'done' as const,
    (err: unknown) => err,
  );
  const outcome = await Promise.race([run, limit]);
  clearTimeout(timer);
  if (outcome === 'limit') {
    result.failed = `not finished within ${Math.round(plan.variantLimitMs / 1000)} s (stopped; the figures measured before are kept)`;
    log(`stopped: ${result.failed}`);
  } else if (outcome !== 'done') {
    result.failed = `${isCrash(outcome) ? 'the page or browser crashed' : 'error'}: ${String(outcome).split('\n')[0]!.slice(0, 300)}`;
    log(`failed: ${result.failed}`);
  }
  for (const c of contexts) await c.close().catch(() => undefined);
  // The closed contexts end whatever was still waiting on them (given 30 s, so a stuck call cannot hold the run).
  if (outcome === 'limit') await Promise.race([run, new Promise((ok) => setTimeout(ok, 30_000).unref())]);
  return result;
}

const log = (msg: string) => process.stdout.write(`    ${msg}\n`);

/**
 * Everything on one build: `plan.navigations` cold navigations, then the interactions on the last page.
 * `kind` 'app' runs all of them; 'baseline' only those the baseline has (year, filter); 'floor' none.
 */
export async function runAll(browser: Browser, url: string, plan: Plan, kind: 'app' | 'baseline' | 'floor', into?: RunResult, contexts?: Set<BrowserContext>): Promise<RunResult> {
  const result: RunResult = into ?? { samples: {}, renderer: 'none', nodes: 0, edges: 0, notes: [], errors: [] };
  const { samples, notes, errors } = result;
  const add = (name: string, v: number) => (samples[name] ??= []).push(v);
  let page: Page | undefined;
  let context: BrowserContext | undefined;
  for (let i = 0; i < plan.navigations; i++) {
    const last = i === plan.navigations - 1;
    let nav;
    try {
      nav = await navigate(browser, url, plan.timeoutMs, last, contexts);
    } catch (err) {
      if (isCrash(err) && !browser.isConnected()) throw err;
      errors.push(`navigation ${i + 1}: ${String(err)}`);
      add('navDrawn', NaN);
      continue;
    }
    add('navDrawn', nav.sample.drawn);
    add('firstPicture', nav.sample.firstPicture);
    add('navInteractive', nav.sample.interactive);
    add('heapMB', nav.sample.heapUsedMB);
    result.renderer = nav.sample.renderer;
    result.nodes = nav.sample.nodes;
    result.edges = nav.sample.edges;
    errors.push(...nav.sample.errors);
    if (last) {
      page = nav.page;
      context = nav.context;
    }
    if (!Number.isFinite(nav.sample.drawn)) {
      notes.push(`navigation ${i + 1}: the graph was not drawn within ${Math.round(plan.timeoutMs / 1000)} s`);
      if (last) await nav.context.close();
      page = undefined;
      break; // no point in waiting again for what did not finish
    }
  }
  log(`navigation: drawn ${fmt(samples.navDrawn)} ms, renderer ${result.renderer}, ${result.nodes} nodes`);
  if (!page || !context) return result;
  if (kind === 'floor') {
    // The bare-Cytoscape floor has no controls: navigation, and its year step (the app's classes, the floor's style).
    try {
      await floorYearSteps(page, Math.min(30, plan.navigations * 3), plan.timeoutMs, samples, notes);
    } catch (err) {
      if (isCrash(err)) throw err;
      errors.push(`floor year steps: ${String(err)}`);
    } finally {
      await context.close().catch(() => undefined);
    }
    return result;
  }
  try {
    const controls = await call<Record<string, boolean | number>>(page, 'controls');
    await interactions(page, plan, kind, controls, samples, notes);
  } catch (err) {
    if (isCrash(err)) throw err;
    if (err instanceof PageTimeout) notes.push(`${err.message} (the page was blocked): the remaining interactions were not measured`);
    else errors.push(`interactions: ${String(err)}`);
  } finally {
    await context.close().catch(() => undefined);
  }
  return result;
}

/**
 * The floor's year steps, timed as the app's are (from the start of a frame to the end of the frame that draws the
 * change), across the period and back: `steps` samples of steps that change something. None when the floor build
 * has no classes per year (above 2,000 entities).
 */
async function floorYearSteps(page: Page, steps: number, timeoutMs: number, samples: Samples, notes: string[]): Promise<void> {
  const period = (await page.evaluate('window.__floorYears ? window.__floorYears() : null')) as [number, number] | null;
  if (!period) {
    notes.push('floor: no year step (no classes per year in this build)');
    return;
  }
  const [from, to] = period;
  const span = Math.max(1, to - from);
  const started = performance.now();
  for (let i = 0, got = 0; got < steps && i < steps * 4; i++) {
    const k = i % (2 * span);
    const r = await call<Timed>(page, 'timeCanvas', 'floorYear', k <= span ? from + k : to - (k - span), 0, timeoutMs);
    if (!r.changed) continue;
    (samples.yearStep ??= []).push(r.shown);
    got++;
  }
  log(`yearStep: ${fmt(samples.yearStep)} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
}

const fmt = (xs: number[] | undefined) => (xs ?? []).map((x) => (Number.isFinite(x) ? x.toFixed(0) : 'NaN')).join(', ');

interface Timed {
  shown: number;
  sync?: number;
  changed?: boolean;
}

const secs = (ms: number) => Math.round(ms / 1000);

export async function interactions(page: Page, plan: Plan, kind: 'app' | 'baseline', controls: Record<string, boolean | number>, samples: Samples, notes: string[]): Promise<void> {
  let started = performance.now();
  const overtime: Record<string, number> = {};
  /** A sample; one that did not finish within its bound (NaN) is counted for the note. */
  const add = (name: string, v: number) => {
    (samples[name] ??= []).push(v);
    if (!Number.isFinite(v)) overtime[name] = (overtime[name] ?? 0) + 1;
  };
  const cut = new Set<string>();
  /**
   * Whether a scenario may take another sample: under its count, within its hard limit, and within its budget unless
   * it has fewer than `plan.minSamples`. A scenario stopped short says so in the notes.
   */
  const more = (name: string, count: number, n = samples[name]?.length ?? 0) => {
    if (n >= count) return false;
    const spent = performance.now() - started;
    const reason = spent >= plan.scenarioHardMs ? `not finished within ${secs(plan.scenarioHardMs)} s` : n >= plan.minSamples && spent >= plan.scenarioBudgetMs ? `stopped at its ${secs(plan.scenarioBudgetMs)} s budget` : null;
    if (!reason) return true;
    if (!cut.has(name)) notes.push(`${name}: ${n} of ${count} samples (${reason})`);
    cut.add(name);
    return false;
  };
  const begin = () => (started = performance.now());
  const done = (name: string) => {
    if (overtime[name]) notes.push(`${name}: ${overtime[name]} sample(s) not finished within ${secs(plan.sampleTimeoutMs)} s (left out of the median and p95, which are then lower bounds)`);
    log(`${name}: ${fmt(samples[name])} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  };
  /** A page call bounded by the sample limit; a page blocked past it (a long task) ends the variant's interactions. */
  const within = <T>(fn: string, ...args: unknown[]) => callWithin<T>(page, plan.sampleTimeoutMs + 5000, fn, ...args);
  const canvas = (action: string, arg: unknown) => within<Timed>('timeCanvas', action, arg, 0, plan.sampleTimeoutMs);
  const period = (await page.evaluate(`(() => { const i = window.__bench.yearInput(); return i ? [Number(i.min), Number(i.max)] : null; })()`)) as [number, number] | null;

  // Year steps: the slider moved one year at a time, across the period and back; steps that change
  // nothing on the canvas are not counted (they would time nothing).
  if (period && plan.yearSteps > 0) {
    const [from, to] = period;
    const span = Math.max(1, to - from);
    let unchanged = 0;
    begin();
    for (let i = 0; i < plan.yearSteps * 4 && more('yearStep', plan.yearSteps); i++) {
      const k = i % (2 * span);
      const year = k <= span ? from + k : to - (k - span);
      const r = await canvas('year', year);
      if (r.changed) add('yearStep', r.shown);
      else unchanged++;
    }
    if (unchanged) notes.push(`${unchanged} year steps changed nothing on the canvas and were not counted`);
    if (kind === 'app') await call(page, 'timeCanvas', 'allYears', true, 0, 2000).catch(() => undefined);
    else await page.evaluate(`(() => { const b = document.getElementById('all'); if (!b.checked) b.click(); })()`);
    done('yearStep');
  } else if (plan.yearSteps > 0) notes.push('no range input named "Year": year steps not measured');

  // Filter: one entity kind off and on again.
  if (Number(controls.kinds) > 0 && plan.filterToggles > 0) {
    begin();
    let toggles = 0;
    for (; more('filterToggle', plan.filterToggles); toggles++) add('filterToggle', (await canvas('kind', 0)).shown);
    if (toggles % 2) await canvas('kind', 0);
    done('filterToggle');
  }
  if (kind === 'baseline') return;

  // Search: keystrokes into the search field, prefixes of the best-connected entities' labels.
  if (controls.search && plan.keystrokes > 0) {
    const labels = (await call<{ label: string }[]>(page, 'clickTargets', 50)).map((t) => t.label).filter((l) => l.length >= 5);
    let typed = 0;
    begin();
    for (let w = 0; typed < plan.keystrokes && w < Math.max(1, labels.length) && more('keystroke', plan.keystrokes); w++) {
      const label = labels[w % Math.max(1, labels.length)] ?? 'Stalin';
      await call(page, 'clearSearch');
      for (let n = 1; n <= Math.min(5, label.length) && typed < plan.keystrokes; n++, typed++) {
        const r = await within<Timed>('timeKeystroke', label.slice(0, n), plan.sampleTimeoutMs);
        add('keystroke', r.shown);
        if (typed === 0) add('keystrokeFirst', r.shown);
      }
    }
    await call(page, 'clearSearch');
    await page.keyboard.press('Escape').catch(() => undefined);
    done('keystroke');
  } else if (plan.keystrokes > 0) notes.push('no input named "Search": keystrokes not measured');

  // Select: real clicks on nodes, until the details panel shows the node's label. The view is let settle first (a
  // selection animates the view to its neighbourhood), and the target is a node Cytoscape's own hit test finds at
  // its rendered centre, so the click lands on it. A click that still tapped something else is not counted.
  if (plan.selects > 0) {
    const used = new Set<string>();
    let missed = 0;
    begin();
    for (let i = 0; i < plan.selects * 2 && more('select', plan.selects); i++) {
      await within('settled', 3000);
      const targets = (await call<{ id: string; label: string; x: number; y: number }[]>(page, 'clickTargets', 40)).filter((t) => !used.has(t.id));
      const t = targets[i % Math.max(1, Math.min(targets.length, 12))];
      if (!t) {
        notes.push('no clickable node left for the select measurement');
        break;
      }
      used.add(t.id);
      const mark = await call<unknown>(page, 'mark');
      // A human click: the pointer arrives, the button is held ~80 ms; the time runs from the release.
      await page.mouse.move(t.x, t.y);
      await page.waitForTimeout(60);
      await page.mouse.down();
      await page.waitForTimeout(80);
      await page.mouse.up();
      const r = await within<Timed & { tapped: boolean }>('timeSelect', mark, t.id, t.label, plan.sampleTimeoutMs);
      if (r.tapped) add('select', r.shown);
      else missed++;
    }
    if (missed) notes.push(`${missed} click(s) did not tap the node aimed at and were not counted`);
    done('select');
  }

  // Focus on the selection (1 step) and off again.
  if (controls.focus && plan.focusToggles > 0) {
    begin();
    while (more('focusOff', plan.focusToggles)) {
      add('focusOn', (await canvas('focus', 1)).shown);
      add('focusOff', (await canvas('focus', 0)).shown);
    }
    done('focusOn');
    done('focusOff');
  } else if (plan.focusToggles > 0) notes.push('no focus control found: focus not measured');

  // Pan and zoom: one small step per frame, for a bounded time.
  if (plan.panZoomMs > 0) {
    await page.keyboard.press('Escape').catch(() => undefined);
    begin();
    // In the page: ms of panning and zooming, at most ms + the sample limit in all; here a blocked page is given 15 s more.
    const pz = await callWithin<{ intervals: number[]; renderTimes: number[] }>(page, plan.panZoomMs + plan.sampleTimeoutMs + 15_000, 'panZoom', plan.panZoomMs, plan.sampleTimeoutMs);
    if (pz.intervals.length < 5) notes.push(`pan/zoom: only ${pz.intervals.length} frame intervals within ${secs(plan.panZoomMs + plan.sampleTimeoutMs)} s (slow frames)`);
    for (const v of pz.intervals) add('panZoomFrame', v);
    for (const v of pz.renderTimes) add('panZoomRender', v);
    await call(page, 'fit');
    log(`panZoomFrame: median ${fmt([pz.intervals.sort((a, b) => a - b)[pz.intervals.length >> 1] ?? NaN])} of ${pz.intervals.length} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }

  // Re-arrange the visible graph: until the last frame of its animation is drawn.
  if (controls.rearrange && plan.rearranges > 0) {
    begin();
    for (let i = 0; more('rearrange', plan.rearranges, i); i++) {
      let r: Timed;
      try {
        r = await callWithin<Timed>(page, plan.rearrangeTimeoutMs + 10_000, 'timeCanvas', 'rearrange', null, 400, plan.rearrangeTimeoutMs);
      } catch (err) {
        if (!(err instanceof PageTimeout)) throw err;
        notes.push(`re-arrange blocked the page for more than ${secs(plan.rearrangeTimeoutMs)} s and was stopped (the page was closed)`);
        add('rearrange', NaN);
        break; // the page is stuck in the layout's long task: nothing else can be measured on it
      }
      add('rearrange', r.shown);
      if (!Number.isFinite(r.shown)) {
        notes.push(`re-arrange did not finish within ${secs(plan.rearrangeTimeoutMs)} s`);
        break;
      }
    }
    done('rearrange');
  } else if (plan.rearranges > 0) notes.push('no Re-arrange button: re-arrange not measured');
}
