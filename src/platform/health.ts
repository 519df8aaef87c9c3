// GET /healthz: answers only after a real round trip to the database, so a load balancer or a
// monitoring check learns that the platform can actually serve.
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { Database } from '../db/database.ts';

export function registerHealth(app: FastifyInstance, database: Database): void {
  app.get('/healthz', async (request, reply) => {
    try {
      const result = await sql<{ ok: number }>`select 1 as ok`.execute(database.db);
      if (Number(result.rows[0]?.ok) !== 1) throw new Error('unexpected health query result');
      return { ok: true, db: database.dialect };
    } catch (error) {
      request.log.error({ err: error }, 'health check failed');
      return reply.code(503).send({ ok: false, db: database.dialect, error: '数据库暂时无法访问' });
    }
  });
}
