/**
 * Problems found in input, as values. Every issue says where (source, line or row, column) and
 * why, and what the user can do; the rest of the input is still used.
 */
export interface InputIssue {
	/** File name or a label such as `pasted text`. */
	source: string;
	/** 1-based line in the source file, when known. */
	line?: number;
	/** 1-based data row (CSV rows after the header, JSON Lines records), when it applies. */
	row?: number;
	/** Column name, when one cell is at fault. */
	column?: string;
	reason: string;
	/** What the row or record became: skipped whole, or kept with a default. */
	severity: 'skipped' | 'warning' | 'fatal';
}

/** `claims.csv:12 column metric: unknown metric "speedz" (row skipped)` */
export function formatIssue(issue: InputIssue): string {
	const where = [issue.source || 'input'];
	if (issue.line !== undefined) where[0] += `:${issue.line}`;
	if (issue.row !== undefined) where.push(`row ${issue.row}`);
	if (issue.column) where.push(`column ${issue.column}`);
	const what =
		issue.severity === 'skipped' ? ' (skipped)' : issue.severity === 'fatal' ? ' (nothing read)' : '';
	return `${where.join(' ')}: ${issue.reason}${what}`;
}
