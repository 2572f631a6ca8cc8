/** Styles the planner's elements share: labelled fields stacked, full-width text boxes. */
import { css } from 'lit';

export const plannerStyles = css`
  label { display: block; font-weight: 600; font-size: 0.85rem; margin: 0.45rem 0 0.15rem; }
  label.inline { display: inline-flex; gap: 0.3rem; align-items: center; font-weight: 400; margin: 0; }
  select { max-width: 100%; }
  textarea, input[type='text'] { width: 100%; box-sizing: border-box; font: inherit; padding: 0.3rem 0.4rem; border: 1px solid #8795a8; border-radius: 4px; }
  textarea { resize: vertical; }
  .sub { font-size: 0.85rem; font-weight: 600; margin: 0.5rem 0 0; }
`;
