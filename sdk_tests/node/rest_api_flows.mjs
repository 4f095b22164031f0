// Drive Frontegg's browser client (@frontegg/rest-api, pinned in package-lock.json) unchanged against a
// gateway, in Node, with the smallest browser it needs. Run by tests/sdk/test_rest_api.py:
//
//   node sdk_tests/node/rest_api_flows.mjs OUT.json      (FRONTEGG_API_GATEWAY_URL names the gateway)
//
// The client is configured as a web app configures it: baseUrl = the gateway URL (it adds the
// /frontegg prefix itself). Each flow (sign-up, activation, password login, refresh, logout, MFA
// enrollment with an authenticator app and login with it, passwordless code login) is run and its
// outcome written to OUT.json: {flow: {result} | {error: {type, status, message, errorCode}}}. The
// script asserts nothing; the pytest side holds the expectations.
import { createHmac } from 'node:crypto';
import { writeFileSync } from 'node:fs';

const gateway = process.env.FRONTEGG_API_GATEWAY_URL?.replace(/\/$/, '');
if (!gateway) {
  console.error('FRONTEGG_API_GATEWAY_URL is not set');
  process.exit(2);
}
const out = process.argv[2];

// ---- the browser, as little of it as the client touches ------------------------------------------
// window.location: FetchClient reads location.search on every request (a ?tenantId= scopes it).
globalThis.window = { location: { href: `${gateway}/`, search: '', origin: gateway } };
// sessionStorage: the tab-tenant helpers use it when sessions are per tenant.
class MemoryStorage {
  #items = new Map();
  getItem(key) {
    return this.#items.has(key) ? this.#items.get(key) : null;
  }
  setItem(key, value) {
    this.#items.set(key, String(value));
  }
  removeItem(key) {
    this.#items.delete(key);
  }
  clear() {
    this.#items.clear();
  }
}
globalThis.sessionStorage ??= new MemoryStorage();
globalThis.localStorage ??= new MemoryStorage();
// A cookie jar for the gateway's origin: Node's fetch keeps no cookies, a browser does, and Frontegg's
// refresh token travels only in its HttpOnly cookie (fe_refresh_<clientId>).
const jar = new Map();
const nodeFetch = globalThis.fetch;
globalThis.fetch = async (url, init = {}) => {
  const headers = new Headers(init.headers);
  if (init.credentials !== 'omit' && jar.size) {
    headers.set('cookie', [...jar].map(([name, value]) => `${name}=${value}`).join('; '));
  }
  const response = await nodeFetch(url, { ...init, headers });
  for (const line of response.headers.getSetCookie()) {
    const [pair, ...attributes] = line.split(';');
    const at = pair.indexOf('=');
    const name = pair.slice(0, at).trim();
    const value = pair.slice(at + 1).trim();
    const expired = attributes.some((a) => /^\s*max-age\s*=\s*0\s*$/i.test(a));
    if (expired || value === '') jar.delete(name);
    else jar.set(name, value);
  }
  return response;
};

const { api, ContextHolder } = (await import('@frontegg/rest-api')).default;
ContextHolder.for('default').setContext({ baseUrl: gateway, requestCredentials: 'include', logLevel: 'error' });

// ---- RFC 6238 TOTP (SHA-1, 6 digits, 30 s), what an authenticator app computes -------------------
function base32Decode(text) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const char of text.replace(/=+$/, '').toUpperCase()) {
    const index = alphabet.indexOf(char);
    if (index < 0) throw new Error('not base32');
    bits += index.toString(2).padStart(5, '0');
  }
  const bytes = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2));
  return Buffer.from(bytes);
}

function totp(secret, at = Date.now()) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 1000 / 30)));
  const mac = createHmac('sha1', base32Decode(secret)).update(counter).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  const value = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(value).padStart(6, '0');
}

// The secret an authenticator app would scan: qrCode is an otpauth:// URI, or an image of one.
function totpSecret(qrCode) {
  const match = /[?&]secret=([A-Z2-7]+)/i.exec(decodeURIComponent(qrCode));
  if (!match) throw new Error(`no otpauth:// secret in qrCode (${qrCode.slice(0, 40)}...)`);
  return match[1];
}

// ---- the emulator's outbox: the email a person would read -----------------------------------------
async function lastMessage(to) {
  const response = await nodeFetch(`${gateway}/_emulator/outbox?to=${encodeURIComponent(to)}`);
  const { messages } = await response.json();
  if (!messages.length) throw new Error(`nothing was sent to ${to}`);
  return messages[messages.length - 1];
}

// ---- running flows -----------------------------------------------------------------------------
const flows = {};

function describe(err) {
  return {
    type: err?.constructor?.name ?? typeof err,
    status: err?.statusCode ?? err?.status ?? null,
    errorCode: err?.errorCode ?? null,
    message: String(err?.message ?? err).slice(0, 300),
  };
}

async function flow(name, fn) {
  try {
    flows[name] = { result: (await fn()) ?? null };
  } catch (err) {
    flows[name] = { error: describe(err) };
  }
  return flows[name].result;
}

const decode = (jwt) => JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString());
const refreshCookie = () => [...jar.keys()].find((name) => name.startsWith('fe_refresh_')) ?? null;
const password = 'Correct-horse-9';
const unique = () => `rest-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}@example.com`;

async function signUpAndActivate(email) {
  const signed = await api.auth.signUpUser({ provider: 'local', email, password, companyName: 'Acme', name: 'Ada' });
  const activated = await api.auth.activateAccountV2({ userId: signed.userId, token: signed.activationToken });
  return { signed, activated };
}

// 1. Sign-up: the answer says to activate, and carries the activation token.
const email = unique();
let activation;
await flow('sign_up', async () => {
  activation = await api.auth.signUpUser({ provider: 'local', email, password, companyName: 'Acme', name: 'Ada' });
  const { shouldActivate, userId, tenantId, activationToken } = activation;
  return { shouldActivate, userId, tenantId, activationToken: !!activationToken };
});

// 2. Activation logs the user in (V2: the user, the tenants and the active tenant).
await flow('activate', async () => {
  const r = await api.auth.activateAccountV2({ userId: activation.userId, token: activation.activationToken });
  return {
    sub: decode(r.user.accessToken).sub,
    email: r.user.email,
    tenantIds: r.tenants.map((t) => t.tenantId),
    activeTenant: r.activeTenant?.tenantId ?? null,
    refreshCookie: refreshCookie() !== null,
  };
});

// 3. Password login: tokens, the profile (/users/v2/me) merged with the JWT's claims.
await flow('password_login', async () => {
  jar.clear();
  const user = await api.auth.login({ email, password });
  return {
    mfaRequired: user.mfaRequired,
    sub: decode(user.accessToken).sub,
    id: user.id,
    email: user.email,
    tenantId: user.tenantId,
    roles: (user.roles ?? []).map((r) => (typeof r === 'string' ? r : r.key)),
    contextToken: ContextHolder.for('default').getAccessToken() === user.accessToken,
    refreshCookie: refreshCookie() !== null,
  };
});
await flow('password_login_wrong_password', () => api.auth.login({ email, password: 'not-the-password' }));

// 4. Refresh: the refresh cookie alone gets an access token (and the cookie rotates).
await flow('refresh', async () => {
  const before = jar.get(refreshCookie());
  ContextHolder.for('default').setAccessToken(null); // as after a page reload
  const user = await api.auth.refreshToken();
  return {
    sub: decode(user.accessToken).sub,
    email: user.email,
    contextToken: ContextHolder.for('default').getAccessToken() === user.accessToken,
    cookieRotated: jar.get(refreshCookie()) !== before,
  };
});

// 5. Logout ends the session: the refresh cookie is cleared and no longer refreshes.
await flow('logout', async () => {
  const stale = refreshCookie() && jar.get(refreshCookie());
  const name = refreshCookie();
  await api.auth.logout();
  const cleared = !jar.has(name);
  jar.set(name, stale); // a browser that kept the old cookie anyway
  try {
    await api.auth.refreshToken();
    return { cleared, refreshAfterLogout: 'accepted' };
  } catch (err) {
    return { cleared, refreshAfterLogout: describe(err) };
  } finally {
    jar.delete(name);
  }
});

// 6. MFA: a signed-in user enrolls an authenticator app; the next login asks for it and accepts it.
const mfaEmail = unique();
let secret;
await flow('mfa_enroll_authenticator_app', async () => {
  await signUpAndActivate(mfaEmail);
  await api.auth.login({ email: mfaEmail, password });
  const { qrCode } = await api.auth.preEnrollMFAAuthenticatorApp();
  secret = totpSecret(qrCode);
  const enrolled = await api.auth.enrollMFAAuthenticatorApp({ token: totp(secret) });
  return { otpauth: qrCode.startsWith('otpauth://'), recoveryCode: !!enrolled?.recoveryCode };
});
await flow('mfa_login_authenticator_app', async () => {
  jar.clear();
  const challenge = await api.auth.login({ email: mfaEmail, password });
  const user = await api.auth.loginWithMfa({ mfaToken: challenge.mfaToken, value: totp(secret) });
  return {
    challenge: { mfaRequired: challenge.mfaRequired, hasMfaToken: !!challenge.mfaToken, accessToken: !!challenge.accessToken },
    email: user.email,
    sub: decode(user.accessToken).sub,
  };
});
await flow('mfa_login_authenticator_app_device', async () => {
  const challenge = await api.auth.login({ email: mfaEmail, password });
  const devices = challenge.mfaDevices?.authenticators ?? [];
  const r = await api.auth.verifyMFAAuthenticatorAppForLogin(devices[0]?.id, {
    mfaToken: challenge.mfaToken,
    value: totp(secret),
  });
  return { authenticators: devices.length, sub: decode(r.accessToken).sub };
});
await flow('mfa_login_wrong_code', async () => {
  const challenge = await api.auth.login({ email: mfaEmail, password });
  const wrong = String((Number(totp(secret)) + 500_000) % 1_000_000).padStart(6, '0');
  return api.auth.loginWithMfa({ mfaToken: challenge.mfaToken, value: wrong });
});

// 7. Passwordless: a code by email, then the code logs the user in.
await flow('passwordless_code_login', async () => {
  jar.clear();
  await api.auth.passwordlessPreLogin({ type: 'Code', email });
  const { code } = await lastMessage(email);
  const r = await api.auth.passwordlessPostLoginV2({ type: 'Code', token: String(code) });
  return { email: r.user.email, sub: decode(r.user.accessToken).sub, refreshCookie: refreshCookie() !== null };
});
await flow('passwordless_code_login_wrong_code', async () => {
  await api.auth.passwordlessPreLogin({ type: 'Code', email });
  return api.auth.passwordlessPostLogin({ type: 'Code', token: '000000x' });
});

writeFileSync(out, JSON.stringify(flows));
