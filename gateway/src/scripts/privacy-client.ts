/** The services that keep a person's data, each answering `<service>PersonalData` and `erase<Service>PersonalData`. */
export const PRIVACY_SERVICES = ['lead', 'account', 'order', 'notification'] as const;
export type PrivacyService = (typeof PRIVACY_SERVICES)[number];

export interface PersonSubject {
  email?: string;
  ids?: string[];
}

export interface PersonalDataPart {
  service: string;
  requestId: string;
  subjects: string[];
  related: string[];
  records: Record<string, unknown>;
  history: Record<string, unknown>;
}

export interface PersonDocument {
  kind: 'EXPORT' | 'ERASURE';
  at: string;
  /** Every record id of the person found across the services. */
  ids: string[];
  services: Partial<Record<PrivacyService, PersonalDataPart>>;
  /** Services that did not answer, and why. */
  errors: string[];
}

const fields = 'service requestId subjects related records history';
const title = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Asks every service for its part through the gateway, in one request per
 * round. A person's records lead to others (a converted lead names its
 * contact): the ids found are passed on until no new one appears, so the
 * export, and the erasure after it, reach every record of the person.
 */
export class PrivacyClient {
  constructor(
    private readonly url: string,
    private readonly token: string,
  ) {}

  async exportPerson(subject: PersonSubject): Promise<PersonDocument> {
    let ids = new Set(subject.ids ?? []);
    for (let round = 0; round < 4; round++) {
      const document = await this.ask('query', subject.email, [...ids]);
      const found = new Set(ids);
      for (const part of Object.values(document.services))
        for (const id of [...part.subjects, ...part.related]) found.add(id);
      if (found.size === ids.size) return { ...document, kind: 'EXPORT', ids: [...found] };
      ids = found;
    }
    throw new Error('the person’s records kept leading to new ones after 4 rounds');
  }

  /** Finds every record of the person (an export), then erases them in every service. */
  async erasePerson(subject: PersonSubject): Promise<PersonDocument> {
    const found = await this.exportPerson(subject);
    const erased = await this.ask('mutation', subject.email, found.ids);
    return {
      ...erased,
      kind: 'ERASURE',
      ids: found.ids,
      errors: [...found.errors, ...erased.errors],
    };
  }

  private async ask(
    operation: 'query' | 'mutation',
    email: string | undefined,
    ids: string[],
  ): Promise<PersonDocument> {
    const selections = PRIVACY_SERVICES.map((s) =>
      operation === 'query'
        ? `${s}: ${s}PersonalData(email: $email, ids: $ids) { ${fields} }`
        : `${s}: erase${title(s)}PersonalData(email: $email, ids: $ids) { ${fields} }`,
    );
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.token}` },
      body: JSON.stringify({
        query: `${operation}($email: String, $ids: [ID!]) { ${selections.join(' ')} }`,
        variables: { email: email ?? null, ids },
      }),
    });
    const body = (await response.json()) as {
      data?: Record<string, PersonalDataPart | null> | null;
      errors?: Array<{ message: string; path?: string[]; extensions?: { code?: string } }>;
    };
    if (!body.data)
      throw new Error(
        `the gateway refused (${response.status}): ${body.errors?.map((e) => e.message).join('; ')}`,
      );
    const services: PersonDocument['services'] = {};
    for (const s of PRIVACY_SERVICES) if (body.data[s]) services[s] = body.data[s]!;
    return {
      kind: operation === 'query' ? 'EXPORT' : 'ERASURE',
      at: new Date().toISOString(),
      ids,
      services,
      errors: (body.errors ?? []).map(
        (e) => `${e.path?.join('.') ?? 'request'}: ${e.extensions?.code ?? ''} ${e.message}`,
      ),
    };
  }
}
