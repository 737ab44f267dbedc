import { render, screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { AppProvider } from '@/app/provider';
import type { components } from '@/lib/api/schema';
import { i18n } from '@/lib/i18n/i18n';
import { createQueryClient } from '@/lib/query-client';
import { server } from '@/testing/mocks/server';
import { MailPanel } from './mail-panel';

type Entry = components['schemas']['MailLogEntry'];

const ID = '00000000-0000-0000-0000-0000000000q1';

function entry(recipient: string, change: Partial<Entry>): Entry {
  return {
    id: `00000000-0000-0000-0000-0000000000${recipient.slice(0, 2)}`,
    municipalityCode: '2580',
    municipalityName: 'Luleå',
    kind: 'reminder',
    recipient,
    attempts: 1,
    queuedAt: '2026-11-30T08:00:00Z',
    lastAttemptAt: '2026-11-30T08:01:00Z',
    ...change,
  };
}

function renderLog() {
  server.use(
    http.get(`*/api/v1/questionnaires/${ID}/mail-log`, () =>
      HttpResponse.json<Entry[]>([
        entry('a1@lulea.se', { status: 'cancelled', reason: 'invitation_withdrawn' }),
        entry('b2@lulea.se', { status: 'cancelled', reason: 'municipality_submitted' }),
        entry('c3@lulea.se', { status: 'failed', reason: 'no_answer', lastReply: 'Connection refused' }),
        entry('d4@lulea.se', { status: 'failed', lastReply: '550 5.1.1 Mailbox unavailable' }),
      ]),
    ),
  );
  render(
    <AppProvider queryClient={createQueryClient({ queries: { retry: false } })}>
      <MailPanel questionnaireId={ID} mayManage={false} />
    </AppProvider>,
  );
}

const row = (recipient: string) => screen.getByRole('row', { name: new RegExp(recipient) });

describe('MailPanel', () => {
  it('should word why an e-mail was not sent in Swedish, and show the mail server’s own reply as it came', async () => {
    renderLog();

    await screen.findByRole('row', { name: /a1@lulea\.se/ });
    expect(within(row('a1@lulea.se')).getAllByRole('cell').at(-1)).toHaveTextContent(
      /^Inbjudan drogs tillbaka\.$/,
    );
    expect(within(row('b2@lulea.se')).getAllByRole('cell').at(-1)).toHaveTextContent(
      /^Kommunen har redan skickat in sina svar\.$/,
    );
    expect(within(row('c3@lulea.se')).getAllByRole('cell').at(-1)).toHaveTextContent(
      /^E-postservern svarade inte\. Connection refused$/,
    );
    expect(within(row('d4@lulea.se')).getAllByRole('cell').at(-1)).toHaveTextContent(
      /^550 5\.1\.1 Mailbox unavailable$/,
    );
    expect(
      screen.getByRole('columnheader', { name: 'Orsak eller svar från e-postservern' }),
    ).toBeInTheDocument();
  });

  it('should word the reasons in English for an English reader', async () => {
    await i18n.changeLanguage('en');
    renderLog();

    await screen.findByRole('row', { name: /a1@lulea\.se/ });
    expect(within(row('a1@lulea.se')).getAllByRole('cell').at(-1)).toHaveTextContent(
      /^The invitation was withdrawn\.$/,
    );
    expect(within(row('c3@lulea.se')).getAllByRole('cell').at(-1)).toHaveTextContent(
      /^The mail server did not answer\. Connection refused$/,
    );
  });
});
