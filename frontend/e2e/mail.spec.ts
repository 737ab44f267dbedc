import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { createPersonWithGrant, newPerson, openMunicipalityDetails, signIn } from './access';
import { expect, test } from './fixtures';

/**
 * Invitations by e-mail, end to end: the product sends through SMTP to a real SMTP server this test runs (smtp-server,
 * from the makers of Nodemailer) on E2E_SMTP_PORT, the port ../.ci/test gave the product as KL_SMTP_PORT (with a mail
 * worker polling every second). Messages are parsed with mailparser, as a mail client would read them.
 */
const smtpPort = Number(process.env.E2E_SMTP_PORT);

test.skip(!smtpPort, 'Set E2E_SMTP_PORT to the SMTP port the product was started with (KL_SMTP_PORT).');

const received: ParsedMail[] = [];
let server: SMTPServer | undefined;

test.beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push(mail);
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server!.once('error', reject);
    server!.listen(smtpPort, '127.0.0.1', () => resolve());
  });
});

test.afterAll(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The messages delivered to an address. */
function to(address: string) {
  return received.filter((mail) =>
    [mail.to ?? []].flat().some((recipient) => recipient.value.some((a) => a.address === address)),
  );
}

test('a coordinator imports contacts, previews and sends the invitations, and sees them delivered on the board; each link opens its municipality’s form', async ({
  page,
  request,
  expectAccessible,
}, testInfo) => {
  test.slow();
  const coordinator = newPerson('blekinge-epost', testInfo.workerIndex);
  const contacts = [
    {
      municipality: '1080',
      name: 'Karin Karlskrona',
      email: `karin-${coordinator.stamp}@karlskrona.test`,
      language: 'sv',
    },
    {
      municipality: '1080',
      name: 'Kim Karlskrona',
      email: `kim-${coordinator.stamp}@karlskrona.test`,
      language: 'en',
    },
    {
      municipality: '1081',
      name: 'Rut Ronneby',
      email: `rut-${coordinator.stamp}@ronneby.test`,
      language: 'sv',
    },
  ];
  let questionnaireId = '';

  await test.step('the administrator makes a coordinator for Blekinge and an open questionnaire of the county (over the API)', async () => {
    await createPersonWithGrant(request, coordinator, { role: 'county_coordinator', countyCode: '10' });
    const imported = await request.post('/api/v1/questionnaire-templates/norrbotten-interview/import', {
      data: { ownerCountyCode: '10' },
    });
    expect(imported.status()).toBe(201);
    questionnaireId = (await imported.json()).id as string;
    const read = await request.get(`/api/v1/questionnaires/${questionnaireId}`);
    const opened = await request.post(`/api/v1/questionnaires/${questionnaireId}/open`, {
      headers: { 'If-Match': read.headers()['etag'] },
    });
    expect(opened.status()).toBe(200);
  });

  await test.step('the coordinator imports the contact persons from a CSV file on Karlskrona’s page', async () => {
    await signIn(page, coordinator);
    await page.goto('/municipalities/1080');
    await openMunicipalityDetails(page);
    const section = page.getByRole('region', { name: 'Kontaktpersoner för enkäter' });
    const csv = [
      'kommunkod;namn;e-post;roll;verksamhetsområden;språk',
      ...contacts.map((c) => `${c.municipality};${c.name};${c.email};Enhetschef;;${c.language}`),
    ].join('\r\n');
    await section.getByLabel('CSV-fil med kontaktpersoner').setInputFiles({
      name: 'kontakter.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf-8'),
    });
    await section.getByRole('button', { name: 'Importera' }).click();
    await expect(section.getByRole('status')).toHaveText('3 nya, 0 ändrade, 0 oförändrade.');
    await expect(section.getByRole('row', { name: new RegExp(escaped(contacts[1].email)) })).toContainText(
      'English',
    );
    await expectAccessible();
  });

  await test.step('invites the county’s municipalities on the invitation board', async () => {
    await page.goto(`/surveys/${questionnaireId}/invitations`);
    const invite = page.getByRole('form', { name: 'Skicka ut' });
    await invite.getByRole('button', { name: 'Skicka inbjudningar' }).click();
    await expect(invite.getByRole('status')).toHaveText('5 nya inbjudningar.');
  });

  await test.step('previews the e-mail with a note, then sends it', async () => {
    const mail = page.getByRole('region', { name: 'E-post till kontaktpersonerna' });
    await mail.getByLabel('Meddelande (valfritt)').fill('Välkomna att svara före jul!');
    await mail.getByRole('button', { name: 'Förhandsgranska' }).click();
    // Every contact of the county's invited municipalities: this test's three, and any an earlier run left.
    let recipients = 0;
    for (const code of ['1060', '1080', '1081', '1082', '1083']) {
      recipients += (await (await request.get(`/api/v1/municipalities/${code}/contacts`)).json()).length;
    }
    expect(recipients).toBeGreaterThanOrEqual(3);
    const preview = mail.getByRole('region', { name: 'Så här ser e-posten ut' });
    await expect(preview.getByText(`${recipients} mottagare`, { exact: true })).toBeVisible();
    await expect(preview).toContainText('Blekinge län bjuder in');
    await expect(preview).toContainText('Välkomna att svara före jul!');
    await expectAccessible();

    await mail.getByRole('button', { name: 'Skicka', exact: true }).click();
    await expect(mail.getByRole('status')).toContainText(`${recipients} e-postmeddelanden köade.`);
    // Olofström has no contact person: named, not coded.
    await expect(mail.getByRole('status')).toContainText(/Kommuner utan kontaktperson: (.*, )?Olofström\b/);
    await expect(mail.getByRole('status')).not.toContainText('1060');
  });

  await test.step('the send log on the board shows each e-mail delivered', async () => {
    const log = page.getByRole('table', { name: 'Skickad e-post' });
    for (const contact of contacts) {
      await expect(log.getByRole('row', { name: new RegExp(escaped(contact.email)) })).toContainText(
        'skickad',
        { timeout: 60_000 },
      );
    }
    await expect(log.getByRole('row', { name: new RegExp(escaped(contacts[2].email)) })).toContainText(
      'Ronneby',
    );
    await expectAccessible();
  });

  await test.step('the SMTP server got exactly one message per contact, in the contact’s language, each with a link that opens its municipality’s form', async () => {
    const links = new Map<string, string>();
    for (const contact of contacts) {
      const messages = to(contact.email);
      expect(messages, contact.email).toHaveLength(1);
      const text = messages[0].text ?? '';
      expect(text).toContain('Välkomna att svara före jul!');
      const place = contact.municipality === '1080' ? 'Karlskrona' : 'Ronneby';
      expect(text).toContain(
        contact.language === 'en' ? `Blekinge län invites ${place}` : `Blekinge län bjuder in ${place}`,
      );
      const link = /\/respond\/(kls_[A-Za-z0-9_-]+)/.exec(text);
      expect(link, `a respondent link to ${contact.email}`).not.toBeNull();
      links.set(contact.email, link![0]);
    }
    expect(new Set(links.values()).size).toBe(3);

    await page.context().clearCookies();
    await page.goto(links.get(contacts[2].email)!);
    await expect(page.getByText('Ronneby', { exact: false }).first()).toBeVisible();
    await page.goto(links.get(contacts[1].email)!);
    await expect(page.getByText('Karlskrona', { exact: false }).first()).toBeVisible();
  });
});
