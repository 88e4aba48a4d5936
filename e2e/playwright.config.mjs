// End-to-end tests: the built app (dist/) served locally, driven in the system Chromium the way users and
// screen readers meet it, through roles and accessible names.
import { defineConfig } from '@playwright/test';

// E2E_PORT lets two runs share a machine.
const port = Number(process.env.E2E_PORT || 8091);

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.mjs',
  outputDir: 'test-results',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  workers: 2,
  reporter: [['list']],
  forbidOnly: true,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'zh-CN',
    // Service workers would hide requests from page.route; the offline test turns them back on.
    serviceWorkers: 'block',
    // Zoom steps ease in over a fifth of a second; tests measure where things end up, so they ask for no
    // motion (motion.spec.mjs turns it back on to test the animation itself).
    reducedMotion: 'reduce',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
    },
  },
  // Tests tagged @heavy (171,000 points) run once the others are done: on two cores they would starve the tests
  // running beside them.
  projects: [
    { name: 'desktop', grepInvert: /@heavy/, use: { viewport: { width: 1280, height: 800 } } },
    { name: 'phone', grepInvert: /@heavy/, use: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true } },
    { name: 'desktop-heavy', grep: /@heavy/, dependencies: ['desktop', 'phone'], use: { viewport: { width: 1280, height: 800 } } },
    {
      name: 'phone-heavy',
      grep: /@heavy/,
      dependencies: ['desktop', 'phone'],
      use: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true },
    },
  ],
  webServer: {
    command: `node e2e/serve.mjs ${port}`,
    cwd: '..',
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'ignore',
  },
});
