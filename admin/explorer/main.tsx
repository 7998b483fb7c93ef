import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { EXAMPLES } from './examples';
import './explorer.css';

/** The GraphQL endpoint of the server that serves this page (same origin: no CORS, no CDN). */
const ENDPOINT = new URL('/graphql', window.location.origin).toString();
/** Per browser tab only: closing the tab forgets the token or key. */
const STORE_KEY = 'eldergraph.explorer.credential';

type Credential = { kind: 'token'; value: string; label: string } | { kind: 'apiKey'; value: string; label: string };

function loadCredential(): Credential | null {
  try {
    const raw = sessionStorage.getItem(STORE_KEY);
    return raw ? (JSON.parse(raw) as Credential) : null;
  } catch {
    return null;
  }
}

function authHeaders(c: Credential): Record<string, string> {
  return c.kind === 'token' ? { Authorization: `Bearer ${c.value}` } : { 'X-Api-Key': c.value };
}

async function post(body: unknown, headers: Record<string, string> = {}): Promise<any> {
  const res = await fetch(ENDPOINT, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json', ...headers }, body: JSON.stringify(body) });
  return res.json();
}

function Login({ onDone }: { onDone: (c: Credential) => void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [apiKey, setApiKey] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const login = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const r = await post({
        query: 'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token user { name role } } }',
        variables: { email, password },
      });
      if (r.errors?.length) setError(r.errors[0].message);
      else onDone({ kind: 'token', value: r.data.login.token, label: `${r.data.login.user.name} (${r.data.login.user.role})` });
    } catch {
      setError('The server did not answer');
    } finally {
      setBusy(false);
    }
  };

  const useKey = async (e: React.FormEvent) => {
    e.preventDefault();
    setError(null);
    const key = apiKey.trim();
    if (!/^eg_[A-Za-z0-9_-]{43}$/.test(key)) return setError('An API key looks like eg_ followed by 43 characters');
    onDone({ kind: 'apiKey', value: key, label: `API key ${key.slice(0, 11)}…` });
  };

  return (
    <main className="eg-login">
      <h1>ElderGraph explorer</h1>
      <p>Sign in to query the API. The token stays in this browser tab only.</p>
      <form onSubmit={login} aria-label="Sign in">
        <label>
          Email
          <input type="email" name="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} required />
        </label>
        <label>
          Password
          <input type="password" name="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
        </label>
        <button type="submit" disabled={busy}>{busy ? 'Signing in…' : 'Sign in'}</button>
      </form>
      <form onSubmit={useKey} aria-label="Use an API key">
        <label>
          or a partner API key
          <input type="password" name="apiKey" autoComplete="off" placeholder="eg_…" value={apiKey} onChange={(e) => setApiKey(e.target.value)} />
        </label>
        <button type="submit">Use API key</button>
      </form>
      {error && <p role="alert" className="eg-error">{error}</p>}
    </main>
  );
}

function Explorer({ credential, onLogout }: { credential: Credential; onLogout: () => void }) {
  const fetcher = async (params: unknown) => {
    const result = await post(params, authHeaders(credential));
    if (result?.errors?.some((e: { extensions?: { code?: string } }) => e.extensions?.code === 'UNAUTHENTICATED')) onLogout();
    return result;
  };
  return (
    <div className="eg-shell">
      <header className="eg-bar">
        <strong>ElderGraph explorer</strong>
        <span>{credential.label}</span>
        <button type="button" onClick={onLogout}>Sign out</button>
      </header>
      <div className="eg-ide">
        <GraphiQL
          fetcher={fetcher as never}
          defaultTabs={EXAMPLES.map((x) => ({ query: x.query, variables: x.variables }))}
          shouldPersistHeaders={false}
          defaultEditorToolsVisibility="variables"
        />
      </div>
    </div>
  );
}

function App() {
  const [credential, setCredential] = useState<Credential | null>(loadCredential);
  const done = (c: Credential) => {
    sessionStorage.setItem(STORE_KEY, JSON.stringify(c));
    setCredential(c);
  };
  const logout = () => {
    sessionStorage.removeItem(STORE_KEY);
    setCredential(null);
  };
  return credential ? <Explorer credential={credential} onLogout={logout} /> : <Login onDone={done} />;
}

createRoot(document.getElementById('explorer-root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
