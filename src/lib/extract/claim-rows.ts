/**
 * Claims as CSV data lines, encoded straight to UTF-8 bytes for streaming writers: byte for byte
 * what `writeClaimsCsv` writes after its header (contract columns, formula-like text cells
 * neutralized, papaparse's quoting), then UTF-8 encoded as Node and TextEncoder do (a lone
 * surrogate becomes U+FFFD).
 *
 * Why bytes: on the CLI's hot path, building the rows as one string (a cell array per claim and
 * joins, or concatenation) and then having the stream flatten and encode it cost more than
 * reading the input. Here each cell is written once into a reused buffer, and the cells a paper's
 * claims share (id, title, date) are copied from their first encoding.
 * `claim-rows.test.ts` checks both routes agree on the corpus and on fuzzed claims.
 *
 * What must stay true: every text column goes through the same neutralize-then-quote steps as
 * `claimToCells` + `csvCell`; the enum columns (metric, qualifier, change, norm_kind) hold only
 * the contract's values, none of which needs quoting or neutralizing.
 */
import { neutralizeCell } from '../claims/csv.ts';
import type { Claim } from '../claims/schema.ts';

/** papaparse's rule (as csvCell): quote a cell with `,` `"` CR LF or a BOM, or a space at either end. */
function needsQuotes(s: string): boolean {
	const n = s.length;
	if (n === 0) return false;
	if (s.charCodeAt(0) === 32 || s.charCodeAt(n - 1) === 32) return true;
	for (let i = 0; i < n; i++) {
		const c = s.charCodeAt(i);
		if (c === 44 || c === 34 || c === 10 || c === 13 || c === 0xfeff) return true;
	}
	return false;
}

/** FORMULA_START of csv.ts can only match a cell starting with `'`, `=`, `+`, `-`, `@`, tab or CR. */
function mayNeedNeutralizing(s: string): boolean {
	const c = s.charCodeAt(0);
	return c === 39 || c === 61 || c === 43 || c === 45 || c === 64 || c === 9 || c === 13;
}

export class ClaimsCsvEncoder {
	private bytes = new Uint8Array(1 << 16);
	private length = 0;
	/** Where the current paper's `paper_id,title,date,` cells sit in `bytes`, and whose they are. */
	private headStart = -1;
	private headEnd = -1;
	private paperId = '';
	private title = '';
	private date = '';

	/** Appends one CSV line (ending in `\n`) per claim. */
	addClaims(claims: readonly Claim[]): void {
		for (let i = 0; i < claims.length; i++) this.addClaim(claims[i]);
	}

	/**
	 * The encoded lines so far, as a view of the internal buffer, and starts over. The view is
	 * valid until the next `addClaims`: write it out (and wait for the write) before adding more.
	 */
	take(): Uint8Array {
		const out = this.bytes.subarray(0, this.length);
		this.length = 0;
		this.headStart = this.headEnd = -1;
		return out;
	}

	private addClaim(c: Claim): void {
		if (this.headStart >= 0 && c.paper_id === this.paperId && c.title === this.title && c.date === this.date) {
			const n = this.headEnd - this.headStart;
			this.room(n);
			this.bytes.copyWithin(this.length, this.headStart, this.headEnd);
			this.length += n;
		} else {
			this.paperId = c.paper_id;
			this.title = c.title;
			this.date = c.date;
			this.headStart = this.length;
			this.textCell(c.paper_id);
			this.comma();
			this.textCell(c.title);
			this.comma();
			this.cell(c.date);
			this.comma();
			this.headEnd = this.length;
		}
		this.numberCell(c.claim);
		this.comma();
		this.textCell(c.quote);
		this.comma();
		this.numberCell(c.start);
		this.comma();
		this.numberCell(c.end);
		this.comma();
		this.ascii(c.metric);
		this.comma();
		this.ascii(c.higher_is_better ? 'true' : 'false');
		this.comma();
		const lowAt = this.length;
		this.numberCell(c.value_low);
		const lowEnd = this.length;
		this.comma();
		if (c.value_high === c.value_low) this.sameNumberCell(lowAt, lowEnd);
		else this.numberCell(c.value_high);
		this.comma();
		this.textCell(c.unit);
		this.comma();
		this.ascii(c.qualifier);
		this.comma();
		this.ascii(c.change);
		this.comma();
		this.textCell(c.baseline);
		this.comma();
		this.numberCell(c.baseline_value);
		this.comma();
		this.textCell(c.context);
		this.comma();
		this.ascii(c.norm_kind);
		this.comma();
		const normAt = this.length;
		this.numberCell(c.norm_low);
		const normEnd = this.length;
		this.comma();
		if (c.norm_high === c.norm_low) this.sameNumberCell(normAt, normEnd);
		else this.numberCell(c.norm_high);
		this.comma();
		this.textCell(c.norm_unit);
		this.room(1);
		this.bytes[this.length++] = 10;
	}

	/** Makes room for `n` more bytes (keeping what is written, so head offsets stay valid). */
	private room(n: number): void {
		if (this.length + n <= this.bytes.length) return;
		const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + n));
		grown.set(this.bytes.subarray(0, this.length));
		this.bytes = grown;
	}

	private comma(): void {
		this.room(1);
		this.bytes[this.length++] = 44;
	}

	/** A string known to be ASCII (enum values, number text). */
	private ascii(s: string): void {
		const n = s.length;
		this.room(n);
		const b = this.bytes;
		let p = this.length;
		for (let i = 0; i < n; i++) b[p++] = s.charCodeAt(i);
		this.length = p;
	}

	/** `numberCell` of csv.ts: '' for null and non-finite numbers; a number's text never needs quoting. */
	private numberCell(v: number | null): void {
		if (v === null || !Number.isFinite(v)) return;
		// Offsets and claim numbers: small integers, written digit by digit (what String() writes).
		if (v >= 0 && v < 1e9 && Number.isInteger(v)) {
			this.room(9);
			const b = this.bytes;
			let digits = 1;
			for (let t = v; t >= 10; t = Math.floor(t / 10)) digits++;
			let p = this.length + digits;
			this.length = p;
			let t = v;
			do {
				b[--p] = 48 + (t % 10);
				t = Math.floor(t / 10);
			} while (t > 0);
			return;
		}
		this.ascii(String(v));
	}

	/** A number cell equal (===) to the one just written (`value_high` = `value_low`): the same text, copied. */
	private sameNumberCell(from: number, to: number): void {
		const n = to - from;
		this.room(n);
		this.bytes.copyWithin(this.length, from, to);
		this.length += n;
	}

	private textCell(s: string): void {
		this.cell(s.length > 0 && mayNeedNeutralizing(s) ? neutralizeCell(s) : s);
	}

	/** `csvCell(s)`, UTF-8 encoded. */
	private cell(s: string): void {
		const n = s.length;
		if (n === 0) return;
		const quoted = needsQuotes(s);
		// At most 3 bytes per UTF-16 unit (a doubled quote is 2), plus the two quote marks.
		this.room(3 * n + 2);
		const b = this.bytes;
		let p = this.length;
		if (quoted) b[p++] = 34;
		for (let i = 0; i < n; i++) {
			const c = s.charCodeAt(i);
			if (c < 0x80) {
				b[p++] = c;
				if (c === 34 && quoted) b[p++] = 34;
			} else if (c < 0x800) {
				b[p++] = 0xc0 | (c >> 6);
				b[p++] = 0x80 | (c & 63);
			} else if (c >= 0xd800 && c <= 0xdfff) {
				const d = i + 1 < n ? s.charCodeAt(i + 1) : 0;
				if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
					const cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
					b[p++] = 0xf0 | (cp >> 18);
					b[p++] = 0x80 | ((cp >> 12) & 63);
					b[p++] = 0x80 | ((cp >> 6) & 63);
					b[p++] = 0x80 | (cp & 63);
					i++;
				} else {
					// A lone surrogate: U+FFFD, as Buffer.from and TextEncoder write it.
					b[p++] = 0xef;
					b[p++] = 0xbf;
					b[p++] = 0xbd;
				}
			} else {
				b[p++] = 0xe0 | (c >> 12);
				b[p++] = 0x80 | ((c >> 6) & 63);
				b[p++] = 0x80 | (c & 63);
			}
		}
		if (quoted) b[p++] = 34;
		this.length = p;
	}
}
