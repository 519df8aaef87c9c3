import { describe, expect, it } from 'vitest';
import { contentDisposition } from './content-disposition.ts';

describe('contentDisposition (RFC 6266 / 5987)', () => {
  it('gives the ASCII fallback the real extension and the UTF-8 name percent-encoded', () => {
    // 年报.docx in UTF-8: 年 E5 B9 B4, 报 E6 8A A5.
    expect(contentDisposition('年报.docx', { fallbackBase: 'annual-report' })).toBe(`attachment; filename="annual-report.docx"; filename*=UTF-8''%E5%B9%B4%E6%8A%A5.docx`);
    expect(contentDisposition('答复书.DOCX', { fallbackBase: 'letter', inline: true })).toBe(`inline; filename="letter.docx"; filename*=UTF-8''%E7%AD%94%E5%A4%8D%E4%B9%A6.DOCX`);
  });

  it('falls back to "download" and adds no extension when the name has none', () => {
    expect(contentDisposition('名单')).toBe(`attachment; filename="download"; filename*=UTF-8''%E5%90%8D%E5%8D%95`);
    // A quote or a line break can never reach the header through the fallback.
    expect(contentDisposition('a.pdf', { fallbackBase: 'x"\r\ny' })).toBe(`attachment; filename="xy.pdf"; filename*=UTF-8''a.pdf`);
  });
});
