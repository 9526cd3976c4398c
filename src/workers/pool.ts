// Worker threads for the engine's CPU work, so that a big page never holds the event loop that
// answers every other user and the platforms' heartbeats. piscina: a maintained pool (Node.js
// collaborators) with a bounded queue, abort signals that end a runaway task by replacing its
// thread, and a lower OS priority for its threads, so the event loop wins a busy core.
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { NewsbriefError } from '../errors.js';
import type { EngineTask } from './tasks.js';

export interface EnginePool {
  readonly threads: number;
  /** Tasks handed to the pool and not finished yet (running or queued). */
  readonly pending: number;
  /** Runs a task on a worker thread; a task over its time is ended and refused. */
  run(task: EngineTask): Promise<unknown>;
  /** Ends the threads (after the work in flight when `force` is not set). */
  close(options?: { force?: boolean }): Promise<void>;
}

export interface PoolSettings {
  /** Default: one a core. */
  threads?: number;
  /** Longest a task may run; default 20 s. */
  timeoutMs?: number;
}

// Compiled, the worker is worker.js beside this file; from the TypeScript sources (tests,
// tsx) it is loaded through a small entry that registers tsx in the thread first.
const entry = import.meta.url.endsWith('.ts') ? './dev-worker.mjs' : './worker.js';

/** Tasks waiting per thread before new ones are refused: a flood of pages gets an answer. */
const queuePerThread = 16;

type PiscinaModule = typeof import('piscina');
const require = createRequire(import.meta.url);

export function createEnginePool(settings: PoolSettings = {}): EnginePool {
  // Required here, not at start-up: the command line never starts a pool.
  const { Piscina } = require('piscina') as PiscinaModule;
  const threads = Math.max(1, settings.threads ?? availableParallelism());
  const timeoutMs = settings.timeoutMs ?? 20_000;
  const piscina = new Piscina({
    filename: fileURLToPath(new URL(entry, import.meta.url)),
    minThreads: 1,
    maxThreads: threads,
    maxQueue: threads * queuePerThread,
    idleTimeout: 60_000,
    niceIncrement: 5,
  });
  let pending = 0;
  return {
    threads,
    get pending() {
      return pending;
    },
    async run(task) {
      pending++;
      try {
        return await piscina.run(task, { signal: AbortSignal.timeout(timeoutMs) });
      } catch (error) {
        throw refusal(error) ?? error;
      } finally {
        pending--;
      }
    },
    async close(options = {}) {
      if (options.force) await piscina.destroy();
      else await piscina.close();
    },
  };
}

function refusal(error: unknown): NewsbriefError | undefined {
  const name = error instanceof Error ? error.name : '';
  if (name === 'AbortError' || name === 'TimeoutError') {
    return new NewsbriefError(
      'too_large',
      'That page takes too long to read, so it was not briefed. Send a link to a single article.',
      { cause: error },
    );
  }
  if (error instanceof Error && error.message === 'Task queue is at limit') {
    return new NewsbriefError(
      'rate_limited',
      'Many pages are being read right now. Please try again in a minute.',
      { cause: error },
    );
  }
  return undefined;
}
