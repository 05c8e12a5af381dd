import { QueryClient } from '@tanstack/react-query';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, expect, it, vi } from 'vitest';
import { VVChatProvider, type VVChatLocale } from '@vvchat/react';
import { CustomerServiceButton, QPayButton, ShareButton, VVChatLoginButton } from '@vvchat/ui';
import { fakeLauncher, goTo, mapStorage, type FakeLauncher } from './support';

let root: Root | undefined;
let container: HTMLElement | undefined;

afterEach(() => {
  act(() => root?.unmount());
  container?.remove();
  root = undefined;
  container = undefined;
  vi.restoreAllMocks();
});

function Page({ launcher, locale }: { launcher: FakeLauncher; locale: VVChatLocale }) {
  return (
    <VVChatProvider appId="test" launcher={launcher} storage={mapStorage()} locale={locale} queryClient={new QueryClient()}>
      <VVChatLoginButton />
      <QPayButton createOrder={() => 'IMPREST-1'} amount={12} />
      <ShareButton content={{ title: '新品上市', url: 'https://shop.example/items/42' }} />
      <CustomerServiceButton openId="OPEN_ID" />
    </VVChatProvider>
  );
}

it.each(['zh-CN', 'en'] as const)('hydrates the server HTML of all four buttons without a mismatch (%s), then works', async (locale) => {
  goTo('/');
  const launcher = fakeLauncher('opened');
  const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const onRecoverableError = vi.fn();

  container = document.createElement('div');
  container.innerHTML = renderToString(<Page launcher={launcher} locale={locale} />);
  document.body.append(container);
  const serverButtons = [...container.querySelectorAll('button')];
  expect(serverButtons).toHaveLength(4);

  act(() => {
    root = hydrateRoot(container!, <Page launcher={launcher} locale={locale} />, { onRecoverableError });
  });

  expect(onRecoverableError).not.toHaveBeenCalled();
  expect(consoleError).not.toHaveBeenCalled();
  // Hydration kept the server's elements.
  expect(screen.getAllByRole('button')).toEqual(serverButtons);

  fireEvent.click(serverButtons[3]!);
  await waitFor(() => expect(launcher.launch).toHaveBeenCalledOnce());
  expect(launcher.links()[0]).toMatch(/^qyx:\/\/openSessionView\?/);
});
