// Strict-Transport-Security tells a browser to use only HTTPS for this site for a year. Sent over plain
// HTTP it is meaningless at best (browsers ignore it there, RFC 6797 §8.1) and, on an office install
// reached by http://192.168.x.x, a promise the server cannot keep. So it goes only on responses that
// travel over HTTPS: a TLS socket, or a trusted reverse proxy (GONGKAI_TRUST_PROXY) saying
// `X-Forwarded-Proto: https` — Fastify's request.protocol believes that header only from such a proxy.
import type { FastifyInstance } from 'fastify';

/** One year, with sub-domains: helmet's own default value. */
export const HSTS_VALUE = 'max-age=31536000; includeSubDomains';

export function registerTransportSecurity(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.protocol === 'https') reply.header('strict-transport-security', HSTS_VALUE);
    return payload;
  });
}
