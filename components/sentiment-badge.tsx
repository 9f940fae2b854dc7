import { t } from '@/lib/i18n';

export const NEUTRAL_BAND = 0.05;

export function sentimentLabel(score: number): string {
  if (score >= NEUTRAL_BAND) return t('sentimentPositive');
  if (score <= -NEUTRAL_BAND) return t('sentimentNegative');
  return t('sentimentNeutral');
}

function tone(score: number): 'positive' | 'negative' | 'neutral' {
  if (score >= NEUTRAL_BAND) return 'positive';
  if (score <= -NEUTRAL_BAND) return 'negative';
  return 'neutral';
}

const SYMBOL = { positive: '▲', negative: '▼', neutral: '●' } as const;

/** The sentiment as a word, a symbol and a number, so it never depends on colour alone. */
export function SentimentBadge({ score }: { score: number | undefined }) {
  if (score === undefined) return <span className="sentiment sentiment--pending">{t('sentimentPending')}</span>;
  const kind = tone(score);
  return (
    <span className={`sentiment sentiment--${kind}`} title={t('sentimentLabel', sentimentLabel(score), score.toFixed(2))}>
      <span aria-hidden="true">{SYMBOL[kind]} </span>
      {sentimentLabel(score)} {score.toFixed(2)}
    </span>
  );
}
