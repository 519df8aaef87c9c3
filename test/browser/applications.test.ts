// The whole 依申请公开 lifecycle in Chromium: an applicant applies on the portal, staff confirm, assign,
// consult a third party, reply with a refusal and deliver, and the applicant downloads the reply letter.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, serveOnLoopback, signInFirstTime } from '../support/browser.ts';
import { chromiumPath } from '../support/environment.ts';
import { createStaff, openTestApp, type TestApp } from '../support/app.ts';
import { buildTree, type TestTree } from '../db/tree.ts';

const executablePath = chromiumPath();
const suite = executablePath ? describe : describe.skip;

suite(`application lifecycle in Chromium${executablePath ? '' : ' — SKIPPED: Chromium 不存在'}`, () => {
  let t: TestApp;
  let tree: TestTree;
  let browser: Browser;
  let base = '';
  let now = new Date('2024-09-24T02:00:00.000Z');
  const setToday = (date: string) => {
    now = new Date(`${date}T02:00:00.000Z`);
  };
  let clerkPassword = '';

  beforeAll(async () => {
    t = await openTestApp({ now: () => now });
    tree = await buildTree(t.app.context, 'BR');
    clerkPassword = (await createStaff(t.app, { agencyId: tree.townA.id, username: 'br_clerk', displayName: '李经办', roles: ['clerk'] })).oneTimePassword;
    base = await serveOnLoopback(t.app);
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const signIn = (page: Page, username: string, oneTime: string) => signInFirstTime(page, base, username, oneTime, 'Gongkai-浏览器-2026!');

  async function act(page: Page, form: string, fill: Record<string, string>, selects: Record<string, string> = {}) {
    const scope = `#form-${form}`;
    // The case page opens one action at a time: open it from the list when it is not the open one.
    if (!(await page.locator(scope).isVisible())) await page.click(`details:has(${scope}) > summary`);
    for (const [name, value] of Object.entries(selects)) await page.selectOption(`${scope} [name="${name}"]`, value);
    for (const [name, value] of Object.entries(fill)) await page.fill(`${scope} [name="${name}"]`, value);
    await Promise.all([page.waitForLoadState('load'), page.click(`${scope} button[type=submit]:not([formaction])`)]);
    const errors = await page.locator('.error-summary').allTextContents();
    expect(errors).toEqual([]);
  }

  let number = '';
  let queryCode = '';

  it('an applicant applies on the portal and receives a number and query code', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/gk/${tree.townA.code}/apply`);
    await page.selectOption('#field-applicantType', 'natural_person');
    await page.fill('#field-name', '张三');
    await page.selectOption('#field-idDocumentType', 'resident_id');
    await page.fill('#field-idNumber', '11010519491231002X');
    await page.fill('#field-phone', '13812345678');
    await page.fill('#field-email', 'zhangsan@example.com');
    await page.fill('#field-description', '请公开本镇2024年征地补偿协议及补偿标准');
    await page.selectOption('#field-deliveryForm', 'email');
    await page.selectOption('#field-deliveryChannel', 'online');
    await page.click('main button[type=submit]');
    await page.waitForSelector('#application-number');
    number = (await page.textContent('#application-number'))!.trim();
    queryCode = (await page.textContent('#query-code'))!.trim();
    expect(number).toBe(`${tree.townA.code}-2024-0001`);
    expect(queryCode).toHaveLength(10);
    await page.close();
  });

  it('staff confirm, assign, consult the third party, reply with a refusal and deliver it', async () => {
    const page = await browser.newPage();
    await signIn(page, 'br_clerk', clerkPassword);
    await page.goto(`${base}/admin/applications`);
    await page.click(`#awaiting-confirmation ~ table a:has-text("${number}"), a:has-text("${number}")`);
    await page.waitForSelector('#case-status');
    setToday('2024-09-25');
    await act(page, 'confirm', { confirmedOn: '2024-09-25', method: '电话确认，申请人本人接听' });
    expect(await page.textContent('#due-on')).toBe('2024年10月28日');
    await act(page, 'assign', {}, { assigneeId: await page.locator('#form-assign option', { hasText: '李经办' }).getAttribute('value') ?? '' });
    expect(await page.textContent('#case-status')).toBe('办理中');
    setToday('2024-10-08');
    await act(page, 'consultation', { partyName: '某某建设有限公司', subject: '补偿协议中的价格条款', dispatchedOn: '2024-10-08', partyReceivedOn: '2024-10-09' }, { partyKind: 'third_party' });
    expect(await page.textContent('#case-status')).toBe('征求意见中');
    setToday('2024-10-15');
    const replyForm = await page.locator('section[id^="form-consultation-reply-"]').getAttribute('id');
    await act(page, replyForm!.replace('form-', ''), { repliedOn: '2024-10-15', summary: '涉及商业秘密，不同意公开' }, { position: 'objects' });
    expect(await page.textContent('#case-status')).toBe('办理中');
    setToday('2024-10-20');
    await act(page, 'reply', { decidedOn: '2024-10-20', reasons: '第三方书面说明该信息涉及其商业秘密，不公开不会对公共利益造成重大影响' }, { replyType: 'withheld_third_party' });
    expect(await page.textContent('#case-status')).toBe('已答复');
    await act(page, 'delivery', { deliveredOn: '2024-10-20', proof: '已发送至 zhangsan@example.com' }, { method: 'email' });
    expect(await page.textContent('#case-status')).toBe('已送达');
    const explanation = await page.textContent('#clock-explanation');
    expect(explanation).toContain('10月');
    await page.close();
  });

  it('the applicant follows the case and downloads the reply letter', async () => {
    const page = await browser.newPage({ acceptDownloads: true });
    await page.goto(`${base}/apply/track`);
    await page.fill('#field-applicationNumber', number);
    await page.fill('#field-queryCode', queryCode);
    await page.click('main form button[type=submit]');
    await page.waitForSelector('#track-status');
    expect(await page.textContent('#track-status')).toBe('已送达');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('button[value="docx"]')]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    await page.click('button[value="html"]');
    await page.waitForSelector('.notice-letter');
    const letter = await page.textContent('.notice-letter');
    expect(letter).toContain(`${tree.townA.name}政府信息公开申请答复书`);
    expect(letter).toContain('张三');
    expect(letter).toContain('行政复议');
    await page.close();
  });
});
