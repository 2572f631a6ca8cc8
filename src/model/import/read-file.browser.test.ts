// The readers in Chromium, as the app will call them: each library loaded on first use, no network request.
// Markdown, Word (made here with the docx package), PowerPoint (fflate) and a small hand-written PDF.
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import { strToU8, zipSync } from 'fflate';
import workerUrl from 'pdfjs-dist/legacy/build/pdf.worker.mjs?url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfOf } from '../../node/hostile-files';
import { readNotesBytes } from './read-file';

const SLIDES = [
  { title: 'Italy under Mussolini', heading: 'The rise of Fascism', bullets: ['Mussolini founded the Fasci in 1919', 'King Victor Emmanuel III appointed Mussolini in 1922'] },
  { title: 'Foreign policy', heading: 'Alliances', bullets: ['Mussolini allied with Hitler in 1936'] },
];
const want = SLIDES.map((s) => ({ title: s.title, headings: [s.heading], bullets: s.bullets }));
const shape = (n: Awaited<ReturnType<typeof readNotesBytes>>) => n.slides.map((s) => ({ title: s.title, headings: s.headings, bullets: s.bullets.map((b) => b.text) }));

let requests = 0;
const realFetch = window.fetch;
const realOpen = XMLHttpRequest.prototype.open;
beforeAll(async () => {
  window.fetch = ((...args: Parameters<typeof fetch>) => {
    requests++;
    return realFetch(...args);
  }) as typeof fetch;
  XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, method: string, url: string | URL) {
    requests++;
    return realOpen.call(this, method, url, true);
  } as XMLHttpRequest['open'];
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
  requests = 0; // loading the test's own modules is not the import's doing
});
afterAll(() => {
  window.fetch = realFetch;
  XMLHttpRequest.prototype.open = realOpen;
});

/** A PDF with one page per slide in Helvetica: title, heading, "• bullet" lines (byte offsets computed for the xref table). */
function tinyPdf(): Uint8Array {
  const esc = (t: string) => t.replace(/[\\()]/g, (c) => `\\${c}`);
  const objects: string[] = ['<< /Type /Catalog /Pages 2 0 R >>', '', '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'];
  const kids: string[] = [];
  for (const s of SLIDES) {
    const lines = [[16, 40, s.title], [11, 40, s.heading], ...s.bullets.map((b) => [10, 46, `\x95 ${b}`] as const)];
    const stream = lines.map(([size, x, text], i) => `BT /F1 ${size} Tf ${x} ${560 - i * 24} Td (${esc(String(text))}) Tj ET`).join('\n');
    objects.push(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 842 595] /Resources << /Font << /F1 3 0 R >> >> /Contents ${objects.length} 0 R >>`);
    kids.push(`${objects.length} 0 R`);
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${kids.length} >>`;
  return pdfOf(objects);
}

async function docx(): Promise<Uint8Array> {
  const children = SLIDES.flatMap((s) => [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(s.title)] }),
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(s.heading)] }),
    ...s.bullets.map((b) => new Paragraph({ numbering: { reference: 'b', level: 0 }, children: [new TextRun(b)] })),
  ]);
  const doc = new Document({ numbering: { config: [{ reference: 'b', levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT }] }] }, sections: [{ children }] });
  return new Uint8Array(await (await Packer.toBlob(doc)).arrayBuffer());
}

function pptx(): Uint8Array {
  const p = (t: string, pr = '') => `<a:p>${pr}<a:r><a:t>${t}</a:t></a:r></a:p>`;
  const sp = (ph: string, body: string) => `<p:sp><p:nvSpPr><p:cNvPr id="2" name="x"/><p:cNvSpPr/><p:nvPr>${ph}</p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/>${body}</p:txBody></p:sp>`;
  const files: Record<string, Uint8Array> = {};
  SLIDES.forEach((s, i) => {
    files[`ppt/slides/slide${i + 1}.xml`] = strToU8(`<p:sld xmlns:a="a" xmlns:p="p"><p:cSld><p:spTree>${sp('<p:ph type="title"/>', p(s.title))}${sp('<p:ph idx="1"/>', p(s.heading, '<a:pPr><a:buNone/></a:pPr>') + s.bullets.map((b) => p(b)).join(''))}</p:spTree></p:cSld></p:sld>`);
  });
  return zipSync(files);
}

describe('importing in the browser', { timeout: 180_000 }, () => {
  const md = SLIDES.map((s) => `# ${s.title}\n## ${s.heading}\n${s.bullets.map((b) => `- ${b}`).join('\n')}`).join('\n\n');
  it('Markdown', async () => expect(shape(await readNotesBytes('markdown', new TextEncoder().encode(md)))).toEqual(want));
  it('PowerPoint (fflate)', async () => expect(shape(await readNotesBytes('pptx', pptx()))).toEqual(want));
  it('Word (mammoth)', async () => expect(shape(await readNotesBytes('docx', await docx()))).toEqual(want));
  it('PDF (pdf.js, its worker from the app\'s own origin)', async () => expect(shape(await readNotesBytes('pdf', tinyPdf()))).toEqual(want));
  it('made no network request', () => expect(requests).toBe(0));
});
