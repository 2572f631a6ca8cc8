/**
 * <story-predict>: "Predict the next move". The question, the options drawn from the graph (the class may pick
 * one), and "Reveal the answer", which shows the relation with its quote and slide.
 *
 * @fires story-reveal - null: the answer was revealed.
 */
import { LitElement, css, html } from 'lit';
import type { StoryPredict } from '../../model/storylines/schema';
import { labelOf } from '../../model/queries/relations';
import { relationSentence } from '../../model/queries/sentence';
import type { AllegianceGraph } from '../../model/types';
import { slideCitation } from '../../app/shared/notes-index';
import { emit } from '../shared/events';
import { uiStyles } from '../shared/ui-styles';

export class StoryPredictElement extends LitElement {
  static override properties = {
    graph: { attribute: false },
    predict: { attribute: false },
    revealed: { type: Boolean },
    chosen: { state: true },
  };
  declare graph: AllegianceGraph | null;
  declare predict: StoryPredict | null;
  declare revealed: boolean;
  declare chosen: string | null;

  constructor() {
    super();
    this.graph = null;
    this.predict = null;
    this.revealed = false;
    this.chosen = null;
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('predict')) this.chosen = null;
  }

  static override styles = [
    uiStyles,
    css`
      :host { display: block; margin-top: 1rem; padding: 0.8rem 1rem; border: 2px solid var(--ui-accent); border-radius: 8px; background: #fff; }
      h3 { margin: 0 0 0.5rem; font-size: 1em; color: var(--ui-accent); }
      .question { margin: 0 0 0.8rem; font-weight: 600; }
      .options { display: grid; gap: 0.5rem; margin: 0 0 0.8rem; padding: 0; list-style: none; }
      .options button { width: 100%; text-align: left; font-size: 1em; padding: 0.4em 0.7em; }
      .options button[aria-pressed='true'] { background: var(--ui-accent); color: #fff; }
      .options button.right { border: 3px solid #1b7a3a; }
      .reveal { font-size: 1em; font-weight: 600; }
      .answer { margin: 0; }
      .answer p { margin: 0 0 0.4rem; }
      blockquote { margin: 0.4rem 0 0; padding-left: 0.8rem; border-left: 5px solid #1b7a3a; }
      cite { font-style: normal; color: var(--ui-muted); font-size: 0.85em; }
    `,
  ];

  override render() {
    const { graph, predict } = this;
    if (!graph || !predict || !graph.hasEdge(predict.answer)) return '';
    const right = graph.target(predict.answer);
    const evidence = graph.getEdgeAttribute(predict.answer, 'evidence')[0];
    const titles = graph.getAttribute('slideTitles');
    return html`<section aria-labelledby="predict-title">
      <h3 id="predict-title">Predict the next move</h3>
      <p class="question">${predict.question}</p>
      <ul class="options" aria-label="Options">
        ${predict.options.map(
          (id) => html`<li><button type="button" class=${this.revealed && id === right ? 'right' : ''} aria-pressed=${this.chosen === id ? 'true' : 'false'} @click=${() => (this.chosen = id)}>${labelOf(graph, id)}${this.revealed && id === right ? ' ✓ (the answer)' : ''}</button></li>`,
        )}
      </ul>
      ${this.revealed
        ? html`<div class="answer" role="status">
            <p><strong>Answer:</strong> ${relationSentence(graph, predict.answer)}${this.chosen ? (this.chosen === right ? ' — the class got it.' : ` — not ${labelOf(graph, this.chosen)}.`) : ''}</p>
            ${evidence ? html`<blockquote><p>“${evidence.quote}”</p><cite>${slideCitation(evidence.slide, titles[evidence.slide] ?? '')}</cite></blockquote>` : ''}
          </div>`
        : html`<button type="button" class="reveal" @click=${() => emit(this, 'story-reveal', null)}>Reveal the answer</button>`}
    </section>`;
  }
}
customElements.define('story-predict', StoryPredictElement);

declare global {
  interface HTMLElementTagNameMap {
    'story-predict': StoryPredictElement;
  }
}
