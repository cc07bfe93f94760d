// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { riskProfile } from '@/lib/escalation/portfolio';
import type { Client } from '@/lib/model/client';
import { ClientProfile } from './ClientProfile';
import { translator } from './i18n';

afterEach(cleanup);

describe('side panel: insolvency proceedings', () => {
  const client: Client = {
    id: 'c1',
    name: 'SARL Dubois',
    emails: [],
    language: 'fr',
    kind: 'b2b',
    insolvency: true,
  };
  const profile = riskProfile(client, [], [], '2026-11-23');

  it('asks for the judgment and publication dates and saves them with the client', async () => {
    const onSave = vi.fn(async () => {});
    render(
      <ClientProfile
        profile={profile}
        client={client}
        lang="fr"
        t={translator('fr')}
        onSave={onSave}
      />,
    );
    fireEvent.change(screen.getByLabelText('Date du jugement d’ouverture'), {
      target: { value: '2026-11-02' },
    });
    fireEvent.change(screen.getByLabelText('Date de publication au BODACC'), {
      target: { value: '2026-11-12' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({
        insolvency: { judgmentDate: '2026-11-02', publishedDate: '2026-11-12' },
      }),
    );
  });

  it('clearing both dates leaves the proceedings recorded, dates unknown', async () => {
    const onSave = vi.fn(async () => {});
    render(
      <ClientProfile
        profile={profile}
        client={{ ...client, insolvency: { judgmentDate: '2026-11-02' } }}
        lang="en"
        t={translator('en')}
        onSave={onSave}
      />,
    );
    fireEvent.change(screen.getByLabelText('Opening judgment date'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ insolvency: true }));
  });
});
