import { describe, expect, it } from 'vitest';
import { allowedEvents, isEditable, nextStatus, reportStatuses } from './workflow.ts';

describe('annual report workflow', () => {
  it('goes draft → submitted → approved → published and nowhere else forward', () => {
    expect(nextStatus('draft', 'submit')).toBe('submitted');
    expect(nextStatus('submitted', 'approve')).toBe('approved');
    expect(nextStatus('approved', 'publish')).toBe('published');
    expect(nextStatus('draft', 'approve')).toBeNull();
    expect(nextStatus('draft', 'publish')).toBeNull();
    expect(nextStatus('submitted', 'publish')).toBeNull();
  });

  it('returns a submitted or approved report to draft, never a published one', () => {
    expect(nextStatus('submitted', 'return')).toBe('draft');
    expect(nextStatus('approved', 'return')).toBe('draft');
    expect(nextStatus('published', 'return')).toBeNull();
    expect(allowedEvents('published')).toEqual([]);
  });

  it('lets only a draft be edited', () => {
    expect(reportStatuses.filter(isEditable)).toEqual(['draft']);
  });
});
