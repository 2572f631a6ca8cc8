// `npm test` step after the build: gzips the JavaScript the built page loads at start (index.html's module scripts
// and modulepreloads, plus every static import of those, transitively; never import()) and fails above the budget.
// It also prints the JavaScript fetched before the graph is interactive: the first load plus the chunks the start
// path asks for with import() to draw the graph (Cytoscape, loaded as the app starts; see src/view/canvas/load-cytoscape.ts).
// Usage: node scripts/check-bundle-budget.mjs [dist] [--budget-kb N]
// The goal (issue 15) is 220 kB, which is also the ceiling `npm test` runs it with (scripts/test-all.mjs).
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const budgetAt = args.indexOf('--budget-kb');
const GOAL_KB = 220;
const BUDGET_KB = budgetAt >= 0 ? Number(args[budgetAt + 1]) : GOAL_KB;
const dist = args.find((a, i) => !a.startsWith('--') && i !== budgetAt + 1) ?? 'dist';

/** Static imports of a built chunk (`import … from "x"`, `import "x"`, `export … from "x"`), not `import("x")`. */
function staticImports(code) {
  const out = new Set();
  const re = /(?:\bfrom\s*|\bimport\s*)(["'])([^"'\n]+\.m?js)\1/g;
  for (let m = re.exec(code); m; m = re.exec(code)) {
    if (/import\s*\($/.test(code.slice(m.index, m.index + m[0].length - m[2].length - 1))) continue;
    out.add(m[2]);
  }
  return [...out];
}

const indexFile = join(dist, 'index.html');
if (!existsSync(indexFile)) {
  console.error(`bundle budget: ${indexFile} not found: build the app first (npx vite build --configLoader runner).`);
  process.exit(1);
}
const html = readFileSync(indexFile, 'utf8');
const start = [];
for (const m of html.matchAll(/<(script|link)\b([^>]*)>/gi)) {
  const url = /\b(?:src|href)\s*=\s*["']([^"']+)["']/i.exec(m[2])?.[1];
  const rel = /\brel\s*=\s*["']([^"']+)["']/i.exec(m[2])?.[1] ?? '';
  const isModule = m[1].toLowerCase() === 'script' ? /\btype\s*=\s*["']module["']/i.test(m[2]) : /\bmodulepreload\b/i.test(rel);
  if (url && isModule && !/^[a-z]+:|^\/\//i.test(url)) start.push(posix.normalize(url.replace(/^\//, '')));
}
/** `file` and everything it imports statically, transitively, that is not in `seen` yet (added to it). */
function closure(files, seen, what) {
  const found = [];
  const queue = [...files];
  while (queue.length) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    if (!existsSync(join(dist, file))) {
      console.error(`bundle budget: ${file} (${what}) is missing from ${dist}.`);
      process.exit(1);
    }
    seen.add(file);
    found.push(file);
    for (const spec of staticImports(readFileSync(join(dist, file), 'utf8'))) {
      if (spec.startsWith('.') || spec.startsWith('/')) queue.push(spec.startsWith('/') ? spec.slice(1) : posix.normalize(posix.join(posix.dirname(file), spec)));
    }
  }
  return found;
}
const gzipOf = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const seen = new Set();
const rows = closure(start, seen, 'loaded by the page at start').map((file) => ({ file, gzip: gzipOf(file) })).sort((a, b) => b.gzip - a.gzip);
const total = rows.reduce((sum, r) => sum + r.gzip, 0);
/** The drawing chunks: what the first load asks for with import() whose chunk is named after Cytoscape. */
const drawing = new Set();
for (const file of rows.map((r) => r.file)) {
  for (const m of readFileSync(join(dist, file), 'utf8').matchAll(/["']([^"'\n]*cytoscape[^"'\n]*\.m?js)["']/g)) {
    const spec = m[1];
    // Vite names preloaded chunks from the base ("assets/x.js"); an import() names them from the importer ("./x.js").
    const fromBase = posix.normalize(spec.replace(/^\.?\//, ''));
    const fromFile = posix.normalize(posix.join(posix.dirname(file), spec));
    const path = [fromFile, fromBase].find((p) => existsSync(join(dist, p)));
    if (path) drawing.add(path);
  }
}
const drawingRows = closure([...drawing], seen, 'the graph drawing').map((file) => ({ file, gzip: gzipOf(file) }));
for (const r of rows) console.log(`${(r.gzip / 1000).toFixed(1).padStart(8)} kB  ${r.file}`);
const verdict = total <= BUDGET_KB * 1000 ? 'within' : 'OVER';
console.log(`first-load JavaScript: ${(total / 1000).toFixed(1)} kB gzip in ${rows.length} file${rows.length === 1 ? '' : 's'}, ${verdict} the budget of ${BUDGET_KB} kB`);
for (const r of drawingRows) console.log(`${(r.gzip / 1000).toFixed(1).padStart(8)} kB  ${r.file} (import() as the app starts)`);
const interactive = total + drawingRows.reduce((sum, r) => sum + r.gzip, 0);
console.log(`JavaScript fetched before the graph is interactive (first load + the drawing code): ${(interactive / 1000).toFixed(1)} kB gzip${drawingRows.length ? '' : ' (no Cytoscape chunk found: it is in the first load)'}`);
if (BUDGET_KB !== GOAL_KB) console.log(`the goal of ${GOAL_KB} kB is ${total <= GOAL_KB * 1000 ? 'met' : `not met yet (${((total - GOAL_KB * 1000) / 1000).toFixed(1)} kB over)`}`);
if (!rows.length) {
  console.error('bundle budget: index.html loads no module script: nothing was measured.');
  process.exit(1);
}
process.exitCode = verdict === 'OVER' ? 1 : 0;
