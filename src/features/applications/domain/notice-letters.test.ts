import { describe, expect, it } from 'vitest';
import { remedyStatement } from '../../../law/replies.ts';
import { outcomeCodes } from './outcomes.ts';
import { chineseDate, defaultLegalBasis, defaultTemplate, fillTemplate, renderLetter, templateKeys, unknownPlaceholders } from './notice-letters.ts';

const authorities = { reconsiderationBody: '某某县人民政府', court: '某某县人民法院' };
const values = {
  agencyName: '某某镇人民政府',
  applicantName: '张三',
  applicationNumber: 'XZ01-2024-0007',
  receivedOn: '2024年9月25日',
  description: '本镇2024年征地补偿标准',
  reasons: '该信息涉及第三方商业秘密，第三方不同意公开',
};

describe('notice letters (告知书)', () => {
  it('has a default template for each of the 21 outcomes and the five other letters, using only known placeholders', () => {
    expect(templateKeys).toHaveLength(21 + 5);
    for (const key of templateKeys) {
      const t = defaultTemplate(key);
      expect(unknownPlaceholders(t.title + t.body)).toEqual([]);
    }
  });

  it('a third-party refusal cites 条例第十五条 and carries the reconsideration-first remedy (行政复议法2023第二十三条)', () => {
    const letter = renderLetter(defaultTemplate('reply:outcomes.withheld.third_party_rights'), {
      ...values,
      legalBasis: defaultLegalBasis('outcomes.withheld.third_party_rights'),
      remedy: remedyStatement('withheld_third_party', authorities),
    });
    const text = letter.paragraphs.join('\n');
    expect(letter.title).toBe('某某镇人民政府政府信息公开申请答复书');
    expect(text).toContain('第十五条');
    expect(text).toContain('六十日内向某某县人民政府申请行政复议；对行政复议决定不服的');
    expect(text).not.toContain('六个月');
  });

  it('every reply letter states the receipt date, the request and a remedy paragraph', () => {
    for (const code of outcomeCodes) {
      const letter = renderLetter(defaultTemplate(`reply:${code}`), { ...values, remedy: remedyStatement('disclosed', authorities) });
      const text = letter.paragraphs.join('\n');
      expect(text).toContain('2024年9月25日');
      expect(text).toContain('本镇2024年征地补偿标准');
      expect(text).toContain('或者自收到本答复之日起六个月内向某某县人民法院提起行政诉讼');
    }
  });

  it('the correction notice tells the applicant the consequence of missing the deadline (条例第三十条)', () => {
    const text = renderLetter(defaultTemplate('correction'), { ...values, correctionItems: '请写明所需信息的名称或文号', correctionDueOn: '2024年10月18日' }).paragraphs.join('\n');
    expect(text).toContain('请写明所需信息的名称或文号');
    expect(text).toContain('请您于2024年10月18日前');
    expect(text).toContain('视为放弃申请');
  });

  it('shows a missing value as a visible blank with its label instead of dropping it', () => {
    expect(fillTemplate('请于{{correctionDueOn}}前补正', values)).toBe('请于＿＿＿＿（补正期限）前补正');
  });

  it('reports placeholders an edited template invented', () => {
    expect(unknownPlaceholders('{{applicantName}} {{foo}}')).toEqual(['foo']);
  });

  it('writes 2024-10-08 as 2024年10月8日', () => {
    expect(chineseDate('2024-10-08')).toBe('2024年10月8日');
  });

  it('the 延迟答复告知书 states the statutory deadline, the later one, the reason and 条例第三十五条', () => {
    const letter = renderLetter(defaultTemplate('custom_deadline'), {
      ...values,
      statutoryDueOn: '2024年10月28日',
      customDueOn: '2024年11月29日',
      customDeadlineReason: '申请数量大，需逐件审查',
      legalBasis: '《中华人民共和国政府信息公开条例》第三十五条',
    });
    expect(letter.title).toBe('某某镇人民政府政府信息公开申请延迟答复告知书');
    const text = letter.paragraphs.join('\n');
    expect(text).toContain('第三十三条规定的期限（2024年10月28日）内答复');
    expect(text).toContain('理由如下：申请数量大，需逐件审查。');
    expect(text).toContain('根据《中华人民共和国政府信息公开条例》第三十五条的规定，本机关确定延迟答复的期限为：2024年11月29日前作出答复。');
  });
});
