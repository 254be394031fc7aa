/**
 * The site's public origin, for absolute URLs in link previews, canonical links and share links.
 * Set SITE_ORIGIN at build time (e.g. SITE_ORIGIN=https://news.example.org/talks npm run build);
 * the default suits `npm run preview`.
 */
export const DEFAULT_ORIGIN = 'http://127.0.0.1:4173';

export function siteOrigin(value = process.env.SITE_ORIGIN): string {
	const origin = (value || DEFAULT_ORIGIN).replace(/\/+$/, '');
	let url: URL;
	try {
		url = new URL(origin);
	} catch {
		throw new Error(`SITE_ORIGIN must be an absolute http(s) URL, got "${value}"`);
	}
	if (!/^https?:$/.test(url.protocol))
		throw new Error(`SITE_ORIGIN must be an absolute http(s) URL, got "${value}"`);
	return origin;
}
