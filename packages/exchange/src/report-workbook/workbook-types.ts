/** A code of the domain's vocabulary with its Chinese word (a project status, a node, a works kind). */
export interface WorkbookChoice {
  readonly code: string;
  readonly zh: string;
}

/** One project's row: what the zone office reads, and what the draft already holds for it. */
export interface TemplateProject {
  readonly id: string;
  readonly name: string;
  readonly currentStatus: string;
  readonly totalWan: number;
  readonly acceptedBeforeWan: number;
  readonly investmentWan: number | null;
  readonly status: string | null;
  readonly statusChangedOn: string | null;
  readonly progressText: string | null;
  readonly overTotalReason: string | null;
}

/** One project × node: planned and already reached (locked), and the draft's date this month. */
export interface TemplateNode {
  readonly projectId: string;
  readonly projectName: string;
  readonly node: string;
  readonly plannedOn: string | null;
  /** Reached in an earlier month: the row cannot be filled. */
  readonly reachedOn: string | null;
  readonly actualOn: string | null;
}

export interface TemplateWorks {
  readonly kind: string;
  readonly entityId: string;
  readonly name: string;
  readonly progressPercent: number | null;
  readonly unitsStarted: number | null;
  readonly unitsCompleted: number | null;
  readonly householdsMoved: number | null;
  readonly startedOn: string | null;
  readonly completedOn: string | null;
  readonly progressText: string | null;
}

/** Everything a zone's template for a month holds. */
export interface ReportWorkbookTemplate {
  readonly zone: { readonly code: string; readonly name: string };
  /** 'YYYY-MM'. */
  readonly month: string;
  /** The draft's version when the template was made, 0 when there was none: an upload saves over exactly it. */
  readonly reportVersion: number;
  /** DRAFT, RETURNED … or null when the month has no report yet; said on the guide sheet. */
  readonly reportStatus: string | null;
  readonly statuses: readonly WorkbookChoice[];
  readonly nodeNames: readonly WorkbookChoice[];
  readonly worksKinds: readonly WorkbookChoice[];
  readonly figures: {
    readonly fixedAssetInvestmentWan: number | null;
    readonly mainBusinessRevenueWan: number | null;
    readonly note: string | null;
  };
  readonly projects: readonly TemplateProject[];
  readonly nodes: readonly TemplateNode[];
  readonly works: readonly TemplateWorks[];
}

/** A cell the reader could not take: the sheet, its row as Excel numbers it, the field, and why. */
export interface WorkbookProblem {
  readonly sheet: string;
  readonly row: number;
  readonly field: string;
  /** `中文 / English`. */
  readonly message: string;
}

export interface FilledProject {
  readonly row: number;
  readonly projectId: string;
  readonly investmentWan: number | null;
  readonly status: string | null;
  readonly statusChangedOn: string | null;
  readonly progressText: string | null;
  readonly overTotalReason: string | null;
}

export interface FilledNode {
  readonly row: number;
  readonly projectId: string;
  readonly node: string;
  readonly actualOn: string;
}

export interface FilledWorks {
  readonly row: number;
  readonly kind: string;
  readonly entityId: string;
  readonly progressPercent: number | null;
  readonly unitsStarted: number | null;
  readonly unitsCompleted: number | null;
  readonly householdsMoved: number | null;
  readonly startedOn: string | null;
  readonly completedOn: string | null;
  readonly progressText: string | null;
}

/** A filled workbook as plain rows; nothing in it is checked against the atlas yet. */
export interface FilledReportWorkbook {
  readonly meta: {
    readonly zoneCode: string;
    readonly month: string;
    readonly reportVersion: number;
  };
  readonly figures: {
    readonly row: number;
    readonly fixedAssetInvestmentWan: number | null;
    readonly mainBusinessRevenueWan: number | null;
    readonly note: string | null;
  };
  readonly projects: readonly FilledProject[];
  /** Only the node rows with a date this month. */
  readonly nodes: readonly FilledNode[];
  /** Every works row, written in or not. */
  readonly works: readonly FilledWorks[];
  /** Cells that are not what their column takes (text in a money column, a formula without a value …). */
  readonly problems: readonly WorkbookProblem[];
  /** What was taken but deserves a word (a formula's cached value used). */
  readonly warnings: readonly string[];
}
