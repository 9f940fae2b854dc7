import { t } from '@/lib/i18n';

const WIDTH = 240;
const HEIGHT = 48;
/** More points than pixels only costs render time: long chats are averaged into buckets. */
const MAX_POINTS = 80;

export function downsample(values: number[], max = MAX_POINTS): number[] {
  if (values.length <= max) return values;
  const size = values.length / max;
  return Array.from({ length: max }, (_, i) => {
    const bucket = values.slice(Math.floor(i * size), Math.floor((i + 1) * size));
    return bucket.reduce((a, b) => a + b, 0) / bucket.length;
  });
}

function direction(turnaround: number | null): string {
  if (turnaround === null || Math.abs(turnaround) < 0.1) return t('moodSteady');
  return turnaround > 0 ? t('moodImproving') : t('moodWorsening');
}

/** A sparkline of the customer's mood, with its summary in words for screen readers. */
export function MoodTrend({ mood, turnaround }: { mood: number[]; turnaround: number | null }) {
  if (mood.length === 0) {
    return (
      <section className="mood" data-testid="mood-trend" data-points={0}>
        <h2>{t('moodHeading')}</h2>
        <p>{t('moodTrendEmpty')}</p>
      </section>
    );
  }
  const shown = downsample(mood);
  const step = shown.length > 1 ? WIDTH / (shown.length - 1) : 0;
  const y = (v: number) => ((1 - (Math.max(-1, Math.min(1, v)) + 1) / 2) * (HEIGHT - 4) + 2).toFixed(1);
  const points = shown.map((v, i) => `${(i * step).toFixed(1)},${y(v)}`).join(' ');
  const summary = t('moodTrendSummary', mood[0]!.toFixed(2), mood[mood.length - 1]!.toFixed(2), mood.length);
  return (
    <section className="mood" data-testid="mood-trend" data-points={mood.length} data-turnaround={turnaround ?? ''}>
      <h2>
        {t('moodHeading')}: {direction(turnaround)}
      </h2>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={summary} preserveAspectRatio="none">
        <title>{summary}</title>
        <line x1="0" x2={WIDTH} y1={y(0)} y2={y(0)} className="mood__zero" />
        <polyline points={points} className="mood__line" />
      </svg>
    </section>
  );
}
