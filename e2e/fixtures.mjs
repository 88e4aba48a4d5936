// A `test` whose every page fails the test on a console error, an uncaught page error, or a request that
// leaves the page's origin. A test that turns tiles on names the hosts it expects (`thirdParty`); one that
// provokes failures on purpose may allow console and page errors matching a pattern (`expectedErrors`).
import { test as base, expect } from '@playwright/test';

export const test = base.extend({
  thirdParty: [[], { option: true }],
  expectedErrors: [null, { option: true }],
  page: async ({ page, baseURL, thirdParty, expectedErrors }, use) => {
    const problems = [];
    const origin = new URL(baseURL).origin;
    page.on('console', (msg) => {
      if (msg.type() === 'error' && !(expectedErrors && expectedErrors.test(msg.text()))) {
        problems.push(`console error: ${msg.text()}`);
      }
    });
    page.on('pageerror', (err) => {
      if (!(expectedErrors && expectedErrors.test(err.message))) problems.push(`page error: ${err.message}`);
    });
    page.on('request', (req) => {
      const url = req.url();
      if (url.startsWith('data:') || url.startsWith('blob:')) return;
      const { origin: to, hostname } = new URL(url);
      if (to !== origin && !thirdParty.some((host) => hostname.endsWith(host))) {
        problems.push(`request left the origin: ${url}`);
      }
    });
    await use(page);
    expect(problems, 'no console errors, page errors or unexpected third-party requests').toEqual([]);
  },
});

export { expect };
