/**
 * The project's notes as the other formats the importer reads, made here rather than committed: Markdown
 * (# title, ## sub-heading, - bullet), Word (.docx via the docx package: Heading 1, Heading 2, bulleted list),
 * PDF (via pdfkit: one page per slide, "•" bullets with wrapped lines indented) and PowerPoint (.pptx: slide XML
 * with a title placeholder and a body of bullets, sub-headings as paragraphs with no bullet, zipped with fflate).
 * Node only (tests and scripts/make-import-fixtures.ts).
 */
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import { strToU8, zipSync } from 'fflate';
import PDFDocument from 'pdfkit';
import type { Notes, Slide } from '../model/types';

/** Sub-headings and bullets in the order the slide has them. */
function blocks(slide: Slide): ({ heading: string } | { bullet: string })[] {
  const out: ({ heading: string } | { bullet: string })[] = [];
  for (const b of slide.bullets.filter((x) => x.heading === undefined)) out.push({ bullet: b.text });
  let from = 0;
  for (const h of slide.headings) {
    out.push({ heading: h });
    // A bullet sits under the last heading before it; headings repeat rarely, so take them in order.
    const under = slide.bullets.filter((b, i) => b.heading === h && i >= from);
    for (const b of under) out.push({ bullet: b.text });
    if (under.length) from = slide.bullets.indexOf(under[under.length - 1]!) + 1;
  }
  return out;
}

export function notesToMarkdown(notes: Notes): string {
  return notes.slides.map((s) => [`# ${s.title}`, '', ...blocks(s).map((b) => ('heading' in b ? `\n## ${b.heading}\n` : `- ${b.bullet}`)), ''].join('\n')).join('\n');
}

export async function notesToDocx(notes: Notes): Promise<Uint8Array> {
  const children: Paragraph[] = [];
  for (const s of notes.slides) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(s.title)] }));
    for (const b of blocks(s)) {
      if ('heading' in b) children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(b.heading)] }));
      else children.push(new Paragraph({ numbering: { reference: 'bullets', level: 0 }, children: [new TextRun(b.bullet)] }));
    }
  }
  const doc = new Document({
    numbering: { config: [{ reference: 'bullets', levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT }] }] },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

export function notesToPdf(notes: Notes): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margin: 40, autoFirstPage: false, info: { Title: notes.title } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Uint8Array>((resolve) => doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks)))));
  const left = 40;
  const width = 841.89 - 80;
  for (const s of notes.slides) {
    doc.addPage();
    doc.font('Helvetica-Bold').fontSize(16).text(s.title, left, 40, { width });
    doc.moveDown(0.5);
    for (const b of blocks(s)) {
      if ('heading' in b) {
        doc.font('Helvetica-Bold').fontSize(11).text(b.heading, left, doc.y + 4, { width });
      } else {
        const y = doc.y + 2;
        doc.font('Helvetica').fontSize(9).text('•', left + 6, y, { lineBreak: false });
        doc.text(b.bullet, left + 18, y, { width: width - 18 });
      }
    }
  }
  doc.end();
  return done;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const NS = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"';

function slideXml(s: Slide, number: number, total: number): string {
  const para = (text: string, extra = '') => `<a:p>${extra}<a:r><a:rPr lang="en-GB"/><a:t>${esc(text)}</a:t></a:r></a:p>`;
  const body = blocks(s).map((b) => ('heading' in b ? para(b.heading, '<a:pPr marL="0" indent="0"><a:buNone/></a:pPr>') : para(b.bullet, '<a:pPr lvl="0"/>'))).join('');
  const shape = (id: number, name: string, ph: string, paras: string) =>
    `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="${name}"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr>${ph}</p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/>${paras}</p:txBody></p:sp>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:sld ${NS}><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>${
    shape(2, 'Title 1', '<p:ph type="title"/>', para(s.title)) + shape(3, 'Content 2', '<p:ph idx="1"/>', body || '<a:p/>') + shape(4, 'Slide Number 3', '<p:ph type="sldNum" idx="12"/>', para(`${number} of ${total}`))
  }</p:spTree></p:cSld></p:sld>`;
}

/** A .pptx holding the parts the importer reads (content types, presentation, its relationships, one XML per slide). */
export function notesToPptx(notes: Notes): Uint8Array {
  const n = notes.slides.length;
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/>${notes.slides.map((_, i) => `<Override PartName="/ppt/slides/slide${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slide+xml"/>`).join('')}</Types>`),
    '_rels/.rels': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="ppt/presentation.xml"/></Relationships>`),
    'ppt/presentation.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:presentation ${NS}><p:sldIdLst>${notes.slides.map((_, i) => `<p:sldId id="${256 + i}" r:id="rId${i + 1}"/>`).join('')}</p:sldIdLst><p:sldSz cx="12192000" cy="6858000"/></p:presentation>`),
    'ppt/_rels/presentation.xml.rels': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${notes.slides.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide" Target="slides/slide${i + 1}.xml"/>`).join('')}</Relationships>`),
  };
  notes.slides.forEach((s, i) => (files[`ppt/slides/slide${i + 1}.xml`] = strToU8(slideXml(s, i + 1, n))));
  return zipSync(files);
}
