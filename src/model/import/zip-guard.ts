/**
 * Reading a .docx or .pptx zip within bounded memory and time. First the central directory (the index at the end
 * of the zip) is read: entry count, path lengths and depths, and the inflated sizes it declares are checked
 * against limits.ts before anything is inflated. Then each wanted entry is inflated with fflate's streaming
 * Inflate in small chunks, counting the bytes that come out, and stopped as soon as an entry or the total passes
 * its limit: a zip that lies about its sizes is caught while inflating, after at most one chunk's worth more.
 */
import { Inflate } from 'fflate';
import { MAX_XML_DEPTH, MAX_ZIP_ENTRIES, MAX_ZIP_ENTRY_BYTES, MAX_ZIP_INFLATED_BYTES, MAX_ZIP_PATH_DEPTH, MAX_ZIP_PATH_LENGTH, sizeText } from '../limits';
import { ImportRefused } from './file-checks';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  offset: number;
}

/** Compressed bytes pushed to the inflater at a time: deflate inflates at most ~1,032×, so one push yields ≤ 17 MB. */
const CHUNK = 16 * 1024;
const decoder = new TextDecoder('utf-8');

const u16 = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8);
const u32 = (b: Uint8Array, i: number) => (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0;

/** The entries the central directory lists, checked against the limits. Throws ImportRefused naming the file. */
export function zipDirectory(file: string, bytes: Uint8Array, what: string): ZipEntry[] {
  const broken = (detail: string) => new ImportRefused(file, 'not-a-zip', `it is not a readable ${what} (${detail})`, `Open it in the program that made it and save it again as ${what}.`);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (u32(bytes, i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw broken('no zip directory at its end: it may be cut short');
  const count = u16(bytes, end + 10);
  const dirOffset = u32(bytes, end + 16);
  if (count === 0xffff || dirOffset === 0xffffffff) throw tooBig(file, 'it is a ZIP64 archive, larger than notes need', 'Save it again without pictures or embedded files.');
  if (count > MAX_ZIP_ENTRIES) throw tooBig(file, `it holds ${count.toLocaleString('en-GB')} files; the limit is ${MAX_ZIP_ENTRIES.toLocaleString('en-GB')}`, 'Save the notes again as a plain document.');
  const entries: ZipEntry[] = [];
  let total = 0;
  let at = dirOffset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) throw broken(`its directory is damaged at entry ${n + 1}`);
    const nameLength = u16(bytes, at + 28);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const entry: ZipEntry = { name, method: u16(bytes, at + 10), compressedSize: u32(bytes, at + 20), size: u32(bytes, at + 24), offset: u32(bytes, at + 42) };
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff || entry.offset === 0xffffffff) throw tooBig(file, `“${short(name)}” is a ZIP64 entry, larger than notes need`, 'Save it again without pictures or embedded files.');
    if (nameLength > MAX_ZIP_PATH_LENGTH) throw tooBig(file, `a file inside has a path of ${nameLength} characters; the limit is ${MAX_ZIP_PATH_LENGTH}`, 'Check that this is the right file.');
    const depth = name.split('/').length - 1;
    if (depth > MAX_ZIP_PATH_DEPTH) throw tooBig(file, `“${short(name)}” is ${depth} folders deep; the limit is ${MAX_ZIP_PATH_DEPTH}`, 'Check that this is the right file.');
    checkSizes(file, name, entry.size, (total += entry.size), 'declared');
    entries.push(entry);
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return entries;
}

const short = (name: string) => (name.length > 60 ? `${name.slice(0, 57)}…` : name);

function tooBig(file: string, reason: string, fix: string): ImportRefused {
  return new ImportRefused(file, 'zip-too-large', reason, fix);
}

function checkSizes(file: string, name: string, size: number, total: number, how: 'declared' | 'inflated'): void {
  const fix = 'Save the notes again without large pictures or embedded files; a zip that inflates far beyond its size is refused as a zip bomb.';
  if (how === 'declared') {
    if (size > MAX_ZIP_ENTRY_BYTES) throw tooBig(file, `“${short(name)}” inside it would inflate to ${sizeText(size)}; the limit per file inside is ${sizeText(MAX_ZIP_ENTRY_BYTES)}`, fix);
    if (total > MAX_ZIP_INFLATED_BYTES) throw tooBig(file, `its contents would inflate to ${sizeText(total)}; the limit is ${sizeText(MAX_ZIP_INFLATED_BYTES)}`, fix);
  } else {
    if (size > MAX_ZIP_ENTRY_BYTES) throw tooBig(file, `“${short(name)}” inside it inflates to more than ${sizeText(MAX_ZIP_ENTRY_BYTES)}, the limit per file inside (the zip declared less: it was stopped there)`, fix);
    if (total > MAX_ZIP_INFLATED_BYTES) throw tooBig(file, `its contents inflate to more than ${sizeText(MAX_ZIP_INFLATED_BYTES)}, the limit (the zip declared less: it was stopped there)`, fix);
  }
}

/**
 * Inflate the entries `want` picks (all by default), within the limits whatever the zip declares. Entries in
 * folders-only or empty names are skipped. Throws ImportRefused for a bomb, a damaged entry or an unknown method.
 */
export function unzipBounded(file: string, bytes: Uint8Array, what: string, want: (name: string) => boolean = () => true): Record<string, Uint8Array> {
  const entries = zipDirectory(file, bytes, what);
  const out: Record<string, Uint8Array> = {};
  let total = 0;
  for (const e of entries) {
    if (e.name.endsWith('/') || !want(e.name)) continue;
    const damaged = (detail: string) => new ImportRefused(file, 'not-a-zip', `“${short(e.name)}” inside it is damaged (${detail})`, `Open it in the program that made it and save it again as ${what}.`);
    if (e.offset + 30 > bytes.length || u32(bytes, e.offset) !== 0x04034b50) throw damaged('no file header where the directory points');
    const start = e.offset + 30 + u16(bytes, e.offset + 26) + u16(bytes, e.offset + 28);
    const data = bytes.subarray(start, start + e.compressedSize);
    if (data.length < e.compressedSize) throw damaged('the zip is cut short');
    if (e.method === 0) {
      checkSizes(file, e.name, data.length, (total += data.length), 'inflated');
      out[e.name] = data.slice();
      continue;
    }
    if (e.method !== 8) throw damaged(`compression method ${e.method}, which Office files do not use`);
    const parts: Uint8Array[] = [];
    let size = 0;
    const inflate = new Inflate((chunk) => {
      size += chunk.length;
      total += chunk.length;
      checkSizes(file, e.name, size, total, 'inflated');
      parts.push(chunk);
    });
    try {
      for (let i = 0; i < data.length; i += CHUNK) inflate.push(data.subarray(i, Math.min(i + CHUNK, data.length)), i + CHUNK >= data.length);
      if (data.length === 0) inflate.push(new Uint8Array(0), true);
    } catch (err) {
      if (err instanceof ImportRefused) throw err;
      throw damaged(err instanceof Error ? err.message : String(err));
    }
    const whole = new Uint8Array(size);
    let at = 0;
    for (const p of parts) {
      whole.set(p, at);
      at += p.length;
    }
    out[e.name] = whole;
  }
  return out;
}

/**
 * Refuse an XML part nested deeper than MAX_XML_DEPTH (unclosed tags nest too): a linear scan of the bytes, made
 * before a library parses the XML (mammoth's parser slows to minutes on 10,000 unclosed tags).
 */
export function checkXmlDepth(file: string, part: string, bytes: Uint8Array, what: string): void {
  let depth = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] !== 0x3c) continue; // <
    const next = bytes[i + 1];
    if (next === 0x2f) depth--; // </
    else if (next !== 0x3f && next !== 0x21) {
      // <? and <! are not elements
      let j = i + 1;
      while (j < bytes.length && bytes[j] !== 0x3e) j++;
      if (bytes[j - 1] !== 0x2f && ++depth > MAX_XML_DEPTH) {
        throw new ImportRefused(file, 'xml-too-deep', `“${short(part)}” inside it nests more than ${MAX_XML_DEPTH} levels deep (its tags are not closed)`, `Open it in the program that made it and save it again as ${what}.`);
      }
      i = j;
    }
  }
}
