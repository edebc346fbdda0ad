// Rendered in the browser: the paper may come from the bundled data or from the user's own papers,
// which only the browser has. Deep links work through the adapter's 404.html fallback (and the
// preview server); the page reads everything from the explorer in the layout.
export const prerender = false;
export const ssr = false;
