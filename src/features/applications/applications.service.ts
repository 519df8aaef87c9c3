// 依申请公开 services. Each command: authorize first, open one transaction, call repositories and the pure
// domain, append a case event and an audit event for every change (DESIGN §3, 条例第四十五条：建立健全政府
// 信息公开申请登记、审核、办理、答复、归档的工作制度).
//
// The services live in one file per concept; this module gathers them so callers import one place.
export { queryCodeFor, type ApplicationsDeps } from './service-support.ts';
export { registerApplication, submitFromPortal, type IntakeResult } from './intake.service.ts';
export {
  addNote,
  approveExtension,
  assignCase,
  confirmReceipt,
  receiveCorrection,
  recordConsultationReply,
  requestCorrection,
  startConsultation,
  startHandling,
} from './handling.service.ts';
export { setCustomDeadline } from './custom-deadline.service.ts';
export { issueFeeNotice, recordPayment } from './fees.service.ts';
export { previewReply, recordDelivery, replyToApplication, withdrawApplication, type DraftedReply } from './replies.service.ts';
export { caseLetter, caseLetterKinds, caseLetterReadiness, caseLetterStates, type CaseLetterReadiness, LetterNotReadyError, type CaseLetterState, type LetterKindRequest } from './letters.service.ts';
export { publishProactively } from './publication.service.ts';
export { effectiveRemedy, remedyProblems, remedySettingsView, saveRemedySettings, type RemedySettingsView } from './remedy-settings.service.ts';
export { listLetterTemplates, saveLetterTemplate } from './templates.service.ts';
export { replyFileForApplicant, replyLetterForApplicant, trackApplication, type TrackedCustomDeadline, type TrackView } from './tracking.service.ts';
export { attachmentFile, caseAgencyId, replyFile, getCase, revealApplicant, type CaseView, type MaskedApplicant } from './case-view.service.ts';
export { listCases, overdueRepliesInYear, readableAgencies, replyUrgencyByAgency, staffHome, table3ForYear, type HomeCase, type ReplyUrgencyCounts, type StaffHome } from './queries.service.ts';
export type { OutcomeCode } from './domain/outcomes.ts';
export type { RepeatCandidate } from './domain/similarity.ts';
