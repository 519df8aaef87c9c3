import { describe, expect, it } from 'vitest';
import { findRepeatCandidates, normalisePhone, sameApplicant, textSimilarity } from './similarity.ts';

describe('repeat application detection (条例第三十五条、第三十六条第（六）项)', () => {
  it('scores 征地补偿 against 征地赔偿 as 1 shared bigram of 5 = 0.2', () => {
    expect(textSimilarity('征地补偿', '征地赔偿')).toBeCloseTo(0.2, 10);
  });

  it('ignores punctuation and spaces, so the same request typed twice scores 1', () => {
    expect(textSimilarity('请公开：本镇 2024 年征地补偿标准。', '请公开本镇2024年征地补偿标准')).toBe(1);
  });

  it('scores a reworded request 14 shared bigrams of 18 ≈ 0.78', () => {
    expect(textSimilarity('请公开本镇2024年征地补偿标准', '申请公开本镇2024年的征地补偿标准')).toBeCloseTo(14 / 18, 10);
  });

  it('treats an ID number in lower case with spaces as the same applicant', () => {
    expect(sameApplicant({ name: '张三', idNumber: '11010119900307123x' }, { name: '张 三', idNumber: '110101 19900307123X' })).toBe(true);
  });

  it('without ID numbers, the same name and the same phone with +86 are the same applicant', () => {
    expect(normalisePhone('+86 138-1234-5678')).toBe('13812345678');
    expect(sameApplicant({ name: '李四', phone: '+86 138-1234-5678' }, { name: '李四', phone: '13812345678' })).toBe(true);
    expect(sameApplicant({ name: '李四', phone: '13812345678' }, { name: '李四', phone: '13912345678' })).toBe(false);
  });

  it('flags only the same applicant with a highly similar request, best first, and never another person', () => {
    const me = { name: '王五', idNumber: '110101199001011234' };
    const other = { name: '赵六', idNumber: '110101199202022345' };
    const found = findRepeatCandidates(me, '请公开本镇2024年征地补偿标准', [
      { applicationId: 'a', applicationNumber: 'X-2025-0001', applicant: me, description: '申请公开本镇2024年的征地补偿标准' },
      { applicationId: 'b', applicationNumber: 'X-2025-0002', applicant: me, description: '请公开本镇2024年征地补偿标准' },
      { applicationId: 'c', applicationNumber: 'X-2025-0003', applicant: other, description: '请公开本镇2024年征地补偿标准' },
      { applicationId: 'd', applicationNumber: 'X-2025-0004', applicant: me, description: '请提供某村低保名单' },
    ]);
    expect(found.map((c) => c.applicationId)).toEqual(['b', 'a']);
    expect(found[0]!.score).toBe(1);
    expect(found[1]!.score).toBe(0.78);
  });
});
