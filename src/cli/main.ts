/** The `graph` command: `npm run graph -- <command> [options]`, over the same model code as the app. */
import { parseArgs } from 'node:util';
import { exportGraph } from './commands/export';
import { at, betrayals, changes, path, rank, timeline } from './commands/queries';
import { stats } from './commands/stats';
import { validate } from './commands/validate';
import type { CliContext } from './context';

type Command = (ctx: CliContext) => number | Promise<number>;

const COMMANDS: Record<string, { run: Command; usage: string }> = {
  validate: { run: validate, usage: 'validate [--data DIR]            check the data; exit 1 listing every problem' },
  export: { run: exportGraph, usage: 'export [--format json|gexf|csv] [--out DIR] [--data DIR]   print the graph (csv writes nodes.csv, edges.csv)' },
  stats: { run: stats, usage: 'stats [--json] [--data DIR]       counts by kind and type, slides cited, undated relations' },
  betrayals: { run: betrayals, usage: 'betrayals [--json]                who allied and later turned on whom; side switches' },
  path: { run: path, usage: 'path <a> <b> [--from Y --to Y] [--tones friendly,hostile,neutral] [--json]   how two entities are linked' },
  timeline: { run: timeline, usage: 'timeline <entity> [--json]        everything an entity did and underwent, in order' },
  changes: { run: changes, usage: 'changes <yearA> <yearB> [--json]  relations that began and ended between two years' },
  at: { run: at, usage: 'at <year> [--json]                entities and relations in force that year (as the app\'s year slider)' },
  rank: { run: rank, usage: 'rank [--from Y --to Y] [--json]   who mattered: degree and betweenness' },
};

function help(): string {
  return ['usage: npm run graph -- <command> [options]', '', ...Object.values(COMMANDS).map((c) => `  ${c.usage}`)].join('\n');
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
      },
    });
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n\n${help()}\n`);
    return 2;
  }
  const [name, ...args] = parsed.positionals;
  if (!name || parsed.values.help) {
    process.stdout.write(help() + '\n');
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`unknown command "${name}"\n\n${help()}\n`);
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
