// A `test` whose every page fails the test on a console error, an uncaught page error, or a request that
// leaves the page's origin.
import { test as base, expect } from '@playwright/test';

export const test = base.extend({
  page: async ({ page, baseURL }, use) => {
    const problems = [];
    const origin = new URL(baseURL).origin;
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
    });
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    page.on('request', (req) => {
      const url = req.url();
      if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) {
        problems.push(`request left the origin: ${url}`);
      }
    });
    await use(page);
    expect(problems, 'no console errors, page errors or third-party requests').toEqual([]);
  },
});

export { expect };
