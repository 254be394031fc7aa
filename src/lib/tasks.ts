/**
 * Resolves in a task of its own: what awaits it runs after the browser has had its turn (input, a
 * frame). Work split this way never holds a slow phone's main thread for long in one piece.
 */
export const nextTask = () => new Promise<void>((done) => setTimeout(done));
