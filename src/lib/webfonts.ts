/**
 * The web fonts' stylesheet link (src/lib/styles/webfonts.css), as every page carries it, switched off
 * (src/hooks.server.ts: a disabled sheet is not fetched), and as the service worker switches it on for a
 * return visit (src/service-worker.ts). A build test checks the pages carry it so.
 */
export const WEBFONTS_OFF = '<link rel="stylesheet" data-webfonts="" disabled=""';
export const WEBFONTS_ON = '<link rel="stylesheet" data-webfonts=""';
