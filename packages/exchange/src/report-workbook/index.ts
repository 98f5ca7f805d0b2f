export {
  FIRST_DATA_ROW as REPORT_WORKBOOK_FIRST_ROW,
  GUIDE_ROW as REPORT_WORKBOOK_GUIDE_ROW,
  REPORT_WORKBOOK_VERSION,
  SHEET as REPORT_WORKBOOK_SHEETS,
} from './layout';
export { type ReadWorkbookOptions, readReportWorkbook } from './read-report-workbook';
export * from './workbook-types';
export { boundedWorkbookBytes, REPORT_WORKBOOK_LIMITS, type WorkbookLimits } from './workbook-zip';
export { writeReportWorkbook } from './write-report-workbook';
