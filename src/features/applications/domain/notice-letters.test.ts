import { describe, expect, it } from 'vitest';
import { outcomeCodes } from './outcomes.ts';
import { chineseDate, defaultLegalBasis, defaultTemplate, fillTemplate, renderLetter, templateKeys, unknownPlaceholders } from './notice-letters.ts';

const values = {
  agencyName: '某某镇人民政府',
  applicantName: '张三',
  applicationNumber: 'XZ01-2024-0007',
  receivedOn: '2024年9月25日',
  description: '本镇2024年征地补偿标准',
  reconsiderationBody: '某某县人民政府',
  court: '某某县人民法院',
  reasons: '该信息涉及第三方商业秘密，第三方不同意公开',
};

describe('notice letters (告知书)', () => {
  it('has a default template for each of the 21 outcomes and the four other letters', () => {
    expect(templateKeys).toHaveLength(21 + 4);
    for (const key of templateKeys) expect(unknownPlaceholders(defaultTemplate(key).body)).toEqual([]);
  });

  it('a refusal offers 行政复议 first and litigation only after it (行政复议法2023第二十三条)', () => {
    const letter = renderLetter(defaultTemplate('reply:outcomes.withheld.third_party_rights'), {
      ...values,
      legalBasis: defaultLegalBasis('outcomes.withheld.third_party_rights'),
    });
    const text = letter.paragraphs.join('\n');
    expect(text).toContain('六十日内向某某县人民政府申请行政复议');
    expect(text).toContain('对行政复议决定不服的，可以在收到行政复议决定书之日起十五日内向某某县人民法院提起行政诉讼');
    expect(text).not.toContain('六个月');
    expect(text).toContain('第十五条');
  });

  it('a disclosure offers reconsideration within 60 days or litigation within six months', () => {
    const text = renderLetter(defaultTemplate('reply:outcomes.granted'), values).paragraphs.join('\n');
    expect(text).toContain('六十日内向某某县人民政府申请行政复议，或者在收到本答复书之日起六个月内向某某县人民法院提起行政诉讼');
  });

  it('every reply letter states the receipt date, the request and the remedy', () => {
    for (const code of outcomeCodes) {
      const text = renderLetter(defaultTemplate(`reply:${code}`), values).paragraphs.join('\n');
      expect(text).toContain('2024年9月25日');
      expect(text).toContain('本镇2024年征地补偿标准');
      expect(text).toContain('行政复议');
    }
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
});
