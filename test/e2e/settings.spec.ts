import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { en, zh } from './i18n';

const html = (page: Page) => page.locator('html');

test.describe('settings', () => {
  test('switching to English applies at once, survives a restart, and switches back', async ({
    page,
    host,
    openApp,
  }) => {
    await openApp(page, host);
    await expect(html(page)).toHaveAttribute('lang', 'zh-CN');

    // Header switch.
    await page.getByRole('button', { name: zh('shell.languageSwitch', { language: zh('language.zh-CN') }) }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: en('section.dashboard.title') })).toBeVisible();
    await expect(html(page)).toHaveAttribute('lang', 'en-US');
    await expect(page.getByRole('menuitem', { name: en('section.customers.title') })).toBeVisible();

    // A new host process on the same data directory brings English back.
    await host.restart();
    await openApp(page, host);
    await expect(page.getByRole('heading', { level: 1, name: en('section.dashboard.title') })).toBeVisible();
    await expect(html(page)).toHaveAttribute('lang', 'en-US');

    // Back to Chinese from the settings screen.
    await page.getByRole('menuitem', { name: en('section.sync.title') }).click();
    const language = page.getByRole('radiogroup', { name: en('settings.language') });
    await expect(language.getByRole('radio', { name: 'English' })).toBeChecked();
    await language.getByRole('radio', { name: '简体中文' }).check();
    await expect(page.getByRole('heading', { level: 1, name: zh('section.sync.title') })).toBeVisible();
    await expect(html(page)).toHaveAttribute('lang', 'zh-CN');

    await host.restart();
    await openApp(page, host);
    await expect(page.getByRole('heading', { level: 1, name: zh('section.dashboard.title') })).toBeVisible();
    await expect(html(page)).toHaveAttribute('lang', 'zh-CN');
  });

  test('the host --lang option starts in that language', async ({ page, launchHost, openApp }) => {
    const host = await launchHost({ lang: 'en-US' });
    await openApp(page, host);
    await expect(page.getByRole('heading', { level: 1, name: en('section.dashboard.title') })).toBeVisible();
  });

  test('the theme setting applies at once and survives a restart', async ({ page, host, openApp }) => {
    await openApp(page, host);
    await expect(html(page)).toHaveAttribute('data-theme', 'light');
    const lightBg = await page.getByRole('main').evaluate((el) => getComputedStyle(el.parentElement!).backgroundColor);

    await page.getByRole('menuitem', { name: zh('section.sync.title') }).click();
    const theme = page.getByRole('radiogroup', { name: zh('settings.theme') });
    await theme.getByRole('radio', { name: zh('settings.themeDark') }).check();
    await expect(html(page)).toHaveAttribute('data-theme', 'dark');
    const darkBg = await page.getByRole('main').evaluate((el) => getComputedStyle(el.parentElement!).backgroundColor);
    expect(darkBg).not.toBe(lightBg);

    await host.restart();
    await openApp(page, host);
    await expect(html(page)).toHaveAttribute('data-theme', 'dark');
    await page.getByRole('menuitem', { name: zh('section.sync.title') }).click();
    await expect(
      page
        .getByRole('radiogroup', { name: zh('settings.theme') })
        .getByRole('radio', { name: zh('settings.themeDark') }),
    ).toBeChecked();
  });

  test('"follow system" tracks the OS colour scheme', async ({ page, host, openApp }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await openApp(page, host);
    await page.getByRole('menuitem', { name: zh('section.sync.title') }).click();
    const theme = page.getByRole('radiogroup', { name: zh('settings.theme') });
    await theme.getByRole('radio', { name: zh('settings.themeSystem') }).check();
    await expect(html(page)).toHaveAttribute('data-theme', 'light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(html(page)).toHaveAttribute('data-theme', 'dark');
  });

  test('a change in one window reaches the others (settings.changed)', async ({ page, context, host, openApp }) => {
    await openApp(page, host);
    const other = await context.newPage();
    await openApp(other, host);
    await other.getByRole('menuitem', { name: zh('section.sync.title') }).click();
    await other
      .getByRole('radiogroup', { name: zh('settings.language') })
      .getByRole('radio', { name: 'English' })
      .check();
    await expect(page.getByRole('heading', { level: 1, name: en('section.dashboard.title') })).toBeVisible();
    await expect(html(page)).toHaveAttribute('lang', 'en-US');
  });
});
