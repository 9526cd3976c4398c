// `npm run bench`: articles per second and peak memory of newsbrief (the full Brief, facts
// included) and of each npm peer, on the same 200 BBC test articles, one process each so
// that peak memory is the system's own. Single-threaded: one core.
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { countWords } from '../src/nlp/tokens.js';
import { fillBudget } from './lib/budget.js';
import { readJsonl } from './lib/jsonl.js';

interface Row {
  id: string;
  title: string;
  text: string;
  summary: string;
}

const dataset = '../shared/data/bbc-news-summary/test.jsonl';
const articles = 200;
const { values } = parseArgs({ options: { system: { type: 'string' } } });

type Runner = (row: Row) => Promise<unknown>;
// Imported on first use, so that a peer's process holds none of newsbrief's memory.
// (A dynamic import goes through tsx's loader thread each call: resolve it once.)
let loaded: Promise<typeof import('../src/summarize/index.js')> | undefined;
let engine: typeof import('../src/summarize/index.js') | undefined;
const brief = async (row: Row) => {
  loaded ??= import('../src/summarize/index.js');
  engine ??= await loaded;
  return engine.summarize(
    { id: row.id, title: row.title, text: row.text, source: 'bench' },
    { maxWords: countWords(row.summary), maxSentences: Number.MAX_SAFE_INTEGER },
  );
};
let peersModule: typeof import('./lib/peers.js') | undefined;
const peerNames = ['lexrank', 'node-summarizer frequency', 'node-summarizer textrank'] as const;
const systems: Record<string, Runner> = {
  // Facts are computed when first read; a batch summary never reads them.
  'newsbrief (full Brief, facts read)': async (row) => (await brief(row)).facts,
  'newsbrief (facts not read)': async (row) => brief(row),
  ...Object.fromEntries(
    peerNames.map((name) => [
      name,
      async (row: Row) => {
        // Loaded only in a peer's own process: lexrank's dependencies patch String.prototype
        // (sugar.js) and would slow down every other system in the same process.
        peersModule ??= await import('./lib/peers.js');
        return fillBudget(await peersModule.peers[name](row.text), {
          maxWords: countWords(row.summary),
          maxSentences: Number.MAX_SAFE_INTEGER,
        });
      },
    ]),
  ),
};

async function measure(name: string): Promise<void> {
  const run = systems[name];
  if (!run) throw new Error(`unknown system ${name}`);
  const rows = readJsonl<Row>(new URL(dataset, `file://${process.cwd()}/`).pathname).slice(
    0,
    articles,
  );
  for (const row of rows.slice(0, 20)) await run(row); // warm up the JIT
  // The best of a few passes: the machine is shared, and the best pass is the one least
  // disturbed by others. The slowest peer gets one pass.
  const passes = name.endsWith('textrank') ? 1 : 5;
  let seconds = Number.POSITIVE_INFINITY;
  let cpuSeconds = Number.POSITIVE_INFINITY;
  for (let pass = 0; pass < passes; pass++) {
    const cpu = process.cpuUsage();
    const started = performance.now();
    for (const row of rows) await run(row);
    seconds = Math.min(seconds, (performance.now() - started) / 1000);
    const used = process.cpuUsage(cpu);
    cpuSeconds = Math.min(cpuSeconds, (used.user + used.system) / 1e6);
  }
  const words = rows.reduce((sum, row) => sum + countWords(row.text), 0) / rows.length;
  process.stdout.write(
    JSON.stringify({
      name,
      perSecond: rows.length / seconds,
      // Per second of the process's CPU time (GC threads included): steadier on a busy machine.
      perCpuSecond: rows.length / cpuSeconds,
      peakMb: process.resourceUsage().maxRSS / 1024,
      words,
    }),
  );
}

if (values.system) {
  await measure(values.system);
} else {
  const results = Object.keys(systems).map(
    (name) =>
      JSON.parse(
        execFileSync(
          process.execPath,
          [...process.execArgv, process.argv[1] ?? '', '--system', name],
          {
            encoding: 'utf8',
          },
        ),
      ) as { name: string; perSecond: number; perCpuSecond: number; peakMb: number; words: number },
  );
  const ours = results[0]?.perCpuSecond ?? 0;
  process.stdout.write(
    `${articles} BBC test articles (~${Math.round(results[0]?.words ?? 0)} words each), budget = reference length, one core (load average ${(loadavg()[0] ?? 0).toFixed(1)})\n\n`,
  );
  process.stdout.write(
    '| system | articles/s (wall) | articles per CPU-second | peak RSS (MB) | full newsbrief Brief is × faster (CPU) |\n| --- | ---: | ---: | ---: | ---: |\n',
  );
  for (const r of results)
    process.stdout.write(
      `| ${r.name} | ${Math.round(r.perSecond).toLocaleString('en')} | ${Math.round(r.perCpuSecond).toLocaleString('en')} | ${Math.round(r.peakMb)} | ${(ours / r.perCpuSecond).toFixed(1)} |\n`,
    );
}
