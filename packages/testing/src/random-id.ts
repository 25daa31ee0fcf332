import { randomBytes } from 'node:crypto';

/** A short lowercase id for names of throwaway databases and topics. */
export function randomId(length = 10): string {
  return randomBytes(length).toString('hex').slice(0, length);
}
