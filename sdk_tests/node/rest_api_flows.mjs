// Drive Frontegg's browser client (@frontegg/rest-api, pinned in package-lock.json) unchanged against a
// gateway, in Node, with the smallest browser it needs. Run by tests/sdk/test_rest_api.py:
//
//   node sdk_tests/node/rest_api_flows.mjs OUT.json      (FRONTEGG_API_GATEWAY_URL names the gateway)
//
// The client is configured as a web app configures it: baseUrl = the gateway URL (it adds the
// /frontegg prefix itself). Each flow (sign-up, activation, password login, refresh, logout, MFA
// enrollment with an authenticator app and login with it, passwordless code login, WebAuthn MFA
// enrollment and login as @frontegg/redux-store drives them, passkeys and the signed-in user's WebAuthn
// MFA devices, and the admin portal's token, user and role calls with the signed-in admin's token) is
// run and its outcome written to OUT.json:
// {flow: {result} | {error: {type, status, message, errorCode}}}. The script asserts nothing; the
// pytest side holds the expectations.
//
// WebAuthn needs an authenticator: sdk_tests/node/authenticator_cli.py (frontegg_identity's
// SoftwareAuthenticator) runs under WEBAUTHN_AUTHENTICATOR_PYTHON (default python3), an interpreter
// with frontegg_identity installed; tests/sdk passes its own. FRONTEGG_CLIENT_ID and FRONTEGG_API_KEY
// (an environment token) set the environment's MFA policy, as the vendor does in Frontegg's portal.
import { spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

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

// The secret an authenticator app would scan from qrCode (a PNG): the emulator's outbox keeps the
// otpauth:// URI the image shows, as it keeps the codes it emails.
function totpSecret(uri) {
  const match = /[?&]secret=([A-Z2-7]+)/i.exec(decodeURIComponent(uri));
  if (!match) throw new Error(`no secret in ${uri.slice(0, 40)}...`);
  return match[1];
}

// ---- the emulator's outbox: the email a person would read -----------------------------------------
async function lastMessage(to) {
  const response = await nodeFetch(`${gateway}/_emulator/outbox?to=${encodeURIComponent(to)}`);
  const { messages } = await response.json();
  if (!messages.length) throw new Error(`nothing was sent to ${to}`);
  return messages[messages.length - 1];
}

// ---- the browser's WebAuthn: navigator.credentials.create()/get() --------------------------------------
// frontegg_identity's SoftwareAuthenticator (in Python, sdk_tests/node/authenticator_cli.py) plays the
// authenticator and the browser's checks of the options. It takes and answers WebAuthn's JSON forms, so
// this side does what is left of the browser: the options the page passes (binary fields as
// ArrayBuffers) become PublicKeyCredential{Creation,Request}OptionsJSON (what
// PublicKeyCredential.parse{Creation,Request}OptionsFromJSON() takes), and the answer
// (RegistrationResponseJSON / AuthenticationResponseJSON, what credential.toJSON() returns) becomes the
// PublicKeyCredential object a browser resolves with. One process for the whole run: the authenticator
// keeps its keys and signature counters in memory only.
const ORIGIN = 'http://localhost'; // the page's origin, one of the emulator's default relying party's

// navigator.credentials (a CredentialsContainer) with the software authenticator behind it.
class CredentialsContainer {
  #child;
  #lines;
  #failure = null;

  constructor(attachment = 'platform') {
    const python = process.env.WEBAUTHN_AUTHENTICATOR_PYTHON || 'python3';
    const script = fileURLToPath(new URL('./authenticator_cli.py', import.meta.url));
    this.#child = spawn(python, [script, '--attachment', attachment], { stdio: ['pipe', 'pipe', 'inherit'] });
    const failed = (err) => (this.#failure ??= err); // e.g. no such interpreter
    this.#child.on('error', failed);
    this.#child.stdin.on('error', failed); // EPIPE once it is gone
    this.#lines = createInterface({ input: this.#child.stdout })[Symbol.asyncIterator]();
  }

  async #call(op, options) {
    if (this.#failure) throw this.#failure;
    this.#child.stdin.write(`${JSON.stringify({ op, options: toJSONForm(options), origin: ORIGIN })}\n`);
    const { value, done } = await this.#lines.next();
    if (done) throw this.#failure ?? new Error('the software authenticator exited (see stderr)');
    const answer = JSON.parse(value);
    if (answer.error) throw new DOMException(answer.error.message, answer.error.name); // as a browser rejects
    return answer.result;
  }

  // navigator.credentials.create({ publicKey }) / navigator.credentials.get({ publicKey })
  async create({ publicKey }) {
    return browserObject(PublicKeyCredential, await this.#call('create', publicKey), AuthenticatorAttestationResponse);
  }

  async get({ publicKey }) {
    return browserObject(PublicKeyCredential, await this.#call('get', publicKey), AuthenticatorAssertionResponse);
  }

  close() {
    this.#child.stdin.end(); // the authenticator exits at the end of its input
  }
}

// Options JSON: every BufferSource as base64url, undefined members left out (as JSON.stringify does).
function toJSONForm(value) {
  if (value instanceof ArrayBuffer) return Buffer.from(value).toString('base64url');
  if (ArrayBuffer.isView(value)) {
    return Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64url');
  }
  if (Array.isArray(value)) return value.map(toJSONForm);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, toJSONForm(v)]),
    );
  }
  return value;
}

// The objects a browser resolves with, as far as page code sees them. Their data sit in internal slots
// (here a WeakMap), and WebIDL makes attributes and operations enumerable properties of each interface's
// prototype: for...in, which redux-store's publicKeyCredentialToJSON uses, walks methods too.
const slots = new WeakMap();
const arrayBuffer = (b64url) => {
  const bytes = Buffer.from(b64url, 'base64url');
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
};
const optionalBuffer = (b64url) => (b64url == null ? null : arrayBuffer(b64url));

function browserObject(cls, json, responseClass) {
  const object = Object.create(cls.prototype);
  const response = responseClass && browserObject(responseClass, json.response);
  slots.set(object, { json, response });
  return object;
}
const json = (object) => slots.get(object).json;

class Credential {
  get id() {
    return json(this).id;
  }
  get type() {
    return json(this).type;
  }
}
class PublicKeyCredential extends Credential {
  get rawId() {
    return arrayBuffer(json(this).rawId);
  }
  get response() {
    return slots.get(this).response;
  }
  get authenticatorAttachment() {
    return json(this).authenticatorAttachment ?? null;
  }
  getClientExtensionResults() {
    return structuredClone(json(this).clientExtensionResults ?? {});
  }
  toJSON() {
    return structuredClone(json(this)); // WebAuthn L3; in current Chrome, Firefox and Safari
  }
}
class AuthenticatorResponse {
  get clientDataJSON() {
    return arrayBuffer(json(this).clientDataJSON);
  }
}
class AuthenticatorAttestationResponse extends AuthenticatorResponse {
  get attestationObject() {
    return arrayBuffer(json(this).attestationObject);
  }
  getTransports() {
    return [...(json(this).transports ?? [])];
  }
  getAuthenticatorData() {
    return arrayBuffer(json(this).authenticatorData);
  }
  getPublicKey() {
    return optionalBuffer(json(this).publicKey);
  }
  getPublicKeyAlgorithm() {
    return json(this).publicKeyAlgorithm;
  }
}
class AuthenticatorAssertionResponse extends AuthenticatorResponse {
  get authenticatorData() {
    return arrayBuffer(json(this).authenticatorData);
  }
  get signature() {
    return arrayBuffer(json(this).signature);
  }
  get userHandle() {
    return optionalBuffer(json(this).userHandle);
  }
}
for (const cls of [
  Credential,
  PublicKeyCredential,
  AuthenticatorResponse,
  AuthenticatorAttestationResponse,
  AuthenticatorAssertionResponse,
]) {
  for (const [name, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(cls.prototype))) {
    if (name !== 'constructor') Object.defineProperty(cls.prototype, name, { ...descriptor, enumerable: true });
  }
}

// ---- what @frontegg/redux-store does around the rest-api calls -----------------------------------------
// Not installed (its releases pin rest-api versions the registry may lack); these follow
// @frontegg/redux-store 7.119.0, the release of the pinned rest-api: helpers/encoders.js
// (base64urlEncode, base64urlDecode), helpers/converters.js (publicKeyCredentialToJSON),
// auth/LoginState/actions/index.js (preEnrollMFAWebAuthnForLogin, enrollMFAWebAuthnForLogin) and
// auth/LoginState/actions/mfaWithWebAuthn.actions.js (preVerifyMFAWebAuthn, verifyMFAWebAuthn).
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const BASE64URL_LOOKUP = new Uint8Array(256); // characters outside the alphabet (padding too) read as 0
for (let i = 0; i < BASE64URL.length; i++) BASE64URL_LOOKUP[BASE64URL.charCodeAt(i)] = i;

function base64urlEncode(buffer) {
  const bytes = new Uint8Array(buffer);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    out += BASE64URL[bytes[i] >> 2];
    out += BASE64URL[((bytes[i] & 3) << 4) | (bytes[i + 1] >> 4)];
    out += BASE64URL[((bytes[i + 1] & 15) << 2) | (bytes[i + 2] >> 6)];
    out += BASE64URL[bytes[i + 2] & 63];
  }
  if (bytes.length % 3 === 2) return out.slice(0, -1);
  if (bytes.length % 3 === 1) return out.slice(0, -2);
  return out;
}

// Length 3/4 of the string (so padding, if any, becomes trailing zero bytes), no validation.
function base64urlDecode(text) {
  const bytes = new Uint8Array(text.length * 0.75);
  for (let i = 0, p = 0; i < text.length; i += 4) {
    const [a, b, c, d] = [0, 1, 2, 3].map((k) => BASE64URL_LOOKUP[text.charCodeAt(i + k)]);
    bytes[p++] = (a << 2) | (b >> 4);
    bytes[p++] = ((b & 15) << 4) | (c >> 2);
    bytes[p++] = ((c & 3) << 6) | (d & 63);
  }
  return bytes.buffer;
}

// Every enumerable property, own or inherited, recursively; ArrayBuffers as base64url. On a browser's
// credential that includes its methods, which become {}.
function publicKeyCredentialToJSON(value) {
  if (value instanceof Array) return value.map(publicKeyCredentialToJSON);
  if (value instanceof ArrayBuffer) return base64urlEncode(value);
  if (value instanceof Object) {
    const out = {};
    for (const key in value) out[key] = publicKeyCredentialToJSON(value[key]);
    return out;
  }
  return value;
}

// The options redux-store hands to navigator.credentials.create() / get().
const creationOptions = (options) => ({
  ...options,
  challenge: base64urlDecode(options.challenge),
  user: { ...options.user, id: base64urlDecode(options.user.id) },
  excludeCredentials: options.excludeCredentials?.map((c) => ({ ...c, id: base64urlDecode(c.id) })),
});
const requestOptions = (options) => ({
  ...options,
  challenge: base64urlDecode(options.challenge),
  allowCredentials: options.allowCredentials?.map((c) => ({ ...c, id: base64urlDecode(c.id) })),
});

// ---- the vendor's side: the environment's MFA policy, with an environment token -----------------------
async function vendorCall(method, path, body) {
  const auth = await nodeFetch(`${gateway}/auth/vendor`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ clientId: process.env.FRONTEGG_CLIENT_ID, secret: process.env.FRONTEGG_API_KEY }),
  });
  if (!auth.ok) throw new Error(`POST /auth/vendor answered ${auth.status}`);
  const { token } = await auth.json();
  const response = await nodeFetch(`${gateway}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
  return response.json();
}
const MFA_POLICY = '/identity/resources/configurations/v1/mfa-policy';
const policyFields = ({ enforceMFAType, allowRememberMyDevice, mfaDeviceExpiration }) => ({
  enforceMFAType,
  allowRememberMyDevice,
  mfaDeviceExpiration,
});

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
  const scanned = await lastMessage(mfaEmail);
  if (scanned.kind !== 'authenticator-app') throw new Error(`expected the QR code's URI, got ${scanned.kind}`);
  secret = totpSecret(scanned.link);
  const enrolled = await api.auth.enrollMFAAuthenticatorApp({ token: totp(secret) });
  return { qrCodeIsPng: qrCode.startsWith('data:image/png;base64,'), recoveryCode: !!enrolled?.recoveryCode };
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

// 8. WebAuthn MFA, as @frontegg/redux-store drives rest-api for the login box: the environment requires
//    MFA; the first login enrolls a platform authenticator (the software one), the next one verifies
//    with it, and the assertion that logged in cannot log in again.
const need = (value, check) => {
  if (value === undefined) throw new Error(`not run: ${check} did not succeed`);
  return value;
};
const sameBytes = (a, b) => Buffer.from(a).equals(Buffer.from(b));
const bodyOf = (body) => JSON.parse(JSON.stringify(body)); // what FetchClient sends (JSON.stringify)
const webauthnEmail = unique();
const navigatorCredentials = new CredentialsContainer('platform');
let policyBefore;
let enrollLogin; // loginv2's user: { mfaToken, ... }
let creation; // { options (ArrayBuffers, for navigator.credentials.create), webauthnToken }
let credential; // what navigator.credentials.create() resolved with
let enrolled; // the user the enrollment logged in
let verifyLogin;
let request; // { options (ArrayBuffers, for navigator.credentials.get), webauthnToken }
let assertion; // what navigator.credentials.get() resolved with
let verifyBody;

await flow('mfa_webauthn_setup', async () => {
  const { activated } = await signUpAndActivate(webauthnEmail);
  policyBefore = await vendorCall('GET', MFA_POLICY);
  const policy = await vendorCall('PUT', MFA_POLICY, { ...policyFields(policyBefore), enforceMFAType: 'Force' });
  return {
    userId: decode(activated.user.accessToken).sub,
    before: policyBefore.enforceMFAType,
    enforceMFAType: policy.enforceMFAType,
  };
});

// redux-store's login: loginv2; MFA is due when the answer has mfaRequired and an mfaToken (then it asks
// whether the device may be remembered).
async function mfaLogin() {
  jar.clear();
  ContextHolder.for('default').setAccessToken(null);
  const { user } = await api.auth.loginv2({ email: webauthnEmail, password });
  const remember = await api.auth.checkIfAllowToRememberMfaDevice(user.mfaToken);
  return { user, remember };
}
const challengeOf = ({ user, remember }) => ({
  mfaRequired: user.mfaRequired,
  hasMfaToken: !!user.mfaToken,
  accessToken: !!user.accessToken,
  mfaEnrolled: user.mfaEnrolled,
  isAllowedToRemember: remember.isAllowedToRemember,
});

await flow('mfa_webauthn_login_asks_to_enroll', async () => {
  need(policyBefore, 'mfa_webauthn_setup');
  const login = await mfaLogin();
  enrollLogin = login.user;
  return { ...challengeOf(login), mfaStrategies: login.user.mfaStrategies ?? null };
});

// preEnrollMFAWebAuthnForLogin({ mfaToken }), then the options decoded for navigator.credentials.create.
await flow('mfa_webauthn_pre_enroll', async () => {
  const { mfaToken } = need(enrollLogin, 'mfa_webauthn_login_asks_to_enroll');
  const data = await api.auth.preEnrollMFAWebAuthnForLogin({ mfaToken });
  creation = { options: creationOptions(data.options), webauthnToken: data.webauthnToken };
  const { options } = creation;
  return {
    webauthnToken: !!data.webauthnToken,
    rp: options.rp,
    userName: options.user.name,
    userId: Buffer.from(options.user.id).toString(),
    challengeBytes: options.challenge.byteLength,
    // redux-store's decoder does not validate: what it decoded must encode back to what was sent
    decodedExactly:
      base64urlEncode(options.challenge) === data.options.challenge &&
      base64urlEncode(options.user.id) === data.options.user.id,
    algorithms: options.pubKeyCredParams.map((p) => p.alg),
    excludeCredentials: options.excludeCredentials?.length ?? null,
  };
});

await flow('mfa_webauthn_create_credential', async () => {
  credential = await navigatorCredentials.create({ publicKey: need(creation, 'mfa_webauthn_pre_enroll').options });
  return {
    type: credential.type,
    authenticatorAttachment: credential.authenticatorAttachment,
    rawIdBytes: credential.rawId.byteLength,
    transports: credential.response.getTransports(),
  };
});

// The login box calls redux-store's enrollMFAWebAuthnForLogin with { publicKey: the credential,
// webauthnToken, mfaToken, deviceType } (IEnrollMFAWebAuthnPayload); deviceType follows the credential's
// attachment (the rule redux-store's webAuthnVerifyNewDeviceSession applies). It sends the payload with
// options: publicKeyCredentialToJSON(publicKey), through enrollMFAWebAuthnForLoginV2.
await flow('mfa_webauthn_enroll', async () => {
  need(credential, 'mfa_webauthn_create_credential');
  const payload = {
    publicKey: credential,
    webauthnToken: creation.webauthnToken,
    mfaToken: enrollLogin.mfaToken,
    deviceType: credential.authenticatorAttachment === 'platform' ? 'Platform' : 'CrossPlatform',
  };
  const body = { ...payload, options: publicKeyCredentialToJSON(payload.publicKey) };
  const sent = bodyOf(body);
  const { user, tenants, activeTenant } = await api.auth.enrollMFAWebAuthnForLoginV2(body);
  enrolled = user;
  return {
    sub: decode(user.accessToken).sub,
    email: user.email,
    recoveryCode: !!user.recoveryCode,
    tenantIds: (tenants ?? []).map((t) => t.tenantId),
    activeTenant: activeTenant?.tenantId ?? null,
    contextToken: ContextHolder.for('default').getAccessToken() === user.accessToken,
    refreshCookie: refreshCookie() !== null,
    body: { keys: Object.keys(sent).sort(), deviceType: sent.deviceType },
    options: { keys: Object.keys(sent.options).sort(), response: Object.keys(sent.options.response).sort() },
  };
});

await flow('mfa_webauthn_logout', async () => {
  need(enrolled, 'mfa_webauthn_enroll');
  const name = refreshCookie();
  await api.auth.logout();
  return { hadCookie: name !== null, cleared: name !== null && !jar.has(name) };
});

await flow('mfa_webauthn_login_asks_for_the_device', async () => {
  need(enrolled, 'mfa_webauthn_enroll');
  const login = await mfaLogin();
  verifyLogin = login.user;
  const devices = login.user.mfaDevices ?? {};
  return {
    ...challengeOf(login),
    webauthn: (devices.webauthn ?? []).map((d) => ({ id: !!d.id, deviceType: d.deviceType, name: d.name })),
    otherDevices: Object.entries(devices)
      .filter(([kind]) => kind !== 'webauthn')
      .reduce((n, [, list]) => n + (list?.length ?? 0), 0),
  };
});

// preVerifyMFAWebAuthnForLogin(deviceId, { mfaToken }), then the options decoded for navigator.credentials.get.
const deviceId = () => need(verifyLogin, 'mfa_webauthn_login_asks_for_the_device').mfaDevices?.webauthn?.[0]?.id;
await flow('mfa_webauthn_pre_verify', async () => {
  const data = await api.auth.preVerifyMFAWebAuthnForLogin(deviceId(), { mfaToken: verifyLogin.mfaToken });
  request = { options: requestOptions(data.options), webauthnToken: data.webauthnToken };
  const { options } = request;
  return {
    webauthnToken: !!data.webauthnToken,
    rpId: options.rpId ?? null,
    challengeBytes: options.challenge.byteLength,
    decodedExactly: base64urlEncode(options.challenge) === data.options.challenge,
    allowCredentials: options.allowCredentials?.length ?? null,
    allowsTheEnrolledCredential: !!options.allowCredentials?.some((c) => sameBytes(c.id, credential.rawId)),
  };
});

await flow('mfa_webauthn_get_assertion', async () => {
  assertion = await navigatorCredentials.get({ publicKey: need(request, 'mfa_webauthn_pre_verify').options });
  const data = new DataView(assertion.response.authenticatorData);
  return {
    sameCredential: sameBytes(assertion.rawId, credential.rawId),
    signCount: data.getUint32(33),
    userHandle: assertion.response.userHandle && Buffer.from(assertion.response.userHandle).toString(),
  };
});

// redux-store's verifyMFAWebAuthnForLogin: { deviceId, webauthnToken, mfaToken, publicKey } less the
// deviceId, plus options: publicKeyCredentialToJSON(publicKey), through verifyMFAWebAuthnForLoginV2.
await flow('mfa_webauthn_verify', async () => {
  need(assertion, 'mfa_webauthn_get_assertion');
  const { deviceId: id, ...payload } = {
    deviceId: deviceId(),
    webauthnToken: request.webauthnToken,
    mfaToken: verifyLogin.mfaToken,
    publicKey: assertion,
  };
  const body = { ...payload, options: publicKeyCredentialToJSON(payload.publicKey) };
  const sent = bodyOf(body);
  const { user, activeTenant } = await api.auth.verifyMFAWebAuthnForLoginV2(id, body);
  verifyBody = body;
  return {
    sub: decode(user.accessToken).sub,
    email: user.email,
    activeTenant: activeTenant?.tenantId ?? null,
    contextToken: ContextHolder.for('default').getAccessToken() === user.accessToken,
    refreshCookie: refreshCookie() !== null,
    options: { keys: Object.keys(sent.options).sort(), response: Object.keys(sent.options.response).sort() },
  };
});

// The assertion that logged in, replayed: for the challenge of a new login (as whoever captured it
// would), and as the very same request again.
await flow('mfa_webauthn_replay', async () => {
  need(verifyBody, 'mfa_webauthn_verify');
  const { user } = await mfaLogin();
  const id = user.mfaDevices.webauthn[0].id;
  const { webauthnToken } = await api.auth.preVerifyMFAWebAuthnForLogin(id, { mfaToken: user.mfaToken });
  return api.auth.verifyMFAWebAuthnForLoginV2(id, { ...verifyBody, webauthnToken, mfaToken: user.mfaToken });
});
await flow('mfa_webauthn_replay_same_request', async () => {
  need(verifyBody, 'mfa_webauthn_verify');
  return api.auth.verifyMFAWebAuthnForLoginV2(deviceId(), verifyBody);
});

await flow('mfa_webauthn_policy_restored', async () => {
  const policy = await vendorCall('PUT', MFA_POLICY, policyFields(need(policyBefore, 'mfa_webauthn_setup')));
  return { enforceMFAType: policy.enforceMFAType };
});
navigatorCredentials.close();

// 9. Passkeys and the signed-in user's WebAuthn MFA devices (openapi/identity-unpublished.yaml), as
//    @frontegg/redux-store 7.119.0 drives rest-api: auth/LoginState/actions/index.js
//    webAuthnCreateNewDeviceSession / webAuthnVerifyNewDeviceSession / webAuthnPrelogin / webAuthnPostLogin,
//    auth/PasskeysState/actions.js loadWebAuthnDevices / deleteWebAuthnDevice and auth/MfaState/actions.js
//    preEnrollMfaWebAuthn / enrollMfaWebAuthn / getMFADevices / preDisableMfaWebAuthn / disableMfaWebAuthn.
const passkeyEmail = unique();
const passkeyKey = new CredentialsContainer('platform');
const securityKey = new CredentialsContainer('cross-platform');
let passkeyUser; // the signed-in user (password login)
let passkeyCredential;
let passkeyLogin; // the body webAuthnPostLoginV2 sent
let mfaDevice;

await flow('passkey_register', async () => {
  jar.clear();
  await signUpAndActivate(passkeyEmail);
  passkeyUser = await api.auth.login({ email: passkeyEmail, password });
  // webAuthnCreateNewDeviceSession: the answer's `options`, user.id and challenge decoded, no exclusions.
  const { options } = await api.auth.webAuthnCreateNewDeviceSession();
  const sentUserId = options.user.id;
  options.user.id = base64urlDecode(options.user.id);
  options.challenge = base64urlDecode(options.challenge);
  options.excludeCredentials = [];
  passkeyCredential = await passkeyKey.create({ publicKey: options });
  // webAuthnVerifyNewDeviceSession: { id, response, deviceType } of publicKeyCredentialToJSON(credential).
  const publicKey = publicKeyCredentialToJSON(passkeyCredential);
  const deviceType = publicKey.authenticatorAttachment === 'platform' ? 'Platform' : 'CrossPlatform';
  await api.auth.verifyNewDeviceSession({ id: publicKey.id, response: publicKey.response, deviceType });
  // loadWebAuthnDevices reads `devices`.
  const { devices } = await api.auth.getWebAuthnDevices();
  return {
    userHandle: Buffer.from(options.user.id).toString(),
    decodedExactly: base64urlEncode(options.user.id) === sentUserId,
    residentKey: options.authenticatorSelection?.residentKey ?? null,
    devices: devices.map((d) => ({ id: !!d.id, deviceType: d.deviceType, createdAt: !Number.isNaN(Date.parse(d.createdAt)) })),
  };
});

// webAuthnPrelogin then webAuthnPostLogin: the options under `options`, challenge and allowCredentials[].id
// decoded; the credential's JSON with userHandle kept, and the recaptcha and invitation tokens beside it.
async function passkeySignIn(body, key = passkeyKey) {
  jar.clear();
  ContextHolder.for('default').setAccessToken(null);
  const { options } = await api.auth.webAuthnPreLogin(body);
  options.challenge = base64urlDecode(options.challenge);
  options.allowCredentials = options.allowCredentials?.map((c) => ({ ...c, id: base64urlDecode(c.id) }));
  const asserted = await key.get({ publicKey: options });
  const publicKey = publicKeyCredentialToJSON(asserted);
  const sent = {
    ...publicKey,
    response: { ...publicKey.response, userHandle: publicKey.response.userHandle ?? undefined },
    recaptchaToken: undefined,
    invitationToken: undefined,
  };
  passkeyLogin = sent;
  const { user, activeTenant } = await api.auth.webAuthnPostLoginV2(sent);
  return { user, activeTenant, allowCredentials: options.allowCredentials?.length ?? 0 };
}
const signedIn = ({ user, activeTenant, allowCredentials }) => ({
  mfaRequired: !!user.mfaRequired,
  sub: user.accessToken ? decode(user.accessToken).sub : null,
  email: user.email ?? null,
  activeTenant: activeTenant?.tenantId ?? null,
  contextToken: !!user.accessToken && ContextHolder.for('default').getAccessToken() === user.accessToken,
  refreshCookie: refreshCookie() !== null,
  allowCredentials,
});
await flow('passkey_sign_in_discoverable', async () => signedIn(await passkeySignIn({})));
await flow('passkey_sign_in_by_email', async () => signedIn(await passkeySignIn({ email: passkeyEmail })));
await flow('passkey_replay', async () => {
  need(passkeyLogin, 'passkey_sign_in_by_email');
  return api.auth.webAuthnPostLoginV2(passkeyLogin);
});

// The signed-in user adds a security key as a second factor, lists it, and the next passkey sign-in
// then asks for it; removing it (the device signs the removal) switches MFA off again.
await flow('my_mfa_webauthn_enroll', async () => {
  need(passkeyCredential, 'passkey_register');
  jar.clear();
  await api.auth.login({ email: passkeyEmail, password });
  const before = await api.auth.getMFADevices();
  const data = await api.auth.preEnrollMFAWebAuthn();
  const options = {
    ...data.options,
    challenge: base64urlDecode(data.options.challenge),
    user: { ...data.options.user, id: base64urlDecode(data.options.user.id) },
    excludeCredentials: data.options.excludeCredentials?.map((c) => ({ ...c, id: base64urlDecode(c.id) })),
  };
  const created = await securityKey.create({ publicKey: options });
  const payload = { publicKey: created, webauthnToken: data.webauthnToken, deviceType: 'CrossPlatform' };
  const enrolled = await api.auth.enrollMFAWebAuthn({ ...payload, options: publicKeyCredentialToJSON(created) });
  const after = await api.auth.getMFADevices();
  mfaDevice = after.webauthn[0];
  return {
    before: Object.fromEntries(Object.entries(before).map(([kind, list]) => [kind, list.length])),
    recoveryCode: !!enrolled?.recoveryCode,
    webauthn: after.webauthn.map((d) => ({ id: !!d.id, deviceType: d.deviceType, name: !!d.name })),
  };
});
await flow('passkey_sign_in_with_mfa', async () => signedIn(await passkeySignIn({})));
await flow('my_mfa_webauthn_disable', async () => {
  need(mfaDevice, 'my_mfa_webauthn_enroll');
  jar.clear();
  // MFA is on: sign in with the password and the security key (the login's documented WebAuthn step).
  const { user } = await api.auth.loginv2({ email: passkeyEmail, password });
  const pre = await api.auth.preVerifyMFAWebAuthnForLogin(mfaDevice.id, { mfaToken: user.mfaToken });
  const asserted = await securityKey.get({ publicKey: requestOptions(pre.options) });
  await api.auth.verifyMFAWebAuthnForLoginV2(mfaDevice.id, {
    webauthnToken: pre.webauthnToken,
    mfaToken: user.mfaToken,
    options: publicKeyCredentialToJSON(asserted),
  });
  // preDisableMfaWebAuthn / disableMfaWebAuthn: { webauthnToken, options: the assertion, publicKey }.
  const data = await api.auth.preDisableMFAWebAuthn(mfaDevice.id);
  const signed = await securityKey.get({ publicKey: requestOptions(data.options) });
  await api.auth.disableMFAWebAuthn(mfaDevice.id, {
    publicKey: signed,
    webauthnToken: data.webauthnToken,
    options: publicKeyCredentialToJSON(signed),
  });
  const after = await api.auth.getMFADevices();
  return { allowCredentials: data.options.allowCredentials?.length ?? 0, webauthn: after.webauthn.length };
});
await flow('passkey_delete', async () => {
  need(passkeyCredential, 'passkey_register');
  jar.clear();
  await api.auth.login({ email: passkeyEmail, password });
  const { devices } = await api.auth.getWebAuthnDevices();
  await api.auth.deleteWebAuthnDevice(devices[0].id);
  return { left: (await api.auth.getWebAuthnDevices()).devices.length };
});
await flow('passkey_sign_in_after_delete', async () => passkeySignIn({}));
passkeyKey.close();
securityKey.close();

// ---- the admin portal's calls (issue 15): the signed-in admin's token, and never frontegg-tenant-id or
// frontegg-user-id (FetchClient's buildRequestHeaders does not add them); Frontegg takes both from it.
const adminEmail = unique();
let admin;
await flow('portal_sign_in', async () => {
  jar.clear();
  await signUpAndActivate(adminEmail);
  admin = await api.auth.login({ email: adminEmail, password });
  return { tenantId: admin.tenantId, id: admin.id };
});
await flow('portal_tenant_access_tokens', async () => {
  need(admin, 'portal_sign_in');
  const created = await api.auth.createTenantAccessToken({ description: 'portal' });
  const listed = await api.auth.getTenantAccessTokensData();
  await api.auth.deleteTenantAccessToken({ id: created.id });
  const after = await api.auth.getTenantAccessTokensData();
  return { listed: listed.accessTokens.map((t) => t.id).includes(created.id), left: after.accessTokens.length };
});
await flow('portal_tenant_api_tokens', async () => {
  need(admin, 'portal_sign_in');
  const created = await api.auth.updateTenantApiTokensData({ description: 'portal' });
  const listed = await api.auth.getTenantApiTokensData();
  await api.auth.deleteTenantApiToken({ tokenId: created.clientId });
  const after = await api.auth.getTenantApiTokensData();
  return {
    tenantId: created.tenantId,
    listed: listed.map((t) => t.clientId).includes(created.clientId),
    left: after.length,
  };
});
await flow('portal_personal_tokens', async () => {
  need(admin, 'portal_sign_in');
  const api_ = await api.auth.updateUserApiTokensData({ description: 'cli' });
  const apiTokens = await api.auth.getUserApiTokensData();
  await api.auth.deleteUserApiToken({ tokenId: api_.clientId });
  const access = await api.auth.createUserAccessToken({ description: 'cli' });
  const accessTokens = await api.auth.getUserAccessTokensData();
  await api.auth.deleteUserAccessToken({ id: access.id });
  return {
    apiListed: apiTokens.map((t) => t.clientId).includes(api_.clientId),
    accessListed: accessTokens.accessTokens.map((t) => t.id).includes(access.id),
    apiLeft: (await api.auth.getUserApiTokensData()).length,
  };
});
await flow('portal_add_user_and_read_it', async () => {
  need(admin, 'portal_sign_in');
  const added = await api.teams.addUser({ email: unique(), name: 'Mate', roleIds: [] });
  const read = await api.auth.getUserById({ userId: added.id });
  return { sameUser: read.id === added.id, tenantId: read.tenantId };
});
await flow('portal_roles_and_permissions', async () => {
  need(admin, 'portal_sign_in');
  const [roles, permissions, categories] = await Promise.all([
    api.roles.getRoles(),
    api.roles.getPermissions(),
    api.roles.getPermissionCategories(),
  ]);
  return { roles: roles.length, permissions: permissions.length, categories: categories.length };
});

writeFileSync(out, JSON.stringify(flows));
