/**
 * Hostile import files, made small in memory, for tests, the fuzz suite and scripts/doors-table.ts: zip bombs
 * (sizes declared huge; sizes declared small that inflate huge; entries overlapping one deflate stream; many
 * entries; deep paths), PDFs with a password or many pages, and files of one type behind another's extension.
 */
import { Deflate, strToU8, zipSync } from 'fflate';

export interface RawEntry {
  name: string;
  /** The bytes stored in the zip (deflated when method is 8). */
  data: Uint8Array;
  method?: 0 | 8;
  /** The inflated size the zip declares (it may lie). */
  declaredSize: number;
}

const le = (n: number, bytes: number) => Array.from({ length: bytes }, (_, i) => (n / 2 ** (8 * i)) & 0xff);

/**
 * A zip written field by field, so its sizes can lie. `shareData`: every entry points at the first entry's data
 * (an overlapping bomb: one deflate stream inflated once per entry). CRCs are left 0 (the guard never needs them).
 */
export function rawZip(entries: RawEntry[], shareData = false): Uint8Array {
  const parts: number[][] = [];
  const central: number[] = [];
  let offset = 0;
  const chunks: Uint8Array[] = [];
  let firstOffset = 0;
  entries.forEach((e, i) => {
    const name = strToU8(e.name);
    const method = e.method ?? 8;
    const own = !shareData || i === 0;
    const at = own ? offset : firstOffset;
    const data = shareData ? entries[0]!.data : e.data;
    if (own) {
      if (i === 0) firstOffset = offset;
      const local = [0x50, 0x4b, 0x03, 0x04, ...le(20, 2), 0, 0, ...le(method, 2), 0, 0, 0, 0, ...le(0, 4), ...le(data.length, 4), ...le(e.declaredSize, 4), ...le(name.length, 2), 0, 0];
      const head = Uint8Array.from([...local, ...name]);
      chunks.push(head, data);
      offset += head.length + data.length;
    }
    central.push(0x50, 0x4b, 0x01, 0x02, ...le(20, 2), ...le(20, 2), 0, 0, ...le(method, 2), 0, 0, 0, 0, ...le(0, 4), ...le(data.length, 4), ...le(e.declaredSize, 4), ...le(name.length, 2), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ...le(at, 4), ...name);
  });
  parts.push(central);
  const eocd = [0x50, 0x4b, 0x05, 0x06, 0, 0, 0, 0, ...le(entries.length & 0xffff, 2), ...le(entries.length & 0xffff, 2), ...le(central.length, 4), ...le(offset, 4), 0, 0];
  const tail = Uint8Array.from([...central, ...eocd]);
  const out = new Uint8Array(offset + tail.length);
  let at = 0;
  for (const c of [...chunks, tail]) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** `mb` megabytes of zeros, deflated a megabyte at a time (≈1 kB per MB out; memory stays small). */
export function deflatedZeros(mb: number): Uint8Array {
  const out: Uint8Array[] = [];
  const d = new Deflate({ level: 1 }, (chunk) => out.push(chunk));
  const zeros = new Uint8Array(1024 * 1024);
  for (let i = 0; i < mb; i++) d.push(zeros, i === mb - 1);
  const all = new Uint8Array(out.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of out) {
    all.set(c, at);
    at += c.length;
  }
  return all;
}

const MB = 1024 * 1024;

/** The zip bombs, each as a .docx/.pptx would be named. */
export function zipBombs(): { label: string; bytes: Uint8Array }[] {
  const small = deflatedZeros(1);
  const big = deflatedZeros(150);
  return [
    { label: 'declares 4 GB in one entry', bytes: rawZip([{ name: 'word/document.xml', data: small, declaredSize: 0xfffffffe }]) },
    { label: 'declares 1 MB, inflates to 150 MB', bytes: rawZip([{ name: 'ppt/slides/slide1.xml', data: big, declaredSize: MB }, { name: 'word/document.xml', data: big, declaredSize: MB }]) },
    { label: '300 overlapping entries of one 1 MB stream, declared 1 kB each', bytes: rawZip(Array.from({ length: 300 }, (_, i) => ({ name: `ppt/slides/slide${i + 1}.xml`, data: small, declaredSize: 1024 })), true) },
    { label: '300 entries × 1 MB declared 1 MB each (300 MB)', bytes: rawZip(Array.from({ length: 300 }, (_, i) => ({ name: `ppt/slides/slide${i + 1}.xml`, data: small, declaredSize: MB })), true) },
    { label: '10,000 empty entries', bytes: zipSync(Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`ppt/slides/x${i}.xml`, new Uint8Array(0)]))) },
    { label: 'a path 40 folders deep', bytes: zipSync({ [`${'d/'.repeat(40)}slide1.xml`]: strToU8('<x/>') }) },
  ];
}

/** A PDF of `pages` empty pages (one shared page object listed `pages` times: a few bytes per page). */
export function manyPagePdf(pages: number): Uint8Array {
  const kids = Array.from({ length: pages }, () => '3 0 R').join(' ');
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`, '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>'];
  return pdfOf(objects);
}

/** A PDF with a standard security handler (RC4, 40-bit) whose user password is not empty: pdf.js asks for a password. */
export function encryptedPdf(): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
    `<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> >>`,
  ];
  return pdfOf(objects, '/Encrypt 4 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>]');
}

/** A PDF from its objects (1-based, in order), with the xref table's byte offsets computed; object 1 is the catalogue. */
export function pdfOf(objects: string[], trailerExtra = ''): Uint8Array {
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Uint8Array.from(out, (c) => c.charCodeAt(0));
}

/** Files of one kind named as another: [file name, bytes, what the message should name]. */
export function wrongTypes(): [string, Uint8Array, RegExp][] {
  const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const utf16NoBom = Uint8Array.from([...'1 of 1 Notes on Italy'].flatMap((c) => [c.charCodeAt(0), 0]));
  return [
    ['picture.pdf', png, /PNG picture/],
    ['notes.docx', strToU8('Mussolini founded the Fasci in 1919\n'), /plain text/],
    ['slides.pptx', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /old-style Office/],
    ['notes.txt', utf16NoBom, /UTF-16/],
    ['notes.txt', Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]), /binary data/],
    ['notes.md', zipSync({ 'a.txt': strToU8('hello') }), /zip archive/],
    ['empty.pdf', new Uint8Array(0), /empty/],
  ];
}
