/** Guess an entity's kind from cues in its name, always saying which cue gave it. */
import type { EntityKind } from '../types';

const LAST_WORD: [EntityKind, string[]][] = [
  ['event', ['war', 'revolution', 'rising', 'uprising', 'rebellion', 'revolt', 'mutiny', 'trial', 'trials', 'purge', 'purges', 'famine', 'crisis', 'massacre', 'coup', 'putsch', 'strike', 'affair', 'plot', 'conference', 'speech', 'election', 'elections', 'invasion', 'siege', 'campaign', 'murder', 'assassination', 'death', 'funeral', 'depression', 'treaty', 'pact', 'agreement', 'armistice', 'blockade', 'landings', 'enrolment', 'terror', 'testament']],
  ['institution', ['party', 'council', 'committee', 'congress', 'assembly', 'soviet', 'soviets', 'commissariat', 'army', 'navy', 'force', 'police', 'ministry', 'church', 'court', 'bureau', 'government', 'union', 'commission', 'secretariat', 'politburo', 'orgburo', 'duma', 'senate', 'parliament', 'cabinet', 'bank', 'academy', 'guard', 'league', 'inspectorate', 'administration', 'association', 'organisation', 'organization', 'office', 'department', 'university', 'school', 'company', 'corporation', 'agency', 'board', 'tribunal', 'comintern', 'cheka', 'gulag']],
  ['policy', ['law', 'laws', 'decree', 'decrees', 'act', 'plan', 'plans', 'policy', 'policies', 'constitution', 'programme', 'program', 'reform', 'reforms', 'tax', 'ban', 'charter', 'edict', 'code', 'deal', 'doctrine']],
  ['faction', ['opposition', 'bloc', 'faction', 'left', 'right', 'deviation', 'front', 'movement', 'wing']],
];
const FIRST_WORD: [EntityKind, string[]][] = [['event', ['battle', 'siege', 'treaty', 'pact', 'congress', 'trial', 'murder', 'death', 'fall']], ['policy', ['decree', 'law', 'act', 'ban']]];

/** Common first names (many languages): a run starting with one is a person. */
const FIRST_NAMES = new Set(
  ('vladimir leon lev joseph josef iosif grigory nikolai alexei alexander aleksandr mikhail sergei sergey genrikh felix vyacheslav andrei andrey nikita leonid lavrenty lazar georgy georgi kliment anastas nadezhda yakov ' +
    'ivan pyotr peter boris dmitri dmitry fyodor yuri anatoly viktor konstantin maxim maksim pavel semyon gavrilo ' +
    'benito adolf hermann heinrich joseph otto paul wilhelm friedrich franz karl ernst rudolf martin gustav kurt hans ' +
    'winston neville franklin harry woodrow david george william henry edward charles james john thomas richard robert elizabeth mary anne catherine margaret victoria ' +
    'giovanni giuseppe vittorio victor emmanuel gabriele giacomo antonio francesco luigi carlo umberto ' +
    'napoleon louis jean pierre jacques charles maximilien marie philippe francois ' +
    'mao deng zhou chiang fidel che ho kim ' +
    'anne jane oliver walter frederick ferdinand leopold rosa clara').split(' '),
);
const SURNAME = /(?:ov|ev|yev|ova|eva|in|ina|sky|ski|skaya|ich|ovich|evich|enko|ini|elli|etti|vili|yan|dze|berg|stein|mann)$/i;

/** Whether a name starts with a known first name followed by a capitalised word ("Leon Trotsky"). */
export function startsWithFirstName(name: string): boolean {
  const words = name.split(/[\s\u00a0]+/);
  return words.length > 1 && FIRST_NAMES.has(words[0]!.toLowerCase()) && /^\p{Lu}/u.test(words[1]!);
}

export interface KindGuess {
  kind: EntityKind;
  cue: string;
}

/** The kind of a name and the cue, from (in order) a title before it, a first name, its first or last word, an "-ism", a surname ending, a plural, an acronym. */
export function guessKind(name: string, options: { title?: string; acronym?: boolean; term?: boolean } = {}): KindGuess {
  const words = name.split(/[\s\u00a0]+/);
  const lower = words.map((w) => w.toLowerCase().replace(/['’]s?$/u, ''));
  const first = lower[0]!;
  // The head of "Grand Council of Fascism" is "Council": the last word before "of", "for", "on"…
  const cut = lower.findIndex((w, i) => i > 0 && /^(?:of|for|on|against|de|di|von)$/.test(w));
  const head = cut > 0 ? lower.slice(0, cut) : lower;
  const headWord = head[head.length - 1]!;
  const last = lower[lower.length - 1]!;
  const inList = (list: string[], w: string) => list.includes(w) || list.includes(w.replace(/-.*$/, '')) || (w.endsWith('s') && list.includes(w.slice(0, -1)));
  if (options.title) return { kind: 'person', cue: `the title "${options.title}" before it` };
  if (words.length > 1 && FIRST_NAMES.has(first) && /^\p{Lu}/u.test(words[1]!)) return { kind: 'person', cue: `the first name "${words[0]}"` };
  for (const [kind, list] of FIRST_WORD) if (words.length > 1 && list.includes(first)) return { kind, cue: `starts with "${words[0]}"` };
  for (const [kind, list] of LAST_WORD) if (inList(list, headWord)) return { kind, cue: `"${words[head.length - 1]}"` };
  if (/(?:ism|ity)$/.test(last)) return { kind: 'idea', cue: `ends in "-${last.endsWith('ism') ? 'ism' : 'ity'}"` };
  if (/(?:isation|ization)$/.test(last)) return { kind: 'policy', cue: `ends in "-isation"` };
  if (options.acronym || /^\p{Lu}{2,}s?$/u.test(name)) return { kind: 'institution', cue: 'an acronym' };
  if (/(?:ists|ites|ians|ans|ers|men|iks|ists)$/.test(last) && words.length === 1) return { kind: 'group', cue: `a plural ("-${last.match(/(ists|ites|ians|ans|ers|men|iks)$/)![1]}")` };
  if (options.term && words.length === 1 && /[^s]s$|(?:gy|ry|try|sie|iat)$/.test(last)) return { kind: 'group', cue: 'a plural or collective word in lower case' };
  const surname = SURNAME.exec(words[words.length - 1]!);
  if (surname && words.length <= 3) return { kind: 'person', cue: `a surname ending "-${surname[0]}"` };
  if (words.length === 1) return { kind: 'person', cue: 'no cue: a single capitalised name, taken as a person' };
  return { kind: 'institution', cue: 'no cue: several capitalised words, taken as an organisation' };
}
