import { invalidOption } from '../links/query';

/** How much context a login or an order may carry through the round trip: 4,096 characters of JSON. */
export const contextLimit = 4096;

/** @internal `context` as the JSON value it will be read back as, or `undefined` for none; `invalid_option` when it cannot make the trip. */
export function checkContext(context: unknown): unknown {
  if (context === undefined) return undefined;
  let json: string | undefined;
  try {
    json = JSON.stringify(context);
  } catch {
    // A cycle or a BigInt: reported below.
  }
  if (json === undefined) throw invalidOption('context', 'must be a JSON value (no functions, symbols, cycles or BigInts)');
  if (json.length > contextLimit) throw invalidOption('context', `must be at most ${contextLimit} characters of JSON, is ${json.length}`);
  return JSON.parse(json) as unknown;
}

/** @internal A context read back from storage: kept when it is small enough, dropped (never trusted past the cap) otherwise. */
export function storedContext(value: unknown): unknown {
  try {
    const json = JSON.stringify(value);
    return json !== undefined && json.length <= contextLimit ? value : undefined;
  } catch {
    return undefined;
  }
}

/** @internal `{ context }` when there is one, so states without one have no `context` key at all. */
export const withContext = (context: unknown): { context?: unknown } => (context === undefined ? {} : { context });
