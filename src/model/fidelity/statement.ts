/** A statement from the notes written as an expected relation, checked against the built graph. */
export interface FidelityStatement {
  /** The statement in plain words, e.g. "Stalin purged Kamenev, 1936". */
  says: string;
  /** The slide the statement comes from. */
  slide: number;
  source: string;
  type: string;
  target: string;
  /** Start year of the relation; omitted for an undated relation. */
  year?: number;
}
