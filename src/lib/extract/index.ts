// Public surface of the extractor. Pure TypeScript: no DOM, no Node APIs.
export * from './types.ts';
export { findClaims } from './find.ts';
export { extractText, claimsOfPaper, claimProblem, type ExtractOptions } from './pipeline.ts';
export {
	readPapers,
	prepareText,
	detectFormat,
	DETECT_WINDOW,
	readCsv,
	readDaily,
	readJsonl,
	readText,
	paperFromArxivRecord,
	paperFromJsonLine,
	parseDate,
	type ReadOptions,
	type RecordResult
} from './readers/index.ts';
export { csvCell, csvRows } from './csv-rows.ts';
export { ClaimsCsvEncoder } from './claim-rows.ts';
export { PAPER_COLUMNS, paperToCells, papersCsvRows, writePapersCsv } from './papers-csv.ts';
export { formatScore, parseGoldCsv, scoreClaims, type FieldShares, type GoldClaim, type ScoreReport } from './score.ts';
