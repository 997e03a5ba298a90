/**
 * Work that several callers may wait on at once (the same alignment asked for
 * twice, the same report): started once, and cancelled only when every caller
 * that came with a signal has gone. A caller without a signal never leaves.
 */
export interface Flights<T> {
  /** Joins the work under `key`, starting it when none is in flight; `shared` when it was already. */
  join(key: string, signal: AbortSignal | undefined, start: (signal: AbortSignal) => Promise<T>): { promise: Promise<T>; shared: boolean };
}

interface Flight<T> {
  promise: Promise<T>;
  waiters: number;
  readonly controller: AbortController;
}

export function createFlights<T>(): Flights<T> {
  const flights = new Map<string, Flight<T>>();
  const forget = (key: string, flight: Flight<T>): void => {
    if (flights.get(key) === flight) flights.delete(key);
  };
  return {
    join(key, signal, start) {
      let flight = flights.get(key);
      const shared = flight !== undefined;
      if (!flight) {
        const controller = new AbortController();
        const started: Flight<T> = { promise: Promise.resolve() as Promise<T>, waiters: 0, controller };
        started.promise = start(controller.signal).finally(() => forget(key, started));
        flights.set(key, started);
        flight = started;
      }
      flight.waiters += 1;
      if (signal) {
        const joined = flight;
        const leave = (): void => {
          joined.waiters -= 1;
          if (joined.waiters > 0) return;
          // Nobody waits: a caller arriving now starts afresh rather than join the work being cancelled.
          forget(key, joined);
          joined.controller.abort();
        };
        if (signal.aborted) leave();
        else {
          signal.addEventListener('abort', leave, { once: true });
          joined.promise.then(
            () => signal.removeEventListener('abort', leave),
            () => signal.removeEventListener('abort', leave),
          );
        }
      }
      return { promise: flight.promise, shared };
    },
  };
}
