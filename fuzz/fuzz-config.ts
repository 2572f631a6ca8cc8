/**
 * Settings shared by the fuzz suite (fuzz/*.fuzz.test.ts). CI runs each property with its own small run count
 * and the fixed seed; `npm run fuzz` sets FUZZ_RUNS (default 2,000 runs per property) for a longer run, and
 * FUZZ_SEED picks another seed. Each property logs how many inputs it tried, the failures (a failure fails the
 * test, with fast-check's shrunk counter-example) and the slowest input.
 */
import fc from 'fast-check';

export const SEED = Number(process.env.FUZZ_SEED ?? 16016);

/** Runs for one property: FUZZ_RUNS when set, else the property's CI default. */
export function runs(ciDefault: number): number {
  const n = Number(process.env.FUZZ_RUNS);
  return Number.isFinite(n) && n > 0 ? n : ciDefault;
}

/**
 * Check `property` on `runs` inputs with the fixed seed; returns a one-line report (also logged). The slowest
 * input is reported, not asserted: speed belongs to the bench, a hang to the test's time-out.
 */
export function fuzz<T>(door: string, arb: fc.Arbitrary<T>, property: (input: T) => void, ciRuns: number): string {
  let tried = 0;
  let slowest = 0;
  const numRuns = runs(ciRuns);
  fc.assert(
    fc.property(arb, (input) => {
      tried++;
      const t0 = performance.now();
      property(input);
      slowest = Math.max(slowest, performance.now() - t0);
    }),
    { seed: SEED, numRuns },
  );
  const line = `fuzz ${door}: ${tried} inputs tried (${numRuns} runs), 0 failures, slowest ${slowest.toFixed(0)} ms, seed ${SEED}`;
  console.log(line);
  return line;
}

/** Text a hostile user might write: random, grapheme, control characters, and YAML/URL/JSON fragments. */
export const hostileText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('', '-', '- -', '{', '[', ': :', '- source: [', '\t- x', '*a', '&a [*a]', '!!binary x', '- slide: 1e999', '__proto__', 'constructor', '\u0000', '\u202e', 'javascript:alert(1)', '<script>alert(1)</script>', '%', '%E0%A4%A', '&&&', '=+-@', '"', "'", '\r\n', '1 of 1', '99999999999999999999 of 1'),
);

/** Mangle a text: cut a slice out, splice hostile text in, repeat a slice. */
export const mangled = (text: string) =>
  fc.tuple(fc.nat(text.length), fc.nat(text.length), hostileText, fc.nat(3)).map(([a, b, insert, repeat]) => {
    const [i, j] = a < b ? [a, b] : [b, a];
    return text.slice(0, i) + insert + text.slice(j) + text.slice(i, Math.min(j, i + 200)).repeat(repeat);
  });

/** As `fuzz`, for a property that returns a promise (the import readers). */
export async function fuzzAsync<T>(door: string, arb: fc.Arbitrary<T>, property: (input: T) => Promise<void>, ciRuns: number): Promise<string> {
  let tried = 0;
  let slowest = 0;
  const numRuns = runs(ciRuns);
  await fc.assert(
    fc.asyncProperty(arb, async (input) => {
      tried++;
      const t0 = performance.now();
      await property(input);
      slowest = Math.max(slowest, performance.now() - t0);
    }),
    { seed: SEED, numRuns },
  );
  const line = `fuzz ${door}: ${tried} inputs tried (${numRuns} runs), 0 failures, slowest ${slowest.toFixed(0)} ms, seed ${SEED}`;
  console.log(line);
  return line;
}

/** Bytes with damage: some bytes overwritten, a slice cut out, or the end cut off. */
export const damagedBytes = (bytes: Uint8Array) =>
  fc.tuple(fc.array(fc.tuple(fc.nat(bytes.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }), fc.nat(bytes.length), fc.nat(bytes.length), fc.boolean()).map(([flips, a, b, cut]) => {
    const out = bytes.slice();
    for (const [i, v] of flips) out[i] = v;
    const [i, j] = a < b ? [a, b] : [b, a];
    return cut ? out.subarray(0, j) : Uint8Array.from([...out.subarray(0, i), ...out.subarray(Math.min(j, i + 64))]);
  });
