/**
 * Thrown by a handler for an event that can never be applied (it contradicts
 * what the service knows). Retrying would not help: the event goes straight
 * to the dead-letter topic with this message as its reason.
 */
export class RejectedEventError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RejectedEventError';
  }
}
