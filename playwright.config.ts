import { defineConfig, devices } from '@playwright/test';
import { args, executablePath } from './test/chromium.mjs';

// E2E_PORT lets two checkouts run their tests side by side (each reuses a server it finds on its port).
const PORT = Number(process.env.E2E_PORT ?? 4317);

export default defineConfig({
	testDir: 'test',
	testMatch: '**/*.spec.ts',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	retries: process.env.CI ? 1 : 0,
	reporter: 'list',
	use: {
		// 127.0.0.1, not localhost: the resolver rule in test/chromium.mjs blocks every other host name.
		baseURL: `http://127.0.0.1:${PORT}`,
		launchOptions: { executablePath, args }
	},
	projects: [
		{ name: 'build', testMatch: 'build.spec.ts' },
		{
			name: 'phone',
			testIgnore: 'build.spec.ts',
			use: { ...devices['Pixel 7'], viewport: { width: 390, height: 844 } }
		},
		{
			name: 'desktop',
			testIgnore: 'build.spec.ts',
			use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 720 } }
		}
	],
	// Serves the prerendered build/ (npm test builds first); Playwright owns and stops the server.
	webServer: {
		command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: !process.env.CI
	}
});
