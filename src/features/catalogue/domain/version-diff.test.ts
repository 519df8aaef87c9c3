import { describe, expect, it } from 'vitest';
import { changedFields, diffLines } from './version-diff.ts';

describe('version comparison', () => {
  it('shows a changed paragraph as removed then added and keeps the unchanged ones', () => {
    const v1 = '一、补助对象\n二、补助标准为每人每月500元\n三、申请程序';
    const v2 = '一、补助对象\n二、补助标准为每人每月600元\n三、申请程序';
    expect(diffLines(v1, v2)).toEqual([
      { op: 'same', text: '一、补助对象' },
      { op: 'removed', text: '二、补助标准为每人每月500元' },
      { op: 'added', text: '二、补助标准为每人每月600元' },
      { op: 'same', text: '三、申请程序' },
    ]);
  });

  it('lists only the metadata fields that changed', () => {
    expect(changedFields({ title: '通知', document_no: null }, { title: '通知', document_no: '岭政发〔2024〕3号' }, ['title', 'document_no'])).toEqual([
      { field: 'document_no', before: '', after: '岭政发〔2024〕3号' },
    ]);
  });
});
