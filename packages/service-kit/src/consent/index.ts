export * from './consent-enums';
export * from './consent-record.fields';
export * from './consent-decision.input';
export * from './consent-decision';
export * from './consent-history';
