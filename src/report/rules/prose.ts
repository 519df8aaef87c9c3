// Splitting report prose into the units the narrative checks read.
import type { AnnualReport, SectionId } from '../model.ts';

/** Sentences of a text (。；！？ and line breaks end a sentence). */
export function sentences(text: string): string[] {
  return text
    .split(/[。；;！!？?\n]+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Clauses of a sentence (commas too). */
export function clauses(text: string): string[] {
  return sentences(text).flatMap((s) => s.split(/[，,]/).map((c) => c.trim()).filter((c) => c.length > 0));
}

/** Narrative text of the given sections, or of all sections. */
export function proseOf(report: AnnualReport, ids?: readonly SectionId[]): string {
  return report.sections
    .filter((s) => !ids || ids.includes(s.id))
    .map((s) => s.text)
    .join('\n');
}

/** Text of one section, or null when the report has no such section. */
export function sectionText(report: AnnualReport, id: SectionId): string | null {
  const section = report.sections.find((s) => s.id === id);
  return section ? section.text : null;
}

/** Shortened quotation for a message. */
export function quote(text: string, max = 40): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return `"${t.length > max ? `${t.slice(0, max)}…` : t}"`;
}
