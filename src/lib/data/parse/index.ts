export { openDatasetFile, detectFormat } from './open-dataset-file';
export { parseDatasetJson } from './dataset-json';
export { parseStatementsCsv } from './statements-csv';
export { parsePloverJsonl } from './plover-jsonl';
export type { DatasetFormat, FileIssue, ParseResult } from './issues';
