// The annual report model shared by readers (parse/), rules (rules/) and renderers (render/).
// Pure data: no I/O. Cell keys are `<table id>.<cell address>` exactly as report-format.json
// defines them, e.g. `applications.outcomes.withheld.state_secret.natural_person`.

export type FormatId = 'gov_2021' | 'gov_2019';
export type TableId = 'active_disclosure' | 'applications' | 'review_litigation';
export type SectionId =
  | 'general_situation'
  | 'active_disclosure'
  | 'applications'
  | 'review_litigation'
  | 'problems_and_improvements'
  | 'other_matters';

/** Where a value was read: a line of a text, a cell of an HTML/Word table, a page of a PDF. */
export interface SourceRef {
  line?: number; // 1-based line in the text the reader saw
  page?: number; // 1-based PDF page
  table?: number; // 0-based table index in an HTML/Word document
  row?: number; // 0-based row within that table
  column?: number; // 0-based column within that row (after colspan expansion)
  text?: string; // the raw text as printed, e.g. "251000元", "減3"
}

/**
 * One cell as read or entered. A blank cell, a "/" or "-" (not applicable) and a 0 are three
 * different things: `kind` keeps them apart, `value` is what arithmetic uses.
 */
export interface Cell {
  kind: 'number' | 'blank' | 'not_applicable';
  /** The number (integer count, signed change, or 万元 decimal); null when blank or not applicable. */
  value: number | null;
  /** Unit as printed, when the document states one (采购总金额, 收费金额). */
  unit?: 'yuan' | 'wan_yuan';
  source?: SourceRef;
  /** Set when the reader had to choose between layouts or convert a value. */
  note?: string;
  /** The figure was read from the report's prose ("全年共收到申请2件"), not from a table cell. */
  fromText?: true;
}

export interface Section {
  id: SectionId;
  /** The heading exactly as printed ("五、存在的主要问题及改进情况", "6、其他需要报告的事项"). */
  heading: string;
  /** Narrative text of the section (tables excluded), as printed. */
  text: string;
  /** Position of the heading in the document's order of headings (0-based). */
  order: number;
  source?: SourceRef;
}

export type Severity = 'error' | 'warning';

export interface Finding {
  /** Rule id from the specification (T3_BALANCE, R_SIX_SECTIONS, …) or a reader code (TABLE_INCOMPLETE, …). */
  rule: string;
  severity: Severity;
  /** A Chinese message a township clerk understands. */
  message: string;
  /** Full cell keys involved (`applications.new_received.total`). */
  cells: string[];
}

export interface AnnualReport {
  format: FormatId;
  /** Per-table format when they differ (a report that mixes the two formats). */
  tableFormats?: Partial<Record<TableId, FormatId>>;
  year: number | null;
  agency: string | null;
  /** Every value read or entered, keyed `<table>.<address>`; a cell not in the document has no key. */
  cells: Record<string, Cell>;
  sections: Section[];
  /** Title line as printed. */
  title?: string;
  /** Signature/publication date found in the document, YYYY-MM-DD. */
  reportDate?: string;
  /** Document numbers the text cites (国办公开办函〔2021〕30号 …). */
  citedDocuments?: string[];
  /** Tables that stop before their last row: what was read is kept, the rest is missing. */
  incompleteTables?: TableId[];
  /** What the reader noticed while reading (layout choices, conversions, truncation). */
  readFindings?: Finding[];
}

/** The JSON shape printed by `gongkai report check --json` for each file. */
export interface CheckResultJson {
  file: string;
  format: FormatId | null;
  year: number | null;
  agency: string | null;
  /** Numbers read; null for a blank cell; a "/" or "-" cell counts 0 here and is listed in notApplicable. */
  cells: Record<string, number | null>;
  notApplicable?: string[];
  /** Per cell, what was printed and where (line, page, table row/column), and the reader's note. */
  evidence?: Record<string, SourceRef & { note?: string; fromText?: true }>;
  findings: Finding[];
  error?: string;
}
