import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Page } from '@playwright/test';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Scans the page as it is now with axe-core and fails on any WCAG 2.1 A or AA violation. */
async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  const violations = results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }));
  expect(violations, `axe found WCAG violations on ${page.url()}`).toEqual([]);
}

/**
 * Every test runs under the product's Content-Security-Policy: a violation reported by the browser (console or
 * `securitypolicyviolation` event) fails the test that caused it.
 */
async function guardContentSecurityPolicy(page: Page, use: (violations: string[]) => Promise<void>) {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content[- ]Security[- ]Policy/i.test(message.text())) {
      violations.push(message.text());
    }
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(
        `Content-Security-Policy violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`,
      );
    });
  });
  await use(violations);
  expect(violations, `Content-Security-Policy violations on ${page.url()}`).toEqual([]);
}

export const test = base.extend<{
  expectAccessible: () => Promise<void>;
  cspViolations: string[];
}>({
  expectAccessible: async ({ page }, use) => {
    await use(() => expectAccessible(page));
  },
  cspViolations: [async ({ page }, use) => guardContentSecurityPolicy(page, use), { auto: true }],
});

export { expect };
