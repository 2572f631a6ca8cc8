/** The styles of <relation-list>: the tools above the table (filter, quotes, exports) and the sortable table. */
import { css } from 'lit';

export const relationListStyles = css`
  :host { display: block; overflow: auto; background: #fff; }
  .tools { display: flex; flex-wrap: wrap; gap: 0.5rem 0.9rem; align-items: end; padding: 0.6rem 0.75rem 0.2rem; }
  .filter { display: flex; flex-direction: column; gap: 0.15rem; flex: 1 1 14rem; max-width: 26rem; }
  .filter label { font-weight: 600; }
  .filter input { font: inherit; padding: 0.3rem 0.5rem; min-height: 2.25rem; border: 1px solid #8a94a3; border-radius: 6px; width: 100%; box-sizing: border-box; }
  .filter input:focus-visible { outline: 3px solid var(--ui-focus); outline-offset: 1px; }
  .quotes-toggle { display: inline-flex; gap: 0.4rem; align-items: center; min-height: 2.25rem; }
  .exports { display: flex; gap: 0.4rem; flex-wrap: wrap; }
  table { border-collapse: collapse; width: 100%; }
  caption { text-align: left; font-weight: 700; font-size: 1.1rem; padding: 0.6rem 0.75rem; }
  th { position: sticky; top: 0; background: #eef1f5; text-align: left; padding: 0; border-bottom: 2px solid var(--ui-line); z-index: 1; }
  th.plain { padding: 0.45rem 0.75rem; }
  th button { all: unset; box-sizing: border-box; display: flex; gap: 0.3rem; width: 100%; padding: 0.45rem 0.75rem; cursor: pointer; font-weight: 700; min-height: 2.25rem; align-items: center; }
  th button:hover { background: #dde4ee; }
  th button:focus-visible { outline: 3px solid var(--ui-focus); outline-offset: -3px; }
  .arrow { font-size: 0.75rem; color: var(--ui-muted); }
  td { padding: 0.4rem 0.75rem; border-bottom: 1px solid #e3e7ec; vertical-align: top; }
  td.quotes { min-width: 16rem; cursor: auto; }
  td.quotes > div { display: grid; gap: 0.5rem; }
  tbody tr { cursor: pointer; }
  tbody tr:hover { background: #f3f6fa; }
  tbody tr:focus-visible { outline: 3px solid var(--ui-focus); outline-offset: -3px; }
  tbody tr[aria-current='true'] { background: var(--ui-selected); }
  .rel { font-weight: 600; }
  .dates { white-space: nowrap; font-variant-numeric: tabular-nums; }
  td .badge { margin-top: 0.1rem; }
  .empty { padding: 1rem 0.75rem; color: var(--ui-muted); }
  @media (pointer: coarse) { td { padding: 0.75rem; } th button { min-height: 44px; } .filter input { min-height: 44px; } .quotes-toggle { min-height: 44px; display: inline-flex; align-items: center; } }
  @media (max-width: 600px) { td.quotes { min-width: 12rem; } }
`;
