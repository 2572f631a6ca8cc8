/** Styles the explorer's elements share: the palette's custom properties, readable type, visible focus, 44 px touch targets, tone colours, caveat badges. */
import { css, unsafeCSS } from 'lit';
import { paletteProperties } from './palette';

export const uiStyles = css`
  :host {
    ${unsafeCSS(paletteProperties())}
    font-size: 1rem;
    line-height: 1.45;
    color: var(--ui-ink);
  }
  *, *::before, *::after { box-sizing: border-box; }
  button, input, select { font: inherit; color: inherit; }
  button {
    cursor: pointer;
    border: 1px solid #8a94a3;
    background: #fff;
    border-radius: 6px;
    padding: 0.3rem 0.7rem;
    min-height: 2.25rem;
  }
  button:hover { background: #eef3fa; }
  button[disabled] { cursor: not-allowed; opacity: 0.6; }
  button.link {
    border: none;
    background: none;
    padding: 0 0.1rem;
    min-height: 0;
    color: var(--ui-accent);
    text-decoration: underline;
    text-underline-offset: 2px;
    font-weight: 600;
  }
  button.link:hover { background: #eef3fa; }
  :focus-visible { outline: 3px solid var(--ui-focus); outline-offset: 2px; border-radius: 3px; }
  input[type='checkbox'], input[type='radio'] { width: 1.1rem; height: 1.1rem; accent-color: var(--ui-accent); }
  .vh {
    position: absolute !important;
    width: 1px !important; height: 1px !important;
    min-width: 0 !important; min-height: 0 !important;
    padding: 0 !important; margin: -1px;
    overflow: hidden; clip: rect(0 0 0 0);
    white-space: nowrap; border: 0;
  }
  .badge {
    display: inline-block;
    font-size: 0.8rem;
    line-height: 1.3;
    padding: 0 0.4rem;
    border-radius: 999px;
    border: 1px solid currentColor;
    white-space: nowrap;
    vertical-align: 0.1em;
  }
  .badge.outside { color: #6b4200; background: #fff4d6; border-color: #e0c48a; font-style: italic; }
  .badge.suspected, .badge.disputed { color: #5b2a86; background: #f5edfc; }
  .tone-friendly { color: var(--ui-friendly); }
  .tone-hostile { color: var(--ui-hostile); }
  .tone-neutral { color: var(--ui-neutral); }
  mark { background: var(--ui-mark); color: inherit; padding: 0 0.1em; border-radius: 2px; }
  /* Touch: every control at least 44 px, whatever an element's own styles say. */
  @media (pointer: coarse) {
    button, select, input[type='text'], input[type='search'] { min-height: 44px !important; min-width: 44px !important; }
    button.link { display: inline-flex; align-items: center; }
    input[type='range'] { min-height: 44px; }
    input[type='checkbox'], input[type='radio'] { width: 1.6rem; height: 1.6rem; }
    label { min-height: 44px; display: inline-flex; align-items: center; gap: 0.5rem; }
  }
`;
