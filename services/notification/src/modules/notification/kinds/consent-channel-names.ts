import type { ConsentChannel } from '@salesgraph/events';

const channelNames: Record<ConsentChannel, string> = {
  EMAIL: 'e-mail',
  PHONE: 'phone',
  VISIT: 'visits',
  MARKETING: 'marketing',
};

/** The channels of one consent decision, as a notification names them: "e-mail, phone or visits". */
export function channelList(channels: readonly ConsentChannel[]): string {
  const names = channels.map((c) => channelNames[c]);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}
