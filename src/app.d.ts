// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface PageState {
			/** The explorer's query string after a shallow history entry (see view-search.svelte.ts). */
			search?: string;
		}
	}
}
export {};
