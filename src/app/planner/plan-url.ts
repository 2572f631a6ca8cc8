/** The planner's part of the URL: `plan=<id>` (empty: the planner open on its list) and `#plan=<code>` for a shared, read-only plan. */

export interface PlanUrl {
  /** The open plan's id; empty when none is chosen. */
  id: string;
  /** The compressed shared plan from the hash, or null. */
  share: string | null;
}

const SHARE = /^#plan=([A-Za-z0-9_-]+)$/;

/** The planner state from a URL's search and hash; null when the planner is closed. A share link opens it whatever the search says. */
export function readPlanUrl(search: string, hash: string): PlanUrl | null {
  const share = SHARE.exec(hash)?.[1] ?? null;
  let id: string | null;
  try {
    id = new URLSearchParams(search).get('plan');
  } catch {
    id = null;
  }
  if (share) return { id: '', share };
  if (id === null) return null;
  return { id: id === 'shared' ? '' : id.slice(0, 200), share: null };
}

/** The search with the planner's parameter set (or removed when closed), other parameters kept in order. */
export function writePlanUrl(search: string, plan: PlanUrl | null): string {
  const params = new URLSearchParams(search);
  if (plan === null) params.delete('plan');
  else params.set('plan', plan.share ? 'shared' : plan.id);
  const text = params.toString().replace(/=(?=&|$)/g, '');
  return text ? `?${text}` : '';
}

export function samePlanUrl(a: PlanUrl | null, b: PlanUrl | null): boolean {
  return a === b || (!!a && !!b && a.id === b.id && a.share === b.share);
}
