/** <allegiance-app>: the top element. Loads the built graph and shows it, or shows the data's problems. */
import { LitElement, css, html } from 'lit';
import data from 'virtual:allegiance-data';
import { type LoadedData, loadGraph } from '../app/load-graph';
import './data-problems';
import './graph-canvas';

export class AllegianceApp extends LitElement {
  private loaded: LoadedData = loadGraph(data);

  static override styles = css`
    :host { display: flex; flex-direction: column; height: 100vh; }
    header { padding: 0.5rem 1rem; background: #1f2a36; color: #fff; display: flex; align-items: baseline; gap: 1rem; }
    h1 { font-size: 1.25rem; margin: 0; }
    .sub { opacity: 0.85; }
    graph-canvas { flex: 1; }
  `;

  override render() {
    const { graph, problems } = this.loaded;
    return html`<header>
        <h1>Allegiance</h1>
        <span class="sub">${graph ? `${graph.getAttribute('notesTitle')} · ${graph.order} entities · ${graph.size} relations` : 'data problems'}</span>
      </header>
      ${graph ? html`<graph-canvas .graph=${graph}></graph-canvas>` : html`<data-problems .problems=${problems}></data-problems>`}`;
  }
}
customElements.define('allegiance-app', AllegianceApp);

declare global {
  interface HTMLElementTagNameMap {
    'allegiance-app': AllegianceApp;
  }
}
