/** The look of <import-queue>: the item under review, its buttons, and the grouped list of suggestions. */
import { css } from 'lit';

export const queueStyles = css`
  :host { display: block; }
  .summary { margin: 0 0 0.25rem; font-weight: 600; }
  .keys { margin: 0 0 0.5rem; font-size: 0.9rem; color: var(--ui-muted); }
  kbd { font: inherit; font-size: 0.8rem; padding: 0 0.3rem; border: 1px solid #8a94a3; border-radius: 3px; background: #f4f6f9; }
  .review { border: 2px solid var(--ui-accent); border-radius: 8px; padding: 0.6rem 0.8rem; margin: 0.6rem 0; }
  .review h3 { margin: 0 0 0.3rem; font-size: 0.95rem; }
  .what { margin: 0.2rem 0; font-size: 1.1rem; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 0.75rem; margin: 0.4rem 0; }
  dt { font-weight: 600; }
  dd { margin: 0; }
  .cue, .where { color: var(--ui-muted); font-size: 0.9rem; }
  .context { margin: 0.4rem 0; padding: 0.3rem 0.6rem; border-left: 3px solid #8a94a3; background: #f7f9fc; }
  mark { background: #ffe08a; }
  .weak { color: #6b4e00; }
  .merges { margin: 0.2rem 0; padding-left: 1.2rem; }
  .merges li { margin: 0.2rem 0; }
  .merges-h { margin: 0.4rem 0 0; font-weight: 600; }
  .actions { display: flex; flex-wrap: wrap; gap: 0.4rem; margin-top: 0.4rem; }
  .group { font-size: 1rem; margin: 0.8rem 0 0.3rem; }
  .group.hints { color: #6b4e00; }
  .rows { list-style: none; margin: 0; padding: 0; max-height: 14rem; overflow: auto; border: 1px solid var(--ui-line); border-radius: 6px; }
  .rows.hints { border-style: dashed; }
  .pick { width: 100%; text-align: left; border: none; border-radius: 0; border-bottom: 1px solid var(--ui-line); }
  .pick[aria-current='true'] { background: #dde9f8; font-weight: 600; }
  .badge { display: inline-block; min-width: 5.5rem; font-size: 0.8rem; padding: 0 0.3rem; border-radius: 3px; background: #eef0f3; }
  .badge.accepted { background: #d6f0dc; color: #14532d; }
  .badge.rejected { background: #f8dada; color: #7f1d1d; }
  .rejected .pick { text-decoration: line-through; color: var(--ui-muted); }
  .strong { font-size: 0.8rem; color: #14532d; }
`;
