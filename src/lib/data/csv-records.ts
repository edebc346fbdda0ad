/**
 * Cuts CSV text that arrives in pieces (a download) into runs of whole records, so that each run
 * can be parsed while the rest is still arriving. A newline ends a record only outside quotes:
 * RFC 4180 quotes are counted (an escaped `""` counts twice), so a quoted field that spans lines is
 * never cut. Pure; no DOM.
 */
export class CsvRecordSplitter {
	#pending = '';
	/** Index in `#pending` up to which quotes were counted. */
	#scanned = 0;
	#inQuotes = false;
	/** End (exclusive) of the last complete record found in `#pending`. */
	#cut = 0;

	/** Adds a piece; returns the complete records it finishes (possibly ''), newlines included. */
	push(piece: string): string {
		this.#pending += piece;
		const s = this.#pending;
		let inQuotes = this.#inQuotes;
		let cut = this.#cut;
		// Jump quote to quote with indexOf (native): the newlines between a closing quote and the
		// next opening one are record ends, and only the last of them matters for the cut.
		let i = this.#scanned;
		for (;;) {
			const q = s.indexOf('"', i);
			if (!inQuotes) {
				const nl = s.lastIndexOf('\n', q < 0 ? s.length - 1 : q - 1);
				if (nl >= i) cut = nl + 1;
			}
			if (q < 0) break;
			inQuotes = !inQuotes;
			i = q + 1;
		}
		this.#inQuotes = inQuotes;
		this.#scanned = s.length;
		if (cut === 0) {
			this.#cut = 0;
			return '';
		}
		const done = s.slice(0, cut);
		this.#pending = s.slice(cut);
		this.#scanned -= cut;
		this.#cut = 0;
		return done;
	}

	/** The rest after the last piece (a last record without a newline), or ''. */
	end(): string {
		const rest = this.#pending;
		this.#pending = '';
		this.#scanned = 0;
		this.#cut = 0;
		this.#inQuotes = false;
		return rest;
	}
}
