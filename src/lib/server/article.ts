/**
 * Reads the plain-text source article (content/source/article.txt) into its parts, so the build can
 * prove the story carries every body paragraph verbatim. Layout of the file: title, blank line, dek,
 * then paragraphs one per line, short subheads without final punctuation, and a "Sources" list of
 * "- " lines at the end.
 */
export const ARTICLE_FILE = 'content/source/article.txt';

export interface Article {
	title: string;
	dek: string;
	paragraphs: string[];
	subheads: string[];
	sources: string[];
}

/** Typographic quotes and whitespace are the only differences the editorial rules allow. */
export function normalise(text: string): string {
	return text
		.replace(/[\u2018\u2019\u201a\u201b]/g, "'")
		.replace(/[\u201c\u201d\u201e\u201f]/g, '"')
		.replace(/[\u00ad\u200b\u200c\u200d]/g, '')
		.replace(/\u00a0/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

const isSubhead = (line: string) => line.length < 60 && !/[.!?:”"’']$/.test(line);

export function parseArticle(text: string): Article {
	const lines = text.split(/\r?\n/).map((line) => line.trim());
	const [title = '', , dek = ''] = lines;
	const article: Article = { title, dek, paragraphs: [], subheads: [], sources: [] };
	let inSources = false;
	for (const line of lines.slice(3)) {
		if (!line) continue;
		if (line === 'Sources') inSources = true;
		else if (inSources && line.startsWith('- ')) article.sources.push(line.slice(2));
		else if (isSubhead(line)) article.subheads.push(line);
		else article.paragraphs.push(line);
	}
	return article;
}
