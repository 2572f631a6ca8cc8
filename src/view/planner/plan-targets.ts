/**
 * Which paragraphs "Add to plan" offers. The open planner publishes its plan's paragraphs here, and every
 * <add-to-plan> reads them when its menu opens, so the panels need no plan passed down through them.
 */
export interface PlanTarget {
  id: string;
  label: string;
}

class PlanTargets extends EventTarget {
  /** The open plan's title, or null when no plan is open (choosing then opens the planner with a new plan). */
  plan: string | null = null;
  paragraphs: PlanTarget[] = [];

  publish(plan: string | null, paragraphs: PlanTarget[]): void {
    this.plan = plan;
    this.paragraphs = paragraphs;
    this.dispatchEvent(new Event('change'));
  }
}

export const planTargets = new PlanTargets();
