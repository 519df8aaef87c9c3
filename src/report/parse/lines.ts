// The common input of the report reader: a document flattened into lines in reading order.
// Text files give one line per text line; HTML and Word give one line per paragraph and one per
// table row (already split into cells, a row-spanning label only in its first row); PDF gives one
// line per visual row, split into cells where the gaps between text runs are wide.
import type { SourceRef } from '../model.ts';

export interface ReportLine {
  /** The whole line as text (cells joined by a tab when `cells` is set). */
  text: string;
  /** Cells of a table row, when the source knows them (HTML/Word table rows, PDF column gaps). */
  cells?: LineCell[];
  source: SourceRef;
}

export interface LineCell {
  text: string;
  source: SourceRef;
}
