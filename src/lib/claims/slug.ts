/**
 * `paper_id` for inputs without an arXiv id: lowercase, runs of characters other than a-z0-9
 * become `-`, trimmed of `-`, cut to at most `max` characters at a `-` boundary.
 */
export function slugify(title: string, max = 60): string {
	const slug = title
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	if (slug.length <= max) return slug;
	const cut = slug.slice(0, max + 1);
	const lastDash = cut.lastIndexOf('-');
	// A title of one very long word has no dash to cut at: cut hard.
	return lastDash > 0 ? cut.slice(0, lastDash) : slug.slice(0, max);
}

/** Titles compared across sources: lowercased, letters and digits only. */
export function titleKey(title: string): string {
	return title.toLowerCase().replace(/[^a-z0-9]/g, '');
}
