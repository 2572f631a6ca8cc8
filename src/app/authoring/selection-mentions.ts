/** Which entities a selection of the notes names: every name and alias of the dataset, found whole-word, in order. */

/** One name an entity goes by (its label or an alias). */
export interface EntityName {
  id: string;
  name: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The entities named in `text`, each once, in the order of their first mention. Longer names win where names
 * overlap ("Leon Trotsky" over "Trotsky"); matching ignores case and needs word boundaries on both sides.
 */
export function mentionsInSelection(text: string, names: readonly EntityName[]): string[] {
  const sorted = names.filter((n) => n.name.trim().length > 1).sort((a, b) => b.name.length - a.name.length);
  const taken: boolean[] = Array.from({ length: text.length }, () => false);
  const hits: { at: number; id: string }[] = [];
  for (const { id, name } of sorted) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(name.trim())}(?![\\p{L}\\p{N}])`, 'giu');
    for (const m of text.matchAll(re)) {
      const from = m.index;
      const to = from + m[0].length;
      if (taken.slice(from, to).some(Boolean)) continue;
      for (let i = from; i < to; i++) taken[i] = true;
      hits.push({ at: from, id });
    }
  }
  hits.sort((a, b) => a.at - b.at);
  return [...new Set(hits.map((h) => h.id))];
}
