// Drive Frontegg's Node backend SDK (@frontegg/client, pinned in package-lock.json) unchanged against
// whatever gateway the environment names: FRONTEGG_API_GATEWAY_URL, FRONTEGG_CLIENT_ID, FRONTEGG_API_KEY,
// nothing else. Run by tests/sdk/test_node_client.py:
//
//   node sdk_tests/node/client_checks.mjs OUT.json   (stdin: {"token": "<a user JWT the gateway issued>"})
//
// Writes the outcome of every check to OUT.json: {name: {result} | {error: {type, status, message}}}.
// The script asserts nothing; the pytest side holds the expectations.
import { generateKeyPairSync, createSign } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

for (const name of ['FRONTEGG_API_GATEWAY_URL', 'FRONTEGG_CLIENT_ID', 'FRONTEGG_API_KEY']) {
  if (!process.env[name]) {
    console.error(`${name} is not set`);
    process.exit(2);
  }
}

// The SDK reads FRONTEGG_API_GATEWAY_URL when it is first loaded, as in any service that uses it.
const { FronteggContext, FronteggAuthenticator, IdentityClient, withAuthentication } = (
  await import('@frontegg/client')
).default;

const out = process.argv[2];
const { token } = JSON.parse(readFileSync(0, 'utf8'));
const checks = {};

function describe(err) {
  return {
    type: err?.constructor?.name ?? typeof err,
    status: err?.statusCode ?? err?.response?.status ?? null,
    message: String(err?.message ?? err).slice(0, 300),
  };
}

async function check(name, fn) {
  try {
    checks[name] = { result: (await fn()) ?? null };
  } catch (err) {
    checks[name] = { error: describe(err) };
  }
}

const b64url = (buf) => Buffer.from(buf).toString('base64url');

function tampered(jwt) {
  const [head, body, sig] = jwt.split('.');
  const raw = Buffer.from(sig, 'base64url');
  raw[0] ^= 1;
  return [head, body, b64url(raw)].join('.');
}

function forged(jwt) {
  // The same claims signed by a key the gateway never published.
  const [head, body] = jwt.split('.');
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const signer = createSign('RSA-SHA256');
  signer.update(`${head}.${body}`);
  return `${head}.${body}.${b64url(signer.sign(privateKey))}`;
}

// Express-shaped request and response, enough for withAuthentication.
async function throughMiddleware(options, authorization) {
  const req = { header: (name) => (name.toLowerCase() === 'authorization' ? authorization : undefined) };
  const res = {
    statusCode: 200,
    status(code) {
      this.statusCode = code;
      return this;
    },
    send() {
      return this;
    },
  };
  let nextError;
  let nextCalled = false;
  await withAuthentication(options)(req, res, (err) => {
    nextCalled = true;
    nextError = err;
  });
  return {
    status: res.statusCode,
    nextCalled,
    nextError: nextError ? describe(nextError) : null,
    user: req.frontegg?.user ?? null,
  };
}

// ---- the documented set-up: the context from the environment, then the identity client
FronteggContext.init({
  FRONTEGG_CLIENT_ID: process.env.FRONTEGG_CLIENT_ID,
  FRONTEGG_API_KEY: process.env.FRONTEGG_API_KEY,
});
const identity = IdentityClient.getInstance();

await check('environment_auth', async () => {
  const auth = new FronteggAuthenticator();
  await auth.init(process.env.FRONTEGG_CLIENT_ID, process.env.FRONTEGG_API_KEY);
  const isJwt = auth.accessToken.split('.').length === 3;
  await auth.shutdown();
  return { accessTokenIsJwt: isJwt };
});
await check('environment_auth_wrong_key', async () => {
  const saved = process.env.FRONTEGG_AUTHENTICATOR_NUMBER_OF_TRIES;
  process.env.FRONTEGG_AUTHENTICATOR_NUMBER_OF_TRIES = '1'; // no retries with back-off for a known-bad key
  const auth = new FronteggAuthenticator();
  try {
    await auth.init(process.env.FRONTEGG_CLIENT_ID, 'not-the-api-key');
    return { accessTokenIsJwt: auth.accessToken.split('.').length === 3 };
  } finally {
    await auth.shutdown();
    if (saved === undefined) delete process.env.FRONTEGG_AUTHENTICATOR_NUMBER_OF_TRIES;
    else process.env.FRONTEGG_AUTHENTICATOR_NUMBER_OF_TRIES = saved;
  }
});
await check('get_public_key', () => identity.getPublicKey());
await check('validate_token', () => identity.validateToken(token));
await check('validate_bearer_header', () => identity.validateToken(`Bearer ${token}`));
await check('validate_identity_on_token', () => identity.validateIdentityOnToken(token));
await check('role_granted', () => identity.validateToken(token, { roles: ['Admin'] }));
await check('role_granted_any_of', () => identity.validateToken(token, { roles: ['Auditor', 'Admin'] }));
await check('role_denied', () => identity.validateToken(token, { roles: ['Auditor'] }));
await check('permission_granted', () => identity.validateToken(token, { permissions: ['fe.secure.read.users'] }));
await check('permission_denied', () => identity.validateToken(token, { permissions: ['billing.invoices.write'] }));
await check('role_granted_permission_denied', () =>
  identity.validateToken(token, { roles: ['Admin'], permissions: ['billing.invoices.write'] }),
);
await check('tampered_token', () => identity.validateToken(tampered(token)));
await check('forged_token', () => identity.validateToken(forged(token)));
await check('middleware_granted', () =>
  throughMiddleware({ roles: ['Admin'], permissions: ['fe.secure.read.users'] }, `Bearer ${token}`),
);
await check('middleware_denied', () => throughMiddleware({ permissions: ['billing.invoices.write'] }, `Bearer ${token}`));
await check('middleware_tampered', () => throughMiddleware({}, `Bearer ${tampered(token)}`));

writeFileSync(out, JSON.stringify(checks));
