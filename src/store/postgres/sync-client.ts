import { createRequire } from 'node:module';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';

export type PgRow = Record<string, unknown>;

export interface PgResult {
  rows: PgRow[];
  rowCount: number;
}

/**
 * One PostgreSQL connection used synchronously: the store ports are synchronous (they were made
 * for better-sqlite3), so each query is run by `pg` on a worker thread while this thread waits
 * on a shared flag. One connection per process keeps a transaction's statements on the
 * connection that began it; other processes reach the same rows through PostgreSQL's locks.
 */
export interface PgSyncClient {
  query(sql: string, params?: readonly unknown[]): PgResult;
  /** Runs `fn` in a transaction (a savepoint when nested): all of its writes land, or none. */
  transaction<T>(fn: () => T): T;
  close(): void;
}

export interface PgConnection {
  url: string;
  /** Schema the connection works in (search_path), e.g. one per test run. */
  schema?: string;
  /** How long one statement may take before the call throws, in ms. */
  timeoutMs?: number;
}

// CommonJS, evaluated on the worker thread; `pg` is required by the absolute path this module
// resolved, so the worker finds it wherever the process was started.
const workerSource = `
const { workerData } = require('node:worker_threads');
const { Client, types } = require(workerData.pgPath);
// bigint columns hold epoch milliseconds and ids, far below 2^53.
types.setTypeParser(20, Number);
const signal = new Int32Array(workerData.signal);
const { port } = workerData;
let client;
async function connection() {
  if (client) return client;
  const next = new Client({ connectionString: workerData.url, options: workerData.options });
  next.on('error', () => { if (client === next) client = undefined; });
  await next.connect();
  client = next;
  return client;
}
port.on('message', async ({ id, sql, params, end }) => {
  let reply;
  try {
    if (end) { await client?.end(); reply = { rows: [], rowCount: 0 }; }
    else {
      const result = await (await connection()).query(sql, params);
      const last = Array.isArray(result) ? result[result.length - 1] : result;
      reply = { rows: last.rows, rowCount: last.rowCount ?? 0 };
    }
  } catch (error) {
    reply = { error: { message: error.message, code: error.code } };
  }
  port.postMessage({ id, ...reply });
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
  if (end) port.close();
});
`;

export class PgQueryError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'PgQueryError';
  }
}

export function createPgSyncClient(connection: PgConnection): PgSyncClient {
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  // As SQLite's synchronous=NORMAL: a commit is not waited onto disk, so a crash of the server
  // (never of a bot process) can drop the last moments of work, which the outbox redoes under
  // the same idempotency keys. Each statement waiting for an fsync would cap a worker at a few
  // hundred writes a second.
  const options = [
    '-c synchronous_commit=off',
    ...(connection.schema ? [`-c search_path=${connection.schema}`] : []),
  ].join(' ');
  const worker = new Worker(workerSource, {
    eval: true,
    workerData: {
      url: connection.url,
      options,
      pgPath: createRequire(import.meta.url).resolve('pg'),
      signal: signal.buffer,
      port: port2,
    },
    transferList: [port2],
  });
  worker.unref();
  const timeoutMs = connection.timeoutMs ?? 30_000;
  let closed = false;

  let calls = 0;
  function call(message: object): PgResult {
    if (closed) throw new PgQueryError('the PostgreSQL store is closed', undefined);
    const id = ++calls;
    port1.postMessage({ id, ...message });
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      // The worker posts its answer before raising the flag, so a cleared flag and an empty port
      // mean the answer is still to come.
      Atomics.store(signal, 0, 0);
      const reply = receiveMessageOnPort(port1)?.message as
        | (PgResult & { id: number; error?: { message: string; code?: string } })
        | undefined;
      if (reply?.id === id) {
        if (reply.error) throw new PgQueryError(reply.error.message, reply.error.code);
        return reply;
      }
      // An answer to a call that timed out earlier: dropped, never taken for this one's.
      if (reply) continue;
      const left = deadline - Date.now();
      if (left <= 0 || Atomics.wait(signal, 0, 0, left) === 'timed-out')
        throw new PgQueryError(`PostgreSQL did not answer within ${timeoutMs} ms`, undefined);
    }
  }

  let depth = 0;
  return {
    query: (sql, params = []) => call({ sql, params }),
    transaction(fn) {
      const savepoint = `sp${depth}`;
      call({ sql: depth === 0 ? 'BEGIN' : `SAVEPOINT ${savepoint}`, params: [] });
      depth++;
      try {
        const result = fn();
        call({ sql: depth === 1 ? 'COMMIT' : `RELEASE SAVEPOINT ${savepoint}`, params: [] });
        return result;
      } catch (error) {
        call({ sql: depth === 1 ? 'ROLLBACK' : `ROLLBACK TO SAVEPOINT ${savepoint}`, params: [] });
        throw error;
      } finally {
        depth--;
      }
    },
    close() {
      if (closed) return;
      call({ end: true });
      closed = true;
      port1.close();
      void worker.terminate();
    },
  };
}
