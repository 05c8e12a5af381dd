import { invalidOption, text } from './query';

/**
 * The advanced-share template: the lines the VVChat app shows under the shared card.
 * Written to `share_data_url` as `{"tpl_header":…,"tpl_version":…,"tpl_type":…,"data":[…]}`.
 *
 * @example
 * const data: ShareTemplate = { tplHeader: 'vctalk', tplVersion: 'v1', tplType: 'MultipleLine', data: ['内容1', '内容2'] };
 */
export interface ShareTemplate {
  /** Template family; the platform's example is `'vctalk'`. */
  tplHeader: string;
  /** Template version; the platform's example is `'v1'`. */
  tplVersion: string;
  /** Template layout; the platform's example is `'MultipleLine'`. */
  tplType: 'MultipleLine' | (string & {});
  /** The lines of content, in order. */
  data: string[];
}

const keys = ['tplHeader', 'tplVersion', 'tplType'] as const;

/** @internal Checks a template (or passes a string through) and returns the `share_data_url` value. */
export function writeShareData(value: unknown): string | undefined {
  if (value === null || value === undefined || typeof value === 'string') return text(value, 'data');
  if (typeof value !== 'object') throw invalidOption('data', 'must be a template or a string');
  const t = value as Record<string, unknown>;
  const lines = t.data;
  if (!Array.isArray(lines)) throw invalidOption('data.data', 'must be an array of strings');
  for (let i = 0; i < lines.length; i++) {
    const line: unknown = lines[i]; // Also a hole in a sparse array, which JSON would write as null.
    if (typeof line !== 'string') throw invalidOption(`data.data[${i}]`, 'must be a string');
    text(line, `data.data[${i}]`);
  }
  const [tplHeader, tplVersion, tplType] = keys.map((key) => text(t[key], 'data.' + key, true));
  return JSON.stringify({ tpl_header: tplHeader, tpl_version: tplVersion, tpl_type: tplType, data: lines });
}

/** @internal Reads `share_data_url` back: a {@link ShareTemplate} when it is exactly one, else the string. */
export function readShareData(value: string): ShareTemplate | string {
  try {
    const t = JSON.parse(value) as Record<string, unknown>;
    const template = { tplHeader: t.tpl_header, tplVersion: t.tpl_version, tplType: t.tpl_type, data: t.data } as ShareTemplate;
    if (writeShareData(template) === value) return template;
  } catch {
    // Not a template: the string is passed through as it is.
  }
  return value;
}
