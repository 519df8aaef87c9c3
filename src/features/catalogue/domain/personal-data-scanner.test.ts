import { describe, expect, it } from 'vitest';
import { idCheckCharacter, isValidIdNumber, luhnValid, redactHit, scanPersonalData } from './personal-data-scanner.ts';

// A 公示 of the shape townships post for 低保 and 补贴 — with the personal data that must not go out.
const notice = `关于2024年第三季度城乡低保对象的公示
根据《社会救助暂行办法》和岭南县民发〔2024〕12号文件要求，经入户调查、民主评议，现将拟纳入低保对象公示如下：
张某某，身份证号11010519491231002X，家庭人口3人，月保障金额1260元，联系电话 13812345678；
补贴发放账户 4111 1111 1111 1111。
公示期：2024-09-02至2024年9月8日。监督电话：0375-7012345。
索引号：11410422MB1234567X/2024-00012，岭政发〔2024〕7号。`;

describe('personal-data scanner (条例第十五条 个人隐私)', () => {
  it('finds the ID number, the mobile number and the grouped bank card in a 低保 公示, in order', () => {
    const hits = scanPersonalData(notice);
    expect(hits.map((h) => [h.kind, h.text])).toEqual([
      ['id_card', '11010519491231002X'],
      ['mobile', '13812345678'],
      ['bank_card', '4111 1111 1111 1111'],
    ]);
  });

  it('shows each hit with the words around it', () => {
    const [id] = scanPersonalData(notice);
    expect(id!.before.endsWith('张某某，身份证号')).toBe(true);
    expect(id!.after.startsWith('，家庭人口3人')).toBe(true);
  });

  it('masks like a clerk would: birth date of the ID, middle of the card and of the phone', () => {
    const masked = scanPersonalData(notice).map((h) => h.masked);
    expect(masked).toEqual(['110105********002X', '138****5678', '4111********1111']);
  });

  it('uses the GB 11643 check character: the standard example 11010519491231002X ends in X', () => {
    expect(idCheckCharacter('11010519491231002')).toBe('X');
    expect(isValidIdNumber('11010519491231002X')).toBe(true);
    expect(isValidIdNumber('110105194912310021')).toBe(false);
  });

  it('rejects an 18-digit number with a correct check digit but an impossible birth date (30 February)', () => {
    // check digit worked out by hand: weighted sum 153, 153 mod 11 = 10 → '2'
    expect(isValidIdNumber('110105194902300012')).toBe(false);
    expect(scanPersonalData('编号110105194902300012')).toEqual([]);
  });

  it('checks bank cards with Luhn', () => {
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
    expect(scanPersonalData('卡号6011111111111117，请核对')).toHaveLength(1);
    expect(scanPersonalData('卡号6011111111111118，请核对')).toEqual([]);
  });

  it('raises no alarm on 文号, dates, 索引号, landlines and money in an ordinary notice', () => {
    const text = `岭政发〔2024〕12号 2024年3月15日 2024-03-15 20240315 索引号 6107280000/2024-001005、
      11370812004339255B/2020-22849、000013338/2023-00079；预算资金13812345678元；合计 1234567890123456.78 元；
      电话0375-7012345；统计编号 61072800001381234567890。`;
    expect(scanPersonalData(text)).toEqual([]);
  });

  it('does not see a phone number inside a longer digit run', () => {
    expect(scanPersonalData('项目编码 201381234567890')).toEqual([]);
    expect(scanPersonalData('编号A13812345678')).toEqual([]);
  });

  it('recognises a mobile number written with +86 or separators', () => {
    expect(scanPersonalData('联系人：李某 +86 138-1234-5678。').map((h) => h.masked)).toEqual(['138****5678']);
  });

  it('finds configured sensitive words with context, every occurrence', () => {
    const hits = scanPersonalData('本文件为内部资料，请勿外传；内部资料不得公开。', { sensitiveWords: ['内部资料', ''] });
    expect(hits.map((h) => [h.start, h.text])).toEqual([
      [4, '内部资料'],
      [14, '内部资料'],
    ]);
  });

  it('redacts a hit in place and refuses when the text has changed since the scan', () => {
    const text = '电话13812345678。';
    const [hit] = scanPersonalData(text);
    expect(redactHit(text, hit!)).toBe('电话138****5678。');
    expect(redactHit('电话：13812345678。', hit!)).toBeNull();
  });
});
