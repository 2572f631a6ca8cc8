/** Zip text files and hand the zip to the user as a download; fflate is loaded only when a zip is made. */
import { downloadBlob } from './download';

/** The files (path → text, UTF-8) as zip bytes. */
export async function zipTexts(files: readonly { path: string; text: string }[]): Promise<Uint8Array> {
  const { strToU8, zipSync } = await import('fflate');
  return zipSync(Object.fromEntries(files.map((f) => [f.path, strToU8(f.text)])), { level: 6 });
}

/** Zip the files and download the zip as `fileName`. */
export async function downloadZip(files: readonly { path: string; text: string }[], fileName: string): Promise<void> {
  const bytes = await zipTexts(files);
  downloadBlob(new Blob([bytes as BlobPart], { type: 'application/zip' }), fileName);
}
