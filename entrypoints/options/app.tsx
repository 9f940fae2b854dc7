import type { ComponentType } from 'react';
import { SitesSection } from '@/components/options/sites-section';

/** The options page is a list of sections; each is one component with its own state. */
const SECTIONS: ReadonlyArray<{ id: string; title: string; Component: ComponentType }> = [{ id: 'sites', title: 'Sites and helpdesk adapters', Component: SitesSection }];

export function OptionsApp() {
  return (
    <main className="options">
      <h1>Tact options</h1>
      {SECTIONS.map(({ id, title, Component }) => (
        <section key={id} id={id} aria-labelledby={`${id}-title`} data-testid={`options-${id}`}>
          <h2 id={`${id}-title`}>{title}</h2>
          <Component />
        </section>
      ))}
    </main>
  );
}
