/** Plain text and Markdown → ImportedNotes. Text with "N of M" slide endings is read exactly as the notes parser reads it. */
import { parseNotes } from '../notes';
import { assemble } from './assemble';
import type { ImportedNotes, SourceLine } from './types';

const SLIDE_END = /^\s*(\d+)\s+of\s+(\d+)\s*$/;
/** Bullet marks of plain text: •, ·, ▪, ◦, -, –, *, +, or "1." / "1)" / "a)". */
const TEXT_BULLET = /^(\s*)(?:[•·▪◦‣∙*+\-–—]|\d{1,3}[.)]|[a-z][)])\s+(.*)$/u;
const MD_BULLET = /^(\s*)(?:[-*+•]|\d{1,3}[.)])\s+(.*)$/u;
const MD_HEADING = /^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/;

const lines = (text: string) => String(text ?? '').replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
const level = (indent: string) => Math.floor(indent.replace(/\t/g, '  ').length / 2);

/** Plain text: "N of M" endings when present (the notes parser's own rules), else blank-line sections and heading-like lines. */
export function readPlainText(text: string): ImportedNotes {
  const all = lines(text);
  if (all.some((l) => SLIDE_END.test(l))) {
    const notes = parseNotes(text);
    const warnings: string[] = [];
    const last = all.findLastIndex((l) => SLIDE_END.test(l));
    if (all.slice(last + 1).some((l) => l.trim())) warnings.push('text after the last "N of M" line is not part of any slide and was left out');
    return {
      title: notes.title,
      format: 'text',
      warnings,
      slides: notes.slides.map((s) => ({
        number: s.number,
        title: s.title,
        headings: s.headings,
        bullets: s.bullets.map((b) => {
          const headingIndex = b.heading === undefined ? -1 : s.headings.lastIndexOf(b.heading);
          return { text: b.text, level: 0, ...(b.heading === undefined ? {} : { heading: b.heading, headingIndex }) };
        }),
      })),
    };
  }
  const source: SourceLine[] = all.map((l) => {
    if (!l.trim()) return { kind: 'blank' };
    const b = TEXT_BULLET.exec(l);
    return b ? { kind: 'bullet', text: b[2]!, level: level(b[1]!) } : { kind: 'text', text: l };
  });
  return assemble(source, 'text');
}

/** Markdown: "#" opens a slide (its title), "##"… are sub-headings, "-", "*", "+", "•" and "1." are bullets; inline marks are kept as written. */
export function readMarkdown(text: string): ImportedNotes {
  let fenced = false;
  const source: SourceLine[] = [];
  for (const l of lines(text)) {
    if (/^\s{0,3}(```|~~~)/.test(l)) {
      fenced = !fenced;
      continue;
    }
    if (!l.trim()) source.push({ kind: 'blank' });
    else if (fenced) source.push({ kind: 'text', text: l });
    else if (SLIDE_END.test(l)) source.push({ kind: 'end', number: Number(SLIDE_END.exec(l)![1]) });
    else if (MD_HEADING.test(l)) {
      const [, hashes, title] = MD_HEADING.exec(l)!;
      source.push({ kind: hashes!.length === 1 ? 'title' : 'heading', text: title! });
    } else if (MD_BULLET.test(l)) {
      const [, indent, rest] = MD_BULLET.exec(l)!;
      source.push({ kind: 'bullet', text: rest!, level: level(indent!) });
    } else source.push({ kind: 'text', text: l });
  }
  return { ...assemble(source, 'markdown', true) };
}
