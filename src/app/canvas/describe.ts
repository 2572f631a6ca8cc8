/** Short text for what is under the pointer or the keyboard focus on the canvas: a heading and a detail line. */
import type { AllegianceGraph, PartialDate } from '../../model/types';

export interface Description {
  heading: string;
  detail: string;
}

const year = (d: PartialDate | undefined) => (d ? String(d).slice(0, 4) : '');

/** "1879–1953", "from 1917", "until 1924", or '' without dates; marked when the dates are not from the notes. */
export function dateRange(start: PartialDate | undefined, end: PartialDate | undefined, outside = false): string {
  const [a, b] = [year(start), year(end)];
  const range = a && b ? (a === b ? a : `${a}–${b}`) : a ? `from ${a}` : b ? `until ${b}` : '';
  return range && outside ? `${range} (date from outside the notes)` : range;
}

/** An entity: its name; its kind, dates and number of relations. */
export function describeNode(graph: AllegianceGraph, id: string): Description {
  const a = graph.getNodeAttributes(id);
  const kind = a.kind.charAt(0).toUpperCase() + a.kind.slice(1);
  const n = graph.degree(id);
  const parts = [kind, dateRange(a.start, a.end, a.dateSource === 'outside-notes'), `${n} relation${n === 1 ? '' : 's'}`].filter(Boolean);
  return { heading: a.label, detail: parts.join(' · ') };
}

/** A relation: "Stalin purged Kamenev"; its dates and, when hedged, its certainty. */
export function describeEdge(graph: AllegianceGraph, key: string): Description {
  const a = graph.getEdgeAttributes(key);
  const type = graph.getAttribute('relationTypes')[a.type];
  const label = (id: string) => graph.getNodeAttribute(id, 'label');
  const parts = [dateRange(a.start, a.end, a.dateSource === 'outside-notes'), a.certainty !== 'stated' ? a.certainty : ''].filter(Boolean);
  return { heading: `${label(graph.source(key))} ${type?.label ?? a.type} ${label(graph.target(key))}`, detail: parts.join(' · ') };
}
