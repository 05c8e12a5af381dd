import { fireEvent, screen, within } from '@testing-library/dom';
import { afterEach, describe, expect, it } from 'vitest';
import { buildPayLink, buildShareLink } from '@vvchat/core';
import { createSimulatedBackend, createSimulator, type SimulatorLocale } from '@vvchat/simulator';
import { appId, button, dialog, links, page, removeSheets, simulator } from './support';

afterEach(removeSheets);

describe('createSimulator', () => {
  it('returns a Launcher whose launch resolves opened and shows a modal dialog named by its heading', async () => {
    const { launcher } = simulator();
    expect(typeof launcher.launch).toBe('function');

    await expect(launcher.launch(links.login())).resolves.toEqual({
      outcome: 'opened',
      elapsedMs: expect.any(Number) as number,
      evidence: { signal: 'hidden', blurred: false },
    });

    const sheet = dialog('授权登录');
    expect(sheet.getAttribute('aria-modal')).toBe('true');
    expect(within(sheet).getByRole('heading', { name: '授权登录' })).toBeTruthy();
    expect(sheet.getAttribute('data-sheet')).toBe('login');
    expect(sheet.textContent).toContain('VVChat（模拟器）');
  });

  it('shows nothing until the launch resolves', async () => {
    const { launcher } = simulator();
    const launched = launcher.launch(links.login());
    expect(screen.queryByRole('dialog')).toBeNull();
    await launched;
    expect(screen.getByRole('dialog')).toBeTruthy();
  });

  it('shows a consent sheet for a login link, with the app id, the scope, Allow and Deny', async () => {
    const { launcher } = simulator();
    await launcher.launch(links.login());

    const sheet = dialog('授权登录');
    expect(sheet.textContent).toContain(appId);
    expect(sheet.textContent).toContain('snsapi_userinfo');
    expect(within(sheet).getAllByRole('button').map((b) => b.textContent)).toEqual(['拒绝', '允许']);
  });

  it('shows a pay sheet with the imprest_code, Pay and Cancel', async () => {
    const { launcher } = simulator();
    await launcher.launch(links.pay('IMPREST-XYZ'));

    const sheet = dialog('QPay 支付');
    expect(sheet.textContent).toContain('IMPREST-XYZ');
    expect(within(sheet).getAllByRole('button').map((b) => b.textContent)).toEqual(['取消', '确认支付']);
  });

  it('shows the amount of an order the simulated backend created as the headline, described by it', async () => {
    const { launcher, storage } = simulator();
    const backend = createSimulatedBackend({ latencyMs: 0, storage });
    const { imprestCode } = await backend.createOrder({ amount: 12, subject: '一杯咖啡' });

    await launcher.launch(buildPayLink({ appId, imprestCode }));

    const sheet = screen.getByRole('dialog', { name: 'QPay 支付', description: '¥12.00 一杯咖啡' });
    const amount = within(sheet).getByText('¥12.00');
    expect(amount.getAttribute('data-amount')).toBe('12');
    // The headline: right under the sheet's title, before the subject and the order number.
    const order = [...sheet.querySelectorAll('h2, [data-amount], p')].map((node) => node.textContent);
    expect(order.slice(order.indexOf('QPay 支付'))).toEqual(['QPay 支付', '¥12.00', '一杯咖啡', `预支付订单 ${imprestCode}`]);
    expect(within(sheet).queryByText(/金额/)).toBeNull();
  });

  it('shows fractions of a yuan, and a free order', async () => {
    const { launcher, storage } = simulator();
    const backend = createSimulatedBackend({ latencyMs: 0, storage });
    for (const [amount, shown] of [[0.1, '¥0.10'], [1234.5, '¥1,234.50'], [0, '¥0.00']] as const) {
      const { imprestCode } = await backend.createOrder({ amount });
      await launcher.launch(buildPayLink({ appId, imprestCode }));
      expect(within(dialog('QPay 支付')).getByText(shown).hasAttribute('data-amount')).toBe(true);
      removeSheets();
    }
  });

  it('shows no amount for an order it does not know, and names the order in the description instead', async () => {
    const { launcher } = simulator();
    await launcher.launch(links.pay('UNKNOWN-ORDER'));
    const sheet = screen.getByRole('dialog', { name: 'QPay 支付', description: '预支付订单 UNKNOWN-ORDER' });
    expect(sheet.textContent).not.toContain('¥');
    expect(sheet.querySelector('[data-amount]')).toBeNull();
  });

  it('shows a share sheet with the shared card: title, sub-title, thumbnail, the template lines as a list, and the url', async () => {
    const { launcher } = simulator();
    await launcher.launch(links.share());

    const sheet = dialog('分享到 VVChat');
    // The card preview is one article, named by its title, holding everything the link carries.
    const card = within(sheet).getByRole('article', { name: '新品上市' });
    expect(within(card).getByText('限时八折')).toBeTruthy();
    expect(within(card).getByText(`${page}/items/42`)).toBeTruthy();
    // A decorative thumbnail (alt=""): the card's title already says what it is.
    const thumbnail = within(card).getByRole('presentation');
    expect(thumbnail.tagName).toBe('IMG');
    expect(thumbnail.getAttribute('src')).toBe(`${page}/thumb.png`);
    const list = within(card).getByRole('list');
    expect(within(list).getAllByRole('listitem').map((line) => line.textContent)).toEqual(['¥99', '今日包邮']);
    expect(list.getAttribute('data-template')).toBe('MultipleLine');
    // Title, sub-title, then the lines, then where the card leads.
    const texts = [...card.querySelectorAll('strong, div, li')].filter((node) => !node.querySelector('strong, div, li')).map((node) => node.textContent);
    expect(texts).toEqual(['新品上市', '限时八折', '¥99', '今日包邮', `${page}/items/42`]);
    expect(within(sheet).getAllByRole('button').map((b) => b.textContent)).toEqual(['取消', '分享']);
  });

  it('shows share data that is not a template as the string it is, inside the card', async () => {
    const { launcher } = simulator();
    await launcher.launch(buildShareLink({ appId, title: '文章', url: `${page}/a`, data: 'plain share data' }));

    const card = within(dialog('分享到 VVChat')).getByRole('article', { name: '文章' });
    expect(within(card).getByText('plain share data')).toBeTruthy();
    expect(within(card).queryByRole('list')).toBeNull();
  });

  it('shows a template with no lines as no list', async () => {
    const { launcher } = simulator();
    await launcher.launch(buildShareLink({ appId, title: '文章', url: `${page}/a`, data: { tplHeader: 'vctalk', tplVersion: 'v1', tplType: 'MultipleLine', data: [] } }));

    expect(within(dialog('分享到 VVChat')).queryByRole('list')).toBeNull();
  });

  it('shows a basic share without sub-title, thumbnail or lines', async () => {
    const { launcher } = simulator();
    await launcher.launch(buildShareLink({ appId, title: '文章', url: `${page}/a` }));

    const sheet = dialog('分享到 VVChat');
    expect(within(sheet).getByRole('article', { name: '文章' })).toBeTruthy();
    expect(sheet.querySelector('img')).toBeNull();
    expect(within(sheet).queryByRole('list')).toBeNull();
  });

  describe('the chat window of a customer-service link', () => {
    it('shows a log with a greeting, a message box, Send and Close', async () => {
      const { launcher } = simulator();
      await launcher.launch(links.customerService());

      const sheet = dialog('客服会话');
      const log = within(sheet).getByRole('log');
      expect(log.textContent).toContain('你好，请问有什么可以帮你？');
      expect(within(sheet).getByRole('textbox', { name: '输入消息…' })).toBeTruthy();
      expect(button('发送', sheet)).toBeTruthy();
      expect(button('关闭', sheet)).toBeTruthy();
    });

    it('appends a typed message to the log on Enter, and clears the box', async () => {
      const { launcher } = simulator();
      await launcher.launch(links.customerService());
      const input = screen.getByRole<HTMLInputElement>('textbox', { name: '输入消息…' });

      fireEvent.input(input, { target: { value: '我的订单到哪了？' } });
      fireEvent.keyDown(input, { key: 'Enter' });

      expect(within(screen.getByRole('log')).getByText('我的订单到哪了？')).toBeTruthy();
      expect(input.value).toBe('');
      expect(dialog('客服会话')).toBeTruthy();
    });

    it('appends a typed message to the log on Send', async () => {
      const { launcher } = simulator();
      await launcher.launch(links.customerService());
      const input = screen.getByRole<HTMLInputElement>('textbox', { name: '输入消息…' });

      fireEvent.input(input, { target: { value: 'hello' } });
      fireEvent.click(button('发送'));
      fireEvent.input(input, { target: { value: 'again' } });
      fireEvent.click(button('发送'));

      const log = screen.getByRole('log');
      expect(within(log).getByText('hello')).toBeTruthy();
      expect(within(log).getByText('again')).toBeTruthy();
      expect(log.textContent.indexOf('hello')).toBeLessThan(log.textContent.indexOf('again'));
    });

    it('sends no empty or blank message', async () => {
      const { launcher } = simulator();
      await launcher.launch(links.customerService());
      const log = screen.getByRole('log');
      const before = log.childElementCount;
      const input = screen.getByRole<HTMLInputElement>('textbox', { name: '输入消息…' });

      fireEvent.keyDown(input, { key: 'Enter' });
      fireEvent.input(input, { target: { value: '   ' } });
      fireEvent.click(button('发送'));

      expect(log.childElementCount).toBe(before);
    });

    // Enter also confirms a candidate in a Chinese input method: that Enter is not a Send.
    it('sends nothing on the Enter that ends an input-method composition', async () => {
      const { launcher } = simulator();
      await launcher.launch(links.customerService());
      const log = screen.getByRole('log');
      const before = log.childElementCount;
      const input = screen.getByRole<HTMLInputElement>('textbox', { name: '输入消息…' });

      fireEvent.input(input, { target: { value: 'ni hao' } });
      fireEvent.keyDown(input, { key: 'Enter', isComposing: true });

      expect(log.childElementCount).toBe(before);
      expect(input.value).toBe('ni hao');
    });

    it('closes on Close without navigating', async () => {
      const { launcher, navigate } = simulator();
      await launcher.launch(links.customerService());

      fireEvent.click(button('关闭'));

      expect(screen.queryByRole('dialog')).toBeNull();
      expect(navigate).not.toHaveBeenCalled();
    });
  });

  describe.each<[SimulatorLocale, Record<string, [string, string[]]>]>([
    [
      'zh-CN',
      {
        login: ['授权登录', ['拒绝', '允许']],
        pay: ['QPay 支付', ['取消', '确认支付']],
        share: ['分享到 VVChat', ['取消', '分享']],
        customerService: ['客服会话', ['发送', '关闭']],
      },
    ],
    [
      'en',
      {
        login: ['Log in with VVChat', ['Deny', 'Allow']],
        pay: ['Pay with QPay', ['Cancel', 'Pay']],
        share: ['Share to VVChat', ['Cancel', 'Share']],
        customerService: ['Customer service', ['Send', 'Close']],
      },
    ],
  ])('in %s', (locale, expected) => {
    it.each(Object.keys(expected) as (keyof typeof links)[])('names the %s sheet and its buttons', async (kind) => {
      const { launcher } = simulator({ locale });
      await launcher.launch(links[kind]());
      const [title, buttons] = expected[kind]!;

      const sheet = dialog(title);
      expect(within(sheet).getAllByRole('button').map((b) => b.textContent)).toEqual(buttons);
      expect(sheet.textContent).toContain(locale === 'en' ? 'VVChat (simulator)' : 'VVChat（模拟器）');
    });
  });

  it('speaks English in the sheets bodies too', async () => {
    const { launcher, storage } = simulator({ locale: 'en' });
    await launcher.launch(links.login());
    expect(dialog().textContent).toContain(`The app ${appId} asks for your VVChat profile (snsapi_userinfo).`);
    removeSheets();

    const { imprestCode } = await createSimulatedBackend({ latencyMs: 0, storage }).createOrder({ amount: 12 });
    await launcher.launch(buildPayLink({ appId, imprestCode }));
    expect(dialog('Pay with QPay').textContent).toContain(`Order ${imprestCode}`);
    expect(within(dialog()).getByText('¥12.00').hasAttribute('data-amount')).toBe(true);
    removeSheets();

    await launcher.launch(links.customerService());
    expect(within(screen.getByRole('log')).getByText('Hello! How can we help you?')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Type a message…' })).toBeTruthy();
  });

  it('defaults to zh-CN', async () => {
    const launcher = createSimulator({ latencyMs: 0, storage: null, navigate: () => undefined });
    await launcher.launch(links.login());
    expect(dialog('授权登录')).toBeTruthy();
  });
});
