import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './local-path.ts';

describe('return paths after the large-text switch or sign-in', () => {
  it('keeps a path on this site with its query and fragment', () => {
    expect(safeReturnPath('/gk/999000021/guide/?page=2')).toBe('/gk/999000021/guide/?page=2');
    expect(safeReturnPath('/admin/applications/1#reply', '/admin')).toBe('/admin/applications/1#reply');
  });

  it('refuses other sites, protocol-relative and backslash tricks', () => {
    for (const bad of ['https://evil.example/', '//evil.example/', '/\\evil.example', 'javascript:alert(1)', '']) {
      expect(safeReturnPath(bad, '/admin')).toBe('/admin');
    }
  });

  it('never lets a newline reach the Location header (no header injection)', () => {
    expect(safeReturnPath('/ok\r\nSet-Cookie: x=1', '/admin')).toBe('/okSet-Cookie:%20x=1');
  });

  it('judges the path as a browser does, after tabs, newlines and leading controls are removed', () => {
    // The attack pass's address: the browser reads Location `/\t/other.host/` as `//other.host/`.
    for (const bad of ['/\t/other.host/', '/\n/other.host/', '/\r\n/other.host/', '\t//other.host/', ' //other.host/', '\u0000//other.host', '/\t\\other.host/', '/.//other.host/', '/a/..//other.host/']) {
      expect(safeReturnPath(bad, '/admin')).toBe('/admin');
    }
  });

  it('sends back the parser’s own form, with nothing left for a browser to reinterpret', () => {
    expect(safeReturnPath('/gk/公开?q=a b')).toBe('/gk/%E5%85%AC%E5%BC%80?q=a%20b');
    expect(safeReturnPath('/a\\b')).toBe('/a/b');
    expect(safeReturnPath('/gk/\t1/')).toBe('/gk/1/');
  });
});
