import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** axe-core finds no WCAG 2.1 A/AA violation on the page as it is now (journey pages). */
export async function expectAccessible(page: Page) {
  // axe runs as a script and never finishes on a page whose JavaScript is off: it checks
  // a copy of the page as it is now (same markup, same styles, same screen, no scripts).
  const context = await page.context().browser()!.newContext({ viewport: page.viewportSize() });
  const copy = await context.newPage();
  const origin = new URL(page.url()).origin;
  const html = (await page.content())
    .replace(/<script\b[\s\S]*?<\/script>/g, '')
    .replace('<head>', `<head><base href="${origin}/">`);
  await copy.setContent(html, { waitUntil: 'load' });
  const results = await new AxeBuilder({ page: copy }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  await context.close();
  expect(results.violations.map((v) => `${page.url()} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(', ')})`)).toEqual([]);
}

/**
 * Every radio button and checkbox on the page sits beside its label's text: on the same
 * line, at most 8 px from it. (A box stretched across the screen leaves a choice far from
 * its words.)
 */
export async function expectChoicesBesideLabels(page: Page) {
  const report = await page.evaluate(() => {
    const inputs = [...document.querySelectorAll<HTMLInputElement>('input[type=radio], input[type=checkbox]')];
    return {
      count: inputs.length,
      far: inputs.flatMap((input) => {
        const label = input.closest('label') ?? (input.id ? document.querySelector(`label[for="${input.id}"]`) : null);
        if (!label) return [`${input.name}=${input.value}: no label`];
        const range = document.createRange();
        range.selectNodeContents(label);
        const box = input.getBoundingClientRect();
        const words = [...range.getClientRects()].filter(
          (r) => r.width > 0 && (r.right <= box.left || r.left >= box.right),
        );
        if (words.length === 0) return [`${input.name}=${input.value}: label has no text beside it`];
        const gap = Math.min(
          ...words.map((r) => {
            const across = r.left >= box.right ? r.left - box.right : box.left - r.right;
            const down = Math.max(0, r.top - box.bottom, box.top - r.bottom);
            return Math.max(across, down);
          }),
        );
        return gap > 8 ? [`${input.name}=${input.value}: ${Math.round(gap)} px from its label`] : [];
      }),
    };
  });
  expect(report.count, 'choices on the page').toBeGreaterThan(0);
  expect(report.far).toEqual([]);
}

/** Visits `path`; returns each file fetched with its transferred bytes (headers and body as
 * sent, compressed or not). With `ready`, waits for that element before counting. */
export async function visit(page: Page, path: string, ready?: string): Promise<{ path: string; bytes: number }[]> {
  const sizes: Promise<{ path: string; bytes: number }>[] = [];
  page.on('requestfinished', (r) => {
    sizes.push(r.sizes().then((s) => ({
      path: new URL(r.url()).pathname,
      bytes: s.responseBodySize + s.responseHeadersSize,
    })));
  });
  await page.goto(path);
  if (ready) await page.locator(ready).waitFor();
  await page.waitForLoadState('networkidle');
  return Promise.all(sizes);
}

/** The scripts and WASM among fetched files. */
export const code = (fetched: { path: string }[]) => fetched.filter((f) => /\.(js|wasm)$/.test(f.path));

/** All the bytes fetched files took. */
export const transferred = (fetched: { bytes: number }[]) => fetched.reduce((sum, f) => sum + f.bytes, 0);
