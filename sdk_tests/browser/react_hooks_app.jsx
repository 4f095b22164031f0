// A page built on @frontegg/react-hooks 7.119.0 (React 18) with its own sign-in form, as an app that
// brings its own login UI does. The test writes config.js (window.FRONTEGG_GATEWAY) beside the bundle.
import React, { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { FronteggStoreProvider, useAuth, useAuthActions, useLoginActions } from '@frontegg/react-hooks';

function SignInForm() {
  const { login } = useLoginActions();
  const { loading, error } = useAuth((state) => state.loginState);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const submit = (event) => {
    event.preventDefault();
    login({ email, password });
  };
  return (
    <form onSubmit={submit}>
      <label>Email <input name="email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} /></label>
      <label>Password <input name="password" type="password" value={password}
                             onChange={(e) => setPassword(e.target.value)} /></label>
      <button type="submit" disabled={loading}>Sign in</button>
      {error ? <p id="error">{String(error)}</p> : null}
    </form>
  );
}

function App() {
  const { isLoading, isAuthenticated, user } = useAuth();
  const { requestAuthorize } = useAuthActions();
  // What @frontegg/js does at start: refresh from the cookie and read the public configuration.
  useEffect(() => { requestAuthorize(true); }, []);
  if (isLoading) return <p id="loading">Loading…</p>;
  if (isAuthenticated && user) return <p id="signed-in">Signed in as {user.email}</p>;
  return <SignInForm />;
}

createRoot(document.getElementById('root')).render(
  <FronteggStoreProvider contextOptions={{ baseUrl: window.FRONTEGG_GATEWAY, requestCredentials: 'include' }}>
    <App />
  </FronteggStoreProvider>,
);
