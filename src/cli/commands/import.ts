/**
 * `graph import <file> --out DIR [--json] [--min-confidence X]`: read notes (.txt, .md, .docx, .pdf, .pptx),
 * suggest entities and relations, and write a dataset folder that `graph validate --data DIR` accepts, holding
 * every suggested entity and the typed relations at or above the confidence (default 0.5) whose kinds fit.
 * `--json` prints every suggestion (entities, relations, co-occurrence hints) with its confidence and evidence.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { formatProblem } from '../../model/format-problem';
import { applyDecisions } from '../../model/import/decisions';
import { formatOf, readNotesBytes } from '../../model/import/read-file';
import { relationTypesFromYaml } from '../../model/import/relation-types';
import { suggestImport } from '../../model/import/suggest';
import { toDataset } from '../../model/import/to-dataset';
import { validateData } from '../../model/validate';
import type { CliContext } from '../context';

export const DEFAULT_MIN_CONFIDENCE = 0.5;

export async function importNotes(ctx: CliContext): Promise<number> {
  const [file] = ctx.args;
  const out = ctx.options.out;
  if (!file) return usage(ctx, 'name the notes file to import');
  if (typeof out !== 'string' || !out) return usage(ctx, 'give --out DIR, the folder to write the dataset to');
  const min = ctx.options['min-confidence'] === undefined ? DEFAULT_MIN_CONFIDENCE : Number(ctx.options['min-confidence']);
  if (!Number.isFinite(min) || min < 0 || min > 1) return usage(ctx, `--min-confidence must be a number from 0 to 1, not "${ctx.options['min-confidence']}"`);
  const format = formatOf(file);
  if (!format) return usage(ctx, `cannot import "${file}": use a .txt, .md, .docx, .pdf or .pptx file`);
  const dir = resolve(out);
  if (existsSync(dir) && readdirSync(dir).length) {
    ctx.err(`${out} is not empty: import writes a new dataset folder and never overwrites one (choose a new folder, or empty it)`);
    return 1;
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(file));
  } catch (err) {
    ctx.err(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
    return 1;
  }
  let imported;
  try {
    imported = await readNotesBytes(format, bytes);
  } catch (err) {
    ctx.err(`cannot read ${file} as ${format}: ${(err as Error).message}`);
    return 1;
  }
  if (!imported.slides.length) {
    ctx.err(`${file}: no slides found (no text, or nothing the ${format} reader could use)`);
    return 1;
  }
  for (const w of imported.warnings) ctx.err(`warning: ${file}: ${w}`);
  const typesYaml = readFileSync(join(ctx.dataDir, 'relation-types.yaml'), 'utf8');
  const suggestions = suggestImport(imported, { relationTypes: relationTypesFromYaml(typesYaml) });
  const decided = applyDecisions(suggestions);
  const kept = decided.relations.filter((r) => r.kindsFit && r.confidence >= min);
  const { raw, skipped } = toDataset(imported, { entities: decided.entities, relations: kept }, typesYaml);
  const check = validateData(raw);
  for (const f of [raw.notes, raw.relationTypes, ...raw.entities, ...raw.relations]) {
    mkdirSync(dirname(join(dir, f.file)), { recursive: true });
    writeFileSync(join(dir, f.file), f.text);
  }
  if (ctx.options.json) {
    ctx.out(JSON.stringify({ file, format, title: imported.title, slides: imported.slides.length, warnings: imported.warnings, minConfidence: min, out, entities: suggestions.entities, relations: suggestions.relations, hints: suggestions.hints, skipped }, null, 2));
  } else {
    const n = check.dataset;
    ctx.out(`${file} (${format}): ${imported.slides.length} slides, ${suggestions.entities.length} entities, ${suggestions.relations.length} typed relations, ${suggestions.hints.length} co-occurrence hints suggested`);
    ctx.out(`wrote ${out}: ${n?.entities.length ?? 0} entities, ${n?.relations.length ?? 0} relations (confidence ≥ ${min}, kinds fitting the type)`);
  }
  if (!check.dataset) {
    for (const p of check.problems) ctx.err(formatProblem(p));
    ctx.err('the written dataset does not validate: report this as a bug in the importer');
    return 1;
  }
  return 0;
}

function usage(ctx: CliContext, message: string): number {
  ctx.err(`${message}\n  usage: import <file> --out DIR [--json] [--min-confidence X]`);
  return 2;
}
