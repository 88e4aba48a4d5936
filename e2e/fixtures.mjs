// A `test` whose every page fails the test on a console error, an uncaught page error, or a request that
// leaves the page's origin, and whose `page.goto` returns once the live app has taken over from the prerendered
// first view (tests of the page before the program, or without it, turn that off with `liveApp: false`). A test that turns tiles on names the hosts it expects (`thirdParty`); one that
// provokes failures on purpose may allow console and page errors matching a pattern (`expectedErrors`).
import { test as base, expect } from '@playwright/test';

export const test = base.extend({
  thirdParty: [[], { option: true }],
  expectedErrors: [null, { option: true }],
  liveApp: [true, { option: true }],
  // Watches a page for console errors, uncaught page errors and requests that leave the origin; the test fails at
  // its end if any page watched had one. Every page of the test's own context is watched; a test that opens
  // another context (another reader, another setting) watches its pages by calling `guard(page)`.
  guard: async ({ baseURL, thirdParty, expectedErrors }, use) => {
    const problems = [];
    const origin = new URL(baseURL).origin;
    const expected = (text) => expectedErrors && expectedErrors.test(text);
    await use((page) => {
      page.on('console', (msg) => {
        if (msg.type() === 'error' && !expected(msg.text())) problems.push(`console error: ${msg.text()}`);
      });
      page.on('pageerror', (err) => {
        if (!expected(err.message)) problems.push(`page error: ${err.message}`);
      });
      page.on('request', (req) => {
        const url = req.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        const { origin: to, hostname } = new URL(url);
        if (to !== origin && !thirdParty.some((host) => hostname.endsWith(host))) {
          problems.push(`request left the origin: ${url}`);
        }
      });
    });
    expect(problems, 'no console errors, page errors or unexpected third-party requests').toEqual([]);
  },
  // Every page of the test's context, the `page` fixture's and those a test opens itself.
  context: async ({ context, liveApp, guard }, use) => {
    context.on('page', guard);
    if (liveApp) context.on('page', waitsForLiveApp);
    await use(context);
  },
});

/** Makes a page's `goto` and `reload` return only once the live app has removed the prerendered first view
 * (src/app.rs), so that a test's clicks reach the live app. The fixture's pages get it; a test that opens a
 * context of its own calls it for that context's page. */
export function waitsForLiveApp(page) {
  for (const name of ['goto', 'reload']) {
    const navigate = page[name].bind(page);
    page[name] = async (...args) => {
      const response = await navigate(...args);
      await page.waitForFunction(() => !document.getElementById('first-view'));
      return response;
    };
  }
}

export { expect };
