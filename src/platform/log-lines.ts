// How the server's log reads (issue 11 item 11): pino's JSON lines are for machines — a log collector, a
// file, `journalctl` — and stay so when stdout is not a terminal or NODE_ENV=production. On a terminal
// (someone ran `npm start`) each record becomes one short readable line that does not drown the Chinese
// banner: “10:25:03 GET /admin 200 12 ms”. Only the shape changes; every record is still written.
import type { Writable } from 'node:stream';

const levelNames: Record<number, string> = { 10: '跟踪', 20: '调试', 30: '信息', 40: '警告', 50: '错误', 60: '致命' };

interface LogRecord {
  level?: number;
  time?: number;
  msg?: string;
  req?: { method?: string; url?: string };
  res?: { statusCode?: number };
  responseTime?: number;
  err?: { message?: string; stack?: string };
  reqId?: string;
  [key: string]: unknown;
}

function clock(time: number | undefined): string {
  const d = new Date(time ?? 0);
  return [d.getHours(), d.getMinutes(), d.getSeconds()].map((n) => String(n).padStart(2, '0')).join(':');
}

// Fastify's own keys, said by the readable line itself; anything else a record carries is appended.
const shownKeys = new Set(['level', 'time', 'msg', 'pid', 'hostname', 'req', 'res', 'responseTime', 'err', 'reqId']);

/**
 * One pino record as a readable line, or null for a record the terminal does not need: fastify's
 * “incoming request” (its “request completed” line says method, address, status and time).
 */
export function readableLogLine(json: string): string | null {
  let record: LogRecord;
  try {
    record = JSON.parse(json) as LogRecord;
  } catch {
    return json.trimEnd();
  }
  if (record.msg === 'incoming request') return null;
  const level = record.level ?? 30;
  const prefix = `${clock(record.time)}${level === 30 ? '' : ` ${levelNames[level] ?? String(level)}`}`;
  const extra = Object.entries(record)
    .filter(([k]) => !shownKeys.has(k))
    .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join(' ');
  const tail = extra ? ` ${extra}` : '';
  if (record.msg === 'request completed' && record.res) {
    const ms = record.responseTime === undefined ? '' : ` ${Math.round(record.responseTime)} ms`;
    const request = record.req?.method ? `${record.req.method} ${record.req.url ?? ''} ` : '';
    return `${prefix} ${request}${record.res.statusCode ?? ''}${ms}${tail}`;
  }
  const error = record.err ? `\n${record.err.stack ?? record.err.message ?? ''}` : '';
  return `${prefix} ${record.msg ?? ''}${tail}${error}`;
}

// Requests started and not yet finished, so the finished line can say what was asked (bounded).
const MAX_OPEN_REQUESTS = 1000;

/**
 * A pino destination that writes readable lines to `out` (a terminal). Fastify names the method and
 * address only on “incoming request”; the stream keeps them by request id for the “request completed” line.
 */
export function readableLogStream(out: Pick<Writable, 'write'>): { write(line: string): void } {
  const open = new Map<string, { method?: string; url?: string }>();
  return {
    write(chunk: string) {
      for (const json of chunk.split('\n')) {
        if (json.trim() === '') continue;
        let line: string | null;
        try {
          const record = JSON.parse(json) as LogRecord;
          if (record.msg === 'incoming request' && record.reqId && record.req) {
            if (open.size >= MAX_OPEN_REQUESTS) open.delete(open.keys().next().value!);
            open.set(record.reqId, { method: record.req.method, url: record.req.url });
          }
          if (record.msg === 'request completed' && record.reqId && !record.req) {
            const req = open.get(record.reqId);
            open.delete(record.reqId);
            if (req) record.req = req;
          }
          line = readableLogLine(JSON.stringify(record));
        } catch {
          line = json.trimEnd();
        }
        if (line !== null) out.write(`${line}\n`);
      }
    },
  };
}

/** The fastify logger option: JSON lines unless stdout is a terminal outside production. */
export function loggerOptions(level: string, out: Pick<Writable, 'write'> & { isTTY?: boolean }, nodeEnv: string | undefined): { level: string; stream?: { write(line: string): void } } {
  if (!out.isTTY || nodeEnv === 'production') return { level };
  return { level, stream: readableLogStream(out) };
}
