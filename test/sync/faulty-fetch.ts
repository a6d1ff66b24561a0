/** What can go wrong with one request on the way to the sync server and back. */
export type Fault =
  'none' | 'drop' | 'lose-response' | 'duplicate' | 'server-error' | 'expired' | 'slow';

export const FAULTS: Fault[] = [
  'drop',
  'lose-response',
  'duplicate',
  'server-error',
  'expired',
  'slow',
];

/**
 * A `fetch` to the real server with a fault for each request, chosen by `next()`: dropped
 * before it leaves, the answer lost after the server committed, sent twice, a 500, a 401
 * as for an expired token (the server never sees it), or answered late. Keeps every push
 * body it forwarded, so a test can replay an old one out of order.
 */
export function faultyFetch(next: () => Fault) {
  const pushes: string[] = [];
  const seen: Fault[] = [];
  const send = (input: RequestInfo | URL, init?: RequestInit) => {
    if (String(input).includes('/push') && typeof init?.body === 'string') pushes.push(init.body);
    return fetch(input, init);
  };
  const faulty = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const fault = String(input).includes('/events') ? 'none' : next();
    seen.push(fault);
    switch (fault) {
      case 'drop':
        throw new TypeError('Failed to fetch');
      case 'lose-response':
        await (await send(input, init)).text();
        throw new TypeError('network error: the answer was lost');
      case 'duplicate':
        await (await send(input, init)).text();
        return send(input, init);
      case 'server-error':
        return new Response('{"error":"boom"}', { status: 500 });
      case 'expired':
        return new Response('{"error":"unauthorized"}', { status: 401 });
      case 'slow': {
        const response = await send(input, init);
        await new Promise((later) => setTimeout(later, 30));
        return response;
      }
      default:
        return send(input, init);
    }
  }) as typeof fetch;
  return { fetch: faulty, pushes, seen };
}

/** A small seeded random generator (mulberry32), so a failing run can be repeated. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
