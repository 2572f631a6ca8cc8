/** ImportedNotes → the project's notes text ("N of M" after each slide), which the notes parser reads back as the same slides. */
import type { ImportedNotes } from './types';

const SLIDE_END = /^\s*\d+\s+of\s+\d+\s*$/;

/** A title or heading the notes parser would misread: an "N of M" line is put in brackets, a leading bullet mark dropped. */
function safeLine(text: string): string {
  const t = text.replace(/[\r\n\u2028\u2029]+/g, ' ');
  return SLIDE_END.test(t) ? `(${t.trim()})` : t.replace(/^\s*•\s?/, '');
}

/**
 * Write the notes as the project's notes format: each slide's title, its sub-headings each followed by
 * its bullets ("  • text"), then "N of M". Slides are numbered 1…n in order (the dataset's slide numbers).
 */
export function toNotesText(notes: ImportedNotes): string {
  const out: string[] = [];
  const total = notes.slides.length;
  notes.slides.forEach((slide, i) => {
    out.push(safeLine(slide.title) || `Slide ${i + 1}`, '');
    const before = slide.bullets.filter((b) => b.headingIndex === undefined);
    for (const b of before) out.push(`  • ${safeLine(b.text)}`);
    slide.headings.forEach((h, hi) => {
      out.push('', safeLine(h) || '(sub-heading)', '');
      for (const b of slide.bullets) if (b.headingIndex === hi) out.push(`  • ${safeLine(b.text)}`);
    });
    out.push(`${i + 1} of ${total}`, '');
  });
  return out.join('\n');
}
