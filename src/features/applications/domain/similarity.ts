// 条例第三十五条、第三十六条第（六）项：重复申请与无正当理由大量反复申请。The product only
// suggests candidates (same applicant, highly similar request); the clerk decides.

/** The applicant's identity as compared across cases: name without spaces/punctuation, ID upper-case, phone digits. */
export interface ApplicantIdentity {
  name: string;
  idNumber?: string | null;
  phone?: string | null;
}

const punctuation = /[\s\p{P}\p{S}]/gu;

export function normaliseName(name: string): string {
  // Full-width letters/digits (ＡＢＣ１２３) fold to ASCII so 公司名称 typed either way match.
  return name.normalize('NFKC').replace(punctuation, '').toLowerCase();
}

export function normaliseIdNumber(id: string): string {
  return id.normalize('NFKC').replace(/[\s-]/g, '').toUpperCase();
}

export function normalisePhone(phone: string): string {
  const digits = phone.normalize('NFKC').replace(/\D/g, '');
  // +86 / 0086 country prefix on an 11-digit mobile number
  if (digits.length === 13 && digits.startsWith('86')) return digits.slice(2);
  if (digits.length === 15 && digits.startsWith('0086')) return digits.slice(4);
  return digits;
}

/** Two applicants are the same when the ID numbers agree, or (without IDs) name and phone agree. */
export function sameApplicant(a: ApplicantIdentity, b: ApplicantIdentity): boolean {
  if (a.idNumber && b.idNumber) return normaliseIdNumber(a.idNumber) === normaliseIdNumber(b.idNumber);
  if (normaliseName(a.name) !== normaliseName(b.name)) return false;
  if (a.phone && b.phone) return normalisePhone(a.phone) === normalisePhone(b.phone);
  return false;
}

/**
 * Character bigrams of the text with punctuation and spaces removed. Chinese has no spaces between
 * words, so bigrams of characters capture "征收补偿" ≈ "征收的补偿" far better than word splitting.
 */
export function bigrams(text: string): Set<string> {
  const chars = Array.from(text.normalize('NFKC').replace(punctuation, '').toLowerCase());
  const grams = new Set<string>();
  if (chars.length === 1) grams.add(chars[0]!);
  for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i]! + chars[i + 1]!);
  return grams;
}

/** Jaccard index of the two texts' bigram sets: 1 for the same request, 0 for nothing in common. */
export function textSimilarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.size === 0 && y.size === 0) return 0;
  let shared = 0;
  for (const g of x) if (y.has(g)) shared++;
  return shared / (x.size + y.size - shared);
}

export interface EarlierCase {
  applicationId: string;
  applicationNumber: string;
  applicant: ApplicantIdentity;
  description: string;
}

export interface RepeatCandidate {
  applicationId: string;
  applicationNumber: string;
  score: number;
}

/** Score at or above which a request is flagged as a possible repeat; chosen so reworded requests still match. */
export const repeatThreshold = 0.6;

/** Earlier cases of the same applicant whose request is highly similar, best first. */
export function findRepeatCandidates(
  applicant: ApplicantIdentity,
  description: string,
  earlier: readonly EarlierCase[],
  threshold = repeatThreshold,
): RepeatCandidate[] {
  return earlier
    .filter((c) => sameApplicant(applicant, c.applicant))
    .map((c) => ({
      applicationId: c.applicationId,
      applicationNumber: c.applicationNumber,
      score: Math.round(textSimilarity(description, c.description) * 100) / 100,
    }))
    .filter((c) => c.score >= threshold)
    .sort((a, b) => b.score - a.score);
}

export interface SimilarRequest {
  applicationId: string;
  applicationNumber: string;
  score: number;
}

/**
 * Other applications asking for highly similar information, whoever made them, best first: several
 * applicants asking for the same disclosable information is when 条例第四十四条 lets the organ publish it
 * proactively. Suggests, never decides.
 */
export function findSimilarRequests(
  description: string,
  others: ReadonlyArray<{ id: string; applicationNumber: string; description: string }>,
  threshold = repeatThreshold,
): SimilarRequest[] {
  return others
    .map((o) => ({ applicationId: o.id, applicationNumber: o.applicationNumber, score: Math.round(textSimilarity(description, o.description) * 100) / 100 }))
    .filter((o) => o.score >= threshold)
    .sort((a, b) => b.score - a.score);
}
