/**
 * The class broker (PUBLIC_CLASS_BROKER at build time): a ws:// or wss:// URL, or a path on the site's
 * own origin (`npm run classroom` builds with "/mqtt"). Unset, the site is exactly as without it.
 */
import { BROKER_META } from '$lib/classroom/config';

export function classBrokerMeta(value = process.env.PUBLIC_CLASS_BROKER): string {
	if (!value) return '';
	const valid = value.startsWith('/') ? !value.startsWith('//') : /^wss?:\/\/[^/?#]+/.test(value);
	if (!valid || /["<>\s]/.test(value))
		throw new Error(
			`PUBLIC_CLASS_BROKER must be a ws:// or wss:// URL or a path such as /mqtt, got "${value}"`
		);
	return `<meta name="${BROKER_META}" content="${value.replace(/&/g, '&amp;')}">`;
}
