// Every page is prerendered: first content never waits for DuckDB-WASM to load.
export const prerender = true;
export const trailingSlash = 'never';
