/**
 * One socket's requests handled one after another, in the order they came in. A client that
 * sends again before its first message is acknowledged (a slow network, a burst) must see its
 * messages numbered and delivered in the order it sent them; the awaits of a send (rate
 * limit, access check, the group-commit write) would otherwise let a later one overtake.
 * Different sockets still run side by side, so group commit still batches across people.
 */
export function createInOrder() {
  const tails = new WeakMap<object, Promise<unknown>>();
  return function inOrder<T>(socket: object, task: () => Promise<T>): Promise<T> {
    const run = (tails.get(socket) ?? Promise.resolve()).then(task);
    const settled = run.then(
      () => undefined,
      () => undefined,
    );
    tails.set(socket, settled);
    return run;
  };
}
