import { t } from '@/lib/i18n';
import type { EnableSiteError } from '@/lib/options/site-access';

export function enableSiteErrorText(error: EnableSiteError): string {
  return error === 'invalid-address' ? t('optionsSitesInvalidAddress') : t('optionsSitesNotGranted');
}
