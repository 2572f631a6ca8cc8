/**
 * The whole path at a large size, in the browser, as a user takes it: the built app open on the notes, the
 * generated data folder picked with "Pick a folder" (the Dataset menu), then the pipeline in its Web Worker, the
 * layout in its Web Worker (ForceAtlas2 above 800 entities, src/layout/force-atlas.ts), the new graph drawn and
 * interactive, and then explored with the same interactions as the app's own runs (scenarios.ts).
 */
import type { Browser } from 'playwright';
import { VIEWPORT, call, callWithin, interactions, isCrash, type Plan, type RunResult, type Samples } from './scenarios';
import { resolve } from 'node:path';
import { gesturePanZoom } from './gesture-pan-zoom';

const PROBE = resolve(import.meta.dirname, 'probe.js');

interface PickTimes {
  picked: number;
  layoutStart: number;
  layoutEnd: number;
  drawn: number;
  interactive: number;
  progressSeen: boolean;
  status: string;
}

/** Figures of the path, from the change event of the folder input (ms). */
export function pathFigures(t: PickTimes): Record<string, number> {
  const from = (x: number) => (Number.isFinite(t.picked) && Number.isFinite(x) && x > 0 ? x - t.picked : NaN);
  const span = (a: number, b: number) => (Number.isFinite(a) && Number.isFinite(b) && a > 0 && b > 0 ? b - a : NaN);
  return {
    pathPipeline: from(t.layoutStart),
    pathLayout: span(t.layoutStart, t.layoutEnd),
    pathDrawn: from(t.drawn),
    pathInteractive: from(t.interactive),
  };
}

/**
 * Open `appUrl` (a build of the notes), pick `dataDir` as a folder, and time it to interactive (within `timeoutMs`),
 * then run `plan`'s interactions on the picked graph. A step that does not finish in time is a note and NaN figures.
 */
export async function wholePath(browser: Browser, appUrl: string, dataDir: string, entities: number, plan: Plan, timeoutMs: number): Promise<RunResult> {
  const samples: Samples = {};
  const notes: string[] = [];
  const errors: string[] = [];
  // A page that dies says how: a renderer crash (out of memory…), the page closed, or the whole browser gone.
  const onDisconnect = () => errors.push('whole path: the browser disconnected (its process ended)');
  browser.on('disconnected', onDisconnect);
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  try {
    await context.addInitScript({ path: PROBE });
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    page.on('pageerror', (e) => errors.push(String(e.message ?? e)));
    page.on('crash', () => errors.push('whole path: the page crashed (renderer process gone)'));
    await page.goto(appUrl, { waitUntil: 'commit' });
    await callWithin(page, 125_000, 'navResult', 500, 120_000);
    await call(page, 'armPick', entities, timeoutMs);
    // Playwright gives a webkitdirectory input the folder's files with their relative paths, as a browser does.
    await page.locator('dataset-open input[type=file][webkitdirectory]').setInputFiles(dataDir);
    const t = await callWithin<PickTimes>(page, timeoutMs + 30_000, 'pickResult');
    const figures = pathFigures(t);
    for (const [k, v] of Object.entries(figures)) samples[k] = [v];
    if (!t.progressSeen) notes.push('the layout progress bar was not seen while the layout ran');
    const cy = await page.evaluate('(() => { const cy = window.__bench.findCy(); return cy ? [cy.nodes().length, cy.edges().length, cy.renderer().webgl ? "webgl" : "canvas"] : [0, 0, "none"]; })()') as [number, number, string];
    if (!Number.isFinite(figures.pathInteractive)) {
      notes.push(`the picked ${entities.toLocaleString('en-GB')}-entity folder was not shown within ${Math.round(timeoutMs / 60_000)} min (status: "${t.status.trim()}")`);
      return { samples, renderer: cy[2], nodes: cy[0], edges: cy[1], notes, errors };
    }
    const controls = await call<Record<string, boolean | number>>(page, 'controls');
    // Exploring is bounded as a whole (plan.variantLimitMs): over it, the context is closed and what was measured kept.
    let timer: NodeJS.Timeout | undefined;
    const explored = interactions(page, plan, 'app', controls, samples, notes).then(() => 'done' as const);
    const limit = new Promise<'limit'>((ok) => (timer = setTimeout(() => ok('limit'), plan.variantLimitMs)));
    const outcome = await Promise.race([explored, limit]).finally(() => clearTimeout(timer));
    const failed = outcome === 'limit' ? `exploring not finished within ${Math.round(plan.variantLimitMs / 1000)} s (stopped; the figures measured before are kept)` : undefined;
    if (failed) {
      explored.catch(() => undefined);
      return { samples, renderer: cy[2], nodes: cy[0], edges: cy[1], notes, errors, failed };
    }
    // Pan and zoom with the mouse, as a user does (the probe's panZoom moves the view by script).
    const gesture = await gesturePanZoom(page);
    samples.panZoomGestureFrame = gesture.intervals;
    samples.panZoomGestureSettle = [gesture.settle];
    return { samples, renderer: cy[2], nodes: cy[0], edges: cy[1], notes, errors };
  } catch (err) {
    errors.push(`whole path: ${String(err)}`);
    return { samples, renderer: 'none', nodes: 0, edges: 0, notes, errors, failed: `${isCrash(err) ? 'the page or browser crashed' : 'error'}: ${String(err).split('\n')[0]!.slice(0, 300)}` };
  } finally {
    browser.off('disconnected', onDisconnect);
    await context.close().catch(() => undefined);
  }
}
