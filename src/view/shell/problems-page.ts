/** What the app shows when a dataset does not validate: its problems, and the way back to the built-in notes. */
import { html } from 'lit';
import type { Problem } from '../../model/types';

export function problemsPage(problems: Problem[], runtime: boolean, notice: string, datasetControl: unknown, backToBuiltIn: () => void) {
  return html`<header><div class="brand"><h1>Allegiance</h1><span class="sub">data problems</span></div>${datasetControl}</header>
    <div class="notices"><app-notice .message=${notice}></app-notice></div>
    <div class="problems">
      ${runtime ? html`<p class="back"><button type="button" @click=${backToBuiltIn}>Back to the built-in notes</button></p>` : ''}
      <data-problems .problems=${problems} ?runtime=${runtime}></data-problems>
    </div>`;
}
