// `npm start` stays one command: on a fresh database this creates a demo clinician and a
// demo client (workbook `demo-client`, the one demo/index.html uses) assigned to them.
// Every start prints a fresh one-time sign-in link for the clinician and the client's
// token. The token is kept in the data folder (never served) so a device that has it
// keeps delivering across restarts; a real program issues tokens from its own sign-in.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const DEMO = Object.freeze({
  workbook: 'demo-client',
  label: 'Demo client (Alex)',
  email: 'clinician@example.org',
  name: 'Dr. Demo Clinician',
});

const TOKEN_FILE = 'demo-client-token.txt';

/** Seeds the demo accounts when missing; resolves to { clientToken, signInLink, email, password? }. */
export async function seedDemo(accounts, dataDir) {
  let password;
  let clinicianId = accounts.clinicianIdByEmail(DEMO.email);
  if (!clinicianId) {
    password = randomBytes(12).toString('base64url');
    // 96 random bits cannot be guessed whatever the hash costs: a lighter scrypt keeps the
    // first `npm start` quick (people's own passwords get the full cost)
    clinicianId = await accounts.addClinician({ email: DEMO.email, name: DEMO.name, password, cost: { N: 2 ** 14, r: 8, p: 1 } });
  }
  const file = join(dataDir, TOKEN_FILE);
  let clientToken = existsSync(file) ? readFileSync(file, 'utf8').trim() : '';
  if (accounts.workbookOfToken(clientToken) !== DEMO.workbook) {
    clientToken = accounts.issueClientToken(DEMO.workbook, DEMO.label);
    writeFileSync(file, `${clientToken}\n`, { mode: 0o600 });
  }
  accounts.assign(clinicianId, DEMO.workbook);
  return { clientToken, signInLink: accounts.issueSignInLink(clinicianId), email: DEMO.email, password };
}
