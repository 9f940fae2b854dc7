import model from 'wink-eng-lite-web-model';
import { type Analyzer, createAnalyzer } from '../nlp/analyzer';

let analyzer: Analyzer | undefined;

/** The analyser is built on first use, so a worker woken for something else doesn't pay for it. */
export function getAnalyzer(): Analyzer {
  analyzer ??= createAnalyzer(model);
  return analyzer;
}
