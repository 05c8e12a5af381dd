import { useEffect, useId, useState, type CSSProperties, type ReactNode } from 'react';
import {
  buildCustomerServiceLink,
  buildLoginLink,
  buildPayLink,
  buildShareLink,
  isVVChatError,
  launch,
  parseDeepLink,
  parseShareResult,
  shareResultMessageType,
  type ShareTemplate,
} from '@vvchat/core';
import { createSimulator } from '@vvchat/simulator';

/** The four capabilities, as `parseDeepLink` names their `action`. */
export type Capability = 'login' | 'pay' | 'share' | 'customer-service';

/** Every field of the form; each capability reads its own. */
export interface LinkFields {
  appId: string;
  scope: string;
  state: string;
  redirectUri: string;
  imprestCode: string;
  openId: string;
  title: string;
  subTitle: string;
  url: string;
  thumbUrl: string;
  /** Advanced share: none (a basic share), a template object, or a ready string. */
  dataKind: 'none' | 'template' | 'string';
  tplHeader: string;
  tplVersion: string;
  tplType: string;
  /** The template's lines, one per line. */
  lines: string;
  dataString: string;
}

/** The platform document's example values. */
export const exampleFields: LinkFields = {
  appId: 'test',
  scope: 'snsapi_userinfo',
  state: 'xxxxx',
  redirectUri: 'http://xxxx.com',
  imprestCode: 'IMPREST_CODE',
  openId: 'OPEN_ID',
  title: 'ShareTitle',
  subTitle: 'SubTitle',
  url: 'https://xxxxxx/',
  thumbUrl: 'http://xxxx/xxx',
  dataKind: 'template',
  tplHeader: 'vctalk',
  tplVersion: 'v1',
  tplType: 'MultipleLine',
  lines: '内容1\n内容2',
  dataString: '',
};

/** The link the library builds from the form, exactly as an app would call the builder. */
export function buildFrom(capability: Capability, f: LinkFields): string {
  switch (capability) {
    case 'login':
      return buildLoginLink({ appId: f.appId, scope: f.scope, state: f.state, redirectUri: f.redirectUri });
    case 'pay':
      return buildPayLink({ appId: f.appId, imprestCode: f.imprestCode, redirectUri: f.redirectUri });
    case 'customer-service':
      return buildCustomerServiceLink({ openId: f.openId });
    case 'share': {
      const template: ShareTemplate = {
        tplHeader: f.tplHeader,
        tplVersion: f.tplVersion,
        tplType: f.tplType,
        data: f.lines ? f.lines.split('\n') : [],
      };
      const data = f.dataKind === 'template' ? template : f.dataKind === 'string' ? f.dataString : undefined;
      return buildShareLink({ appId: f.appId, title: f.title, url: f.url, subTitle: f.subTitle, thumbUrl: f.thumbUrl, data });
    }
  }
}

/** Runs `read` and shows its value as JSON, or the `VVChatError` it threw. */
function attempt<T>(read: () => T): { ok: true; value: T } | { ok: false; error: string } {
  try {
    return { ok: true, value: read() };
  } catch (error) {
    return { ok: false, error: isVVChatError(error) ? `VVChatError ${error.code}: ${error.message}` : String(error) };
  }
}

const box: CSSProperties = {
  margin: 0,
  padding: 12,
  borderRadius: 8,
  background: '#f1f3f4',
  color: '#1d1d1f',
  whiteSpace: 'pre-wrap',
  wordBreak: 'break-all',
  fontSize: 13,
};
const errorBox: CSSProperties = { ...box, background: '#fce8e6', color: '#8c1d18' };
const field: CSSProperties = { display: 'grid', gap: 4, fontSize: 14 };
const input: CSSProperties = { font: 'inherit', padding: '6px 8px', border: '1px solid #747775', borderRadius: 6, color: '#1d1d1f', background: '#fff' };

function Field({ label, hint, children }: { label: string; hint?: string | undefined; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div style={field}>
      <label htmlFor={id}>
        <strong>{label}</strong>
        {hint ? <span style={{ color: '#444746' }}> · {hint}</span> : null}
      </label>
      {children(id)}
    </div>
  );
}

function Result({ title, result }: { title: string; result: { ok: true; value: string } | { ok: false; error: string } }) {
  return (
    <section style={{ display: 'grid', gap: 6 }}>
      <h3 style={{ margin: 0, fontSize: 15 }}>{title}</h3>
      {result.ok ? <pre style={box}>{result.value}</pre> : <pre style={errorBox}>{result.error}</pre>}
    </section>
  );
}

/** Props of {@link LinkPlayground}. */
export interface LinkPlaygroundProps {
  /** The capability the form starts on. */
  capability: Capability;
  /** Values the form starts with, over the platform document's examples. */
  initial?: Partial<LinkFields>;
}

/**
 * Fill in a capability's options and see the `qyx://` link the library builds, live (or the
 * `VVChatError` the builder throws), `parseDeepLink`'s reading of it, and what the simulated app
 * makes of it.
 */
export function LinkPlayground({ capability: initialCapability, initial }: LinkPlaygroundProps) {
  const [capability, setCapability] = useState<Capability>(initialCapability);
  const [fields, setFields] = useState<LinkFields>({ ...exampleFields, ...initial });
  const [pasted, setPasted] = useState('qyx://thirdlogin?app_id=test&scope=snsapi_userinfo&state=xxxxx&redirect_uri=http://xxxx.com');
  const [answer, setAnswer] = useState('');
  const [launched, setLaunched] = useState('');
  const [desktop, setDesktop] = useState<'block' | 'launch'>('block');
  const showLaunch = (what: string) => (result: unknown) => setLaunched(`${what}\n${JSON.stringify(result, null, 2)}`);
  const [simulator] = useState(() => createSimulator({ latencyMs: 150, navigate: (url) => setAnswer(`The app opens ${url}`) }));

  useEffect(() => {
    const onMessage = (event: MessageEvent<{ type?: unknown; result?: unknown } | null>) => {
      if (event.origin !== location.origin || event.data?.type !== shareResultMessageType) return;
      const result = event.data.result;
      setAnswer(`Share result message: ${JSON.stringify(attempt(() => parseShareResult(result)))}`);
    };
    addEventListener('message', onMessage);
    return () => removeEventListener('message', onMessage);
  }, []);

  const set = (name: keyof LinkFields) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setFields((last) => ({ ...last, [name]: value }));
  };
  const text = (name: Exclude<keyof LinkFields, 'dataKind'>, label: string, hint?: string) => (
    <Field label={label} hint={hint}>
      {(id) =>
        name === 'lines' ? (
          <textarea id={id} rows={3} style={input} value={fields.lines} onChange={set(name)} />
        ) : (
          <input id={id} style={input} value={fields[name]} onChange={set(name)} />
        )
      }
    </Field>
  );

  const built = attempt(() => buildFrom(capability, fields));
  const parsed = built.ok ? attempt(() => JSON.stringify(parseDeepLink(built.value), null, 2)) : undefined;
  const pastedReading = attempt(() => JSON.stringify(parseDeepLink(pasted), null, 2));
  const capabilityId = useId();

  return (
    <div style={{ display: 'grid', gap: 24, gridTemplateColumns: 'repeat(auto-fit, minmax(300px, 1fr))', color: '#1d1d1f', fontFamily: 'system-ui, sans-serif' }}>
      <form style={{ display: 'grid', gap: 12, alignContent: 'start' }} onSubmit={(event) => event.preventDefault()}>
        <div style={field}>
          <label htmlFor={capabilityId}>
            <strong>Capability</strong>
          </label>
          <select
            id={capabilityId}
            style={input}
            value={capability}
            onChange={(event) => {
              setCapability(event.currentTarget.value as Capability);
              setAnswer('');
            }}
          >
            <option value="login">Login (qyx://thirdlogin)</option>
            <option value="pay">Pay (qyx://qpay)</option>
            <option value="share">Share (qyx://share)</option>
            <option value="customer-service">Customer service (qyx://openSessionView)</option>
          </select>
        </div>
        {capability === 'login' ? (
          <>
            {text('appId', 'appId', 'app_id, required')}
            {text('scope', 'scope', "blank means 'snsapi_userinfo'")}
            {text('state', 'state', 'optional; startLogin makes a random one')}
            {text('redirectUri', 'redirectUri', 'absolute http(s) URL, required')}
          </>
        ) : null}
        {capability === 'pay' ? (
          <>
            {text('appId', 'appId', 'app_id, required')}
            {text('imprestCode', 'imprestCode', 'from your unified-order call, required')}
            {text('redirectUri', 'redirectUri', 'optional, absolute http(s) URL')}
          </>
        ) : null}
        {capability === 'customer-service' ? text('openId', 'openId', "your service account's open_id, required") : null}
        {capability === 'share' ? (
          <>
            {text('appId', 'appId', 'app_id, required')}
            {text('title', 'title', 'share_title, required')}
            {text('subTitle', 'subTitle', 'sub_title, optional')}
            {text('url', 'url', 'share_url, absolute http(s) URL, required')}
            {text('thumbUrl', 'thumbUrl', 'thumb_url, optional, absolute http(s) URL')}
            <fieldset style={{ display: 'grid', gap: 8, border: '1px solid #c4c7c5', borderRadius: 8, fontSize: 14 }}>
              <legend>
                <strong>data</strong> · share_data_url (advanced share)
              </legend>
              {(['none', 'template', 'string'] as const).map((kind) => (
                <label key={kind}>
                  <input
                    type="radio"
                    name="dataKind"
                    value={kind}
                    checked={fields.dataKind === kind}
                    onChange={() => setFields((last) => ({ ...last, dataKind: kind }))}
                  />{' '}
                  {kind === 'none' ? 'none: a basic share' : kind === 'template' ? 'a ShareTemplate object' : 'a ready string, passed through'}
                </label>
              ))}
              {fields.dataKind === 'template' ? (
                <>
                  {text('tplHeader', 'tplHeader')}
                  {text('tplVersion', 'tplVersion')}
                  {text('tplType', 'tplType')}
                  {text('lines', 'data', 'one line each')}
                </>
              ) : null}
              {fields.dataKind === 'string' ? text('dataString', 'data (string)') : null}
            </fieldset>
          </>
        ) : null}
      </form>

      <div style={{ display: 'grid', gap: 16, alignContent: 'start' }}>
        <Result title="The link" result={built} />
        {parsed ? <Result title="parseDeepLink(link)" result={parsed} /> : null}
        {built.ok ? (
          <section style={{ display: 'grid', gap: 6, justifyItems: 'start' }}>
            <button
              type="button"
              onClick={() => {
                setAnswer('');
                simulator.launch(built.value).then(showLaunch('simulator.launch(link)'), showLaunch('simulator.launch(link) rejected'));
              }}
            >
              Open it in the simulated app
            </button>
            {answer ? <pre style={box}>{answer}</pre> : null}
            <Field label="desktop" hint="'block': a desktop resolves blocked; 'launch': try the link">
              {(id) => (
                <select id={id} style={input} value={desktop} onChange={(event) => setDesktop(event.currentTarget.value === 'launch' ? 'launch' : 'block')}>
                  <option value="block">block</option>
                  <option value="launch">launch</option>
                </select>
              )}
            </Field>
            <button
              type="button"
              onClick={() => {
                setLaunched('launching… (watching visibility, blur and a 2.5 s timer)');
                launch(built.value, { desktop }).then(showLaunch('launch(link)'), (error: unknown) =>
                  showLaunch('launch(link) rejected')(isVVChatError(error) ? { code: error.code, message: error.message } : String(error)),
                );
              }}
            >
              Launch it with the browser's launcher
            </button>
            {launched ? (
              <pre style={box} aria-live="polite" data-testid="launch-result">
                {launched}
              </pre>
            ) : null}
          </section>
        ) : null}
        <section style={{ display: 'grid', gap: 6 }}>
          <Field label="Parse any link" hint="paste one from your app or the platform document">
            {(id) => <textarea id={id} rows={3} style={input} value={pasted} onChange={(event) => setPasted(event.currentTarget.value)} />}
          </Field>
          <Result title="parseDeepLink(pasted)" result={pastedReading} />
        </section>
      </div>
    </div>
  );
}
