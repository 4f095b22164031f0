// Frontegg's embedded login box (@frontegg/admin-portal 5.79.0 under @frontegg/react 4.0.30, React 17)
// against the emulator: the box serves /account/login, /account/sign-up, /account/activate,
// /account/forget-password and /account/reset-password; everything else is the app.
import React from 'react';
import ReactDOM from 'react-dom';
import { FronteggProvider, useAuth } from '@frontegg/react';

function Home() {
  const { isAuthenticated, user } = useAuth();
  return isAuthenticated && user
    ? <p id="signed-in">Signed in as {user.email}</p>
    : <a href="/account/login">Sign in</a>;
}

ReactDOM.render(
  <FronteggProvider contextOptions={{ baseUrl: window.FRONTEGG_GATEWAY }}>
    <Home />
  </FronteggProvider>,
  document.getElementById('root'),
);
