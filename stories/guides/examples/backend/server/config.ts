/**
 * Server-only settings, from environment variables. Never prefix them NEXT_PUBLIC_, VITE_ or
 * REACT_APP_: those are put into the browser bundle.
 */

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: a server-only environment variable`);
  return value;
}

/** Your AppID and AppKey from the VVChat open platform: for `platform` (server/platform.ts) only. */
export function platformCredentials(): { appId: string; appKey: string } {
  return { appId: required('VVCHAT_APP_ID'), appKey: required('VVCHAT_APP_KEY') };
}

/** Your site's origin, `https://shop.example`: the Origin that browsers' requests must carry, and the base of the notify URL. */
export function appOrigin(): string {
  return new URL(required('APP_ORIGIN')).origin;
}
