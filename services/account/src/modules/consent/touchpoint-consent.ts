import type { ConsentChannel } from '@salesgraph/events';
import type { TouchpointChannel } from '../communication-plan/touchpoint-enums';

/**
 * The consent a touchpoint needs: e-mail, phone and visit their own; events,
 * webinars and newsletters are marketing's communication (MARKETING).
 */
const consentFor: Record<TouchpointChannel, ConsentChannel> = {
  EMAIL: 'EMAIL',
  PHONE: 'PHONE',
  VISIT: 'VISIT',
  EVENT: 'MARKETING',
  WEBINAR: 'MARKETING',
  NEWSLETTER: 'MARKETING',
};

export function consentChannelOf(channel: TouchpointChannel): ConsentChannel {
  return consentFor[channel];
}

/** The touchpoint channels a consent covers: those a withdrawal cancels. */
export function touchpointChannelsOf(channel: ConsentChannel): TouchpointChannel[] {
  return (Object.keys(consentFor) as TouchpointChannel[]).filter((t) => consentFor[t] === channel);
}
