/**
 * The service's name: it names the logs, the event source and the consumer
 * groups, and it is the identity the service acts under when it reacts to an
 * event or runs a job (eventCommand, serviceCommand).
 */
export const serviceName = 'account';
