import { useEffect } from 'react';
import { useStore } from 'zustand';
import { t } from '@/lib/i18n';
import { NUDGE_MAX_SECONDS, NUDGE_MIN_SECONDS, waitingSetting } from '@/lib/options/waiting-setting';
import { NumberSettingForm } from './number-setting-form';

/** The agent's own "customer is waiting" threshold; the team lead's hub setting wins when set. */
export function WaitingSection() {
  const { value, saveState, load, save, edited } = useStore(waitingSetting);
  useEffect(() => void load(), [load]);
  return (
    <NumberSettingForm
      key={value.nudgeAfterSeconds}
      testId="nudge-after"
      label={t('optionsNudgeAfter')}
      hint={t('optionsNudgeHint')}
      value={value.nudgeAfterSeconds}
      min={NUDGE_MIN_SECONDS}
      max={NUDGE_MAX_SECONDS}
      saveState={saveState}
      invalidText={(min, max) => t('optionsNudgeInvalid', min, max)}
      onEdit={edited}
      onSave={(nudgeAfterSeconds) => void save({ nudgeAfterSeconds })}
    />
  );
}
