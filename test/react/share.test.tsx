import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  VVChatProvider,
  shareResultMessageType,
  useShare,
  type ShareContent,
  type ShareResultChannel,
  type UseShareOptions,
  type VVChatError,
} from '@vvchat/react';
import {
  appId,
  deferred,
  fakeLauncher,
  goTo,
  leaveAndComeBack,
  origin,
  renderPage,
  restoreVisibility,
  setVisibility,
  sleep,
  type FakeLauncher,
  type ProviderProps,
} from './support';

const card: ShareContent = { title: 'New arrivals', url: 'https://shop.example/new', subTitle: 'Spring 2030' };

type ShareProps = UseShareOptions & { content?: ShareContent; label?: string };

function Share({ content = card, label = 'share', ...options }: ShareProps) {
  const { share, status, result, error, reset } = useShare(options);
  return (
    <section aria-label={label}>
      <p>status: {status}</p>
      <p>result: {result ? `${result.code} ${result.ok ? 'ok' : result.message}` : 'none'}</p>
      <p>error: {error?.code ?? 'none'}</p>
      <button type="button" onClick={() => share(content)}>
        Share
      </button>
      <button type="button" onClick={reset}>
        Reset
      </button>
    </section>
  );
}

let launcher: FakeLauncher;
const browser = (extra: ProviderProps = {}): ProviderProps => ({ launcher, storage: null, ...extra });
const shareButton = () => screen.getByRole('button', { name: 'Share' });

/** What the default channel hears: a `message` event from `from`. */
function postResult(result: unknown, from = origin, type: unknown = shareResultMessageType) {
  act(() => void window.dispatchEvent(new MessageEvent('message', { data: { type, result }, origin: from, source: window })));
}

async function shareAndWait() {
  fireEvent.click(shareButton());
  await screen.findByText('status: waiting');
}

beforeEach(() => {
  launcher = fakeLauncher('opened');
  goTo('/shop');
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  restoreVisibility();
  goTo('/');
});

describe('useShare share()', () => {
  it('calls the launcher synchronously inside the tap with a qyx://share link', () => {
    renderPage(<Share />, browser());
    fireEvent.click(shareButton());

    expect(launcher.launch).toHaveBeenCalledTimes(1);
    expect(launcher.last()).toEqual({ action: 'share', appId, ...card });
    expect(screen.getByText('status: launching')).toBeTruthy();
  });

  it('sends an advanced share template', () => {
    const data = { tplHeader: 'vctalk', tplVersion: 'v1', tplType: 'MultipleLine', data: ['内容1', '内容2'] };
    renderPage(<Share content={{ ...card, data }} />, browser());
    fireEvent.click(shareButton());
    expect(launcher.last()).toMatchObject({ action: 'share', data });
  });

  it('waits for the result once the app opened', async () => {
    const opened = deferred<{ outcome: 'opened'; elapsedMs: number }>();
    launcher.answer(() => opened.promise);
    renderPage(<Share />, browser());
    fireEvent.click(shareButton());
    expect(screen.getByText('status: launching')).toBeTruthy();
    opened.resolve({ outcome: 'opened', elapsedMs: 100 });
    expect(await screen.findByText('status: waiting')).toBeTruthy();
  });

  it('reports bad content as invalid_option without throwing or launching', async () => {
    const onError = vi.fn();
    renderPage(<Share content={{ title: '', url: 'not a url' }} onError={onError} />, browser());

    fireEvent.click(shareButton());

    expect(await screen.findByText('error: invalid_option')).toBeTruthy();
    expect(screen.getByText('status: error')).toBeTruthy();
    expect(launcher.launch).not.toHaveBeenCalled();
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it('reports a launch that did not open as not_opened, passing the provider fallbackUrl', async () => {
    launcher.answer('not-opened');
    const onError = vi.fn();
    renderPage(<Share onError={onError} />, browser({ fallbackUrl: 'https://vvchat.example/download' }));

    fireEvent.click(shareButton());

    expect(await screen.findByText('error: not_opened')).toBeTruthy();
    expect(launcher.launch).toHaveBeenCalledWith(expect.stringMatching(/^qyx:\/\/share\?/), {
      fallbackUrl: 'https://vvchat.example/download',
    });
    expect(onError).toHaveBeenCalledTimes(1);
    expect((onError.mock.calls[0]![0] as VVChatError).code).toBe('not_opened');
  });

  it('reports a launcher that rejects as launch_failed with the cause', async () => {
    const boom = new Error('nope');
    launcher.answer(() => Promise.reject(boom));
    const onError = vi.fn();
    renderPage(<Share onError={onError} />, browser());
    fireEvent.click(shareButton());
    expect(await screen.findByText('error: launch_failed')).toBeTruthy();
    expect((onError.mock.calls[0]![0] as VVChatError).cause).toBe(boom);
  });

  it('launches once from a double tap', async () => {
    renderPage(<Share />, browser());
    fireEvent.click(shareButton());
    fireEvent.click(shareButton());
    await screen.findByText('status: waiting');
    fireEvent.click(shareButton());
    expect(launcher.launch).toHaveBeenCalledTimes(1);
  });

  it('goes back to idle on reset()', async () => {
    renderPage(<Share />, browser());
    await shareAndWait();
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(screen.getByText('status: idle')).toBeTruthy();
  });
});

describe('useShare results through the default channel', () => {
  it('ends in success on a code 200 message from this origin, calling onSuccess once', async () => {
    const onSuccess = vi.fn();
    renderPage(<Share onSuccess={onSuccess} />, browser());
    await shareAndWait();

    postResult({ code: 200 });

    expect(await screen.findByText('status: success')).toBeTruthy();
    expect(screen.getByText('result: 200 ok')).toBeTruthy();
    expect(onSuccess).toHaveBeenCalledTimes(1);
    expect(onSuccess).toHaveBeenCalledWith({ ok: true, code: 200 });
  });

  it('ends in failed with the app message on another code', async () => {
    const onSuccess = vi.fn();
    const onError = vi.fn();
    renderPage(<Share onSuccess={onSuccess} onError={onError} />, browser());
    await shareAndWait();

    postResult({ code: 400, err_msg: '请求失败！' });

    expect(await screen.findByText('status: failed')).toBeTruthy();
    expect(screen.getByText('result: 400 请求失败！')).toBeTruthy();
    expect(onSuccess).not.toHaveBeenCalled();
    expect(onError).not.toHaveBeenCalled();
  });

  it('reads a JSON string result', async () => {
    renderPage(<Share />, browser());
    await shareAndWait();
    postResult('{"code":400,"err_msg":"cancelled"}');
    expect(await screen.findByText('result: 400 cancelled')).toBeTruthy();
  });

  it('ignores a message from another origin', async () => {
    renderPage(<Share />, browser());
    await shareAndWait();

    postResult({ code: 200 }, 'https://evil.example');
    await sleep(20);

    expect(screen.getByText('status: waiting')).toBeTruthy();
  });

  it('ignores a message of another type', async () => {
    renderPage(<Share />, browser());
    await shareAndWait();

    postResult({ code: 200 }, origin, 'someone-else');
    await sleep(20);

    expect(screen.getByText('status: waiting')).toBeTruthy();
  });

  it('reports a malformed result as invalid_callback', async () => {
    renderPage(<Share />, browser());
    await shareAndWait();
    postResult({ code: 'two hundred' });
    expect(await screen.findByText('error: invalid_callback')).toBeTruthy();
  });

  it('ignores a result when no share is under way', async () => {
    renderPage(<Share />, browser());
    postResult({ code: 200 });
    await sleep(20);
    expect(screen.getByText('status: idle')).toBeTruthy();
  });

  it('takes only the first result of a share', async () => {
    const onSuccess = vi.fn();
    renderPage(<Share onSuccess={onSuccess} />, browser());
    await shareAndWait();
    postResult({ code: 200 });
    postResult({ code: 400, err_msg: 'late' });
    await sleep(20);
    expect(screen.getByText('status: success')).toBeTruthy();
    expect(onSuccess).toHaveBeenCalledTimes(1);
  });

  it('gives the result to the share that is waiting, not to an idle one beside it', async () => {
    renderPage(
      <>
        <Share label="product" />
        <Share label="footer" />
      </>,
      browser(),
    );
    const product = within(screen.getByRole('region', { name: 'product' }));
    const footer = within(screen.getByRole('region', { name: 'footer' }));
    fireEvent.click(product.getByRole('button', { name: 'Share' }));
    await product.findByText('status: waiting');

    postResult({ code: 200 });

    expect(await product.findByText('status: success')).toBeTruthy();
    expect(footer.getByText('status: idle')).toBeTruthy();
  });

  it('reads a share_result parameter when the page is shown again, and removes it', async () => {
    renderPage(<Share />, browser());
    await shareAndWait();

    setVisibility('hidden');
    goTo(`/shop?tab=me&share_result=${encodeURIComponent('{"code":200}')}#top`);
    act(() => setVisibility('visible'));

    expect(await screen.findByText('status: success')).toBeTruthy();
    expect(window.location.href).toBe(`${origin}/shop?tab=me#top`);
  });

  it('ends in unknown when the page is shown again and no result arrives within 1.5 s', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    renderPage(<Share />, browser());
    await shareAndWait();

    act(() => leaveAndComeBack());
    await act(() => vi.advanceTimersByTimeAsync(1400));
    expect(screen.getByText('status: waiting')).toBeTruthy();
    await act(() => vi.advanceTimersByTimeAsync(200));

    expect(screen.getByText('status: unknown')).toBeTruthy();
    expect(screen.getByText('result: none')).toBeTruthy();
  });

  it('takes a result that arrives within 1.5 s of the page being shown again', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    renderPage(<Share />, browser());
    await shareAndWait();

    act(() => leaveAndComeBack());
    await act(() => vi.advanceTimersByTimeAsync(1000));
    postResult({ code: 200 });
    await act(() => vi.advanceTimersByTimeAsync(2000));

    expect(screen.getByText('status: success')).toBeTruthy();
  });

  it('does not end in unknown while the page stays hidden', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    renderPage(<Share />, browser());
    await shareAndWait();

    act(() => setVisibility('hidden'));
    await act(() => vi.advanceTimersByTimeAsync(5000));

    expect(screen.getByText('status: waiting')).toBeTruthy();
  });
});

describe('useShare with a custom shareResultChannel', () => {
  it('takes results from the provider channel and stops listening on unmount', async () => {
    let deliver: ((payload: unknown) => void) | undefined;
    const stop = vi.fn();
    const channel = vi.fn<ShareResultChannel>((next) => {
      deliver = next;
      return stop;
    });
    const page = renderPage(<Share />, browser({ shareResultChannel: channel }));
    await shareAndWait();

    act(() => deliver?.({ code: 400, err_msg: 'bridge says no' }));

    expect(await screen.findByText('status: failed')).toBeTruthy();
    expect(screen.getByText('result: 400 bridge says no')).toBeTruthy();
    page.unmount();
    expect(stop).toHaveBeenCalled();
  });

  it('no longer hears the default channel', async () => {
    const channel: ShareResultChannel = () => () => undefined;
    renderPage(<Share />, browser({ shareResultChannel: channel }));
    await shareAndWait();
    postResult({ code: 200 });
    await sleep(20);
    expect(screen.getByText('status: waiting')).toBeTruthy();
  });

  // Regression (fixed): the provider's effect depends on the channel's identity, so an inline
  // channel re-subscribes on every provider render, and the cleanup clears the 1.5 s "shown
  // again" timer without re-arming it: the share hangs in waiting instead of ending unknown.
  it('still ends in unknown when the provider re-renders with an inline channel during the grace period', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    function App({ tick }: { tick: number }) {
      return (
        <VVChatProvider appId={appId} launcher={launcher} storage={null} shareResultChannel={() => () => undefined}>
          <p>{`tick ${tick}`}</p>
          <Share />
        </VVChatProvider>
      );
    }
    const page = render(<App tick={0} />);
    await shareAndWait();

    act(() => leaveAndComeBack());
    await act(() => vi.advanceTimersByTimeAsync(500));
    page.rerender(<App tick={1} />); // anything that re-renders the app above the provider
    await act(() => vi.advanceTimersByTimeAsync(3000));

    expect(screen.getByText('status: unknown')).toBeTruthy();
  });

  it('calls the onSuccess of the latest render', async () => {
    const first = vi.fn();
    const latest = vi.fn();
    const page = renderPage(<Share onSuccess={first} />, browser());
    await shareAndWait();
    page.rerender(<Share onSuccess={latest} />);
    postResult({ code: 200 });
    await screen.findByText('status: success');
    expect(first).not.toHaveBeenCalled();
    expect(latest).toHaveBeenCalledTimes(1);
  });
});
