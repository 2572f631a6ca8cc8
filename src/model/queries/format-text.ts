/** Query results as readable multi-line text for the `graph` CLI. Pure string functions. */
import type { AllegianceGraph } from '../types';
import type { Betrayal } from './betrayals';
import type { EntityRank } from './centrality';
import type { Change, Changes } from './changes';
import type { Path } from './paths';
import { labelOf, relationRef, slidesOf, type RelationRef } from './relations';
import { certaintyText, datedText, quoteText, relationSentence, slidesText } from './sentence';
import type { SideSwitch } from './side-switches';
import type { AtYear } from './time-model';
import { timelineText } from './timeline';

const indent = (text: string, by: string) => text.split('\n').map((line) => by + line).join('\n');
const heading = (title: string) => `${title}\n${'='.repeat(title.length)}`;

/** The quotes behind a relation, one per line: `slide 33: "…"`. */
export function formatEvidence(r: Pick<RelationRef, 'evidence'>): string {
  return r.evidence.map(quoteText).join('\n');
}

/** One relation on one line: "Joseph Stalin purged Lev Kamenev, 1936 (suspected) [slides 60, 61]". */
export function formatRelation(graph: AllegianceGraph, r: RelationRef, fromPerspectiveOf?: string): string {
  const cited = slidesText(slidesOf(r.evidence));
  return `${relationSentence(graph, r, fromPerspectiveOf)}, ${datedText(r)}${certaintyText(r)}${cited ? ` [${cited}]` : ''}`;
}

/** A relation line followed by its quotes, indented. */
function relationBlock(graph: AllegianceGraph, label: string, r: RelationRef): string {
  const quotes = formatEvidence(r);
  return `${label}${formatRelation(graph, r)}${quotes ? `\n${indent(quotes, '    ')}` : ''}`;
}

function numbered<T>(items: T[], render: (item: T) => string): string {
  return items.map((item, i) => `${i + 1}. ${indent(render(item), '   ').trimStart()}`).join('\n\n');
}

/** Betrayals, numbered, each with the alliance, the act, later acts, and the quotes. */
export function formatBetrayals(graph: AllegianceGraph, betrayals: Betrayal[]): string {
  if (betrayals.length === 0) return `${heading('Betrayals')}\nNone found.`;
  const body = numbered(betrayals, (b) =>
    [
      `${b.year}: ${labelOf(graph, b.betrayer)} turned on ${labelOf(graph, b.betrayed)}${certaintyText(b)}`,
      relationBlock(graph, 'Alliance: ', b.alliance),
      relationBlock(graph, 'Then:     ', b.act),
      ...b.laterActs.map((r) => `Later:    ${formatRelation(graph, r)}`),
      ...b.responses.map((r) => `Response: ${formatRelation(graph, r)}`),
    ].join('\n'),
  );
  return `${heading(`Betrayals (${betrayals.length})`)}\n${body}`;
}

/** Side switches, numbered, each with the relations that make the switch. */
export function formatSideSwitches(graph: AllegianceGraph, switches: SideSwitch[]): string {
  if (switches.length === 0) return `${heading('Side switches')}\nNone found.`;
  const body = numbered(switches, (s) =>
    s.kind === 'enemies-to-allies'
      ? [
          `${s.year}: ${labelOf(graph, s.a)} and ${labelOf(graph, s.b)} went from enemies to allies${certaintyText(s)}`,
          relationBlock(graph, 'Before: ', s.hostile),
          relationBlock(graph, 'Then:   ', s.alliance),
        ].join('\n')
      : [
          `${s.year}: ${labelOf(graph, s.who)} left ${labelOf(graph, s.left)} for ${labelOf(graph, s.joined)}, ${labelOf(graph, s.left)}'s enemy${certaintyText(s)}`,
          relationBlock(graph, 'Before: ', s.formerAlliance),
          relationBlock(graph, 'Then:   ', s.newAlliance),
          relationBlock(graph, 'Enmity: ', s.hostility),
        ].join('\n'),
  );
  return `${heading(`Side switches (${switches.length})`)}\n${body}`;
}

/** Paths between two entities, numbered, one hop per line in the relation's own direction. */
export function formatPaths(graph: AllegianceGraph, a: string, b: string, paths: Path[]): string {
  const title = `Paths from ${labelOf(graph, a)} to ${labelOf(graph, b)}`;
  if (paths.length === 0) return `${heading(title)}\nNo chain of relations links them (with these filters).`;
  const body = numbered(paths, (p) =>
    [
      `${p.hops.length} ${p.hops.length === 1 ? 'step' : 'steps'}: ${p.nodes.map((n) => labelOf(graph, n)).join(' → ')}`,
      ...p.hops.map((h) => {
        const also = h.parallel.length > 0 ? `\n    also: ${h.parallel.map((r) => formatRelation(graph, r)).join('; ')}` : '';
        return `${relationBlock(graph, '- ', h)}${also}`;
      }),
    ].join('\n'),
  );
  return `${heading(`${title} (${paths.length})`)}\n${body}`;
}

/** An entity's timeline with each line's quotes beneath it. */
export function formatTimeline(graph: AllegianceGraph, id: string): string {
  return timelineText(graph, id, { withQuotes: true });
}

/** Relations that began and ended between two years. */
export function formatChanges(changes: Changes): string {
  const line = (c: Change) => `- ${c.sentence}${c.lastYear !== undefined && !c.end ? `, in force until ${c.lastYear} (an entity ended)` : ''}`;
  const list = (items: Change[]) => (items.length > 0 ? items.map(line).join('\n') : '- none');
  return [
    heading(`Changes from ${changes.fromYear} to ${changes.toYear}`),
    `Began (${changes.began.length}):`,
    list(changes.began),
    '',
    `Ended (${changes.ended.length}):`,
    list(changes.ended),
  ].join('\n');
}

/** The ranking as an aligned table, the first `limit` rows. */
export function formatRanking(ranks: EntityRank[], limit = 20): string {
  const rows = ranks.slice(0, limit);
  const width = Math.max(6, ...rows.map((r) => r.label.length));
  const lines = rows.map((r, i) => `${String(i + 1).padStart(3)}. ${r.label.padEnd(width)}  ${String(r.degree).padStart(6)}  ${r.betweenness.toFixed(3)}`);
  return [heading('Most connected entities'), `     ${'entity'.padEnd(width)}  ${'degree'}  betweenness`, ...lines].join('\n');
}

/** What held in a year: the entities that existed, then the relations in force, one per line. */
export function formatAt(graph: AllegianceGraph, at: AtYear): string {
  const entities = at.entities.map((id) => `- ${labelOf(graph, id)} (${graph.getNodeAttribute(id, 'kind')})`);
  const relations = at.relations.map((edge) => `- ${formatRelation(graph, relationRef(graph, edge))}`);
  return [
    heading(`In ${at.year}`),
    `Entities (${entities.length}):`,
    ...(entities.length ? entities : ['- none']),
    '',
    `Relations in force (${relations.length}):`,
    ...(relations.length ? relations : ['- none']),
  ].join('\n');
}
