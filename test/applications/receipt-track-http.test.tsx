// The 申请回执 can be printed (a 打印回执 button, the print stylesheet), and the tracking page's hints show
// a 申请编号 and a 查询码 in the formats the receipt really prints.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseApplicationNumber } from '../../src/features/applications/domain/application-number.ts';
import { openTestApp, testDialects, type TestApp } from '../support/app.ts';
import { buildTree, type TestTree } from '../db/tree.ts';
import { applicantForm } from './support.ts';

for (const dialect of testDialects()) {
  describe(`application receipt and tracking hints [${dialect}]`, () => {
    let t: TestApp;
    let tree: TestTree;
    beforeAll(async () => {
      t = await openTestApp({ dialect, now: () => new Date('2024-09-24T02:00:00.000Z') });
      tree = await buildTree(t.app.context, 'RP');
    });
    afterAll(async () => t?.close());

    it('the receipt offers 打印回执 and prints with the print stylesheet', async () => {
      const receipt = await t.browser().submit(`/gk/${tree.townA.code}/apply`, applicantForm({ submissionKey: 'http-key-receipt-0001' }));
      expect(receipt.status).toBe(201);
      const $ = receipt.$();
      expect($('#application-number').text()).toBe(`${tree.townA.code}-2024-0001`);
      const button = $('main button[data-print]');
      expect(button.text().trim()).toBe('打印回执');
      expect(button.attr('type')).toBe('button');
      // Shown by enhance.js (it prints on click); without JavaScript the hint names the browser's own 打印.
      expect(button.attr('hidden')).toBeDefined();
      expect($('main .receipt-actions .hint').text()).toContain('Ctrl+P');
      expect($('link[rel=stylesheet][media=print]').attr('href')).toBe('/static/css/print.css');
    });

    it('the tracking hints give a number and a code in the receipt formats', async () => {
      const $ = (await t.browser().get('/apply/track')).$();
      const numberHint = $('#field-applicationNumber-hint').text();
      const codeHint = $('#field-queryCode-hint').text();
      // <机关代码>-<年>-<四位序号>, and a 10-symbol code without 0/O/1/I/L.
      expect(numberHint).toBe('回执上的编号：机关代码-年份-序号，例如 999000021-2026-0012。');
      expect(parseApplicationNumber('999000021-2026-0012')).toEqual({ agencyCode: '999000021', year: 2026, sequence: 12 });
      expect(codeHint).toBe('回执上的 10 位字母和数字，例如 7KQ3M9XP2D；不区分大小写，可带空格。');
      expect('7KQ3M9XP2D').toMatch(/^[2-9A-HJKMNP-Z]{10}$/);
    });
  });
}
