export * from './read';
export * from './report-workbook';
export * from './types';
export * from './write';
