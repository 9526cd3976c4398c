// `npm run bench` (CLI part): cold start of the compiled CLI, each run a fresh process, against
// `node -e 0` (Node's own start-up) in the same run: median and spread of 15 runs each.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { percentile } from './lib/big-page.js';

// Run compiled, from dist/scripts/.
const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'newsbrief.js');
const seed = join(root, 'content', 'articles', 'russia-china-alliance.txt');
const runs = 15;

const commands: [string, string[]][] = [
  ['node -e 0', ['-e', '0']],
  ['newsbrief --help', [bin, '--help']],
  ['newsbrief brief <seed>', [bin, 'brief', seed]],
];

const load = loadavg()[0] ?? 0;
process.stdout.write(
  `\nCLI cold start, ${runs} runs each, interleaved (load average ${load.toFixed(1)})\n\n| command | median (s) | p90 (s) | × node -e 0 | CPU median (s) |\n| --- | ---: | ---: | ---: | ---: |\n`,
);
// Interleaved rounds, so a burst of load elsewhere touches every command alike.
const times = new Map<string, number[]>(commands.map(([name]) => [name, []]));
const cpu = new Map<string, number[]>(commands.map(([, args]) => [args.join(' '), []]));
for (let round = 0; round < runs; round++)
  for (const [name, args] of commands) times.get(name)?.push(...timeRunsOnce(args));
function timeRunsOnce(args: string[]): number[] {
  const cpuBefore = childCpuMs();
  const started = performance.now();
  const run = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  const wall = performance.now() - started;
  cpu.get(args.join(' '))?.push(childCpuMs() - cpuBefore);
  return [wall];
}

/**
 * CPU time of the finished children (Linux: cutime + cstime, in 10 ms ticks): on a machine
 * shared with other work, CPU time moves far less than wall time.
 */
function childCpuMs(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[13]) + Number(fields[14])) * 10;
}
const base = percentile(times.get('node -e 0') ?? [], 0.5);
for (const [name, args] of commands) {
  const samples = times.get(name) ?? [];
  const median = percentile(samples, 0.5);
  const cpuMedian = percentile(cpu.get(args.join(' ')) ?? [], 0.5);
  process.stdout.write(
    `| ${name} | ${(median / 1000).toFixed(2)} | ${(percentile(samples, 0.9) / 1000).toFixed(2)} | ${(median / base).toFixed(1)} | ${(cpuMedian / 1000).toFixed(2)} |\n`,
  );
}
