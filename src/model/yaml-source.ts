/** Parse one YAML data file into its list items, keeping the line of each item and of each of its fields. */
import { LineCounter, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Problem } from './types';

export interface SourceItem {
  value: unknown;
  /** 1-based line of the item. */
  line: number;
  /** 1-based line of each top-level field of the item, and of nested paths like "evidence.0.quote" (a Map: a key may be "__proto__"). */
  lines: Map<string, number>;
}

export interface DataFile {
  /** Path shown in messages, relative to the project, e.g. "graph-data/relations/power.yaml". */
  file: string;
  text: string;
  /** Set by the reader when the file could not be read (its problem is already reported): no knock-on problems. */
  missing?: boolean;
}

/** Parse a YAML file whose top level is a list. Never throws; syntax errors become problems. */
export function parseYamlList(source: DataFile): { items: SourceItem[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const counter = new LineCounter();
  let doc;
  try {
    doc = parseDocument(String(source.text ?? ''), { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  } catch (err) {
    problems.push(syntaxProblem(source.file, 1, String(err)));
    return { items: [], problems };
  }
  const lineAt = (offset: number | undefined) => (offset === undefined ? 1 : counter.linePos(offset).line);
  for (const e of doc.errors) {
    problems.push(syntaxProblem(source.file, lineAt(e.pos?.[0]), e.message.split('\n')[0]));
  }
  if (problems.length) return { items: [], problems };
  const contents = doc.contents;
  if (contents === null || (isScalar(contents) && contents.value === null)) return { items: [], problems };
  if (!isSeq(contents)) {
    problems.push({
      file: source.file,
      line: lineAt(contents.range?.[0]),
      code: 'not-a-list',
      message: 'the file must be a YAML list of records',
      fix: 'start each record with "- " at the left margin, as in the other files of this folder',
    });
    return { items: [], problems };
  }
  const items: SourceItem[] = [];
  for (const node of contents.items) {
    const line = lineAt((node as { range?: [number, number, number] } | null)?.range?.[0]);
    const lines = new Map<string, number>();
    const oddNumbers = new Map<string, string>();
    collectLines(node, '', lines, lineAt, (path, text) => oddNumbers.set(path, text), String(source.text ?? ''));
    let value: unknown;
    try {
      value = (node as { toJS?: (d: unknown) => unknown } | null)?.toJS?.(doc) ?? (node === null ? null : undefined);
    } catch (err) {
      problems.push(syntaxProblem(source.file, line, String(err)));
      continue;
    }
    // A number written as 0x784, 0o3604, 1.924e3 or +1924 stays text as written, so it is checked (and rejected) as written.
    for (const [path, text] of oddNumbers) setAt(value, path.split('.'), text);
    items.push({ value, line, lines });
  }
  return { items, problems };
}

type Range = { range?: [number, number, number] } | null;
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;

/** Record each field's line; iterative (an explicit stack), so nesting depth cannot overflow the call stack. */
function collectLines(root: unknown, rootPrefix: string, out: Map<string, number>, lineAt: (o: number | undefined) => number, oddNumber: (path: string, text: string) => void, text: string): void {
  const stack: [unknown, string][] = [[root, rootPrefix]];
  while (stack.length) {
    const [node, prefix] = stack.pop()!;
    if (isScalar(node) && typeof node.value === 'number' && prefix) {
      const range = (node as Range)?.range;
      const written = range ? text.slice(range[0], range[1]).trim() : String(node.value);
      if (!PLAIN_NUMBER.test(written)) oddNumber(prefix, written);
    } else if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const path = prefix ? `${prefix}.${key}` : key;
        out.set(path, lineAt((pair.key as Range)?.range?.[0]));
        stack.push([pair.value, path]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((child, i) => {
        const path = prefix ? `${prefix}.${i}` : String(i);
        out.set(path, lineAt((child as Range)?.range?.[0]));
        stack.push([child, path]);
      });
    }
  }
}

function setAt(value: unknown, path: string[], text: string): void {
  let v = value;
  for (const key of path.slice(0, -1)) v = v !== null && typeof v === 'object' && Object.hasOwn(v, key) ? (v as Record<string, unknown>)[key] : undefined;
  const last = path[path.length - 1]!;
  if (v !== null && typeof v === 'object' && Object.hasOwn(v, last)) (v as Record<string, unknown>)[last] = text;
}

function syntaxProblem(file: string, line: number, message: string): Problem {
  if (/call stack|too much recursion/i.test(message)) {
    return { file, line, code: 'nested-too-deep', message: 'the file nests lists or maps too deeply to be read', fix: 'write each record as "- field: value" lines at the left margin, as in the other files' };
  }
  return {
    file,
    line,
    code: 'yaml-syntax',
    message: `YAML syntax error: ${message}`,
    fix: 'check indentation, the "- " before each record, and quote values containing ":" or "#"',
  };
}

/** The line of a field path, falling back to its nearest recorded parent, then to the item's line. */
export function lineOf(item: SourceItem, path: (string | number)[]): number {
  for (let n = path.length; n > 0; n--) {
    const line = item.lines.get(path.slice(0, n).join('.'));
    if (line !== undefined) return line;
  }
  return item.line;
}
