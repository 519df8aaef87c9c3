// The load generator of run.ts, in a process of its own so that sending requests and reading answers
// never runs on the server's event loop (in one process they would share one thread, and the load
// generator's own work would be counted as the server's latency). Reads its orders as JSON on stdin and
// prints autocannon's result as JSON on stdout.
//
//   { "base": "http://127.0.0.1:PORT", "connections": 50, "duration": 15, "paths": [...],
//     "fresh": [...], "freshShare": 0.05 }
import { text } from 'node:stream/consumers';
import autocannonTyped from 'autocannon';

interface Orders {
  base: string;
  connections: number;
  duration: number;
  paths: string[];
  fresh: string[];
  freshShare: number;
}

// bench/web/autocannon.d.ts declares only the options that benchmark uses; `requests` (a list of
// request definitions, here one whose setupRequest picks the path) is part of autocannon's documented API.
type Result = Awaited<ReturnType<typeof autocannonTyped>>;
const autocannon = autocannonTyped as unknown as (options: Record<string, unknown>) => Promise<Result>;

const orders = JSON.parse(await text(process.stdin)) as Orders;
let freshUsed = 0;
/** Each request: one of `paths` at random (uniformly), or with probability freshShare the next never-asked one. */
const pick = () => {
  if (orders.freshShare > 0 && Math.random() < orders.freshShare) {
    if (freshUsed >= orders.fresh.length) throw new Error('freshSearchPaths ran out: raise its count');
    return orders.fresh[freshUsed++];
  }
  return orders.paths[Math.floor(Math.random() * orders.paths.length)];
};
const result = await autocannon({
  url: orders.base,
  connections: orders.connections,
  duration: orders.duration,
  requests: [{ method: 'GET', setupRequest: (req: Record<string, unknown>) => ({ ...req, path: pick() }) }],
});
process.stdout.write(
  JSON.stringify({
    requestsPerSec: Math.round(result.requests.average),
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
    non2xx: result.non2xx,
    errors: result.errors,
    freshUsed,
  }),
);
