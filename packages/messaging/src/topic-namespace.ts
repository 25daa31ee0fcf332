import { deadLetterTopic } from '@salesgraph/events';

/**
 * Resolves contract topic names to the names used on the broker. In
 * production the prefix is empty; tests give every run its own prefix so that
 * parallel test files never read each other's events.
 */
export class TopicNamespace {
  constructor(readonly prefix: string = '') {}

  resolve(topic: string): string {
    return `${this.prefix}${topic}`;
  }

  deadLetter(topic: string): string {
    return deadLetterTopic(this.resolve(topic));
  }

  /** The contract name of a broker topic, or undefined when it is not in this namespace. */
  unresolve(brokerTopic: string): string | undefined {
    return brokerTopic.startsWith(this.prefix) ? brokerTopic.slice(this.prefix.length) : undefined;
  }
}
