import { useEffect } from 'react';
import type { ShareFlow } from '@vvchat/core';
import { pageFlow } from './client';
import { defaultShareResultChannel } from './shareResultChannel';
import { useVVChat } from './VVChatProvider';

/** The page's mounted share flows, and the one channel subscription that feeds them. */
interface ShareResultHub {
  flows: Set<ShareFlow>;
  stop?: (() => void) | undefined;
}

const createHub = (): ShareResultHub => ({ flows: new Set() });

/**
 * @internal Feeds `flow` every share result that reaches the page while it is mounted. The
 * channel (the provider's `shareResultChannel`, else the default) is listened to once per page
 * while any share is mounted, and only by apps that use `useShare`.
 */
export function useShareResults(flow: ShareFlow): void {
  const { queryClient, appId, config } = useVVChat();
  const hub = pageFlow(queryClient, appId, createHub);
  useEffect(() => {
    hub.flows.add(flow);
    const channel = config.current.shareResultChannel ?? defaultShareResultChannel;
    hub.stop ??= channel((payload) => hub.flows.forEach((shareFlow) => shareFlow.deliver(payload)));
    return () => {
      hub.flows.delete(flow);
      if (hub.flows.size) return;
      hub.stop?.();
      hub.stop = undefined;
    };
  }, [hub, flow, config]);
}
