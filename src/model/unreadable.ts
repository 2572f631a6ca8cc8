/**
 * One cause, one message: a data file that could not be read (syntax error, over a limit, unreadable on disk)
 * is reported once, where it failed; the relations that name entities it defines are counted against it and
 * summarised in one problem ("312 relations refer to entities in entities/core.yaml, which could not be read").
 */
import type { Problem } from './types';
import type { DataFile } from './yaml-source';

export interface Unreadable {
  file: string;
  /** Counts a reference when `id` is one of the file's ids (or when its ids could not be recovered at all). */
  count(id: string): boolean;
  /** References counted so far. */
  references(): number;
}

/** `id: value` at the start of a record or a field line: enough to recover the ids of a file YAML cannot parse. */
const ID_LINE = /^[ \t]*(?:-[ \t]+)?id:[ \t]*["']?([^"'\s#,}]+)/gm;

/**
 * A file that could not be read. With `scan`, its text is searched for ids line by line (the text is within
 * the size limits: scanned files are ones the parser already read); without ids found, no reference is
 * counted against it, so a genuinely unknown id is still reported as one.
 */
export function unreadableFile(file: DataFile, scan: boolean): Unreadable {
  const ids = new Set<string>();
  if (scan) for (const m of String(file.text ?? '').matchAll(ID_LINE)) ids.add(m[1]!);
  let n = 0;
  return {
    file: file.file,
    count(id) {
      if (!ids.has(id)) return false;
      n++;
      return true;
    },
    references: () => n,
  };
}

/** One problem per unreadable entities file that relations refer to. */
export function referencesSummary(files: readonly Unreadable[]): Problem[] {
  return files.filter((f) => f.references() > 0).map((f) => {
    const n = f.references();
    return {
      file: f.file, line: 0, code: 'references-unreadable', value: String(n),
      message: `${n.toLocaleString('en-GB')} reference${n === 1 ? '' : 's'} from relations name entities defined in ${f.file}, which could not be read`,
      fix: `correct ${f.file} first; these references are checked again once it can be read`,
    };
  });
}
