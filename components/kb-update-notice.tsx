import { t } from '@/lib/i18n';
import type { KbUpdateNotice as Notice } from '@/lib/messaging/protocol';

const SHOWN = 5;
const titles = (list: string[]) => (list.length > SHOWN ? `${list.slice(0, SHOWN).join(', ')} +${list.length - SHOWN}` : list.join(', '));

/** "Knowledge base updated: what changed", until the agent says they have seen it. */
export function KbUpdateNotice({ notice, onAcknowledge }: { notice: Notice; onAcknowledge(): void }) {
  return (
    <section className="kb-update" data-testid="kb-update-notice" aria-labelledby="kb-update-heading">
      <h2 id="kb-update-heading">{t('kbUpdateHeading')}</h2>
      <ul>
        {notice.added.length > 0 && <li>{t('kbUpdateAdded', titles(notice.added))}</li>}
        {notice.updated.length > 0 && <li>{t('kbUpdateUpdated', titles(notice.updated))}</li>}
        {notice.removed.length > 0 && <li>{t('kbUpdateRemoved', titles(notice.removed))}</li>}
        {notice.settingsChanged && <li>{t('kbUpdateSettings')}</li>}
      </ul>
      <button type="button" onClick={onAcknowledge}>
        {t('kbUpdateAcknowledge')}
      </button>
    </section>
  );
}
