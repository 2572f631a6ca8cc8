/** The `graph` command: `npm run graph -- <command> [options]`, over the same model code as the app. */
import { parseArgs } from 'node:util';
import { exportGraph } from './commands/export';
import { importNotes } from './commands/import';
import { at, betrayals, changes, path, rank, timeline } from './commands/queries';
import { stats } from './commands/stats';
import { validate } from './commands/validate';
import { type CliContext, dataFolderError } from './context';

type Command = (ctx: CliContext) => number | Promise<number>;

/** Each command: what it runs, its usage line, how many positional arguments it takes (Infinity: words of a name), and its options. */
const COMMANDS = new Map<string, { run: Command; usage: string; args: number; options: string[] }>([
  ['validate', { run: validate, args: 0, options: ['data'], usage: 'validate [--data DIR]            check the data; exit 1 listing every problem' }],
  ['export', { run: exportGraph, args: 0, options: ['data', 'format', 'out'], usage: 'export [--format json|gexf|csv] [--out DIR] [--data DIR]   print the graph (csv writes nodes.csv, edges.csv into a new or existing folder)' }],
  ['stats', { run: stats, args: 0, options: ['data', 'json'], usage: 'stats [--json] [--data DIR]       counts by kind and type, slides cited, undated relations' }],
  ['betrayals', { run: betrayals, args: 0, options: ['data', 'json'], usage: 'betrayals [--json]                who allied and later turned on whom; side switches' }],
  ['path', { run: path, args: 2, options: ['data', 'json', 'from', 'to', 'tones'], usage: 'path <a> <b> [--from Y --to Y] [--tones friendly,hostile,neutral] [--json]   how two entities are linked' }],
  ['timeline', { run: timeline, args: Infinity, options: ['data', 'json'], usage: 'timeline <entity> [--json]        everything an entity did and underwent, in order' }],
  ['changes', { run: changes, args: 2, options: ['data', 'json'], usage: 'changes <yearA> <yearB> [--json]  relations that began and ended between two years' }],
  ['at', { run: at, args: 1, options: ['data', 'json'], usage: "at <year> [--json]                entities and relations in force that year (as the app's year slider)" }],
  ['import', { run: importNotes, args: 1, options: ['data', 'json', 'out', 'min-confidence'], usage: 'import <file> --out DIR [--json] [--min-confidence X]   notes (.txt .md .docx .pdf .pptx) → a new dataset folder of suggested entities and relations' }],
  ['rank', { run: rank, args: 0, options: ['data', 'json', 'from', 'to'], usage: 'rank [--from Y --to Y] [--json]   who mattered: degree and betweenness' }],
]);

function help(): string {
  return ['usage: npm run graph -- <command> [options]', '', ...[...COMMANDS.values()].map((c) => `  ${c.usage}`), '', '  --help, -h                        this help (exit 0)'].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        data: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, json: { type: 'boolean' },
        from: { type: 'string' }, to: { type: 'string' }, tones: { type: 'string' }, help: { type: 'boolean', short: 'h' },
        'min-confidence': { type: 'string' },
      },
    });
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n\n${help()}\n`);
    return 2;
  }
  const [name, ...args] = parsed.positionals;
  if (parsed.values.help) {
    process.stdout.write(help() + '\n');
    return 0;
  }
  if (!name) {
    process.stderr.write(`name a command\n\n${help()}\n`);
    return 2;
  }
  const command = COMMANDS.get(name);
  if (!command) {
    process.stderr.write(`unknown command "${name}"\n\n${help()}\n`);
    return 2;
  }
  const extra = args.slice(command.args);
  const stray = Object.keys(parsed.values).filter((o) => parsed.values[o as keyof typeof parsed.values] !== undefined && !command.options.includes(o));
  if (extra.length || stray.length) {
    const what = [...extra.map((a) => `"${a}"`), ...stray.map((o) => `--${o}`)].join(', ');
    process.stderr.write(`${name} does not take ${what}\n  usage: ${command.usage}\n`);
    return 2;
  }
  const missing = command.options.includes('data') ? dataFolderError(parsed.values.data ?? 'graph-data') : null;
  if (missing) {
    process.stderr.write(`${name}: ${missing}\n`);
    return 2;
  }
  return command.run({
    args,
    options: parsed.values,
    dataDir: parsed.values.data ?? 'graph-data',
    out: (t) => process.stdout.write(t + '\n'),
    err: (t) => process.stderr.write(t + '\n'),
  });
}

// `npm run graph -- export | head` closes the pipe early: that is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (err) => {
    process.stderr.write(`graph: ${(err as Error).stack ?? err}\n`);
    process.exitCode = 1;
  },
);
