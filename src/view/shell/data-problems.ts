/** <data-problems>: lists the problems found in the data files, naming file and line, instead of a graph. */
import { LitElement, css, html } from 'lit';
import { formatProblem } from '../../model/format-problem';
import type { Problem } from '../../model/types';

export class DataProblems extends LitElement {
  static override properties = { problems: { attribute: false }, runtime: { type: Boolean } };
  declare problems: Problem[];
  /** The problems are in a dataset opened at run time (not the project's graph-data/ served by Vite). */
  declare runtime: boolean;

  constructor() {
    super();
    this.problems = [];
    this.runtime = false;
  }

  static override styles = css`
    :host { display: block; padding: 1.5rem; max-width: 70rem; margin: 0 auto; }
    h2 { color: #8b0000; margin-top: 0; }
    li { margin: 0.75rem 0; line-height: 1.4; }
    .where { font-family: ui-monospace, monospace; font-weight: 600; }
    .fix { color: #333; }
    code { background: #f3f3f3; padding: 0 0.25rem; }
  `;

  override render() {
    const files = new Set(this.problems.map((p) => p.file));
    return html`<section role="alert" aria-labelledby="problems-title">
      <h2 id="problems-title">The graph data has ${this.problems.length} problem${this.problems.length === 1 ? '' : 's'} in ${files.size} file${files.size === 1 ? '' : 's'}</h2>
      ${this.runtime
        ? html`<p>Fix these in your files and open the dataset again. <code>npm run graph -- validate --data FOLDER</code> lists the same.</p>`
        : html`<p>Fix these and save: the page reloads by itself. <code>npm run graph -- validate</code> lists the same.</p>`}
      <ol>
        ${this.problems.map(
          (p) => html`<li data-code=${p.code} title=${formatProblem(p)}>
            <span class="where">${p.file}:${p.line}</span>: ${p.message}${p.value !== undefined && !p.message.includes(p.value) ? html` (<code>${p.value}</code>)` : ''}
            <div class="fix">Fix: ${p.fix}</div>
          </li>`,
        )}
      </ol>
    </section>`;
  }
}
customElements.define('data-problems', DataProblems);

declare global {
  interface HTMLElementTagNameMap {
    'data-problems': DataProblems;
  }
}
