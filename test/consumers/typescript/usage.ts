// Every public export of @vvchat/core, @vvchat/react, @vvchat/ui and @vvchat/simulator, used
// the way an app would, from the packed tarballs. Type-checked (never run) twice: with
// `moduleResolution: bundler` and with `node16` (this package is `"type": "module"`).
// `noUnusedLocals` makes every import count; `check-exports.mjs` checks that nothing the
// packages export is missing from the imports below; the `@ts-expect-error` lines prove the
// types are real (an `any` would make them fail as unused directives).

import { createElement, createRef, type ReactElement } from 'react';
import { QueryClient } from '@tanstack/react-query';
import {
  VVChatError,
  isVVChatError,
  buildLoginLink,
  buildPayLink,
  buildCustomerServiceLink,
  buildShareLink,
  parseDeepLink,
  parseLoginCallback,
  parsePayReturn,
  parseShareResult,
  createState,
  safeStorage,
  startLogin,
  completeLogin,
  launch,
  createLauncher,
  removeCallbackParams,
  callbackParams,
  createMachine,
  withoutCallback,
  payBusyStatuses,
  createLoginFlow,
  createPayFlow,
  verifyDelay,
  createShareFlow,
  createCustomerServiceFlow,
  shareResultMessageType,
  type VVChatErrorCode,
  type VVChatErrorOptions,
  type LoginLinkOptions,
  type PayLinkOptions,
  type CustomerServiceLinkOptions,
  type ShareLinkOptions,
  type ShareTemplate,
  type DeepLink,
  type CallbackInput,
  type LoginCallback,
  type PayReturn,
  type ShareResult,
  type VVChatStorage,
  type StartLoginOptions,
  type StartedLogin,
  type CompleteLoginOptions,
  type CompletedLogin,
  type Launcher,
  type LaunchOptions,
  type LaunchResult,
  type LaunchOutcome,
  type LaunchEnvironment,
  type Machine,
  type FlowConfig,
  type LoginEvent,
  type PayEvent,
  type PaymentVerifier,
  type MachineDefinition,
  type Effect,
  type EffectTools,
  type CodeExchange,
  type OrderRequest,
  type ShareEvent,
  type CustomerServiceEvent,
  type LoginFlow,
  type LoginState,
  type LoginStatus,
  type LoginStartOptions,
  type PayFlow,
  type PayState,
  type PayStatus,
  type PaymentVerdict,
  type PendingOrder,
  type CreatedOrder,
  type ShareFlow,
  type ShareState,
  type ShareStatus,
  type ShareContent,
  type CustomerServiceFlow,
  type CustomerServiceState,
  type CustomerServiceStatus,
  type BlockReason,
  type ContinueAction,
  type InAppBrowser,
  type LaunchEvidence,
  type LaunchSignal,
  type MobileOS,
  type ShareElsewhereContent,
  type ShareElsewhereOutcome,
  type VVChatEnvironment,
  continueParam,
  continueUrl,
  copyText,
  detectEnvironment,
  findContinue,
  shareElsewhere,
  shareFallback,
} from '@vvchat/core';
import {
  VVChatProvider,
  useVVChatLogin,
  useQPay,
  useShare,
  useCustomerService,
  defaultShareResultChannel,
  shareResultParam,
  vvchatKeys,
  useVVChatLocale,
  useVVChatFallbackUrl,
  VVChatError as ReactVVChatError,
  isVVChatError as reactIsVVChatError,
  shareResultMessageType as reactShareResultMessageType,
  type VVChatProviderProps,
  type VVChatConfig,
  type VVChatLocale,
  type UseVVChatLoginOptions,
  type UseVVChatLoginResult,
  type UseQPayOptions,
  type UseQPayResult,
  type UseShareOptions,
  type UseShareResult,
  type UseCustomerServiceOptions,
  type UseCustomerServiceResult,
  type ShareResultChannel,
  type VVChatErrorCode as ReactVVChatErrorCode,
  type Launcher as ReactLauncher,
  type LaunchResult as ReactLaunchResult,
  type LaunchOptions as ReactLaunchOptions,
  type VVChatStorage as ReactVVChatStorage,
  type ShareContent as ReactShareContent,
  type ShareTemplate as ReactShareTemplate,
  type ShareResult as ReactShareResult,
  type LoginStatus as ReactLoginStatus,
  type PayStatus as ReactPayStatus,
  type ShareStatus as ReactShareStatus,
  type CustomerServiceStatus as ReactCustomerServiceStatus,
  type PaymentVerdict as ReactPaymentVerdict,
  type CreatedOrder as ReactCreatedOrder,
  type BlockReason as ReactBlockReason,
  type ContinueAction as ReactContinueAction,
  type InAppBrowser as ReactInAppBrowser,
  type LaunchEvidence as ReactLaunchEvidence,
  type VVChatEnvironment as ReactVVChatEnvironment,
  continueUrl as reactContinueUrl,
  copyText as reactCopyText,
  detectEnvironment as reactDetectEnvironment,
  findContinue as reactFindContinue,
  useVVChatEnvironment,
  type LoginOptions,
  type PayOptions,
} from '@vvchat/react';
import {
  VVChatLoginButton,
  QPayButton,
  ShareButton,
  CustomerServiceButton,
  defaultLabels,
  loginLabels,
  payLabels,
  shareLabels,
  customerServiceLabels,
  errorLabels,
  composeEventHandlers,
  type VVChatLoginButtonProps,
  type QPayButtonProps,
  type ShareButtonProps,
  type CustomerServiceButtonProps,
  type VVChatButtonStyleProps,
  type VVChatButtonProps,
  type NativeButtonProps,
  type LabelOverrides,
  type VVChatLabels,
  type ButtonLabels,
  type VVChatIconName,
  GuidanceDialog,
  type GuidanceDialogProps,
} from '@vvchat/ui';
import {
  createSimulator,
  createSimulatedBackend,
  type SimulatorOptions,
  type SimulatedBackend,
  type SimulatedBackendOptions,
  type SimulatedProfile,
  type SimulatedOrderInput,
  type SimulatorLocale,
  type SimulatorEnvironment,
} from '@vvchat/simulator';

/** Compile-time equality of two types. */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function assertType<T extends true>(): T | undefined {
  return undefined;
}

// ---------------------------------------------------------------------------
// @vvchat/core

export function coreUsage(): string[] {
  const code: VVChatErrorCode = 'invalid_option';
  const errorOptions: VVChatErrorOptions = { cause: new Error('x'), errCode: -2 };
  const error = new VVChatError(code, 'bad appId', errorOptions);
  const caught: unknown = error;
  const message = isVVChatError(caught) ? `${caught.code}: ${caught.message} ${caught.errCode ?? ''}` : '';

  const loginOptions: LoginLinkOptions = { appId: 'test', redirectUri: 'https://example.com', state: createState() };
  const payOptions: PayLinkOptions = { appId: 'test', imprestCode: 'imp-1' };
  const serviceOptions: CustomerServiceLinkOptions = { openId: 'open-1' };
  const template: ShareTemplate = { tplHeader: 'h', tplVersion: '1', tplType: 'MultipleLine', data: ['a', 'b'] };
  const shareOptions: ShareLinkOptions = { appId: 'test', title: 'Hi', url: 'https://example.com', data: template };
  const links: string[] = [
    buildLoginLink(loginOptions),
    buildPayLink(payOptions),
    buildCustomerServiceLink(serviceOptions),
    buildShareLink(shareOptions),
  ];
  // @ts-expect-error appId is required
  buildLoginLink({ redirectUri: 'https://example.com' });

  const deepLink: DeepLink = parseDeepLink(links[0] ?? '');
  if (deepLink.action === 'login') links.push(deepLink.scope);

  const input: CallbackInput = new URLSearchParams('code=abc&state=s');
  const loginCallback: LoginCallback | null = parseLoginCallback(input);
  if (loginCallback?.ok) links.push(loginCallback.code);
  else if (loginCallback) links.push(String(loginCallback.errCode));
  const payReturn: PayReturn | null = parsePayReturn(new URL('https://example.com/?trade_no=t1'));
  const shareResult: ShareResult = parseShareResult({ code: 200 });
  if (!shareResult.ok) links.push(shareResult.message);

  const memory: VVChatStorage = safeStorage(null);
  const startOptions: StartLoginOptions = { appId: 'test', redirectUri: 'https://example.com', storage: memory, ttlMs: 60_000 };
  const started: StartedLogin = startLogin(startOptions);
  const completeOptions: CompleteLoginOptions = { storage: memory };
  const completed: CompletedLogin | null = completeLogin(`https://example.com/?code=c&state=${started.state}`, completeOptions);

  const environment: Partial<LaunchEnvironment> = { navigate: (url) => links.push(url), now: () => 0 };
  const launcher: Launcher = createLauncher(environment);
  const launchOptions: LaunchOptions = { timeoutMs: 2500, fallbackUrl: 'https://example.com/download' };
  const launched: Promise<LaunchResult> = launch(started.link, launchOptions);
  void launched.then((result) => {
    const outcome: LaunchOutcome = result.outcome;
    links.push(`${outcome} after ${result.elapsedMs}ms`);
  });

  const cleaned = removeCallbackParams('https://example.com/?code=c&state=s&page=2', callbackParams);

  const toggle: Machine<{ status: 'on' } | { status: 'off' }, 'flip'> = createMachine<{ status: 'on' } | { status: 'off' }, 'flip'>({
    initial: { status: 'off' },
    transition: (state) => ({ status: state.status === 'on' ? 'off' : 'on' }),
  });
  const unsubscribe = toggle.on('on', (state) => links.push(state.status));
  toggle.send('flip');
  unsubscribe();
  const page: string = withoutCallback('https://example.com/?state=CA', 'test');
  const onEntry: Effect<{ status: 'on' }, 'flip'> = (_state, tools: EffectTools<'flip'>) => tools.signal.aborted || tools.send('flip');
  const definition: MachineDefinition<{ status: 'on' } | { status: 'off' }, 'flip'> = {
    initial: { status: 'on' },
    transition: (state) => state,
    effects: { on: onEntry },
  };
  createMachine(definition).send('flip');
  const exchange: CodeExchange<{ nickname: string }> = (code) => ({ nickname: code });
  const request: OrderRequest = () => 'imp-2';
  const shareEvent: ShareEvent = { type: 'reset' };
  const serviceEvent: CustomerServiceEvent = { type: 'reset' };
  void Promise.resolve(exchange('c')).then((user) => links.push(user.nickname));
  void Promise.resolve(request()).then((created) => links.push(typeof created === 'string' ? created : created.imprestCode));
  links.push(shareEvent.type, serviceEvent.type);

  const config: FlowConfig = { appId: 'test', launcher, storage: memory };
  const loginFlow: LoginFlow<{ nickname: string }> = createLoginFlow<{ nickname: string }>();
  const startLoginOptions: LoginStartOptions = { redirectUri: 'https://example.com' };
  loginFlow.register(() => () => ({ nickname: 'Ada' }));
  loginFlow.start(startLoginOptions, config);
  loginFlow.on('success', (state) => links.push(state.data.nickname));
  const loginEvent: LoginEvent<{ nickname: string }> = { type: 'reset' };
  loginFlow.send(loginEvent);
  const loginState: LoginState<{ nickname: string }> = loginFlow.get();
  const loginStatus: LoginStatus = loginState.status;

  const payFlow: PayFlow = createPayFlow();
  const order: CreatedOrder = { imprestCode: 'imp-1' };
  const verifier: PaymentVerifier = { verifyPayment: () => Promise.resolve('paid'), timeoutMs: 60_000 };
  payFlow.register(() => verifier);
  payFlow.pay(() => order, { redirectUri: undefined, config, canNavigate: () => true });
  payFlow.on('paid', (state) => links.push(state.imprestCode));
  const payEvent: PayEvent = { type: 'reset' };
  payFlow.send(payEvent);
  const payState: PayState = payFlow.get();
  const payStatus: PayStatus = payState.status;
  const busy: readonly PayStatus[] = payBusyStatuses;
  const verdict: PaymentVerdict = 'pending';
  const pending: PendingOrder = { imprestCode: 'imp-1', startedAt: Date.now() };
  const delay: number = verifyDelay(3);

  const shareFlow: ShareFlow = createShareFlow();
  const content: ShareContent = { title: 'Hi', url: 'https://example.com' };
  shareFlow.share(content, config);
  const shareState: ShareState = shareFlow.get();
  const shareStatus: ShareStatus = shareState.status;

  const serviceFlow: CustomerServiceFlow = createCustomerServiceFlow();
  serviceFlow.open('open-1', config);
  const serviceState: CustomerServiceState = serviceFlow.get();
  const serviceStatus: CustomerServiceStatus = serviceState.status;

  const messageType: 'vvchat:share-result' = shareResultMessageType;

  return [
    message,
    ...links,
    payReturn?.tradeNo ?? '',
    completed?.code ?? '',
    cleaned,
    page,
    loginStatus,
    payStatus,
    busy.join(),
    verdict,
    pending.imprestCode,
    String(delay),
    shareStatus,
    serviceStatus,
    messageType,
  ];
}

// ---------------------------------------------------------------------------
// @vvchat/react: the hooks in components, the provider, and the core re-exports (the same
// types and the same class as @vvchat/core's, not copies)

interface User {
  nickname: string;
}

function LoginStatusText(): ReactElement {
  const options: UseVVChatLoginOptions<User> = {
    exchangeCode: async (code) => ({ nickname: code }),
    onSuccess: (user) => user.nickname,
    onError: (error) => error.code,
  };
  const result: UseVVChatLoginResult<User> = useVVChatLogin(options);
  const status: ReactLoginStatus = result.status;
  const locale: VVChatLocale = useVVChatLocale();
  const install: string | undefined = useVVChatFallbackUrl();
  return createElement('button', { type: 'button', onClick: result.login }, `${status} ${locale} ${result.data?.nickname ?? ''} ${install ?? ''}`);
}

function PayStatusText(): ReactElement {
  const options: UseQPayOptions<{ amount: number }> = {
    createOrder: async ({ amount }): Promise<ReactCreatedOrder> => ({ imprestCode: `imp-${amount}` }),
    verifyPayment: async (): Promise<ReactPaymentVerdict> => 'paid',
    onPaid: ({ imprestCode, tradeNo }) => `${imprestCode} ${tradeNo ?? ''}`,
  };
  const result: UseQPayResult<{ amount: number }> = useQPay(options);
  const status: ReactPayStatus = result.status;
  // @ts-expect-error pay takes the createOrder input
  result.pay('12');
  return createElement('button', { type: 'button', onClick: () => result.pay({ amount: 12 }) }, status);
}

function ShareStatusText(): ReactElement {
  const options: UseShareOptions = { onSuccess: (result) => result.code };
  const result: UseShareResult = useShare(options);
  const status: ReactShareStatus = result.status;
  const template: ReactShareTemplate = { tplHeader: 'h', tplVersion: '1', tplType: 'MultipleLine', data: [] };
  const content: ReactShareContent = { title: 'Hi', url: 'https://example.com', data: template };
  const last: ReactShareResult | undefined = result.result;
  return createElement('button', { type: 'button', onClick: () => result.share(content) }, `${status} ${last?.code ?? ''}`);
}

function CustomerServiceStatusText(): ReactElement {
  const options: UseCustomerServiceOptions = { openId: 'open-1' };
  const result: UseCustomerServiceResult = useCustomerService(options);
  const status: ReactCustomerServiceStatus = result.status;
  const code: ReactVVChatErrorCode | undefined = result.error?.code;
  return createElement('button', { type: 'button', onClick: result.open }, `${status} ${code ?? ''}`);
}

export function reactUsage(): ReactElement {
  const storage: ReactVVChatStorage = safeStorage();
  const launcher: ReactLauncher = {
    launch: async (_link: string, _options?: ReactLaunchOptions): Promise<ReactLaunchResult> => ({ outcome: 'opened', elapsedMs: 0 }),
  };
  const channel: ShareResultChannel = defaultShareResultChannel;
  const config: VVChatConfig = {
    appId: 'test',
    redirectUri: `https://example.com/?${shareResultParam}=1`,
    launcher,
    storage,
    locale: 'en',
    shareResultChannel: channel,
  };
  const props: VVChatProviderProps = { ...config, queryClient: new QueryClient() };
  const keys: readonly unknown[] = [vvchatKeys.all, vvchatKeys.exchange('test'), vvchatKeys.verify('test', 'imp-1', undefined)];

  const same: typeof VVChatError = ReactVVChatError;
  const error: unknown = new same('not_opened', 'VVChat is not installed');
  const isError: boolean = reactIsVVChatError(error) && isVVChatError(error);
  const messageType: typeof shareResultMessageType = reactShareResultMessageType;
  assertType<Equal<ReactLauncher, Launcher>>();
  assertType<Equal<ReactLoginStatus, LoginStatus>>();

  return createElement(
    VVChatProvider,
    props,
    createElement(LoginStatusText),
    createElement(PayStatusText),
    createElement(ShareStatusText),
    createElement(CustomerServiceStatusText),
    createElement('output', null, `${keys.length} ${String(isError)} ${messageType}`),
  );
}

// ---------------------------------------------------------------------------
// @vvchat/ui

export function uiUsage(): ReactElement {
  const style: VVChatButtonStyleProps = { size: 'lg', variant: 'outline', shape: 'pill', block: true, locale: 'en' };
  const native: NativeButtonProps = { className: 'mine', disabled: false, 'aria-describedby': 'hint' };
  const labels: LabelOverrides<LoginStatus> = { idle: 'Sign in', errors: { not_opened: 'Install VVChat first' } };
  const base: VVChatButtonProps<LoginStatus> = { ...style, ...native, labels };
  const icon: VVChatIconName = 'login';
  const buttonLabels: ButtonLabels<PayStatus> = payLabels.en;
  const all: VVChatLabels = defaultLabels['zh-CN'];
  const texts = [loginLabels.en.idle, shareLabels.en.idle, customerServiceLabels['zh-CN'].idle, errorLabels.en.default, buttonLabels.paid, all.login.idle, icon];

  const onClick = composeEventHandlers<{ defaultPrevented: boolean }>(
    (event) => texts.push(String(event.defaultPrevented)),
    () => texts.push('ours'),
  );

  const loginProps: VVChatLoginButtonProps<User> = {
    ...base,
    exchangeCode: async (code) => ({ nickname: code }),
    onSuccess: (user) => texts.push(user.nickname),
  };
  const payProps: QPayButtonProps<{ sku: string }> = {
    input: { sku: 'sku-1' },
    amount: 12,
    currency: 'CNY',
    createOrder: async ({ sku }) => `imp-${sku}`,
    // Annotated: TypeScript widens `async () => 'paid'` to Promise<string> against the
    // `PaymentVerdict | Promise<PaymentVerdict>` return type.
    verifyPayment: async (): Promise<PaymentVerdict> => 'paid',
  };
  const shareProps: ShareButtonProps = { content: { title: 'Hi', url: 'https://example.com' }, variant: 'ghost' };
  const serviceProps: CustomerServiceButtonProps = { openId: 'open-1', size: 'sm' };
  const ref = createRef<HTMLButtonElement>();

  // @ts-expect-error ShareButton needs its content
  createElement(ShareButton, { variant: 'ghost' });

  return createElement(
    VVChatProvider,
    { appId: 'test' },
    createElement(VVChatLoginButton<User>, { ...loginProps, ref, onClick: () => onClick({ defaultPrevented: false }) }),
    createElement(QPayButton<{ sku: string }>, payProps),
    createElement(ShareButton, shareProps),
    createElement(CustomerServiceButton, serviceProps, texts.join(' ')),
  );
}

// ---------------------------------------------------------------------------
// @vvchat/simulator

export async function simulatorUsage(): Promise<string> {
  const locale: SimulatorLocale = 'en';
  const options: SimulatorOptions = { autoAnswer: 'approve', latencyMs: 0, locale, storage: null, navigate: () => undefined };
  const launcher: Launcher = createSimulator(options);
  const backendOptions: SimulatedBackendOptions = { latencyMs: 0 };
  const backend: SimulatedBackend = createSimulatedBackend(backendOptions);
  const orderInput: SimulatedOrderInput = { amount: 12, subject: 'Coffee' };
  const profile: SimulatedProfile = await backend.exchangeCode('code');
  const { imprestCode } = await backend.createOrder(orderInput);
  const verdict: PaymentVerdict = await backend.verifyPayment({ imprestCode });
  const launched = await launcher.launch(buildPayLink({ appId: 'test', imprestCode }));
  return `${profile.nickname} ${verdict} ${launched.outcome}`;
}

// ---------------------------------------------------------------------------
// Environments (issue 10): where the page runs, blocked launches and their way out

export async function environmentUsage(): Promise<string[]> {
  const where: VVChatEnvironment = detectEnvironment('Mozilla/5.0 (iPhone) MicroMessenger/8.0.40');
  const app: InAppBrowser | undefined = where.kind === 'in-app' ? where.app : undefined;
  const os: MobileOS | undefined = where.kind === 'mobile' ? where.os : undefined;
  const action: ContinueAction = 'pay';
  const url = continueUrl('https://shop.example/cart', action);
  const found = findContinue(url);
  const content: ShareElsewhereContent = { title: 'Hi', url };
  const outcome: ShareElsewhereOutcome = shareFallback(content) === 'copy' ? 'copied' : await shareElsewhere(content);
  await copyText(url);
  const result: LaunchResult = await launch(buildLoginLink({ appId: 'test', redirectUri: url }), { desktop: 'launch' });
  const reason: BlockReason | undefined = result.outcome === 'blocked' ? result.reason : undefined;
  const evidence: LaunchEvidence | undefined = result.evidence;
  const signal: LaunchSignal | undefined = evidence?.signal;
  // @ts-expect-error blocked results always say why
  const noReason: LaunchResult = { outcome: 'blocked', elapsedMs: 0 };
  const reactWhere: ReactVVChatEnvironment = reactDetectEnvironment();
  const reactApp: ReactInAppBrowser = 'qq';
  const reactReason: ReactBlockReason = 'desktop';
  const reactAction: ReactContinueAction = 'login';
  const reactEvidence: ReactLaunchEvidence = { signal: 'timeout', blurred: false };
  await reactCopyText(reactContinueUrl(url, reactAction));
  const environment: SimulatorEnvironment = 'wechat';
  createSimulator({ environment });
  return [
    String(app),
    String(os),
    continueParam,
    String(found?.action),
    outcome,
    String(reason),
    String(signal),
    noReason.outcome,
    reactWhere.kind,
    reactApp,
    reactReason,
    reactEvidence.signal,
    String(reactFindContinue(url)?.cleaned),
  ];
}

export function EnvironmentAware(): ReactElement {
  const where = useVVChatEnvironment();
  const props: GuidanceDialogProps = { open: where.kind === 'desktop', reason: 'desktop', action: 'login', onClose: () => undefined, locale: 'en' };
  return createElement(GuidanceDialog, props);
}

// ---------------------------------------------------------------------------
// The return trip (issue 11): context through the round trip, orders prepared before the tap

export function ReturnTrip(): ReactElement {
  const loginOptions: LoginOptions = { context: { next: '/cart' } };
  const payOptions: PayOptions = { context: ['sku-1'] };
  const { login, context } = useVVChatLogin({ onSuccess: (_user, { context: back }) => void back });
  const { prepare, confirm, context: payContext } = useQPay({
    createOrder: (sku: string) => `imp-${sku}`,
    orderMaxAgeMs: 300_000,
    onPaid: ({ context: back }) => void back,
  });
  prepare('sku-1', payOptions);
  return createElement(
    'div',
    null,
    createElement('button', { type: 'button', onClick: login }, String(context)),
    createElement('button', { type: 'button', onClick: () => login(loginOptions) }, 'with context'),
    createElement('button', { type: 'button', onClick: confirm }, String(payContext)),
    createElement(VVChatLoginButton, { context: { next: '/' } }),
    createElement(QPayButton<string>, { prepare: true, input: 'sku-2', context: 'c', createOrder: (sku: string) => `imp-${sku}` }),
  );
}

// ---------------------------------------------------------------------------
// Simulator (issue 12): answering sheets in tests, and the options for what production leaves uncertain

import { type SimulatorLauncher, type SimulatorAnswer, type SimulatorSheetKind, type AnsweredSheet, type AnswerOptions } from '@vvchat/simulator';
import { answerSheet, answerSheetIn, type PlaywrightPage, type PlaywrightLocator } from '@vvchat/simulator/testing';

export async function simulatorAnsweringUsage(page: PlaywrightPage): Promise<SimulatorSheetKind[]> {
  const simulator: SimulatorLauncher = createSimulator({ shareResult: 'never' });
  const launcher: Launcher = simulator;
  createSimulatedBackend({ cancelledPayment: 'pending' });
  const answer: SimulatorAnswer = 'approve';
  const options: AnswerOptions = { name: /QPay/, timeoutMs: 1000 };
  const answered: AnsweredSheet = await simulator.answer(answer, options);
  const inDom = await answerSheet('deny', { name: '授权登录' });
  const inPage = await answerSheetIn(page, 'approve');
  const sheets: PlaywrightLocator = page.locator('[data-vvchat-simulator]');
  await sheets.last().waitFor();
  void launcher;
  return [answered.kind, inDom.kind, inPage.kind];
}
