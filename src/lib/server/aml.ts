/**
 * What every content file's reader shares: ArchieML parsed and checked against a valibot schema, and any
 * problem thrown as a ContentError naming the file, the place (`section "the-stakes" › step "stakes-2"`)
 * and the field, so the build stops with a message an editor can act on.
 */
import archieml from 'archieml';
import * as v from 'valibot';

export class ContentError extends Error {
	override name = 'ContentError';
}

export const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const text = v.pipe(
	v.string('must be a single line of text'),
	v.trim(),
	v.nonEmpty('is empty')
);
export const id = v.pipe(
	text,
	v.regex(kebab, 'must be lowercase kebab-case, like "the-stakes" or "stakes-2"')
);

type Raw = Record<string, unknown>;
const asRecord = (value: unknown): Raw =>
	value && typeof value === 'object' ? (value as Raw) : {};

const NAMED_BY = { sections: 'section', steps: 'step', quotes: 'quote', voices: 'voice' } as const;

/** `section "the-stakes" › step "stakes-2" › alt`, read off the raw input so it names what the editor wrote. */
function where(root: unknown, path: readonly (string | number)[]): string {
	const parts: string[] = [];
	let node: unknown = root;
	for (let i = 0; i < path.length; i++) {
		const key = path[i];
		const child = asRecord(node)[key];
		const parentKey = path[i - 1];
		if (typeof key === 'number' && parentKey && parentKey in NAMED_BY) {
			const kind = NAMED_BY[parentKey as keyof typeof NAMED_BY];
			const name = asRecord(child)[kind === 'section' ? 'slug' : 'id'];
			parts.pop();
			parts.push(typeof name === 'string' && name ? `${kind} "${name}"` : `${kind} #${key + 1}`);
		} else if (typeof key === 'number') {
			parts.push(`item #${key + 1}`);
		} else {
			parts.push(key);
		}
		node = child;
	}
	return parts.join(' › ');
}

export function fail(file: string, location: string, message: string): never {
	throw new ContentError(`${file}: ${location ? `${location}: ` : ''}${message}`);
}

/** Parse ArchieML and validate it against a schema, or fail naming the file, place and field. */
export function validate<T>(schema: v.GenericSchema<unknown, T>, source: string, file: string): T {
	let raw: unknown;
	try {
		raw = archieml.load(source);
	} catch (error) {
		fail(file, '', `is not valid ArchieML (${(error as Error).message})`);
	}
	const result = v.safeParse(schema, raw);
	if (result.success) return result.output;
	// A misspelled field shows up as both unknown and missing; the unknown one says more.
	const issue = result.issues.find((item) => item.expected === 'never') ?? result.issues[0];
	const path = (issue.path ?? []).map((item) => item.key as string | number);
	if (issue.expected === 'never' && issue.path)
		fail(file, where(raw, path.slice(0, -1)), `unknown field "${path.at(-1)}" (misspelled?)`);
	const missing = issue.input === undefined && issue.kind === 'schema';
	fail(file, where(raw, path), missing ? 'is missing' : issue.message);
}
