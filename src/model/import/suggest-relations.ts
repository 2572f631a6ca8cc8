/**
 * Suggested relations: two entities named in one sentence of a bullet with a cue word between them give a typed
 * suggestion (the one named first is the source, unless the sentence is passive: "…was expelled by…"). The
 * sentence is the verbatim quote; its year (else the bullet's) dates it. Two entities with no cue between them
 * are only a co-occurrence hint.
 */
import type { EntityKind, Notes, RelationTypeDef } from '../types';
import { type Cue, certaintyOf, cuesFor } from './relation-cues';
import type { CooccurrenceHint, EntitySuggestion, RelationSuggestion } from './types';
import { sentencesOf, yearsIn } from './words';

interface Spot {
  entity: EntitySuggestion;
  start: number;
  end: number;
}

const MIN_QUOTE = 12;

function fits(type: RelationTypeDef | undefined, source: EntityKind, target: EntityKind): boolean {
  return !!type && type.sourceKinds.includes(source) && type.targetKinds.includes(target);
}

interface CueHit {
  cue: Cue;
  at: number;
  end: number;
  words: string;
}

/** Every cue in a sentence, once (pairs of names then look up the hits between them). */
function cueHits(text: string, from: number, to: number, cues: Cue[]): CueHit[] {
  const sentence = text.slice(from, to);
  const lower = sentence.toLowerCase();
  const hits: CueHit[] = [];
  for (const cue of cues) if (lower.includes(cue.hint)) for (const m of sentence.matchAll(cue.pattern)) hits.push({ cue, at: from + m.index, end: from + m.index + m[0].length, words: m[0] });
  return hits;
}

/** The last cue between two names (nearest the second) and what it means for their kinds. */
function findCue(text: string, hits: CueHit[], a: Spot, b: Spot, types: Map<string, RelationTypeDef>) {
  let best: CueHit | null = null;
  for (const h of hits) {
    if (h.at < a.end || h.end > b.start) continue;
    if (!best || h.at > best.at || (h.at === best.at && h.words.length > best.words.length)) best = h;
  }
  if (!best) return null;
  const passive = /\b(?:was|were|been|being|is|are|be)\b[\s\u00a0]+(?:\w+[\s\u00a0]+)?$/i.test(text.slice(a.end, best.at)) && /\bby\b/i.test(text.slice(best.end, b.start));
  const [s, t] = passive ? [b.entity.kind, a.entity.kind] : [a.entity.kind, b.entity.kind];
  const type = best.cue.types.find((id) => fits(types.get(id), s, t)) ?? best.cue.types[0]!;
  return { ...best, passive, type, kindsFit: fits(types.get(type), s, t) };
}

/** Text with the given names blanked out, for telling a list of names ("Kamenev and Zinoviev") from other words. */
function withoutNames(text: string, from: number, to: number, spots: Spot[]): string {
  let out = '';
  let i = from;
  for (const p of spots) {
    if (p.start < from || p.end > to || p.start < i) continue;
    out += text.slice(i, p.start) + ' ';
    i = p.end;
  }
  return out + text.slice(i, to);
}

const LIST_ONLY = /^(?:[\s,]|\band\b|&|the\b)*$/i;

/** Relation suggestions and co-occurrence hints for entities already suggested (their mentions give the places). */
export function suggestRelations(notes: Notes, entities: EntitySuggestion[], relationTypes: readonly RelationTypeDef[]): { relations: RelationSuggestion[]; hints: CooccurrenceHint[] } {
  const cues = cuesFor(relationTypes);
  const types = new Map(relationTypes.map((t) => [t.id, t]));
  const byBullet = new Map<string, Spot[]>();
  for (const e of entities) {
    for (const m of e.mentions) {
      const list = byBullet.get(m.bullet) ?? [];
      for (const [start, end] of m.ranges) list.push({ entity: e, start, end });
      byBullet.set(m.bullet, list);
    }
  }
  const relations = new Map<string, RelationSuggestion>();
  const hints = new Map<string, CooccurrenceHint>();
  for (const slide of notes.slides) {
    for (const bullet of slide.bullets) {
      // A name inside a longer one ("Soviet" in "Soviet Navy") is not a mention of its own here.
      const all = byBullet.get(bullet.id) ?? [];
      const spots = all.filter((p) => !all.some((q) => q !== p && q.start <= p.start && q.end >= p.end && q.end - q.start > p.end - p.start)).sort((x, y) => x.start - y.start);
      if (spots.length < 2) continue;
      for (const [s0, s1] of sentencesOf(bullet.text)) {
        const inSentence = spots.filter((p) => p.start >= s0 && p.end <= s1);
        if (inSentence.length < 2) continue;
        const hits = cueHits(bullet.text, s0, s1, cues);
        const sentence = bullet.text.slice(s0, s1).trim();
        const quote = sentence.length >= MIN_QUOTE && sentence.includes(' ') ? sentence : bullet.text.trim();
        const years = yearsIn(sentence);
        const year = years[0] ?? yearsIn(bullet.text)[0];
        for (let i = 0; i < inSentence.length; i++) {
          for (let j = i + 1; j < inSentence.length; j++) {
            const a = inSentence[i]!;
            const b = inSentence[j]!;
            if (a.entity.key === b.entity.key || b.start < a.end) continue;
            const between = bullet.text.slice(a.end, b.start);
            const inside = inSentence.filter((p) => p.start >= a.end && p.end <= b.start && p.entity.key !== a.entity.key && p.entity.key !== b.entity.key);
            const found = findCue(bullet.text, hits, a, b, types);
            if (!found) {
              const [x, y] = [a.entity.key, b.entity.key].sort();
              const key = `hint:${x}|${y}|${slide.number}`;
              if (!hints.has(key)) hints.set(key, { key, a: a.entity.id, b: b.entity.id, slide: slide.number, bullet: bullet.id, quote, confidence: 0.15 });
              continue;
            }
            const [src, tgt] = found.passive ? [b, a] : [a, b];
            let confidence = found.cue.from === 'extra' ? 0.6 : found.cue.from === 'label' ? 0.75 : 0.7;
            // Names listed with "and" beside either end share the verb ("Kamenev and Zinoviev joined Stalin"); other names in between weaken the link.
            const listed = LIST_ONLY.test(withoutNames(bullet.text, a.end, found.at, inside)) || LIST_ONLY.test(withoutNames(bullet.text, found.end, b.start, inside));
            if (!listed) confidence -= 0.15 * inside.length;
            if (between.length > 80) confidence -= 0.1;
            if (!found.kindsFit) confidence -= 0.3;
            // A place ("in Milan") is rarely a party to a relation: there is no place kind to give it.
            if (src.entity.kindCue.startsWith('a place') || tgt.entity.kindCue.startsWith('a place')) confidence -= 0.3;
            confidence = Math.round(Math.max(0.05, Math.min(0.95, confidence)) * 100) / 100;
            const key = `relation:${src.entity.key}|${found.type}|${tgt.entity.key}|${slide.number}`;
            const had = relations.get(key);
            if (had && had.confidence >= confidence) continue;
            relations.set(key, {
              key, source: src.entity.id, target: tgt.entity.id, sourceKey: src.entity.key, targetKey: tgt.entity.key, type: found.type,
              cue: found.words, cueFrom: found.cue.from, passive: found.passive, slide: slide.number, bullet: bullet.id, quote,
              ...(year === undefined ? {} : { year }), certainty: certaintyOf(sentence), kindsFit: found.kindsFit, confidence,
            });
          }
        }
      }
    }
  }
  const order = (x: { confidence: number; slide: number }, y: { confidence: number; slide: number }) => y.confidence - x.confidence || x.slide - y.slide;
  return { relations: [...relations.values()].sort(order), hints: [...hints.values()].sort(order) };
}
