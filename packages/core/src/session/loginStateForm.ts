import { createState } from './createState';

/** Every state the SDK sends starts so, which tells its callbacks from another provider's. */
const prefix = 'vvc_';

/**
 * @internal A short tag of `appId` (FNV-1a, base36): states carry it so that a provider for
 * another app on the same origin leaves them alone without reading storage.
 */
function appTag(appId: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < appId.length; i++) hash = Math.imul(hash ^ appId.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36).padStart(7, '0');
}

/** @internal A fresh login state for `appId`: `vvc_<app tag>_<128 random bits, base64url>`. */
export function createLoginState(appId: string): string {
  return `${prefix}${appTag(appId)}_${createState()}`;
}

/**
 * @internal Whether `state` has the SDK's form: for `appId` when given, for any app otherwise.
 * A state of that form that is not stored is forged (or used, or expired); one without it
 * belongs to somebody else (another OAuth provider, the page's own `state` parameter).
 */
export function isSdkState(state: string | undefined, appId?: string): boolean {
  return !!state?.startsWith(appId === undefined ? prefix : `${prefix}${appTag(appId)}_`) && state.length > prefix.length + 8;
}
