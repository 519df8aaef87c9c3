import { describe, expect, it } from 'vitest';
import { awaitsAgency, nextReviewStatus, reviewEvents, reviewStatuses } from './review-workflow.ts';

describe('review comment workflow', () => {
  it('a 要求整改 is answered by the agency, then accepted or reopened by the supervisor', () => {
    expect(nextReviewStatus('correction_required', 'answer')).toBe('answered');
    expect(nextReviewStatus('answered', 'accept')).toBe('accepted');
    expect(nextReviewStatus('answered', 'reopen')).toBe('correction_required');
  });

  it('a plain comment and an accepted correction allow nothing further', () => {
    for (const event of reviewEvents) {
      expect(nextReviewStatus('comment', event)).toBeNull();
      expect(nextReviewStatus('accepted', event)).toBeNull();
    }
  });

  it('an unanswered correction cannot be accepted, and an answered one cannot be answered twice', () => {
    expect(nextReviewStatus('correction_required', 'accept')).toBeNull();
    expect(nextReviewStatus('answered', 'answer')).toBeNull();
  });

  it('only an unanswered 要求整改 waits for the agency', () => {
    expect(reviewStatuses.filter(awaitsAgency)).toEqual(['correction_required']);
  });
});
