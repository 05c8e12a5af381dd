'use client';
import { useSyncExternalStore } from 'react';
import { detectEnvironment, type VVChatEnvironment } from '@vvchat/core';

const unknown: VVChatEnvironment = { kind: 'unknown' };
let detected: VVChatEnvironment | undefined;

const subscribe = () => () => undefined;
// The user agent does not change while a page lives: detect once, and hand out the same object.
const onClient = () => (detected ??= detectEnvironment());
const onServer = () => unknown;

/**
 * Where the page runs: VVChat's own webview, an in-app browser (`kind: 'in-app'`, with the `app`),
 * an ordinary phone browser, a desktop, or `unknown`. `unknown` during server rendering and the
 * hydrating render, then the real answer, so markup never mismatches. Use it to show your own
 * guidance before the first tap (the hooks' `error.reason` tells you after one).
 *
 * @example
 * const where = useVVChatEnvironment();
 * if (where.kind === 'in-app') return <p>请在浏览器中打开本页</p>;
 */
export function useVVChatEnvironment(): VVChatEnvironment {
  return useSyncExternalStore(subscribe, onClient, onServer);
}
