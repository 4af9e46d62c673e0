import path from 'node:path';
import { test, expect } from './fixtures';
import { REPO_ROOT } from './host';

/** The README's picture of the shell: Dashboard, zh-CN, 1280×800. */
test('screenshot of the dashboard for the README', async ({ page, host, openApp }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page, host);
  await expect(page.getByRole('heading', { level: 1, name: '概览' })).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  // Let antd's entrance motions settle so the picture is not caught mid-animation.
  await page.waitForTimeout(500);
  await page.screenshot({ path: path.join(REPO_ROOT, 'docs/screenshot.png') });
});
