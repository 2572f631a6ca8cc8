/** The look of <notes-import-dialog>. */
import { css } from 'lit';

export const dialogStyles = css`
  dialog { width: min(56rem, 96vw); max-height: 94vh; border: 1px solid #8a94a3; border-radius: 8px; padding: 1rem 1.25rem; }
  dialog::backdrop { background: rgb(0 0 0 / 0.35); }
  h2 { margin: 0 0 0.4rem; font-size: 1.25rem; }
  h3.source { margin: 0.6rem 0 0.3rem; font-size: 1rem; }
  p { margin: 0.3rem 0; }
  .intro { color: var(--ui-muted); max-width: 46rem; }
  .close { position: absolute; top: 0.75rem; right: 0.75rem; }
  .sources { display: grid; gap: 0.5rem; margin: 0.5rem 0; }
  label { display: grid; gap: 0.2rem; font-weight: 600; }
  input:not([type='file']), textarea { font: inherit; font-weight: normal; padding: 0.3rem; border: 1px solid #8a94a3; border-radius: 4px; }
  input[type='file'] { font-weight: normal; max-width: 100%; }
  summary { cursor: pointer; font-weight: 600; min-height: 2.25rem; display: list-item; padding-top: 0.4rem; }
  .paste { display: grid; gap: 0.4rem; }
  .paste[open] { padding-bottom: 0.4rem; }
  .paste label { margin: 0.3rem 0; }
  .error { color: #a00; font-weight: 600; }
  .warning { color: #6b4e00; }
  .create { display: flex; flex-wrap: wrap; align-items: center; gap: 0.6rem; margin-top: 0.8rem; position: sticky; bottom: -1rem; background: #fff; padding: 0.5rem 0; }
  .primary { background: var(--ui-accent); color: #fff; border-color: var(--ui-accent); font-weight: 600; }
  .primary:hover { background: #174f96; }
  .hint { color: var(--ui-muted); font-size: 0.9rem; }
`;
