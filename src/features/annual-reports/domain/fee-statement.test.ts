import { describe, expect, it } from 'vitest';
import { feeStatement, yuanText } from './fee-statement.ts';

describe('section 六 fee statement', () => {
  it('states that no fee was charged when no notice was sent (the position is stated every year)', () => {
    expect(feeStatement(2024, { notices: 0, demandedFen: 0, paidNotices: 0, collectedFen: 0 })).toBe('2024年度，本机关未发出信息处理费收费通知，未收取信息处理费。');
  });

  it('gives the number of notices, the amount demanded and the amount collected', () => {
    // Two notices of 100元 and 250.50元; only the first was paid.
    expect(feeStatement(2024, { notices: 2, demandedFen: 35050, paidNotices: 1, collectedFen: 10000 })).toBe(
      '2024年度，本机关依照《政府信息公开信息处理费管理办法》发出信息处理费收费通知2件，通知收费金额合计350.50元；申请人按通知缴费1件，实际收取信息处理费100元。',
    );
  });

  it('says nothing was collected when no applicant paid', () => {
    expect(feeStatement(2023, { notices: 1, demandedFen: 10000, paidNotices: 0, collectedFen: 0 })).toContain('申请人均未缴费，未实际收取信息处理费');
  });

  it('writes 分 as 元 with two decimals only when there are 角 or 分', () => {
    expect(yuanText(30000)).toBe('300元');
    expect(yuanText(1205)).toBe('12.05元');
  });
});
