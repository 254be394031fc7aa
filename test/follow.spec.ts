/**
 * Following the class, with the embedded broker (`npm run classroom`'s server, started here on a port
 * of its own over the classroom build): a presenter at 1280×720 and students on phones, each in a
 * browser context of its own, as separate devices are.
 */
import { connectAsync, type MqttClient } from 'mqtt';
import {
	devices,
	expect,
	test,
	type Browser,
	type BrowserContext,
	type Page
} from '@playwright/test';
import {
	exportPrivate,
	generateKeys,
	importPrivate,
	sign,
	topics
} from '../src/lib/classroom/signed';
import { ensureBuild, startClassroom } from './classroom.mjs';
import { expectShowing, steps } from './story';

const DIR = 'build-classroom';
type Classroom = Awaited<ReturnType<typeof startClassroom>>;

// One project is enough: the students are phones whatever the project, the presenter a projector.
test.skip(({ isMobile }) => isMobile, 'run once, from the desktop project');
test.describe.configure({ timeout: 90_000 });

test.beforeAll(() => ensureBuild(DIR));

let classroom: Classroom | undefined;
let port: number;
let origin: string;
const contexts: BrowserContext[] = [];

test.beforeEach(async () => {
	// Ports 4423–4473 are this checkout's for brokers; one per parallel worker.
	port = 4423 + test.info().parallelIndex;
	origin = `http://127.0.0.1:${port}`;
	classroom = await startClassroom({ dir: DIR, port, host: '127.0.0.1' });
});

test.afterEach(async () => {
	await Promise.all(contexts.splice(0).map((context) => context.close()));
	// (Hooks run for a skipped test too, which started no classroom.)
	await classroom?.close();
	classroom = undefined;
});

const html = (page: Page) => page.locator('html');

async function newPage(browser: Browser, options: Parameters<Browser['newContext']>[0]) {
	const context = await browser.newContext(options);
	contexts.push(context);
	return context.newPage();
}

/** A presenter at the projector who starts sharing; the students' link from the title slide. */
async function presenter(browser: Browser) {
	const page = await newPage(browser, { viewport: { width: 1280, height: 720 } });
	await page.goto(`${origin}/?present`);
	await expect(html(page)).toHaveAttribute('data-mode', 'present');
	await page.keyboard.press('s');
	await expect(page.locator('[data-class-link]')).toHaveAttribute('data-class-link', 'connected');
	const link = page.locator('[data-follow-url]');
	await expect(link).toBeVisible();
	const url = (await link.getAttribute('href'))!;
	expect(url).toMatch(new RegExp(`^${origin}/\\?follow=[\\w-]+#k=[\\w-]{87}$`));
	return { page, url, room: new URL(url).searchParams.get('follow')! };
}

async function student(browser: Browser, url: string) {
	const page = await newPage(browser, {
		...devices['Pixel 7'],
		viewport: { width: 390, height: 844 }
	});
	await page.goto(url);
	await expect(html(page)).toHaveAttribute('data-follow', 'on');
	return page;
}

const stepIndex = (id: string) => steps.findIndex((step) => step.id === id);

/** Presses → until the presenter shows another step (a long step turns a page first); its id. */
async function next(page: Page, key = 'ArrowRight'): Promise<string> {
	const before = await html(page).getAttribute('data-active-step');
	for (let i = 0; i < 6; i++) {
		await page.keyboard.press(key);
		const now = await html(page).getAttribute('data-active-step');
		if (now && now !== before) return now;
	}
	throw new Error(`the presenter did not move from ${before}`);
}

/** Jumps the presenter to a step through the step grid. */
async function jump(page: Page, id: string) {
	await page.keyboard.press('g');
	await page.locator(`[data-step-target="${id}"]`).click();
	await expect(html(page)).toHaveAttribute('data-active-step', id);
}

async function expectFollowing(page: Page, id: string) {
	await expectShowing(page, id);
	await expect(page.locator('[data-follow-bar]')).toHaveText(
		`Following the class · step ${stepIndex(id) + 1} / ${steps.length}`
	);
}

test('three students follow the presenter forward and back', async ({ browser }) => {
	const teacher = await presenter(browser);
	const students = await Promise.all([1, 2, 3].map(() => student(browser, teacher.url)));
	for (const page of students)
		await expect(page.locator('[data-follow-bar]')).toHaveText('Following the class · the title');

	const first = await next(teacher.page);
	expect(first).toBe(steps[0].id);
	for (const page of students) await expectFollowing(page, first);
	const second = await next(teacher.page);
	const third = await next(teacher.page);
	expect(stepIndex(third)).toBeGreaterThan(stepIndex(second));
	for (const page of students) await expectFollowing(page, third);
	await teacher.page.keyboard.press('ArrowLeft');
	await expect(html(teacher.page)).toHaveAttribute('data-active-step', second);
	for (const page of students) await expectFollowing(page, second);
	// A section further on: the students' page jumps there, in its state.
	const later = steps.find((step) => step.section !== steps[0].section && stepIndex(step.id) > 12)!;
	await jump(teacher.page, later.id);
	for (const page of students) await expectFollowing(page, later.id);
});

test('a student who joins late lands on the presenter’s step, in its state, within 2 s', async ({
	browser
}) => {
	const teacher = await presenter(browser);
	const tenth = steps[9].id;
	await jump(teacher.page, tenth);
	const page = await newPage(browser, {
		...devices['Pixel 7'],
		viewport: { width: 390, height: 844 }
	});
	await page.goto(teacher.url);
	const loaded = Date.now();
	await expectShowing(page, tenth);
	expect(Date.now() - loaded).toBeLessThan(2000);
	await expect(page.locator(`[data-step="${tenth}"]`)).toBeInViewport();
	await expect(page.locator('[data-follow-bar]')).toHaveText(
		`Following the class · step 10 / ${steps.length}`
	);
});

test('scrolling away pauses following; Catch up returns to the presenter and follows again', async ({
	browser
}) => {
	const teacher = await presenter(browser);
	await jump(teacher.page, steps[4].id);
	const page = await student(browser, teacher.url);
	await expectFollowing(page, steps[4].id);

	await page.mouse.move(200, 600);
	await page.mouse.wheel(0, 2500);
	await expect(html(page)).toHaveAttribute('data-follow', 'paused');
	const bar = page.locator('[data-follow-bar]');
	await expect(bar).toContainText(`Paused — the class is at step 5 / ${steps.length}`);
	await expect(html(page)).not.toHaveAttribute('data-active-step', steps[4].id);
	const reading = await html(page).getAttribute('data-active-step');

	// The presenter moves on; the paused student stays where they are reading.
	const moved = await next(teacher.page);
	await expect(bar).toContainText(`the class is at step ${stepIndex(moved) + 1} /`);
	await expect(html(page)).toHaveAttribute('data-active-step', reading!);

	await bar.getByRole('button', { name: 'Catch up' }).click();
	await expect(html(page)).toHaveAttribute('data-follow', 'on');
	await expectFollowing(page, moved);
	const after = await next(teacher.page);
	await expectFollowing(page, after);
});

test('a message signed with another key, or replayed, moves no one', async ({ browser }) => {
	const teacher = await presenter(browser);
	const students = await Promise.all([1, 2].map(() => student(browser, teacher.url)));
	const topic = topics(teacher.room).state;
	const spy: MqttClient = await connectAsync(`ws://127.0.0.1:${port}/mqtt`);
	const heard: string[] = [];
	spy.on('message', (_, payload) => heard.push(payload.toString()));
	await spy.subscribeAsync(topic);
	try {
		const first = await next(teacher.page);
		for (const page of students) await expectFollowing(page, first);
		// A message as it travelled, signed by the presenter, for an earlier step.
		const stepOf = (payload: string) => JSON.parse(JSON.parse(payload).body).step;
		await expect.poll(() => heard.some((payload) => stepOf(payload) === first)).toBe(true);
		const old = heard.find((payload) => stepOf(payload) === first)!;
		const current = await next(teacher.page);
		for (const page of students) await expectFollowing(page, current);

		// The old message, word for word and validly signed, again; and a new one signed by a stranger.
		const target = steps[20].id;
		const body = (seq: number) => ({
			kind: 'state' as const,
			room: teacher.room,
			seq,
			time: Date.now(),
			step: target,
			blackout: false
		});
		const stranger = await generateKeys();
		const count = heard.length;
		await spy.publishAsync(topic, old);
		await spy.publishAsync(topic, await sign(body(Date.now() + 60_000), stranger.privateKey));
		// Both reached every subscriber …
		await expect.poll(() => heard.length).toBe(count + 2);
		await teacher.page.waitForTimeout(1000);
		// … and moved no one.
		for (const page of students) await expectFollowing(page, current);

		// The same message signed with the presenter's own key does move them: the test can fail.
		const saved = await teacher.page.evaluate(() => sessionStorage.getItem('class-share'));
		const key = (await importPrivate(JSON.parse(saved!).key))!;
		await spy.publishAsync(topic, await sign(body(Date.now()), key));
		for (const page of students) await expectFollowing(page, target);
	} finally {
		await spy.endAsync();
	}
});

test('with the broker gone students see “connection lost”, read on, and follow again when it returns', async ({
	browser
}) => {
	const teacher = await presenter(browser);
	const students = await Promise.all([1, 2, 3].map(() => student(browser, teacher.url)));
	const first = await next(teacher.page);
	for (const page of students) await expectFollowing(page, first);

	await classroom!.close();
	for (const page of students) {
		await expect(html(page)).toHaveAttribute('data-follow', 'lost');
		await expect(page.locator('[data-follow-bar]')).toContainText('Connection lost');
		// The story is still there to read.
		await expect(page.locator(`[data-step="${first}"] .card p`).first()).toBeVisible();
	}
	await expect(teacher.page.locator('[data-class-link]')).toHaveAttribute(
		'data-class-link',
		'lost'
	);

	classroom = await startClassroom({ dir: DIR, port, host: '127.0.0.1' });
	for (const page of students)
		await expect(html(page)).toHaveAttribute('data-follow', 'on', { timeout: 30_000 });
	await expect(teacher.page.locator('[data-class-link]')).toHaveAttribute(
		'data-class-link',
		'connected',
		{ timeout: 30_000 }
	);
	const second = await next(teacher.page);
	for (const page of students) await expectFollowing(page, second);
});

test('a paired phone drives the presenter; a phone with another key does not', async ({
	browser
}) => {
	const teacher = await presenter(browser);
	const notes = await teacher.page.context().newPage();
	await notes.goto(`${origin}/notes/`);
	const pair = notes.locator('[data-pair-url]');
	await expect(pair).toBeAttached();
	const url = (await pair.getAttribute('href'))!;
	expect(url).toMatch(new RegExp(`^${origin}/remote/#r=[\\w-]+&k=[\\w-]+&p=[\\w.-]+$`));
	await expect(notes.locator('[data-pacing]')).toBeVisible();

	// A clicker with a key of its own making: it connects, and is not obeyed.
	const stranger = await exportPrivate((await generateKeys()).privateKey);
	const forged = await newPage(browser, { ...devices['Pixel 7'] });
	await forged.goto(url.replace(/p=[\w.-]+$/, `p=${stranger}`));
	await expect(forged.locator('[data-remote]')).toHaveAttribute('data-remote', 'connected');
	await forged.getByRole('button', { name: 'Next →' }).click();
	await forged.getByRole('button', { name: 'Blackout' }).click();

	const phone = await newPage(browser, { ...devices['Pixel 7'] });
	await phone.goto(url);
	await expect(phone.locator('[data-remote]')).toHaveAttribute('data-remote', 'connected');
	await teacher.page.waitForTimeout(500);
	await expect(html(teacher.page)).not.toHaveAttribute('data-active-step');
	await expect(html(teacher.page)).not.toHaveAttribute('data-blackout');

	await phone.getByRole('button', { name: 'Next →' }).click();
	await expect(html(teacher.page)).toHaveAttribute('data-active-step', steps[0].id);
	// The phone shows the step the presenter is on, with its opening line.
	await expect(phone.locator('[data-remote-step]')).toHaveAttribute(
		'data-remote-step',
		steps[0].id
	);
	await expect(phone.locator('.now p')).toContainText(
		(steps[0].paragraphs[0] ?? steps[0].caption ?? '').slice(0, 40)
	);
	await phone.getByRole('button', { name: 'Blackout' }).click();
	await expect(html(teacher.page)).toHaveAttribute('data-blackout', '');
	await phone.getByRole('button', { name: 'Blackout' }).click();
	await expect(html(teacher.page)).not.toHaveAttribute('data-blackout');
	// And the forged phone still moves nothing.
	await forged.getByRole('button', { name: 'Next →' }).click();
	await teacher.page.waitForTimeout(500);
	await expect(html(teacher.page)).toHaveAttribute('data-active-step', steps[0].id);
	await phone.getByRole('button', { name: '← Previous' }).click();
	await expect(html(teacher.page)).not.toHaveAttribute('data-active-step');
});
