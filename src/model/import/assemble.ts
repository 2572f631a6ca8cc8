/**
 * Source lines → slides. The boundaries come from the strongest structure the document has:
 * "N of M" lines, else pages (PDF, PowerPoint), else titles (Markdown #, Word Heading 1), else blank-line
 * sections opened by heading-like lines. Within a slide the first non-bullet line before any bullet is
 * the title (none: the slide continues the previous title), later ones are sub-headings, as in the notes parser.
 */
import { normaliseSpace } from '../notes';
import type { ImportFormat, ImportedBullet, ImportedNotes, ImportedSlide, SourceLine } from './types';

interface Draft {
  number?: number;
  title: string;
  headings: string[];
  bullets: ImportedBullet[];
}

const emptyDraft = (): Draft => ({ title: '', headings: [], bullets: [] });

function addLine(d: Draft, line: SourceLine, textIsBullet: boolean): void {
  if (line.kind !== 'bullet' && line.kind !== 'title' && line.kind !== 'heading' && line.kind !== 'text') return;
  const text = clean(line.text);
  if (!text) return;
  const empty = !d.title && d.bullets.length === 0 && d.headings.length === 0;
  if (line.kind === 'bullet' || (line.kind === 'text' && textIsBullet && !empty)) {
    const headingIndex = d.headings.length ? d.headings.length - 1 : undefined;
    d.bullets.push({ text, level: line.kind === 'bullet' ? line.level : 0, ...(headingIndex === undefined ? {} : { heading: d.headings[headingIndex], headingIndex }) });
  } else if (line.kind !== 'heading' && empty) d.title = text;
  else d.headings.push(text);
}

/** A line's text as the notes keep it: line breaks inside become spaces, trailing white space goes. */
export function clean(text: string): string {
  return text.replace(/\r?\n|\r|\u2028|\u2029/g, ' ').replace(/[\s\u00a0]+$/u, '').replace(/^[\s\u00a0]+/u, '');
}

/** A short line that reads like a heading: no final full stop, at most 12 words, starts with a capital or a digit. */
export function isHeadingLike(text: string): boolean {
  const t = normaliseSpace(text);
  return t.length > 0 && t.length <= 90 && t.split(' ').length <= 12 && !/[.;,]$/.test(t) && /^[\p{Lu}\p{N}"'“‘(]/u.test(t);
}

function finish(drafts: Draft[], format: ImportFormat, warnings: string[]): ImportedNotes {
  const slides: ImportedSlide[] = [];
  let previous = '';
  for (const d of drafts) {
    if (!d.title && d.headings.length === 0 && d.bullets.length === 0) continue;
    const number = d.number ?? slides.length + 1;
    const title = d.title || previous || `Slide ${number}`;
    previous = title;
    slides.push({ number, title, headings: d.headings, bullets: d.bullets });
  }
  return { title: slides[0]?.title ?? '', format, slides, warnings };
}

/** Build slides from a reader's lines. `textIsBullet`: a plain paragraph after the title is a bullet (Markdown, Word). */
export function assemble(lines: SourceLine[], format: ImportFormat, textIsBullet = false): ImportedNotes {
  const warnings: string[] = [];
  const drafts: Draft[] = [];
  let d = emptyDraft();
  const push = () => {
    drafts.push(d);
    d = emptyDraft();
  };
  if (lines.some((l) => l.kind === 'end')) {
    for (const l of lines) {
      if (l.kind === 'end') {
        d.number = l.number;
        push();
      } else addLine(d, l.kind === 'title' ? { kind: 'text', text: l.text } : l, false);
    }
    if (d.title || d.bullets.length || d.headings.length) {
      warnings.push('text after the last "N of M" line was kept as a slide of its own');
      push();
    }
  } else if (lines.some((l) => l.kind === 'page')) {
    for (const l of lines) {
      if (l.kind === 'page') push();
      else addLine(d, l, textIsBullet);
    }
    push();
    drafts.forEach((x, i) => {
      if (!x.title && !x.bullets.length && !x.headings.length && i < drafts.length - 1) warnings.push(`page ${i + 1} has no text`);
    });
  } else if (lines.some((l) => l.kind === 'title')) {
    for (const l of lines) {
      if (l.kind === 'title' && (d.title || d.bullets.length || d.headings.length)) push();
      addLine(d, l, textIsBullet);
    }
    push();
  } else {
    let sawBlank = true;
    for (const l of lines) {
      if (l.kind === 'blank') {
        sawBlank = true;
        continue;
      }
      if (l.kind === 'text' && isHeadingLike(l.text)) {
        if (sawBlank && d.bullets.length) push();
        addLine(d, l, false);
      } else if (l.kind === 'text') {
        addLine(d, { kind: 'bullet', text: l.text, level: 0 }, true);
      } else addLine(d, l, textIsBullet);
      sawBlank = false;
    }
    push();
  }
  return finish(drafts, format, warnings);
}
