// The story page ships no SvelteKit client: its interactive parts are islands (src/lib/islands).
export const csr = false;
