type Step = () => unknown;

export interface LifecycleLog {
  info(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

/** What a process offers for signals: `process` itself, or an EventEmitter in tests. */
export interface SignalSource {
  on(signal: 'SIGINT' | 'SIGTERM', listener: () => void): unknown;
  off(signal: 'SIGINT' | 'SIGTERM', listener: () => void): unknown;
}

export interface LifecycleSettings {
  log: LifecycleLog;
  /** How long work in flight may take to finish, and each closing step too; default 10 s. */
  graceMs?: number;
  /**
   * The whole shutdown's budget after a signal; default 4 s. A fetch or a delivery that hangs
   * must not hold the process: past this it exits 1. Nothing is lost by that: the outbox keeps
   * a delivery in flight as leased, and the next start sends it or finds it sent.
   */
  deadlineMs?: number;
  signals?: SignalSource;
  exit?: (code: number) => void;
}

export interface Lifecycle {
  /** Work in flight (a command, a poll, a delivery): shutdown waits for it, within the grace time. */
  track<T>(work: Promise<T>): Promise<T>;
  /** First on shutdown, in order: stop taking new work (stop the poller, stop the gateway...). */
  onStop(name: string, step: Step): void;
  /** Last, after work in flight: flush the outbox, then close the database. */
  onClose(name: string, step: Step): void;
  readonly stopping: boolean;
  /** Runs the steps once; later calls return the same promise. Resolves true when all went well. */
  shutdown(reason: string): Promise<boolean>;
  /** SIGINT/SIGTERM shut down then exit (0, or 1 on a failed step); a second signal exits at once. */
  listen(): () => void;
}

export function createLifecycle(settings: LifecycleSettings): Lifecycle {
  const log = quiet(settings.log);
  const graceMs = settings.graceMs ?? 10_000;
  const deadlineMs = settings.deadlineMs ?? 4_000;
  const inFlight = new Set<Promise<unknown>>();
  const stops: [string, Step][] = [];
  const closes: [string, Step][] = [];
  let done: Promise<boolean> | undefined;

  async function runSteps(steps: [string, Step][]): Promise<boolean> {
    let ok = true;
    for (const [name, step] of steps) {
      const outcome = await within(Promise.resolve().then(step), graceMs);
      if (outcome === 'ok') continue;
      ok = false;
      log.error(
        { step: name, err: outcome === 'late' ? undefined : outcome.error },
        `shutdown step ${outcome === 'late' ? 'timed out' : 'failed'}`,
      );
    }
    return ok;
  }

  async function run(reason: string): Promise<boolean> {
    log.info({ reason, inFlight: inFlight.size }, 'shutting down');
    const stopped = await runSteps(stops);
    const drained = await within(Promise.allSettled([...inFlight]), graceMs);
    if (drained === 'late')
      log.error({ unfinished: inFlight.size }, 'work in flight did not finish in time');
    const closed = await runSteps(closes);
    log.info({ reason }, 'shut down');
    return stopped && closed && drained === 'ok';
  }

  const lifecycle: Lifecycle = {
    track(work) {
      inFlight.add(work);
      const forget = (): void => {
        inFlight.delete(work);
      };
      work.then(forget, forget);
      return work;
    },
    onStop: (name, step) => void stops.push([name, step]),
    onClose: (name, step) => void closes.push([name, step]),
    get stopping() {
      return done !== undefined;
    },
    shutdown(reason) {
      done ??= run(reason);
      return done;
    },
    listen() {
      const signals = settings.signals ?? process;
      const exit = settings.exit ?? ((code: number) => process.exit(code));
      const onSignal = (signal: string) => () => {
        if (done) {
          log.error({ signal }, 'second signal: exiting now');
          exit(1);
          return;
        }
        const deadline = setTimeout(() => {
          log.error({ signal, deadlineMs }, 'shutdown took too long: exiting now');
          exit(1);
        }, deadlineMs);
        void lifecycle.shutdown(signal).then(
          (ok) => {
            clearTimeout(deadline);
            exit(ok ? 0 : 1);
          },
          () => exit(1),
        );
      };
      const onInt = onSignal('SIGINT');
      const onTerm = onSignal('SIGTERM');
      signals.on('SIGINT', onInt);
      signals.on('SIGTERM', onTerm);
      return () => {
        signals.off('SIGINT', onInt);
        signals.off('SIGTERM', onTerm);
      };
    },
  };
  return lifecycle;
}

/**
 * A log that never throws: once stdout's reader is gone every write fails (EPIPE), and a
 * failing log line must not stop the shutdown it reports.
 */
function quiet(log: LifecycleLog): LifecycleLog {
  const attempt = (write: () => void) => {
    try {
      write();
    } catch {
      // Nowhere left to report it.
    }
  };
  return {
    info: (obj, msg) => attempt(() => log.info(obj, msg)),
    error: (obj, msg) => attempt(() => log.error(obj, msg)),
  };
}

type Outcome = 'ok' | 'late' | { error: unknown };

/** Waits for `work` at most `ms`; never throws. */
async function within(work: Promise<unknown>, ms: number): Promise<Outcome> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), ms);
  });
  try {
    return await Promise.race([work.then((): 'ok' => 'ok'), late]);
  } catch (error) {
    return { error };
  } finally {
    clearTimeout(timer);
  }
}
