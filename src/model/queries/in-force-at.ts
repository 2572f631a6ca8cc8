/** What held in a given year: the relations in force and the entities active then (see time-model.ts). */
import type { AllegianceGraph } from '../types';
import { inForceAt } from './time-model';

/** Keys of the relations in force in `year`, by the graph's time model. */
export function relationsInForce(graph: AllegianceGraph, year: number): string[] {
  return inForceAt(graph, year).relations;
}

/** Ids of the entities that exist in `year`, by the graph's time model. */
export function activeEntities(graph: AllegianceGraph, year: number): string[] {
  return inForceAt(graph, year).entities;
}
