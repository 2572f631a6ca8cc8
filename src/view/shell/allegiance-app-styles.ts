/**
 * The shell's layout: header, notice, filters | main | panel on wide screens; below 900 px one column, the
 * filters a drawer and the panel a sheet over the lower half, the page scrolling down but never sideways.
 */
import { css } from 'lit';

export const appStyles = css`
  :host {
    display: grid;
    height: 100vh;
    grid-template-rows: auto auto minmax(0, 1fr);
    grid-template-columns: 17.5rem minmax(0, 1fr) auto auto;
    grid-template-areas: 'header header header header' 'notice notice notice notice' 'filters main panel plan';
    background: #f4f6f9;
  }
  .skip { position: absolute; left: 0.5rem; top: -4rem; z-index: 50; background: #fff; color: var(--ui-accent); padding: 0.5rem 0.9rem; border-radius: 6px; font-weight: 700; }
header .skip { background: #fff; color: #1a5fb4; border-color: #1a5fb4; }
  .skip:focus { top: 0.5rem; }
header .skip:not(:focus) { clip-path: inset(50%); }
  header {
    grid-area: header;
    display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1rem;
    padding: 0.5rem 1rem; background: #1f2a36; color: #fff;
  }
  .brand { display: flex; flex-direction: column; min-width: 0; margin-right: auto; }
  h1 { font-size: 1.35rem; margin: 0; line-height: 1.2; }
  .sub { font-size: 0.85rem; opacity: 0.9; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  entity-search { flex: 0 1 20rem; color: var(--ui-ink); }
  header button { background: #2e3d4f; color: #fff; border-color: #6b7d93; }
  header button:hover { background: #3b4e65; }
  header :focus-visible { outline-color: #fff; }
  .tools { display: flex; flex-wrap: wrap; gap: 0.4rem; align-items: center; }
  .tools button[aria-pressed='true'] { background: #1f2a36; color: #fff; border-color: #1f2a36; }
  .seg { display: inline-flex; }
  .seg button:first-child { border-radius: 6px 0 0 6px; }
  .seg button:not(:first-child) { border-left: none; }
  .seg button:not(:first-child):not(:last-child) { border-radius: 0; }
  .seg button:last-child { border-radius: 0 6px 6px 0; }
  .notices { grid-area: notice; }
  save-status { --save-status-ok: #b7f0c6; --save-status-problem: #ffc4bd; font-size: 0.9rem; }
  .problems { grid-column: 1 / -1; overflow: auto; min-height: 0; }
  .back { max-width: 70rem; margin: 1rem auto 0; padding: 0 1.5rem; }
  .filters { grid-area: filters; overflow: auto; padding: 0.25rem 1rem 1rem; background: #fff; border-right: 1px solid var(--ui-line); }
  .filters h2 { font-size: 1.1rem; margin: 0.6rem 0 0.3rem; }
  .filters-head { display: flex; align-items: center; justify-content: space-between; gap: 0.5rem; }
  .close-filters, .filters-button { display: none; }
  main { grid-area: main; display: flex; flex-direction: column; min-width: 0; min-height: 0; }
  main:focus { outline: none; }
  .toolstrip { display: flex; flex-wrap: wrap; align-items: center; gap: 0.4rem 1rem; padding: 0.4rem 1rem; background: #e9eef5; border-bottom: 1px solid var(--ui-line); }
  .timebar { padding: 0.5rem 1rem; background: #fff; border-bottom: 1px solid var(--ui-line); }
  .summary { margin: 0.25rem 0 0; font-size: 0.9rem; color: var(--ui-muted); }
  .stage { position: relative; flex: 1; min-height: 0; }
  .stage > graph-canvas, .stage > relation-list, .stage > notes-view { position: absolute; inset: 0; }
  .stage graph-canvas.under { visibility: hidden; }
  .stage > welcome-note { position: absolute; top: 0.6rem; right: 0.6rem; z-index: 5; width: min(25rem, calc(100% - 1.2rem)); max-height: calc(100% - 1.2rem); overflow: auto; }
  .panel {
    grid-area: panel; width: 27rem; overflow: auto; padding: 0.75rem 1.1rem 1.5rem;
    background: #fff; border-left: 1px solid var(--ui-line);
  }
  .panel:empty { display: none; }
  /* The essay planner, beside the graph and the details panel; over everything on a narrow screen. */
  .plan { grid-area: plan; width: 26rem; overflow: auto; padding: 0.75rem 1rem 1.5rem; background: #fbfcfe; border-left: 2px solid #1f2a36; }
  @media (max-width: 900px) { .plan { position: fixed; inset: 0; width: auto; z-index: 30; } }
  /* The lesson builder: a sheet over the right-hand side, so the explorer stays usable beside it. */
  .lesson { position: fixed; top: 4.5rem; right: 0; bottom: 0; width: min(26rem, 100vw); z-index: 25; overflow: auto; padding: 0.75rem 1rem 1.5rem; background: #fbfcfe; border-left: 2px solid #1f2a36; box-shadow: -4px 0 12px rgb(0 0 0 / 15%); }
  @media print {
    :host { display: block; height: auto; }
    header, .notices, .filters, main, .panel { display: none !important; }
    .plan { width: auto; overflow: visible; border: none; position: static; }
  }
  @media (min-width: 1700px) {
    :host { grid-template-columns: 19rem minmax(0, 1fr) auto auto; }
    .panel { width: 32rem; }
  }
  @media (max-width: 1500px) {
    :host { grid-template-columns: 16rem minmax(0, 1fr) auto auto; }
    .panel { width: 25rem; }
    .plan { width: 23rem; }
  }
  @media (max-width: 1100px) {
    :host { grid-template-columns: 14rem minmax(0, 1fr) auto auto; }
    .panel { width: 21rem; }
  }
  /* Narrow screens (phones, 200% zoom on a laptop): one column; the page scrolls down, never sideways. The
     filters are a drawer; the panel is a sheet over the lower part of the graph, which stays in view above it. */
  @media (max-width: 900px) {
    :host { display: flex; flex-direction: column; height: auto; min-height: 100vh; }
    header { padding: 0.4rem 0.75rem; }
    .brand { flex: 1 1 100%; }
    .sub { white-space: normal; }
    dataset-menu { flex: 1 1 0; min-width: 0; font-size: 0.9rem; }
    entity-search { flex: 1 1 100%; min-width: 0; order: 3; }
    .filters-button { display: inline-flex; align-items: center; }
    .filters { display: none; }
    .filters.open {
      display: block; position: fixed; z-index: 40; top: 0; bottom: 0; left: 0; width: min(22rem, 90vw);
      box-shadow: 0 0 0 100vmax rgb(0 0 0 / 0.35);
    }
    .close-filters { display: inline-flex; align-items: center; }
    .timebar, .toolstrip { padding: 0.4rem 0.75rem; }
    .stage { flex: none; height: max(16rem, 88vh); }
    .panel {
      position: fixed; z-index: 30; left: 0; right: 0; bottom: 0; width: auto; height: 50vh;
      border-left: none; border-top: 2px solid var(--ui-line); border-radius: 12px 12px 0 0;
      box-shadow: 0 -6px 24px rgb(0 0 0 / 0.2); padding: 0.5rem 0.9rem 1rem;
    }
    :host([sheet]) { padding-bottom: 50vh; }
    :host([sheet]) .stage { height: 50vh; }
  }
`;
