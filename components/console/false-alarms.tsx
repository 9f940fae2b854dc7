import { falseAlarmRows } from '@/lib/console/false-alarm-rows';
import { t, uiLocale } from '@/lib/i18n';
import type { FeedbackTotals } from '@/lib/sync/protocol';

/** The team's false alarms per rule: how often agents dismissed or marked each rule, against using it. */
export function FalseAlarms({ totals }: { totals: FeedbackTotals | null }) {
  const count = new Intl.NumberFormat(uiLocale());
  const percent = new Intl.NumberFormat(uiLocale(), { style: 'percent', maximumFractionDigits: 0 });
  const rows = totals ? falseAlarmRows(totals) : [];
  return (
    <section className="card false-alarms" aria-labelledby="console-false-alarms-title" data-testid="console-feedback" data-agents={totals?.agents ?? ''}>
      <h2 id="console-false-alarms-title">{t('consoleFalseAlarmsHeading')}</h2>
      <p className="muted">{t('consoleFalseAlarmsIntro')}</p>
      {totals && <p data-testid="console-feedback-agents">{t('consoleFalseAlarmsAgents', count.format(totals.agents))}</p>}
      {rows.length === 0 ? (
        <p className="muted">{t('consoleFalseAlarmsEmpty')}</p>
      ) : (
        <table className="false-alarms__table">
            <caption className="sr-only">{t('consoleFalseAlarmsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('consoleFalseAlarmsRule')}</th>
                <th scope="col">{t('consoleFalseAlarmsDismissed')}</th>
                <th scope="col">{t('consoleFalseAlarmsUnhelpful')}</th>
                <th scope="col">{t('consoleFalseAlarmsApplied')}</th>
                <th scope="col">{t('consoleFalseAlarmsNotified')}</th>
                <th scope="col">{t('consoleFalseAlarmsRate')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.rule} data-testid="console-feedback-rule" data-rule={row.rule}>
                  <th scope="row">{row.name}</th>
                  <td>{count.format(row.dismissed)}</td>
                  <td>{count.format(row.unhelpful)}</td>
                  <td>{count.format(row.applied)}</td>
                  <td>{count.format(row.notified)}</td>
                  <td data-rate={row.rate ?? ''}>{row.rate === null ? '–' : percent.format(row.rate)}</td>
                </tr>
              ))}
            </tbody>
        </table>
      )}
    </section>
  );
}
