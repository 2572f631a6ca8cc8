/** The hedge cue: words in the notes that make a statement a suspicion rather than a fact. */

/** Cues the notes use when they hedge ("probably", "strong probability", "may have" …), as whole words. */
export const HEDGE_CUES = ['probably', 'strong probability', 'may have', 'might have', 'possibly', 'perhaps', 'allegedly', 'suspected', 'rumoured'] as const;

/** The first hedge cue in `text` (case ignored), or null when it states the thing plainly. */
export function hedgeCue(text: string): string | null {
  const lower = text.toLowerCase();
  for (const cue of HEDGE_CUES) if (new RegExp(`(?<![a-z])${cue}(?![a-z])`).test(lower)) return cue;
  return null;
}
