import { afterEach, describe, expect, it } from 'vitest';
import './note-excerpt';

afterEach(() => document.body.replaceChildren());

describe('<note-excerpt>', () => {
  it('marks the highlighted pieces and cites the slide', async () => {
    const el = document.createElement('note-excerpt');
    el.segments = [
      { text: 'Kamanev and ', mark: false },
      { text: 'Zinoviev', mark: true },
      { text: ' joined <b>Stalin</b>', mark: false },
    ];
    el.slide = 33;
    el.slideTitle = 'The power struggle';
    document.body.append(el);
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelector('blockquote')!.textContent).toBe('Kamanev and Zinoviev joined <b>Stalin</b>');
    expect([...root.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Zinoviev']);
    expect(root.querySelector('b')).toBeNull();
    expect(root.querySelector('figcaption')!.textContent).toBe('Slide 33 · The power struggle');
  });

  it('shows plain text when there are no segments', async () => {
    const el = document.createElement('note-excerpt');
    el.text = 'Trotsky was isolated';
    el.slide = 2;
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('blockquote')!.textContent).toBe('Trotsky was isolated');
    expect(el.shadowRoot!.querySelector('mark')).toBeNull();
    expect(el.shadowRoot!.querySelector('figcaption')!.textContent).toBe('Slide 2');
  });
});

describe('<note-excerpt> citation', () => {
  it('is a button that asks for its slide in the notes with its words', async () => {
    const el = document.createElement('note-excerpt');
    el.text = 'Trotsky failed to build a power base';
    el.slide = 33;
    el.slideTitle = 'The power struggle';
    document.body.append(el);
    await el.updateComplete;
    const got: unknown[] = [];
    document.body.addEventListener('notes-open', (e) => got.push((e as CustomEvent).detail));
    const button = el.shadowRoot!.querySelector('figcaption button')! as HTMLButtonElement;
    expect(button.getAttribute('aria-label')).toBe('Slide 33 · The power struggle: read it in the notes');
    button.click();
    expect(got).toEqual([{ slide: 33, mark: 'Trotsky failed to build a power base' }]);
  });
});
