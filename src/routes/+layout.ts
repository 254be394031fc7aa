// The story is the same for every reader: prerender every route to static HTML so it reads with
// JavaScript off, loads fast on phones, and any static host or CDN can serve it.
export const prerender = true;
// Section pages live at /<slug>/ (a folder with index.html), the URL form static hosts serve as is.
export const trailingSlash = 'always';
