import { detectDecline, type ScoredTurn } from '../nlp/escalation/sentiment-decline';
import { moodTrend, turnaround } from '../nlp/mood';
import type { MessageEscalation } from '../nlp/types';
import type { AnalysedMessage } from '../messaging/protocol';

/** How many recent customer turns the decline signal needs to look back over. */
const RECENT_TURNS = 6;

/**
 * A conversation's running signals, fed one analysed message at a time in page order: the
 * customer's mood trend, and escalation candidates (a message's own signal, or a mood that keeps
 * falling while the agent replies). Rebuilt after a worker restart by replaying stored messages,
 * which already carry their analysis.
 */
export class ConversationSignals {
  private sentiments: number[] = [];
  private recent: ScoredTurn[] = [];
  private agentSinceCustomer = false;
  private position = 0;

  /** Adds a new message; returns the escalation it suggests, if any. */
  add(message: AnalysedMessage): MessageEscalation | null {
    const index = this.position++;
    if (message.role === 'agent') this.agentSinceCustomer = true;
    if (message.role !== 'customer' || typeof message.sentiment !== 'number') return null;
    this.sentiments.push(message.sentiment);
    this.recent.push({ index, turn: { role: 'customer', text: message.text }, sentiment: message.sentiment, highlights: message.highlights ?? [], afterAgentReply: this.agentSinceCustomer });
    if (this.recent.length > RECENT_TURNS) this.recent.shift();
    this.agentSinceCustomer = false;
    if (message.escalation) return message.escalation;
    const decline = detectDecline(this.recent);
    return decline ? { reason: 'sentiment_decline', evidence: decline } : null;
  }

  get mood(): number[] {
    return moodTrend(this.sentiments);
  }

  get turnaround(): number | null {
    return turnaround(this.mood);
  }
}
