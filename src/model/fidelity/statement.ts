import type { Certainty } from '../types';

/**
 * A statement from the notes written as an expected relation, checked against the built graph. A
 * negative statement (`absent: true`) says the graph must NOT hold that relation: a correction that
 * must not come back ("Stalin did NOT end the Politburo").
 */
export interface FidelityStatement {
  /** The statement in plain words, e.g. "Stalin purged Kamenev, 1936". */
  says: string;
  /** The slide the statement comes from. */
  slide: number;
  source: string;
  type: string;
  target: string;
  /** Start year of the relation; omitted for an undated relation (or any year, for a negative statement). */
  year?: number;
  /** The certainty the relation must carry (suspected or disputed where the notes hedge). */
  certainty?: Certainty;
  /** True for a relation the notes do not support: no relation of this type may run from source to target. */
  absent?: true;
}
