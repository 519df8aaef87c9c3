import { describe, expect, it } from 'vitest';
import { legalBasisWithGrounds, refusalReasonsText, secondaryOutcomes, withheldPartsText, type WithheldPart } from './withholding.ts';

const privacy: WithheldPart = { part: '名单中的身份证号码', ground: 'withheld_third_party', reason: '属于个人隐私。' };
const draft: WithheldPart = { part: '讨论稿', ground: 'withheld_process_info', reason: '属于过程稿' };

describe('withheld parts and several grounds (条例第三十六条第（三）项、第三十七条)', () => {
  it('numbers each withheld part with its ground, article and reason, trailing punctuation trimmed', () => {
    expect(withheldPartsText([privacy, draft])).toBe(
      '\n1. 名单中的身份证号码：涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害，依据《中华人民共和国政府信息公开条例》第十五条不予公开，理由：属于个人隐私；' +
        '\n2. 讨论稿：属于讨论记录、过程稿、磋商信函、请示报告等过程性信息，依据《中华人民共和国政府信息公开条例》第十六条第二款不予公开，理由：属于过程稿',
    );
    expect(withheldPartsText([])).toBe('');
  });

  it('adds each further article once to the reply type\'s legal basis', () => {
    expect(legalBasisWithGrounds('outcomes.partially_granted', [privacy, draft, { ...privacy, part: '电话' }])).toBe(
      '《中华人民共和国政府信息公开条例》第三十七条、第十五条、第十六条第二款',
    );
    // 第十五条 is already in a third-party refusal's basis.
    expect(legalBasisWithGrounds('outcomes.withheld.third_party_rights', [privacy])).toBe('《中华人民共和国政府信息公开条例》第十五条、第三十二条、第三十六条第（三）项');
  });

  it('records the rows the reply is not counted under, each once (spec §6)', () => {
    expect(secondaryOutcomes('outcomes.partially_granted', [privacy, draft, privacy])).toEqual(['outcomes.withheld.third_party_rights', 'outcomes.withheld.process_information']);
    expect(secondaryOutcomes('outcomes.withheld.third_party_rights', [privacy, draft])).toEqual(['outcomes.withheld.process_information']);
  });

  it('a full refusal names its principal reason first, then the further grounds', () => {
    expect(refusalReasonsText('第三方不同意公开。', [{ part: null, ground: 'withheld_internal_affairs', reason: '属于内部考核材料' }])).toBe(
      '第三方不同意公开；此外，属于人事管理、后勤管理、内部工作流程等内部事务信息，依据《中华人民共和国政府信息公开条例》第十六条第一款不予公开，理由：属于内部考核材料',
    );
    expect(refusalReasonsText('第三方不同意公开', [])).toBe('第三方不同意公开');
  });
});
