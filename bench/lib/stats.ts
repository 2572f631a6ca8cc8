/** Summary statistics of repeated measurements: median, 95th percentile (nearest rank), range. */

export interface Summary {
  /** Number of finite samples summarised. */
  n: number;
  median: number;
  p95: number;
  min: number;
  max: number;
  mean: number;
}

/** Finite samples, sorted ascending (NaN and ±Infinity are dropped). */
function finiteSorted(samples: readonly number[]): number[] {
  return samples.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
}

/** The median: the middle sample, or the mean of the two middle samples. NaN when there are none. */
export function median(samples: readonly number[]): number {
  const s = finiteSorted(samples);
  if (s.length === 0) return NaN;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * The p-th percentile by the nearest-rank method: the smallest sample such that at least p% of the
 * samples are at or below it. Never interpolates, so it is always an observed value; with fewer than
 * 20 samples the 95th percentile is the maximum. NaN when there are no samples.
 */
export function percentile(samples: readonly number[], p: number): number {
  if (!(p > 0 && p <= 100)) throw new RangeError(`percentile must be in (0, 100], got ${p}`);
  const s = finiteSorted(samples);
  if (s.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * s.length);
  return s[Math.min(s.length, Math.max(1, rank)) - 1]!;
}

/** Median, p95, min, max and mean of the finite samples; every figure NaN when there are none. */
export function summarize(samples: readonly number[]): Summary {
  const s = finiteSorted(samples);
  if (s.length === 0) return { n: 0, median: NaN, p95: NaN, min: NaN, max: NaN, mean: NaN };
  return {
    n: s.length,
    median: median(s),
    p95: percentile(s, 95),
    min: s[0]!,
    max: s[s.length - 1]!,
    mean: s.reduce((a, b) => a + b, 0) / s.length,
  };
}

/** A ratio a / b, NaN when either is missing or b is zero. */
export function ratio(a: number, b: number): number {
  return Number.isFinite(a) && Number.isFinite(b) && b !== 0 ? a / b : NaN;
}

/**
 * Fit cost = c · size^k on a log-log scale by least squares and return k, the growth exponent
 * (1 = linear, 2 = quadratic). Needs at least two sizes with positive finite costs, else NaN.
 */
export function growthExponent(points: readonly { size: number; cost: number }[]): number {
  const pts = points.filter((p) => p.size > 0 && p.cost > 0 && Number.isFinite(p.cost) && Number.isFinite(p.size));
  if (pts.length < 2) return NaN;
  const xs = pts.map((p) => Math.log(p.size));
  const ys = pts.map((p) => Math.log(p.cost));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i++) {
    num += (xs[i]! - mx) * (ys[i]! - my);
    den += (xs[i]! - mx) ** 2;
  }
  return den === 0 ? NaN : num / den;
}
