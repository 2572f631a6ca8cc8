/**
 * PowerPoint .pptx → ImportedNotes, through fflate (loaded only when a .pptx is read). Slides in the order of
 * presentation.xml; the title placeholder is the slide's title; other paragraphs are bullets (a:lvl gives the
 * sub-bullet level), except paragraphs marked with no bullet (a:buNone), which are sub-headings. Slide numbers,
 * dates and footers are left out.
 */
import { assemble } from './assemble';
import { checkFile, ImportRefused } from './file-checks';
import { checkXmlDepth, unzipBounded } from './zip-guard';
import type { ImportedNotes, SourceLine } from './types';

const decoder = new TextDecoder('utf-8');
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ENTITIES[e.toLowerCase()]!,
  );
}

/** Every `<tag …>…</tag>` (or `<tag/>`) in the XML, outermost first: a linear scan (a lazy regex is quadratic on unclosed tags). */
function all(xml: string, tag: string): string[] {
  const out: string[] = [];
  const open = new RegExp(`<${tag}(?=[\\s>/])`, 'g');
  const close = `</${tag}>`;
  let m: RegExpExecArray | null;
  while ((m = open.exec(xml))) {
    const end = xml.indexOf('>', m.index);
    if (end < 0) break;
    if (xml[end - 1] === '/') {
      out.push(xml.slice(m.index, end + 1));
      continue;
    }
    const stop = xml.indexOf(close, end);
    if (stop < 0) break; // no closing tag after this one: none after any later one either
    out.push(xml.slice(m.index, stop + close.length));
    open.lastIndex = stop + close.length;
  }
  return out;
}

/** The slide files in the presentation's order (else by number). */
function slideOrder(files: Record<string, Uint8Array>): string[] {
  const slides = Object.keys(files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
  const byNumber = [...slides].sort((a, b) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]));
  const pres = files['ppt/presentation.xml'];
  const rels = files['ppt/_rels/presentation.xml.rels'];
  if (!pres || !rels) return byNumber;
  const target = new Map<string, string>();
  for (const m of decoder.decode(rels).matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const t = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && t) target.set(id, `ppt/${t.replace(/^\/?ppt\//, '').replace(/^\.\//, '')}`);
  }
  const ordered = [...decoder.decode(pres).matchAll(/<p:sldId\b[^>]*\br:id="([^"]+)"/g)].map((m) => target.get(m[1]!)).filter((f): f is string => !!f && !!files[f]);
  return ordered.length ? ordered : byNumber;
}

function slideLines(xml: string): SourceLine[] {
  const lines: SourceLine[] = [];
  for (const sp of all(xml, 'p:sp')) {
    const ph = /<p:ph\b[^>]*>/.exec(sp)?.[0];
    const phType = ph ? (/\btype="([^"]+)"/.exec(ph)?.[1] ?? 'body') : null;
    if (phType && /^(sldNum|dt|ftr|hdr)$/.test(phType)) continue;
    const isTitle = phType === 'title' || phType === 'ctrTitle';
    const body = /<p:txBody>[\s\S]*<\/p:txBody>/.exec(sp)?.[0] ?? '';
    const paragraphs = all(body, 'a:p')
      .map((p) => ({ p, text: decodeXml(p.replace(/<a:br\/>/g, ' ').match(/<a:t>[\s\S]*?<\/a:t>|<a:t\/>/g)?.map((t) => t.replace(/<\/?a:t\/?>/g, '')).join('') ?? '') }))
      .filter((x) => x.text.trim());
    if (isTitle) {
      const text = paragraphs.map((x) => x.text).join(' ');
      if (text.trim()) lines.unshift({ kind: 'title', text });
      continue;
    }
    for (const { p, text } of paragraphs) {
      const level = Number(/<a:pPr\b[^>]*\blvl="(\d+)"/.exec(p)?.[1] ?? 0);
      const noBullet = /<a:buNone\/>/.test(p);
      const textBox = phType === null && !/<a:bu(Char|AutoNum)\b/.test(p);
      lines.push(noBullet || textBox ? { kind: 'heading', text } : { kind: 'bullet', text, level });
    }
  }
  return lines;
}

/**
 * Read a .pptx file's bytes: the zip checked and only the slides inflated, within the limits (zip-guard.ts).
 * Rejects with an ImportRefused naming `name` when the file is not a PowerPoint zip or is a zip bomb.
 */
export async function readPptx(bytes: Uint8Array, name = 'the PowerPoint file'): Promise<ImportedNotes> {
  checkFile(name, 'pptx', bytes);
  const files = unzipBounded(name, bytes, 'a PowerPoint file (.pptx)', (f) => /^ppt\/(slides\/slide\d+\.xml|presentation\.xml|_rels\/presentation\.xml\.rels)$/.test(f));
  for (const [part, data] of Object.entries(files)) checkXmlDepth(name, part, data, 'a PowerPoint file (.pptx)');
  const order = slideOrder(files);
  if (!order.length) throw new ImportRefused(name, 'no-slides', 'no slides were found in it (a .pptx holds ppt/slides/slide1.xml…)', 'Open it in PowerPoint and save it as .pptx.');
  const lines: SourceLine[] = [];
  for (const f of order) {
    for (const l of slideLines(decoder.decode(files[f]!))) lines.push(l);
    lines.push({ kind: 'page' });
  }
  return assemble(lines, 'pptx');
}
