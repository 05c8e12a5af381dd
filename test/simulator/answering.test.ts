import { screen } from '@testing-library/dom';
import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { VVChatError, buildPayLink, type Launcher } from '@vvchat/core';
import { createSimulatedBackend, createSimulator, type AnsweredSheet, type SimulatorAnswer, type SimulatorLauncher } from '@vvchat/simulator';
import { answerSheet } from '@vvchat/simulator/testing';
import { appId, links, mapStorage, removeSheets, shareResults, simulator } from './support';

afterEach(() => {
  vi.useRealTimers();
  removeSheets();
});

const openSheets = () => screen.queryAllByRole('dialog').map((sheet) => sheet.getAttribute('data-sheet'));

describe('simulator.answer', () => {
  it('is a method of the Launcher createSimulator returns, which stays a Launcher', () => {
    const launcher = createSimulator({ storage: mapStorage() });
    expectTypeOf(launcher).toEqualTypeOf<SimulatorLauncher>();
    expectTypeOf(launcher).toExtend<Launcher>();
    expectTypeOf(launcher.answer).parameter(0).toEqualTypeOf<SimulatorAnswer>();
    expect(typeof launcher.launch).toBe('function');
    expect(typeof launcher.answer).toBe('function');
  });

  it("'approve' allows an open login sheet and resolves with the sheet it answered", async () => {
    const { launcher, navigate } = simulator();
    await launcher.launch(links.login('state-1'));

    const answered: AnsweredSheet = await launcher.answer('approve');
    expect(answered).toEqual({ kind: 'login', name: '授权登录' });

    const url = new URL(navigate.mock.calls[0]![0]);
    expect(url.searchParams.get('err_code')).toBe('0');
    expect(url.searchParams.get('state')).toBe('state-1');
    expect(openSheets()).toEqual([]);
  });

  it("'deny' denies a login", async () => {
    const { launcher, navigate } = simulator();
    await launcher.launch(links.login());

    await launcher.answer('deny');

    expect(new URL(navigate.mock.calls[0]![0]).searchParams.get('err_code')).toBe('1');
  });

  it('answers synchronously when the sheet is open, like a click', async () => {
    const { launcher, navigate } = simulator();
    await launcher.launch(links.login());

    void launcher.answer('approve');

    expect(navigate).toHaveBeenCalledTimes(1);
  });

  it('waits for the sheet when it is not open yet: call it right after the tap', async () => {
    vi.useFakeTimers();
    const { launcher, navigate } = simulator({ latencyMs: 300 });
    const answered = launcher.answer('approve');
    void launcher.launch(links.login());

    await vi.advanceTimersByTimeAsync(299);
    expect(navigate).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);

    await expect(answered).resolves.toEqual({ kind: 'login', name: '授权登录' });
    expect(navigate).toHaveBeenCalledTimes(1);
  });

  it('pays and cancels payments, which the simulated backend then reports', async () => {
    const { launcher, navigate, storage } = simulator();
    const backend = createSimulatedBackend({ latencyMs: 0, storage });
    const paid = await backend.createOrder({ amount: 12 });
    const cancelled = await backend.createOrder({ amount: 5 });

    await launcher.launch(buildPayLink({ appId, imprestCode: paid.imprestCode, redirectUri: 'https://shop.example/paid' }));
    await expect(launcher.answer('approve')).resolves.toEqual({ kind: 'pay', name: 'QPay 支付' });
    await launcher.launch(buildPayLink({ appId, imprestCode: cancelled.imprestCode, redirectUri: 'https://shop.example/paid' }));
    await launcher.answer('deny');

    expect(navigate).toHaveBeenCalledTimes(1);
    await expect(backend.verifyPayment(paid)).resolves.toBe('paid');
    await expect(backend.verifyPayment(cancelled)).resolves.toBe('failed');
  });

  it.each([
    ['approve', { code: 200 }],
    ['deny', { code: 400, err_msg: '用户取消了分享' }],
  ] as const)("'%s' answers a share", async (answer, result) => {
    const { launcher } = simulator();
    const channel = shareResults();
    await launcher.launch(links.share());

    await expect(launcher.answer(answer)).resolves.toEqual({ kind: 'share', name: '分享到 VVChat' });

    await vi.waitFor(() => expect(channel.results).toEqual([{ type: 'vvchat:share-result', result }]));
    channel.stop();
  });

  it.each(['approve', 'deny'] as const)("'%s' closes the chat window and the not-installed sheet", async (answer) => {
    const { launcher } = simulator();
    await launcher.launch(links.customerService());
    await expect(launcher.answer(answer)).resolves.toEqual({ kind: 'customer-service', name: '客服会话' });

    const noApp = simulator({ environment: 'no-app' }).launcher;
    await noApp.launch(links.login());
    await expect(noApp.answer(answer)).resolves.toEqual({ kind: 'not-installed', name: '未安装 VVChat' });
    expect(openSheets()).toEqual([]);
  });

  it('closes the sheet of an invalid link either way', async () => {
    const { launcher, navigate } = simulator();
    await launcher.launch('qyx://qpay?app_id=demo');

    await expect(launcher.answer('deny')).resolves.toEqual({ kind: 'invalid', name: '无效的 VVChat 链接' });
    expect(openSheets()).toEqual([]);
    expect(navigate).not.toHaveBeenCalled();
  });

  it("answers the browser's 'Open in VVChat?' prompt first, then the app's sheet", async () => {
    const { launcher, navigate } = simulator({ environment: 'slow-prompt' });
    const launched = launcher.launch(links.login());

    await expect(launcher.answer('approve')).resolves.toEqual({ kind: 'prompt', name: '在 VVChat 中打开？' });
    await expect(launched).resolves.toMatchObject({ outcome: 'opened' });
    await expect(launcher.answer('approve')).resolves.toEqual({ kind: 'login', name: '授权登录' });
    expect(navigate).toHaveBeenCalledTimes(1);
  });

  it("'deny' on the prompt ends the launch not-opened", async () => {
    const { launcher } = simulator({ environment: 'slow-prompt' });
    const launched = launcher.launch(links.login());

    await launcher.answer('deny');

    await expect(launched).resolves.toMatchObject({ outcome: 'not-opened' });
  });

  it('answers the newest of its sheets, or the one named', async () => {
    const { launcher, navigate } = simulator();
    await launcher.launch(links.login());
    await launcher.launch(links.customerService());
    await launcher.launch(links.pay());

    await expect(launcher.answer('approve', { name: '授权登录' })).resolves.toMatchObject({ kind: 'login' });
    expect(openSheets()).toEqual(['customer-service', 'pay']);
    await expect(launcher.answer('deny')).resolves.toMatchObject({ kind: 'pay' });
    await expect(launcher.answer('deny', { name: /客服/ })).resolves.toMatchObject({ kind: 'customer-service' });
    expect(navigate).toHaveBeenCalledTimes(1);
  });

  it("never answers another simulator's sheet", async () => {
    const mine = simulator();
    const theirs = simulator();
    await theirs.launcher.launch(links.login());
    vi.useFakeTimers();

    const answered = mine.launcher.answer('approve', { timeoutMs: 1000 });
    const settled = expect(answered).rejects.toMatchObject({ code: 'not_opened' });
    await vi.advanceTimersByTimeAsync(1000);
    await settled;

    expect(openSheets()).toEqual(['login']);
    expect(theirs.navigate).not.toHaveBeenCalled();
  });

  it('speaks the locale of the simulator in the name it resolves', async () => {
    const { launcher } = simulator({ locale: 'en' });
    await launcher.launch(links.pay());
    await expect(launcher.answer('approve')).resolves.toEqual({ kind: 'pay', name: 'Pay with QPay' });
  });

  it('rejects not_opened when no sheet opened within timeoutMs, saying what it waited for and what is open', async () => {
    const { launcher } = simulator();
    await launcher.launch(links.login());
    vi.useFakeTimers();
    const answered = launcher.answer('approve', { name: 'QPay 支付' });
    const settled = expect(answered).rejects.toThrow(VVChatError);
    const message = answered.catch((error: unknown) => (error as VVChatError).message);

    await vi.advanceTimersByTimeAsync(2999);
    expect(openSheets()).toEqual(['login']);
    await vi.advanceTimersByTimeAsync(1);

    await settled;
    await expect(answered).rejects.toMatchObject({ code: 'not_opened' });
    expect(await message).toBe('no simulator sheet named "QPay 支付" opened within 3000 ms (open: "授权登录")');
  });

  it.each([['allow'], ['yes'], [true], [undefined]])('rejects invalid_option for the answer %j, naming it', async (answer) => {
    const { launcher } = simulator();
    await launcher.launch(links.login());

    await expect(launcher.answer(answer as SimulatorAnswer)).rejects.toMatchObject({
      code: 'invalid_option',
      message: expect.stringMatching(/^answer must be 'approve' or 'deny'; got /) as string,
    });
    expect(openSheets()).toEqual(['login']);
  });

  it.each([[0], [-1], [Number.NaN], ['1000']])('rejects invalid_option for timeoutMs %j', async (timeoutMs) => {
    const { launcher } = simulator();
    await expect(launcher.answer('approve', { timeoutMs: timeoutMs as number })).rejects.toMatchObject({ code: 'invalid_option', message: expect.stringContaining('timeoutMs') as string });
  });
});

describe('answerSheet (@vvchat/simulator/testing)', () => {
  it('answers the open sheet of any simulator on the page, found by its accessible name', async () => {
    const { launcher, navigate } = simulator();
    await launcher.launch(links.login('state-1'));

    await expect(answerSheet('approve', { name: '授权登录' })).resolves.toEqual({ kind: 'login', name: '授权登录' });

    expect(new URL(navigate.mock.calls[0]![0]).searchParams.get('state')).toBe('state-1');
    expect(openSheets()).toEqual([]);
  });

  it('matches a name by RegExp, and answers the topmost sheet when no name is given', async () => {
    const first = simulator();
    const second = simulator();
    await first.launcher.launch(links.login());
    await second.launcher.launch(links.customerService());

    await expect(answerSheet('deny')).resolves.toMatchObject({ kind: 'customer-service' });
    await expect(answerSheet('deny', { name: /授权/ })).resolves.toMatchObject({ kind: 'login' });
    expect(new URL(first.navigate.mock.calls[0]![0]).searchParams.get('err_code')).toBe('1');
  });

  it('matches a string name exactly, as Testing Library does', async () => {
    const { launcher } = simulator();
    await launcher.launch(links.login());
    vi.useFakeTimers();

    const answered = answerSheet('approve', { name: '授权', timeoutMs: 500 });
    const settled = expect(answered).rejects.toMatchObject({ code: 'not_opened' });
    await vi.advanceTimersByTimeAsync(500);
    await settled;
    expect(openSheets()).toEqual(['login']);
  });

  it('waits for the sheet to open', async () => {
    const { launcher, storage } = simulator({ latencyMs: 50 });
    const backend = createSimulatedBackend({ latencyMs: 0, storage });
    const order = await backend.createOrder({ amount: 12 });
    const answered = answerSheet('approve', { name: 'QPay 支付' });
    void launcher.launch(buildPayLink({ appId, imprestCode: order.imprestCode }));

    await expect(answered).resolves.toEqual({ kind: 'pay', name: 'QPay 支付' });
    await expect(backend.verifyPayment(order)).resolves.toBe('paid');
  });

  it('answers the prompt of the slow-prompt environment, an alertdialog', async () => {
    const { launcher } = simulator({ environment: 'slow-prompt' });
    const launched = launcher.launch(links.login());

    await expect(answerSheet('deny', { name: '在 VVChat 中打开？' })).resolves.toEqual({ kind: 'prompt', name: '在 VVChat 中打开？' });
    await expect(launched).resolves.toMatchObject({ outcome: 'not-opened' });
  });

  it('rejects not_opened after timeoutMs (3000 by default) when there is no sheet at all', async () => {
    vi.useFakeTimers();
    const answered = answerSheet('approve');
    const settled = expect(answered).rejects.toMatchObject({ code: 'not_opened', message: 'no simulator sheet opened within 3000 ms (open: none)' });
    await vi.advanceTimersByTimeAsync(3000);
    await settled;
  });

  it('rejects invalid_option for an unknown answer, and for a name that is neither a string nor a RegExp', async () => {
    await expect(answerSheet('pay' as SimulatorAnswer)).rejects.toMatchObject({ code: 'invalid_option', message: "answer must be 'approve' or 'deny'; got \"pay\"" });
    await expect(answerSheet('approve', { name: 42 as unknown as string })).rejects.toMatchObject({ code: 'invalid_option', message: expect.stringContaining('name') as string });
  });
});
