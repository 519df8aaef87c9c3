// Where a redirect may go when the address comes from the request (`/login?next=…`, the large-text
// switch's `return=…`, the sign-in guard): only a path on this site. Every such redirect goes through
// safeReturnPath — one rule, so no route can write a weaker one.
//
// A browser reads a Location header with the WHATWG URL parser, which first removes every ASCII tab and
// newline and trims leading C0 controls and spaces: `/\t/other.host/` becomes `//other.host/`, a
// protocol-relative address of another site. So the candidate is judged after the same stripping, and
// what is sent back is the path the parser itself produced (percent-encoded, nothing left to reinterpret).

const BASE = 'http://gongkai.invalid';

/** A path on this site (with its query and fragment) taken from `candidate`, or `fallback`. */
export function safeReturnPath(candidate: string | undefined | null, fallback = '/'): string {
  if (typeof candidate !== 'string' || candidate.length === 0 || candidate.length > 2048) return fallback;
  // What the WHATWG URL parser does before anything else (URL Standard, basic URL parser, steps 1–3).
  const stripped = candidate.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  // A single slash, then not a second slash or a backslash (which the parser treats as a slash).
  if (!stripped.startsWith('/') || stripped.startsWith('//') || stripped.startsWith('/\\')) return fallback;
  let url: URL;
  try {
    url = new URL(stripped, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // The parser's own output must pass the same test (e.g. `/.//x` normalises to `//x`).
  return path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/\\') ? path : fallback;
}
