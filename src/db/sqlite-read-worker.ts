// One read-only SQLite connection on its own thread (see sqlite-read-pool.ts): runs the statements the
// pool sends and posts the rows back. Writes are refused by the connection itself (readOnly), so a
// read pool can never change data even if a caller sends the wrong statement.
import { DatabaseSync } from 'node:sqlite';
import { parentPort, workerData } from 'node:worker_threads';
import { adaptNodeSqlite } from './node-sqlite.ts';

export interface ReadRequest {
  readonly id: number;
  readonly sql: string;
  readonly parameters: readonly unknown[];
}

export type ReadReply = { readonly id: number; readonly rows: unknown[] } | { readonly id: number; readonly error: string };

const { path } = workerData as { path: string };
const connection = new DatabaseSync(path, { readOnly: true });
connection.exec('PRAGMA busy_timeout = 5000');
const database = adaptNodeSqlite(connection);

parentPort!.on('message', (request: ReadRequest) => {
  let reply: ReadReply;
  try {
    const statement = database.prepare(request.sql);
    if (!statement.reader) throw new Error('只读连接只能执行查询语句。');
    reply = { id: request.id, rows: statement.all(request.parameters) };
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
});
