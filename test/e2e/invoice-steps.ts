import type { Page } from '@playwright/test';
import { route } from './browse';
import { expect } from './fixtures';
import { zh } from './i18n';

/** Steps on the invoice screens that more than one spec takes. */

export function invoiceIdOf(page: Page): string {
  return decodeURIComponent(/#\/invoices\/([^?]+)/.exec(page.url())![1]!);
}

/** From the customer's page, "new invoice for this customer": the dialog has them chosen; the draft opens. */
export async function newDraftFor(page: Page, customer: { id: string; name: string }): Promise<string> {
  await route(page, `#/customers/${customer.id}`);
  await page.getByRole('link', { name: zh('invoices.related.new') }).click();
  const dialog = page.getByRole('dialog', { name: zh('invoices.new.title') });
  await expect(dialog.getByRole('combobox', { name: zh('orders.filter.customer') })).toBeVisible();
  await expect(dialog).toContainText(customer.name);
  await dialog.getByRole('button', { name: zh('invoices.new.create') }).click();
  await expect(page).toHaveURL(/#\/invoices\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: zh('invoices.editor.draftTitle') })).toBeVisible();
  return invoiceIdOf(page);
}
