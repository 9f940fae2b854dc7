import type { ComponentType } from 'react';
import { AgentSection } from '@/components/options/agent-section';
import { HubSection } from '@/components/options/hub-section';
import { PrivacySection } from '@/components/options/privacy-section';
import { SitesSection } from '@/components/options/sites-section';
import { WaitingSection } from '@/components/options/waiting-section';
import { type MessageKey, t } from '@/lib/i18n';

/** The options page is a list of sections; each is one component with its own state. */
const SECTIONS: ReadonlyArray<{ id: string; title: MessageKey; Component: ComponentType }> = [
  { id: 'hub', title: 'optionsSectionHub', Component: HubSection },
  { id: 'you', title: 'optionsSectionYou', Component: AgentSection },
  { id: 'privacy', title: 'optionsSectionPrivacy', Component: PrivacySection },
  { id: 'waiting', title: 'optionsSectionWaiting', Component: WaitingSection },
  { id: 'sites', title: 'optionsSectionSites', Component: SitesSection },
];

export function OptionsApp() {
  return (
    <main className="options">
      <h1>{t('optionsTitle')}</h1>
      {SECTIONS.map(({ id, title, Component }) => (
        <section key={id} id={id} aria-labelledby={`${id}-title`} data-testid={`options-${id}`}>
          <h2 id={`${id}-title`}>{t(title)}</h2>
          <Component />
        </section>
      ))}
    </main>
  );
}
