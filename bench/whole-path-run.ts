/**
 * The whole path alone (bench/lib/whole-path.ts), without the rest of `npm run bench`: a build of the notes, a
 * generated data folder picked in it, each step timed, then explored. Prints the figures (median, p95) and notes.
 *
 *   npx tsx bench/whole-path-run.ts <notes build dir> <data dir> <entities> [--minutes 8]
 */
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { launchBrowser } from './lib/browser';
import { pathPlan } from './lib/plans';
import { serveStatic } from './lib/server';
import { percentile, median } from './lib/stats';
import { wholePath } from './lib/whole-path';

const [appDir, dataDir, entities] = process.argv.slice(2);
const i = process.argv.indexOf('--minutes');
const minutes = i >= 0 ? Number(process.argv[i + 1]) : 8;
const server = await serveStatic(resolve(appDir!));
const browser = await launchBrowser();
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
try {
  process.stdout.write(`load at start ${load()}\n`);
  const r = await wholePath(browser, server.url, resolve(dataDir!), Number(entities), pathPlan(), minutes * 60_000);
  for (const [k, v] of Object.entries(r.samples)) process.stdout.write(`${k}: median ${Math.round(median(v))} ms, p95 ${Math.round(percentile(v, 95))} ms, n ${v.length}\n`);
  process.stdout.write(`renderer ${r.renderer}, ${r.nodes} nodes, ${r.edges} edges\nnotes: ${JSON.stringify(r.notes)}\nerrors: ${JSON.stringify(r.errors)}\nload at end ${load()}\n`);
} finally {
  await browser.close();
  await server.close();
}
