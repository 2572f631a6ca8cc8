/** The one reading of year ranges and tone lists, shared by the CLI's options and the app's URL. */
import { TONES, type Tone } from './types';

/** A year range in order: a reversed range (from after to) is swapped, never read as empty. */
export function orderedYears<T extends number | null | undefined>(from: T, to: T): [T, T] {
  return typeof from === 'number' && typeof to === 'number' && from > to ? [to, from] : [from, to];
}

/** A comma-separated list of tones: the known ones (each once, in the order of TONES) and the unknown ones as written. */
export function parseTones(text: string): { tones: Tone[]; unknown: string[] } {
  const values = text.split(',').map((v) => v.trim()).filter(Boolean);
  const known = new Set(values.filter((v): v is Tone => (TONES as readonly string[]).includes(v)));
  return { tones: TONES.filter((t) => known.has(t)), unknown: values.filter((v) => !(TONES as readonly string[]).includes(v)) };
}
