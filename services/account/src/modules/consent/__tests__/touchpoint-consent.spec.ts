import { TouchpointChannel } from '../../communication-plan/touchpoint-enums';
import { consentChannelOf, touchpointChannelsOf } from '../touchpoint-consent';

describe('the consent a touchpoint needs', () => {
  it('is its own channel for e-mail, phone and visits', () => {
    expect(consentChannelOf('EMAIL')).toBe('EMAIL');
    expect(consentChannelOf('PHONE')).toBe('PHONE');
    expect(consentChannelOf('VISIT')).toBe('VISIT');
  });

  it("is marketing's for events, webinars and newsletters", () => {
    expect(['EVENT', 'WEBINAR', 'NEWSLETTER'].map((c) => consentChannelOf(c as 'EVENT'))).toEqual([
      'MARKETING',
      'MARKETING',
      'MARKETING',
    ]);
  });

  it('covers every touchpoint channel exactly once across the consent channels', () => {
    const covered = (['EMAIL', 'PHONE', 'VISIT', 'MARKETING'] as const).flatMap(
      touchpointChannelsOf,
    );
    expect([...covered].sort()).toEqual(Object.values(TouchpointChannel).sort());
    expect(touchpointChannelsOf('MARKETING')).toEqual(['EVENT', 'WEBINAR', 'NEWSLETTER']);
  });
});
