import { describe, expect, it } from 'vitest';
import { allowedEvents, applicationStatuses, isOpen, nextStatus, outcomeNotAllowedReason } from './workflow.ts';

describe('application workflow', () => {
  it('an online application waits for both sides to confirm before it counts as received (条例第三十一条)', () => {
    expect(nextStatus('awaiting_confirmation', 'confirm_receipt')).toBe('received');
    expect(nextStatus('awaiting_confirmation', 'reply')).toBeNull();
    expect(nextStatus('awaiting_confirmation', 'start_handling')).toBeNull();
  });

  it('a correction request goes back to received once the corrected application arrives (条例第三十条)', () => {
    expect(nextStatus('received', 'request_correction')).toBe('correction_requested');
    expect(nextStatus('correction_requested', 'receive_correction')).toBe('received');
    expect(nextStatus('in_progress', 'request_correction')).toBe('correction_requested');
  });

  it('runs the full path received → in progress → consulting → extended → fee → replied → delivered', () => {
    expect(nextStatus('received', 'start_handling')).toBe('in_progress');
    expect(nextStatus('in_progress', 'start_consultation')).toBe('consulting');
    expect(nextStatus('consulting', 'conclude_consultation')).toBe('in_progress');
    expect(nextStatus('in_progress', 'approve_extension')).toBe('extended');
    expect(nextStatus('extended', 'issue_fee_notice')).toBe('fee_notice');
    expect(nextStatus('fee_notice', 'record_payment')).toBe('fee_paid');
    expect(nextStatus('fee_paid', 'reply')).toBe('replied');
    expect(nextStatus('replied', 'deliver')).toBe('delivered');
  });

  it('allows only one extension (条例第三十三条第二款：最长不得超过20个工作日)', () => {
    expect(nextStatus('extended', 'approve_extension')).toBeNull();
  });

  it('answers on the spot straight from received (条例第三十三条第一款)', () => {
    expect(nextStatus('received', 'reply')).toBe('replied');
  });

  it('a replied, delivered or withdrawn case accepts no further change except delivery of the reply', () => {
    expect(allowedEvents('replied')).toEqual(['deliver']);
    expect(allowedEvents('delivered')).toEqual([]);
    expect(allowedEvents('withdrawn')).toEqual([]);
  });

  it('the applicant may withdraw at every open stage', () => {
    for (const status of applicationStatuses) {
      expect(nextStatus(status, 'withdraw') !== null).toBe(isOpen(status));
    }
  });

  it('a case waiting for a correction can only end as 逾期不补正, one waiting for payment only as 逾期未缴费', () => {
    expect(outcomeNotAllowedReason('correction_requested', 'outcomes.granted')).toContain('补正');
    expect(outcomeNotAllowedReason('correction_requested', 'outcomes.other_handling.correction_overdue')).toBeNull();
    expect(outcomeNotAllowedReason('in_progress', 'outcomes.other_handling.correction_overdue')).not.toBeNull();
    expect(outcomeNotAllowedReason('fee_notice', 'outcomes.granted')).toContain('缴纳');
    expect(outcomeNotAllowedReason('fee_notice', 'outcomes.other_handling.fee_unpaid_overdue')).toBeNull();
    expect(outcomeNotAllowedReason('fee_paid', 'outcomes.other_handling.fee_unpaid_overdue')).not.toBeNull();
    expect(outcomeNotAllowedReason('in_progress', 'outcomes.withheld.state_secret')).toBeNull();
  });
});
