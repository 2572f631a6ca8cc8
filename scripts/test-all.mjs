// `npm test`: type check, lint, unit tests (Node), element tests (Chromium), end-to-end tests (built app).
// Runs every suite even when one fails, then prints one line "N passed, N failed" totalling all of them.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const RESULTS = 'test-results';
rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

const only = process.argv.slice(2);
const steps = [
  { name: 'typecheck', cmd: 'npx', args: ['tsc', '--noEmit', '-p', '.'] },
  { name: 'lint', cmd: 'npx', args: ['eslint', '.'] },
  { name: 'unit', cmd: 'npx', args: ['vitest', 'run', '--project', 'unit', '--reporter=default', '--reporter=json', `--outputFile.json=${RESULTS}/unit.json`], json: 'vitest' },
  { name: 'browser', cmd: 'npx', args: ['vitest', 'run', '--project', 'browser', '--reporter=default', '--reporter=json', `--outputFile.json=${RESULTS}/browser.json`], json: 'vitest' },
  { name: 'build', cmd: 'npx', args: ['vite', 'build', '--configLoader', 'runner', '--logLevel', 'warn'] },
  // First-load JavaScript (index.html's scripts and their static imports) must stay within 220 kB gzip (issue 15's goal).
  { name: 'budget', cmd: 'node', args: ['scripts/check-bundle-budget.mjs', 'dist', '--budget-kb', '220'] },
  { name: 'build-single', cmd: 'npx', args: ['vite', 'build', '--configLoader', 'runner', '--config', 'vite.single.config.ts', '--logLevel', 'warn'] },
  { name: 'e2e', cmd: 'npx', args: ['playwright', 'test', '--reporter=list,json'], env: { PLAYWRIGHT_JSON_OUTPUT_FILE: `${RESULTS}/e2e.json`, PLAYWRIGHT_JSON_OUTPUT_NAME: `${RESULTS}/e2e.json` }, json: 'playwright' },
  { name: 'bench-smoke', cmd: 'npm', args: ['run', '--silent', 'bench', '--', '--smoke', '--reuse-dist'], when: () => JSON.parse(readFileSync('package.json', 'utf8')).scripts?.bench },
].filter((s) => !only.length || only.includes(s.name));

function countVitest(file) {
  const r = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: r.numPassedTests ?? 0, failed: (r.numFailedTests ?? 0) + (r.numTotalTestSuites && r.success === false && !r.numFailedTests ? 1 : 0) };
}

function countPlaywright(file) {
  const r = JSON.parse(readFileSync(file, 'utf8'));
  const s = r.stats ?? {};
  return { passed: (s.expected ?? 0) + (s.flaky ?? 0), failed: (s.unexpected ?? 0) + (r.errors?.length ? 1 : 0) };
}

const rows = [];
let passed = 0;
let failed = 0;
for (const step of steps) {
  if (step.when && !step.when()) continue;
  process.stdout.write(`\n=== ${step.name}: ${step.cmd} ${step.args.join(' ')}\n`);
  const run = spawnSync(step.cmd, step.args, { stdio: 'inherit', env: { ...process.env, ...step.env } });
  let counts;
  const jsonFile = step.json && `${RESULTS}/${step.name}.json`;
  if (jsonFile && existsSync(jsonFile)) {
    try {
      counts = step.json === 'vitest' ? countVitest(jsonFile) : countPlaywright(jsonFile);
    } catch {
      counts = undefined;
    }
  }
  if (!counts) counts = run.status === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
  // A runner that exits non-zero with no failed test (e.g. it could not start) still counts as a failure.
  if (run.status !== 0 && counts.failed === 0) counts.failed = 1;
  rows.push(`${step.name.padEnd(12)} ${String(counts.passed).padStart(4)} passed ${String(counts.failed).padStart(3)} failed`);
  passed += counts.passed;
  failed += counts.failed;
}

process.stdout.write(`\n${rows.join('\n')}\n\n${passed} passed, ${failed} failed\n`);
process.exitCode = failed ? 1 : 0;
