/** Characters that XML text and attribute values must escape, and their entities. */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escapes text for XML (and SVG markup) content and attribute values. */
export function escapeXml(text: string): string {
	return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch]);
}
