// The `newsbrief` command line: one subcommand a module, each `run(argv) -> exit code`.
type Subcommand = { run(argv: string[]): Promise<number> };

const subcommands: Record<string, () => Promise<Subcommand>> = {
  brief: () => import('./brief.js'),
  summarize: () => import('./summarize.js'),
  ask: () => import('./ask.js'),
  chat: () => import('./chat.js'),
  extract: () => import('./extract.js'),
  feed: () => import('./feed.js'),
  check: () => import('./check.js'),
  worker: () => import('./worker.js'),
};

const usage = `usage: newsbrief <command> [options]

  brief <path|url|->          print a brief of an article (--json for the Brief as JSON)
  summarize --jsonl           batch: JSON lines in, summaries out
  ask <path|url|-> "<q>"      answer a question from an article (--json; --jsonl for batch)
  extract <path|url|->        print the article as newsbrief reads it (--json; --jsonl for batch)
  check --jsonl               batch: {id, article, summary} lines in, {id, support, unsupported} out
  chat [--follow]             the console chat (the same commands as Discord and Slack)
  feed <path|url|->           every story newsbrief reads in a feed (--json; --jsonl for batch)
  worker                      poll feeds and deliver posts only (NEWSBRIEF_ROLE=worker)
`;

const [name = '', ...rest] = process.argv.slice(2);
const load = subcommands[name];
if (!load) {
  process.stderr.write(
    name && name !== '--help' && name !== '-h' ? `Unknown command "${name}".\n\n${usage}` : usage,
  );
  process.exitCode = name && name !== '--help' && name !== '-h' ? 2 : 0;
} else {
  const subcommand = await load();
  process.exitCode = await subcommand.run(rest);
}
