import { useEffect, useId, useState } from 'react';
import { useStore } from 'zustand';
import { t, uiLocale } from '@/lib/i18n';
import { type ForgetResult, forgetAllLocalData } from '@/lib/options/forget-all';
import { privacySetting, RETENTION_MAX_DAYS, RETENTION_MIN_DAYS } from '@/lib/options/privacy-setting';
import { NumberSettingForm } from './number-setting-form';

/** How long chats stay, what may ever leave the computer, and a way to delete it all now. */
export function PrivacySection({ forget = forgetAllLocalData, confirm = (text: string) => window.confirm(text) }: { forget?: () => Promise<ForgetResult>; confirm?: (text: string) => boolean }) {
  const { value, saveState, load, save, edited } = useStore(privacySetting);
  const [forgotten, setForgotten] = useState<ForgetResult | null>(null);
  // Both controls save the same stored object: each shows the outcome of its own save only.
  const [lastSaved, setLastSaved] = useState<'retention' | 'share' | null>(null);
  const shareId = useId();
  useEffect(() => void load(), [load]);
  const format = (n: number) => n.toLocaleString(uiLocale());

  return (
    <>
      <NumberSettingForm
        key={value.retentionDays}
        testId="retention-days"
        label={t('optionsRetention')}
        hint={t('optionsRetentionHint', format(RETENTION_MIN_DAYS), format(RETENTION_MAX_DAYS))}
        value={value.retentionDays}
        min={RETENTION_MIN_DAYS}
        max={RETENTION_MAX_DAYS}
        saveState={lastSaved === 'retention' ? saveState : 'idle'}
        invalidText={(min, max) => t('optionsRetentionInvalid', min, max)}
        onEdit={edited}
        onSave={(retentionDays) => {
          setLastSaved('retention');
          void save({ ...value, retentionDays });
        }}
      />
      <h3>{t('optionsSentHeading')}</h3>
      <ul data-testid="sent-to-hub">
        <li>{t('optionsSentLocal')}</li>
        <li>{t('optionsSentSync')}</li>
        <li>{t('optionsSentEscalation')}</li>
        <li>{t('optionsSentWords')}</li>
        <li>{t('optionsSentFeedback')}</li>
      </ul>
      <div className="check">
        <input
          id={shareId}
          type="checkbox"
          data-testid="share-feedback-counts"
          checked={value.shareFeedbackCounts}
          aria-describedby={`${shareId}-hint`}
          onChange={(event) => {
            setLastSaved('share');
            void save({ ...value, shareFeedbackCounts: event.target.checked });
          }}
        />
        <label htmlFor={shareId}>{t('optionsShareFeedback')}</label>
      </div>
      <p className="hint" id={`${shareId}-hint`}>
        {t('optionsShareFeedbackHint')}
      </p>
      <p className={lastSaved === 'share' && saveState === 'failed' ? 'status error' : 'status'} role="status" data-testid="share-feedback-result">
        {lastSaved === 'share' && saveState === 'saved' ? t('optionsSaved') : lastSaved === 'share' && saveState === 'failed' ? t('optionsSaveFailed') : ''}
      </p>
      <button
        type="button"
        className="danger"
        data-testid="forget-all"
        onClick={() => {
          if (confirm(t('optionsForgetConfirm'))) void forget().then(setForgotten);
        }}
      >
        {t('optionsForgetAll')}
      </button>
      <p className={forgotten && !forgotten.ok ? 'status error' : 'status'} role="status" data-testid="forget-result">
        {forgotten ? (forgotten.ok ? t('optionsForgotten') : t('optionsForgetFailed', forgotten.error)) : ''}
      </p>
    </>
  );
}
