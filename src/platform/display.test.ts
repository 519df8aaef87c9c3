import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './display.ts';

describe('return paths after the large-text switch or sign-in', () => {
  it('keeps a path on this site with its query', () => {
    expect(safeReturnPath('/gk/999000021/guide/?page=2')).toBe('/gk/999000021/guide/?page=2');
  });

  it('refuses other sites, protocol-relative and backslash tricks, and header injection', () => {
    for (const bad of ['https://evil.example/', '//evil.example/', '/\\evil.example', 'javascript:alert(1)', '/ok\r\nSet-Cookie: x=1', '']) {
      expect(safeReturnPath(bad, '/admin')).toBe('/admin');
    }
  });
});
