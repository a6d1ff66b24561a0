// A @web/test-runner middleware for tests of code loaded on first use: while the page's
// `rk-unreachable` cookie names part of a module's path, that module's request gets no
// answer (the connection is closed), as with the connection dropped. A test sets the
// cookie, acts, and clears it (document.cookie = 'rk-unreachable=; path=/; max-age=0').
// Not an error status: Chromium keeps a module answered 503 failed for the next test
// file in the same browser page, a dropped connection it asks for again.

/** The part of the path the cookie names, if any. */
function unreachable(cookies = '') {
  const value = /(?:^|;\s*)rk-unreachable=([^;]+)/.exec(cookies)?.[1];
  return value ? decodeURIComponent(value) : undefined;
}

/** Koa middleware: drops the request for the module the cookie names, passes the rest on. */
export async function unreachableModules(context, next) {
  const part = unreachable(context.headers.cookie);
  if (part && context.path.includes(part)) {
    // The connection drops, as on a train: no answer at all.
    context.respond = false;
    context.req.socket.destroy();
    return;
  }
  await next();
}
