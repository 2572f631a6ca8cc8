/**
 * <dataset-menu>'s look. The button and the status take the colour of the dark header they sit in; the popup is a
 * white card in the interface's ink and lines (--ui-*), so the classroom's high-contrast theme reaches it.
 */
import { css } from 'lit';

export const datasetMenuStyles = css`
  :host { display: inline-flex; align-items: center; gap: 0.5rem; position: relative; flex-wrap: wrap; color: inherit; min-width: 0; }
  .toggle {
    display: inline-flex; align-items: center; gap: 0.3em; min-width: 0; max-width: 100%;
    background: transparent; color: inherit; border-color: #8fa1b6; font-size: 0.9rem;
  }
  .toggle:hover, .toggle[aria-expanded='true'] { background: #3b4e65; }
  .toggle:focus-visible { outline-color: #fff; }
  /* A long name is cut with an ellipsis (the whole name is its title), so the header keeps one line on wide screens. */
  .toggle strong { max-width: 16rem; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
  .caret { font-size: 0.8em; }
  @media (max-width: 900px) { .toggle strong { max-width: 10rem; } }
  .status { font-size: 0.85rem; }
  progress { width: 8rem; accent-color: currentColor; }
  .popup {
    position: absolute; top: 100%; left: 0; z-index: 20; margin-top: 0.35rem; width: min(22rem, calc(100vw - 1.5rem));
    padding: 0.5rem; background: #fff; color: var(--ui-ink); border: 1px solid var(--ui-line);
    border-radius: 8px; box-shadow: 0 6px 20px rgb(0 0 0 / 0.2);
  }
  .popup[hidden], .actions[hidden] { display: none; }
  .actions { display: flex; flex-direction: column; gap: 0.25rem; }
  .actions button { width: 100%; text-align: left; border-color: transparent; }
  .actions button:hover, .actions button:focus-visible { background: #eef3fa; border-color: var(--ui-line); }
  dataset-open { padding: 0.25rem 0.5rem; }
`;
