export { default as ClaimCard } from './ClaimCard.svelte';
export { default as ClaimsTable } from './ClaimsTable.svelte';
export { default as FilterBar } from './FilterBar.svelte';
export { default as IssueList } from './IssueList.svelte';
export { default as QuoteHighlight } from './QuoteHighlight.svelte';
export { default as ClaimEditor } from './ClaimEditor.svelte';
export { default as CurationBar } from './CurationBar.svelte';
export { default as DatasetChoice } from './DatasetChoice.svelte';
