// Rate limits (DESIGN §5): login and public forms. Registered with `global: false`; a route opts in with
// `config: { rateLimit: publicFormRateLimit }`. Limits count per client IP within the window.
import type { FastifyInstance } from 'fastify';
import fastifyRateLimit from '@fastify/rate-limit';

/** Sign-in attempts: generous for a real person, useless for guessing (core also locks the account). */
export const loginRateLimit = { max: 20, timeWindow: 60_000 } as const;

/** Public forms (applications, comments): a person files a few a minute at most. */
export const publicFormRateLimit = { max: 10, timeWindow: 60_000 } as const;

export class TooManyRequestsError extends Error {
  readonly statusCode = 429;
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number) {
    super(`您的操作太频繁，请在 ${retryAfterSeconds} 秒后再试。`);
    this.name = 'TooManyRequestsError';
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export async function registerRateLimit(app: FastifyInstance): Promise<void> {
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) => new TooManyRequestsError(Math.max(1, Math.ceil(context.ttl / 1000))),
  });
}
