/** A year <select> over a period, with an optional "any year" choice, shared by the tools' year controls. */
import { html } from 'lit';
import { live } from 'lit/directives/live.js';

export interface YearSelectOptions {
  id: string;
  period: { from: number; to: number };
  value: number | null;
  /** Text of the empty choice ("Any"), or omitted when a year is required. */
  anyText?: string;
  onChange(year: number | null): void;
}

/** The years of a period, first to last. */
export function yearsOf(period: { from: number; to: number }): number[] {
  const years: number[] = [];
  for (let y = period.from; y <= period.to; y++) years.push(y);
  return years;
}

/** A <select> of years; label it from outside with `for=id`. */
export function yearSelect(o: YearSelectOptions) {
  const value = o.value === null ? '' : String(o.value);
  return html`<select id=${o.id} .value=${live(value)} @change=${(e: Event) => {
    const v = (e.target as HTMLSelectElement).value;
    o.onChange(v === '' ? null : Number(v));
  }}>
    ${o.anyText !== undefined ? html`<option value="" ?selected=${value === ''}>${o.anyText}</option>` : ''}
    ${yearsOf(o.period).map((y) => html`<option value=${y} ?selected=${value === String(y)}>${y}</option>`)}
  </select>`;
}
