/** "Did you mean …?" suggestions for misspelt ids and field names. */

function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length];
}

/** The candidates closest to `value` (at most `limit`), or none when nothing is reasonably close. */
export function closest(value: string, candidates: Iterable<string>, limit = 3): string[] {
  const v = value.toLowerCase();
  const scored: [number, string][] = [];
  for (const c of candidates) {
    const d = distance(v, c.toLowerCase());
    const contains = c.includes(v) || v.includes(c);
    if (d <= Math.max(2, Math.floor(c.length / 3)) || (contains && v.length >= 3)) scored.push([contains ? d - 1 : d, c]);
  }
  return scored.sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1])).slice(0, limit).map(([, c]) => c);
}

/** A "did you mean" phrase, or an empty string. */
export function didYouMean(value: string, candidates: Iterable<string>): string {
  const found = closest(value, candidates);
  return found.length ? `did you mean ${found.map((f) => `"${f}"`).join(' or ')}?` : '';
}
