/** Which words of which bullet name an entity: the graph's mentions turned round, bullet id → links. */
import type { AllegianceGraph } from '../../model/types';
import type { EntityLink } from './highlight';

/** Every bullet's entity links, from the nodes' `mentions` ranges. */
export function mentionLinks(graph: AllegianceGraph): Map<string, EntityLink[]> {
  const byBullet = new Map<string, EntityLink[]>();
  graph.forEachNode((entity, a) => {
    for (const m of a.mentions ?? []) {
      const list = byBullet.get(m.bullet) ?? [];
      for (const [start, end] of m.ranges) list.push({ start, end, entity });
      byBullet.set(m.bullet, list);
    }
  });
  return byBullet;
}
