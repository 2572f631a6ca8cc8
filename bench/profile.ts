/**
 * Where the time goes: records a CPU profile (CDP) of one navigation, or of a few interactions, on a
 * built app and prints the functions with the most self time, and the Cytoscape/Lit/app split.
 * Build without minification first for readable names:
 *   npx vite build --configLoader runner --config bench/vite.bench.ts --minify false --outDir bench/results/dist-profile
 *   npx tsx bench/profile.ts bench/results/dist-profile [nav|year|select|filter|keystroke] [--webgl]
 * Writes bench/results/profile-<what>.cpuprofile (open it in Chrome DevTools' Performance panel).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchBrowser } from './lib/browser';
import { VIEWPORT, call } from './lib/scenarios';
import { serveStatic } from './lib/server';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

async function main(): Promise<void> {
  const dist = process.argv[2] ?? 'bench/results/dist-notes';
  const what = process.argv[3] ?? 'nav';
  const query = process.argv.includes('--webgl') ? '?bench-renderer=webgl' : '';
  const server = await serveStatic(dist);
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ viewport: VIEWPORT });
    await context.addInitScript({ path: resolve(import.meta.dirname, 'lib/probe.js') });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    if (what === 'nav') await cdp.send('Profiler.start');
    await page.goto(server.url + query, { waitUntil: 'commit' });
    const nav = await call<{ drawn: number; interactive: number }>(page, 'navResult', 500, 120000);
    process.stdout.write(`drawn ${nav.drawn.toFixed(0)} ms, interactive ${nav.interactive.toFixed(0)} ms\n`);
    if (what !== 'nav') {
      await cdp.send('Profiler.start');
      const times: number[] = [];
      for (let i = 0; i < 10; i++) {
        if (what === 'year') times.push((await call<{ shown: number }>(page, 'timeCanvas', 'year', 1920 + i * 3, 0, 10000)).shown);
        if (what === 'filter') times.push((await call<{ shown: number }>(page, 'timeCanvas', 'kind', 0, 0, 10000)).shown);
        if (what === 'keystroke') times.push((await call<{ shown: number }>(page, 'timeKeystroke', 'Stalin'.slice(0, 1 + (i % 6)), 10000)).shown);
        if (what === 'select') {
          const t = (await call<{ id: string; label: string; x: number; y: number }[]>(page, 'clickTargets', 12))[i % 12];
          if (!t) break;
          const mark = await call<unknown>(page, 'mark');
          await page.mouse.move(t.x, t.y);
          await page.waitForTimeout(60);
          await page.mouse.down();
          await page.waitForTimeout(80);
          await page.mouse.up();
          times.push((await call<{ shown: number }>(page, 'timeSelect', mark, t.id, t.label, 10000)).shown);
        }
      }
      process.stdout.write(`${what}: ${times.map((t) => t.toFixed(1)).join(', ')} ms\n`);
    }
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    const out = resolve(`bench/results/profile-${what}.cpuprofile`);
    writeFileSync(out, JSON.stringify(profile));
    // Self time per function.
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const self = new Map<number, number>();
    profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
    const agg = new Map<string, number>();
    const bucket = new Map<string, number>();
    for (const [id, t] of self) {
      const f = byId.get(id)!.callFrame;
      const file = f.url.split('/').pop() || '(native)';
      const key = `${f.functionName || '(anonymous)'}  ${file}:${f.lineNumber + 1}`;
      agg.set(key, (agg.get(key) ?? 0) + t);
      const b = f.functionName === '(idle)' ? 'idle' : f.functionName === '(program)' || f.functionName === '(garbage collector)' ? f.functionName : file;
      bucket.set(b, (bucket.get(b) ?? 0) + t);
    }
    const total = [...self.values()].reduce((a, b) => a + b, 0);
    process.stdout.write(`\nprofile ${total.toFixed(0)} ms, written to ${out}\n\nby file:\n`);
    for (const [k, t] of [...bucket].sort((a, b) => b[1] - a[1]).slice(0, 12)) process.stdout.write(`  ${t.toFixed(1).padStart(8)} ms  ${k}\n`);
    process.stdout.write('\ntop self time:\n');
    for (const [k, t] of [...agg].sort((a, b) => b[1] - a[1]).slice(0, 30)) process.stdout.write(`  ${t.toFixed(1).padStart(8)} ms  ${k}\n`);
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((err) => {
  process.stderr.write(`${String(err?.stack ?? err)}\n`);
  process.exitCode = 1;
});
