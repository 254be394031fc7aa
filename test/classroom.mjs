// `npm run classroom`: the story and a class broker from one laptop. Builds the site if needed (with
// PUBLIC_CLASS_BROKER pointing at this server's own broker), then serves build/ and an embedded MQTT
// broker (aedes) over WebSocket at /mqtt on the same port. The e2e tests start it the same way.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { networkInterfaces } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Aedes } from 'aedes';
import { WebSocketServer, createWebSocketStream } from 'ws';

/** The broker's path on the server; a build made for it names it relative to the page's origin. */
export const BROKER_PATH = '/mqtt';

/** @type {Record<string, string>} */
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.txt': 'text/plain; charset=utf-8',
	'.webmanifest': 'application/manifest+json'
};

// What a build is made from: a build older than any of it is made again.
const SOURCES = ['src', 'content', 'static', 'svelte.config.js', 'vite.config.ts', 'package.json'];
/** @type {(path: string) => number} */
const newest = (path) => {
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
};

/**
 * The class broker a build points at (its <meta name="class-broker">), or null.
 * @param {string} dir
 */
export function builtBroker(dir) {
	const index = join(dir, 'index.html');
	if (!existsSync(index)) return null;
	return (
		readFileSync(index, 'utf8').match(/<meta name="class-broker" content="([^"]*)"/)?.[1] ?? null
	);
}

/** Builds `dir` for `broker` unless it is already built for it from the current sources. */
export function ensureBuild(dir = 'build', broker = BROKER_PATH) {
	const fresh =
		builtBroker(dir) === broker &&
		statSync(join(dir, 'index.html')).mtimeMs > Math.max(...SOURCES.map(newest));
	if (fresh) return;
	console.log(`Building ${dir}/ for the class broker ${broker} …`);
	const built = spawnSync('npx', ['vite', 'build'], {
		stdio: ['ignore', 'ignore', 'inherit'],
		env: { ...process.env, PUBLIC_CLASS_BROKER: broker, BUILD_DIR: dir }
	});
	if (built.status !== 0) throw new Error(`classroom: the build failed (exit ${built.status})`);
}

/**
 * Serves `dir` and the broker on `port` (0: any free one). Resolves once listening, with the URL and
 * `close()`, which also drops every broker connection (a stopped broker, for the tests).
 */
export async function startClassroom({ dir = 'build', port = 4180, host = '0.0.0.0' } = {}) {
	const root = resolve(dir);
	const broker = await Aedes.createBroker();
	const server = createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		let file = normalize(join(root, path));
		if (!file.startsWith(root)) file = root;
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!existsSync(file)) {
			response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
			return;
		}
		response.writeHead(200, {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			'cache-control': 'no-cache'
		});
		response.end(readFileSync(file));
	});
	const sockets = new WebSocketServer({ server, path: BROKER_PATH });
	sockets.on('connection', (socket, request) =>
		broker.handle(createWebSocketStream(socket), request)
	);
	await new Promise((done, fail) => {
		server.once('error', fail);
		server.listen(port, host, () => done(undefined));
	});
	const address = server.address();
	return {
		port: typeof address === 'object' && address ? address.port : port,
		async close() {
			for (const socket of sockets.clients) socket.terminate();
			sockets.close();
			server.closeAllConnections();
			await new Promise((done) => server.close(() => done(undefined)));
			await new Promise((done) => broker.close(() => done(undefined)));
		}
	};
}

/** This machine's address on the local network (what phones in the room can reach), or null. */
function lanAddress() {
	for (const addresses of Object.values(networkInterfaces()))
		for (const address of addresses ?? [])
			if (address.family === 'IPv4' && !address.internal) return address.address;
	return null;
}

const main = import.meta.url === pathToFileURL(process.argv[1] ?? '').href;
if (main && process.argv[2] === '--build') {
	// `npm run build:classroom`: the build the e2e tests serve, beside build/.
	ensureBuild(process.argv[3] ?? 'build');
} else if (main) {
	const port = Number(process.env.PORT ?? 4180);
	const host = process.env.HOST ?? '0.0.0.0';
	const broker = process.env.PUBLIC_CLASS_BROKER || BROKER_PATH;
	ensureBuild('build', broker);
	const classroom = await startClassroom({ dir: 'build', port, host });
	const name = host === '0.0.0.0' || host === '::' ? (lanAddress() ?? '127.0.0.1') : host;
	const origin = `http://${name.includes(':') ? `[${name}]` : name}:${classroom.port}`;
	console.log(`
Serving build/ and a class broker (ws://${name}:${classroom.port}${BROKER_PATH}).

  Open on this computer, at this address:  ${origin}/?present
  Press S to share with the class: the QR code on the title slide then carries
    ${origin}/?follow=<room>#k=<key>
  (the room and key are made by your browser when you start sharing).

Phones must be on the same network. Ctrl+C stops.`);
	const stop = () => classroom.close().then(() => process.exit(0));
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}
