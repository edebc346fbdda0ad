// Static site: every page is prerendered; the explorer reads its view state from the URL in the browser.
export const prerender = true;
export const trailingSlash = 'never';
