import { describe, expect, it } from 'vitest';
import { loggerOptions, readableLogLine, readableLogStream } from './log-lines.ts';

// 2026-12-07T10:25:03 in the machine's time zone.
const at = new Date(2026, 11, 7, 10, 25, 3).getTime();

describe('server log lines (issue 11 item 11)', () => {
  it('JSON when stdout is not a terminal or in production; readable lines on a terminal', () => {
    expect(loggerOptions('info', { write: () => true, isTTY: false }, undefined)).toEqual({ level: 'info' });
    expect(loggerOptions('info', { write: () => true, isTTY: true }, 'production')).toEqual({ level: 'info' });
    expect(loggerOptions('warn', { write: () => true, isTTY: true }, 'development').stream).toBeDefined();
  });

  it('one line per finished request, nothing for its start', () => {
    expect(readableLogLine(JSON.stringify({ level: 30, time: at, pid: 1, hostname: 'vm', reqId: 'req-1', req: { method: 'GET', url: '/admin' }, msg: 'incoming request' }))).toBeNull();
    expect(readableLogLine(JSON.stringify({ level: 30, time: at, pid: 1, hostname: 'vm', reqId: 'req-1', res: { statusCode: 200 }, responseTime: 11.6, msg: 'request completed' }))).toBe('10:25:03 200 12 ms');
    expect(readableLogLine(JSON.stringify({ level: 30, time: at, req: { method: 'POST', url: '/login' }, res: { statusCode: 303 }, responseTime: 40, msg: 'request completed' }))).toBe('10:25:03 POST /login 303 40 ms');
  });

  it('names the level in Chinese when it is not 信息, and keeps an error’s stack and any other field', () => {
    expect(readableLogLine(JSON.stringify({ level: 30, time: at, msg: 'Server listening at http://127.0.0.1:3000' }))).toBe('10:25:03 Server listening at http://127.0.0.1:3000');
    expect(readableLogLine(JSON.stringify({ level: 50, time: at, msg: 'session prune failed', err: { message: 'x', stack: 'Error: x\n    at f' } }))).toBe('10:25:03 错误 session prune failed\nError: x\n    at f');
    expect(readableLogLine(JSON.stringify({ level: 40, time: at, msg: '慢', table: 'application' }))).toBe('10:25:03 警告 慢 table=application');
    expect(readableLogLine('not json')).toBe('not json');
  });

  it('the stream splits what pino writes into lines', () => {
    const written: string[] = [];
    readableLogStream({ write: (s: string) => written.push(s) > 0 }).write(`${JSON.stringify({ level: 30, time: at, msg: 'a' })}\n${JSON.stringify({ level: 30, time: at, msg: 'incoming request' })}\n`);
    expect(written).toEqual(['10:25:03 a\n']);
  });

  it('the finished request’s line says the method and address of its start', () => {
    const written: string[] = [];
    const stream = readableLogStream({ write: (s: string) => written.push(s) > 0 });
    stream.write(`${JSON.stringify({ level: 30, time: at, reqId: 'req-7', req: { method: 'GET', url: '/admin/applications' }, msg: 'incoming request' })}\n`);
    stream.write(`${JSON.stringify({ level: 30, time: at, reqId: 'req-7', res: { statusCode: 200 }, responseTime: 35.2, msg: 'request completed' })}\n`);
    expect(written).toEqual(['10:25:03 GET /admin/applications 200 35 ms\n']);
  });
});
