/** Command-line arguments of `extract-claims`, parsed into a value or a usage error (exit 2). */
import { parseArgs } from 'node:util';
import { INPUT_FORMATS, type InputFormat } from '../../src/lib/extract/types.ts';

export const USAGE = `Usage: npm run extract -- INPUT... [-o OUT.csv] [--format daily|text|jsonl|csv] [--papers PAPERS.csv] [--stats]

Extracts every claimed number from the papers in INPUT (files, or - for standard input) into the
claims CSV (docs/claims-csv.md).

  -o, --output FILE   write the claims CSV to FILE (default: standard output)
  -f, --format FMT    read every input as FMT instead of detecting it from the content:
                      daily (daily-papers page dump), text (title line, abstract, blank line),
                      jsonl (arXiv metadata JSON Lines), csv (title,abstract[,id,date] columns)
      --papers FILE   also write the papers table (paper_id,title,date,abstract) to FILE
      --stats         print timing and peak memory on standard error
  -h, --help          show this help

Exit status: 0 output written, 1 an input could not be read or the output not written,
2 bad usage.`;

export interface CliOptions {
	inputs: string[];
	output?: string;
	papers?: string;
	format?: InputFormat;
	stats: boolean;
	help: boolean;
}

export type ParsedArgs = { ok: true; options: CliOptions } | { ok: false; error: string };

function isFormat(s: string): s is InputFormat {
	return (INPUT_FORMATS as readonly string[]).includes(s);
}

export function parseCliArgs(argv: string[]): ParsedArgs {
	let values: Record<string, string | boolean | undefined>;
	let positionals: string[];
	try {
		({ values, positionals } = parseArgs({
			args: argv,
			allowPositionals: true,
			strict: true,
			options: {
				output: { type: 'string', short: 'o' },
				format: { type: 'string', short: 'f' },
				papers: { type: 'string' },
				stats: { type: 'boolean', default: false },
				help: { type: 'boolean', short: 'h', default: false }
			}
		}));
	} catch (err) {
		return { ok: false, error: err instanceof Error ? err.message : String(err) };
	}
	const options: CliOptions = {
		inputs: positionals,
		output: values.output as string | undefined,
		papers: values.papers as string | undefined,
		stats: values.stats === true,
		help: values.help === true
	};
	if (options.help) return { ok: true, options };
	const format = values.format as string | undefined;
	if (format !== undefined) {
		if (!isFormat(format)) return { ok: false, error: `unknown format "${format}"; use one of ${INPUT_FORMATS.join(', ')}` };
		options.format = format;
	}
	if (options.inputs.length === 0) return { ok: false, error: 'no input file given' };
	for (const [flag, path] of [['-o', options.output], ['--papers', options.papers]] as const) {
		if (path === '') return { ok: false, error: `${flag} needs a file name` };
		if (path !== undefined && options.inputs.includes(path))
			return { ok: false, error: `${flag} ${path} is also an input; refusing to overwrite it` };
	}
	if (options.output !== undefined && options.output === options.papers)
		return { ok: false, error: '-o and --papers name the same file' };
	if (options.inputs.filter((i) => i === '-').length > 1) return { ok: false, error: 'standard input (-) can be read only once' };
	return { ok: true, options };
}
