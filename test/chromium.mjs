// How Chromium is launched here, for the e2e tests and the benchmark alike.
import { existsSync } from 'node:fs';

/** Debian's Chromium where it exists (CI, these machines); CHROME_PATH to pick another; else Playwright's own. */
export const executablePath =
	process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/**
 * Flags this closed network needs: no background calls home, and every host name but 127.0.0.1 left
 * unresolved (so serve on 127.0.0.1, not localhost).
 */
export const args = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'
];
