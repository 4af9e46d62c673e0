import { describe, expect, it } from 'vitest';
import { cssString, escapeHtml, statementHtml, type StatementData } from '../../electron/invoices/pdf/template';

const base: StatementData = {
  invoice: {
    id: 'inv-1',
    profileId: 'sandbox',
    customerId: 'cust-1',
    customerName: '示例客户',
    type: 'special',
    status: 'issued',
    number: 'PW-00000007',
    mode: 'pick',
    requestedAmount: null,
    totalAmount: '1409.50',
    buyer: {
      name: '<script>alert(1)</script>&公司',
      creditCode: '91110108MA01ABCD5T',
      address: '"地址"',
      phone: "0'1",
      bank: '',
      account: '',
    },
    note: '第一行\n第二行',
    revision: 3,
    createdAt: '2025-06-01T02:00:00.000Z',
    updatedAt: '2025-06-01T02:00:00.000Z',
    issuedAt: '2025-06-02T03:04:00.000Z',
    voidedAt: null,
    voidReason: null,
  },
  lines: [
    {
      lineNo: 1,
      itemId: 'fee-1',
      kind: 'bill',
      itemTime: '2025-05-01T00:00:00Z',
      amount: '1409.50',
      itemAmount: '1409.50',
      reason: '{}',
      description: '弹性云服务器 <b>ECS</b>',
    },
  ],
  seller: { name: '伙伴 A', account: 'partner-domain' },
  generatedAt: '2025-06-03T00:00:00.000Z',
};

describe('invoice statement template', () => {
  it('escapes every value and carries no script or external resource', () => {
    const html = statementHtml(base, 'zh-CN');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&amp;公司');
    expect(html).toContain('弹性云服务器 &lt;b&gt;ECS&lt;/b&gt;');
    expect(html).toContain('&quot;地址&quot;');
    expect(html).toContain('0&#39;1');
    expect(html).not.toMatch(/<(script|link|img|iframe)\b/i);
    expect(html).not.toMatch(/(src|href)=/i);
    expect(html).toContain("default-src 'none'");
  });

  it('shows the total in figures and in capital Chinese numerals', () => {
    const html = statementHtml(base, 'zh-CN');
    expect(html).toContain('¥1,409.50');
    expect(html).toContain('壹仟肆佰零玖元伍角');
    expect(statementHtml(base, 'en-US')).toContain('CNY 1,409.50');
    expect(statementHtml(base, 'en-US')).toContain('壹仟肆佰零玖元伍角');
  });

  it('page numbers and the invoice number are drawn in the page margins', () => {
    const html = statementHtml(base, 'zh-CN');
    expect(html).toContain('@bottom-right { content: "第 " counter(page) " 页 \\2f  共 " counter(pages) " 页"; }');
    expect(html).toContain('@bottom-left { content: "PW\\2d 00000007"; }');
  });

  it('drafts and voided invoices carry a watermark; voided ones their reason', () => {
    const draft = statementHtml({ ...base, invoice: { ...base.invoice, status: 'draft', number: null } }, 'zh-CN');
    expect(draft).toContain('class="watermark"');
    expect(draft).toContain('（开具后编号）');
    const voided = statementHtml(
      {
        ...base,
        invoice: { ...base.invoice, status: 'voided', voidedAt: '2025-06-05T00:00:00Z', voidReason: '抬头错误' },
      },
      'zh-CN',
    );
    expect(voided).toContain('已作废');
    expect(voided).toContain('抬头错误');
    expect(statementHtml(base, 'zh-CN')).not.toContain('class="watermark"');
  });

  it('css strings escape quotes, backslashes and newlines', () => {
    expect(cssString('a"b\\c\nd')).toBe('"a\\22 b\\5c c\\a d"');
    expect(escapeHtml('<&>')).toBe('&lt;&amp;&gt;');
  });
});
