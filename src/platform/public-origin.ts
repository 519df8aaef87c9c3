// The address the public reaches the site at, for the absolute links an Atom feed or a sitemap must
// carry. Set GONGKAI_PUBLIC_URL (e.g. https://gk.example.gov.cn): the links then never depend on what a
// client writes in its Host header. Unset (a trial on one computer, an office LAN), the links are built
// from the request: its protocol and a Host header that is a plain host name or address with an
// optional port — anything else gives `localhost`, so no header can put markup or another path into
// a feed (docs/operations.md).
import type { FastifyInstance, FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface FastifyInstance {
    /** GONGKAI_PUBLIC_URL's origin, when set. */
    publicUrl: string | undefined;
  }
}

const PLAIN_HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

export function registerPublicOrigin(app: FastifyInstance, publicUrl: string | undefined): void {
  app.decorate('publicUrl', publicUrl);
}

/** `https://host[:port]`, without a trailing slash. */
export function publicOrigin(request: FastifyRequest): string {
  const configured = request.server.publicUrl;
  if (configured) return configured;
  const host = PLAIN_HOST.test(request.host) ? request.host : 'localhost';
  return `${request.protocol}://${host}`;
}
