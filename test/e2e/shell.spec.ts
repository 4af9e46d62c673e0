import { test, expect } from './fixtures';
import { en, zh } from './i18n';

// Every section is built now (QR codes and certificates were the last "coming soon" ones).
const BUILT = ['customers', 'orders', 'invoices', 'bills', 'qrcodes', 'certificates'] as const;

test.describe('app shell', () => {
  test('the sidebar reaches every section, each with its heading', async ({ page, host, openApp }) => {
    await openApp(page, host);
    await expect(page.getByRole('heading', { level: 1, name: zh('section.dashboard.title') })).toBeVisible();

    for (const id of BUILT) {
      await page.getByRole('menuitem', { name: zh(`section.${id}.title`), exact: true }).click();
      await expect(
        page.getByRole('main').getByRole('heading', { level: 1, name: zh(`section.${id}.title`) }),
      ).toBeVisible();
      await expect(page).toHaveURL(new RegExp(`#/${id}$`));
    }

    await page.getByRole('menuitem', { name: zh('section.sync.title'), exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: zh('section.sync.title') })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: zh('settings.title') })).toBeVisible();

    await page.getByRole('menuitem', { name: zh('section.about.title'), exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: zh('section.about.title') })).toBeVisible();

    await page.getByRole('menuitem', { name: zh('section.dashboard.title'), exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: zh('section.dashboard.title') })).toBeVisible();
  });

  test('dashboard links open their sections; unknown routes fall back to the dashboard', async ({
    page,
    host,
    openApp,
  }) => {
    await openApp(page, host);
    const title = zh('section.invoices.title');
    await page.getByRole('link', { name: zh('dashboard.open', { section: title }) }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

    await page.evaluate(() => (window.location.hash = '#/no-such-screen'));
    await expect(page.getByRole('heading', { level: 1, name: zh('section.dashboard.title') })).toBeVisible();
  });

  test('the sidebar works from the keyboard', async ({ page, host, openApp }) => {
    await openApp(page, host);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('navigation').getByRole('menu').first()).toBeFocused();
    // Arrows move through the items (the first enters the menu at Dashboard); each step is
    // waited for, so a slow frame cannot swallow one. Enter opens the focused item.
    const dashboard = page.getByRole('menuitem', { name: zh('section.dashboard.title'), exact: true });
    const customers = page.getByRole('menuitem', { name: zh('section.customers.title'), exact: true });
    await page.keyboard.press('ArrowDown');
    await expect(dashboard).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(customers).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: zh('section.customers.title') })).toBeVisible();
  });

  test('the sidebar collapses and expands', async ({ page, host, openApp }) => {
    await openApp(page, host);
    const collapse = page.getByRole('button', { name: zh('shell.collapseSidebar') });
    await expect(collapse).toHaveAttribute('aria-expanded', 'true');
    await collapse.click();
    const expand = page.getByRole('button', { name: zh('shell.expandSidebar') });
    await expect(expand).toHaveAttribute('aria-expanded', 'false');
    await page.getByRole('menuitem', { name: zh('section.orders.title') }).click();
    await expect(page.getByRole('heading', { level: 1, name: zh('section.orders.title') })).toBeVisible();
    await expand.click();
    await expect(page.getByRole('button', { name: zh('shell.collapseSidebar') })).toBeVisible();
  });

  test('loads without console errors', async ({ page, host, openApp }) => {
    const errors: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    page.on('pageerror', (err) => errors.push(err.message));
    await openApp(page, host);
    for (const id of ['qrcodes', 'certificates', 'sync', 'about', 'dashboard'] as const) {
      await page.getByRole('menuitem', { name: zh(`section.${id}.title`), exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: zh(`section.${id}.title`) })).toBeVisible();
    }
    await page.reload();
    await expect(page.getByRole('navigation')).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('header shows the sync placeholder and the offline state', async ({ page, context, host, openApp }) => {
    await openApp(page, host);
    const status = page.getByRole('banner').getByRole('status');
    await expect(status).toContainText(zh('status.notSynced'));
    await expect(status).not.toContainText(zh('status.offline'));

    await context.setOffline(true);
    await expect(status).toContainText(zh('status.offline'));
    await context.setOffline(false);
    await expect(status).not.toContainText(zh('status.offline'));
  });

  test('header tells when the core is gone', async ({ page, host, openApp }) => {
    await openApp(page, host);
    const status = page.getByRole('banner').getByRole('status');
    await expect(status).not.toContainText(zh('status.disconnected'));
    await host.stop();
    await expect(status).toContainText(zh('status.disconnected'));
  });

  test('a screen that crashes shows a friendly error, and the rest of the app keeps working', async ({
    page,
    host,
    openApp,
  }) => {
    await openApp(page, host);
    // Break something About renders with (its byte-size formatting), as a real bug would.
    await page.evaluate(() => {
      const w = window as unknown as { realNumberFormat: unknown; brokenNumberFormat: unknown };
      w.realNumberFormat = Intl.NumberFormat;
      Intl.NumberFormat = function () {
        throw new Error('simulated rendering failure');
      } as unknown as typeof Intl.NumberFormat;
      w.brokenNumberFormat = Intl.NumberFormat;
    });
    await page.getByRole('menuitem', { name: zh('section.about.title') }).click();
    await expect(page.getByRole('heading', { level: 1, name: zh('errorBoundary.title') })).toBeVisible();
    await expect(page.getByRole('main')).toContainText('simulated rendering failure');
    const reload = page.getByRole('button', { name: zh('errorBoundary.reload') });
    await expect(reload).toBeVisible();

    // The sidebar still works and leaving the screen clears the error (the global mended
    // first: every other screen formats numbers too).
    await page.evaluate(() => {
      Intl.NumberFormat = (window as unknown as { realNumberFormat: typeof Intl.NumberFormat }).realNumberFormat;
    });
    await page.getByRole('menuitem', { name: zh('section.certificates.title') }).click();
    await expect(page.getByRole('heading', { level: 1, name: zh('section.certificates.title') })).toBeVisible();

    // Reload brings a fresh page (the broken global is gone).
    await page.evaluate(() => {
      Intl.NumberFormat = (window as unknown as { brokenNumberFormat: typeof Intl.NumberFormat }).brokenNumberFormat;
    });
    await page.getByRole('menuitem', { name: zh('section.about.title') }).click();
    await reload.click();
    await expect(page.getByRole('heading', { level: 1, name: zh('section.about.title') })).toBeVisible();
  });

  test('a page opened without the host URL explains what to do, in both languages', async ({ page, host }) => {
    await page.goto(host.origin + '/');
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toContainText(zh('noBridge.title'));
    await expect(heading).toContainText(en('noBridge.title'));
    await expect(page.getByText(en('noBridge.body'))).toBeVisible();
    await expect(page.getByRole('navigation')).toHaveCount(0);
  });
});
