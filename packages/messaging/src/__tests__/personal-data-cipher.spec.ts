import { LeadConverted, type PersonalField } from '@salesgraph/events';
import {
  erasePersonalFields,
  hasClearPersonalFields,
  newSubjectKey,
  openPersonalData,
  openValue,
  sealedSubjectsIn,
  sealPersonalFields,
  sealValue,
  SubjectKeyUnknownError,
} from '../privacy/personal-data-cipher';

describe('personal data cipher', () => {
  const key = newSubjectKey();
  const data = {
    leadId: 'lead-1',
    company: { name: 'Acme', segment: 'SMALL' },
    contact: { name: 'Ann Smith', email: 'ann@acme.test', title: 'Buyer' },
  };

  it('seals a value with the person in clear and opens it with the key only', () => {
    const sealed = sealValue(key, 'lead-1', 'Ann Smith');
    expect(sealed).toMatch(/^pd1:lead-1:/);
    expect(sealed).not.toContain('Ann');
    expect(openValue(key, sealed)).toBe('Ann Smith');
    expect(() => openValue(newSubjectKey(), sealed)).toThrow();
  });

  it('refuses a sealed value moved to another person (the person is authenticated)', () => {
    const sealed = sealValue(key, 'lead-1', 'Ann Smith');
    expect(() => openValue(key, sealed.replace('pd1:lead-1:', 'pd1:lead-2:'))).toThrow();
  });

  it('seals exactly the fields the contract marks, and opens them back', () => {
    const sealed = sealPersonalFields(LeadConverted.personalFields, data, 'lead-1', key);
    expect(sealed.company.name).toBe('Acme');
    expect(JSON.stringify(sealed)).not.toMatch(/Ann|ann@|Buyer/);
    expect([...sealedSubjectsIn(sealed)]).toEqual(['lead-1']);
    expect(openPersonalData(LeadConverted, sealed, () => key)).toEqual(data);
  });

  it('reads an erased person as the contract’s placeholders, and says when a key is not known yet', () => {
    const sealed = sealPersonalFields(LeadConverted.personalFields, data, 'lead-1', key);
    const erased = openPersonalData(LeadConverted, sealed, () => null);
    expect(erased.contact).toEqual({ name: 'erased', title: 'erased' });
    expect(erasePersonalFields(LeadConverted.personalFields, data).contact).toEqual(erased.contact);
    expect(() => openPersonalData(LeadConverted, sealed, () => undefined)).toThrow(
      SubjectKeyUnknownError,
    );
  });

  it('tells clear personal fields from sealed or absent ones (old outbox rows)', () => {
    const fields = LeadConverted.personalFields;
    expect(hasClearPersonalFields(fields, data)).toBe(true);
    const sealed = sealPersonalFields(fields, data, 'lead-1', key);
    expect(hasClearPersonalFields(fields, sealed)).toBe(false);
    const partly = { ...sealed, contact: { ...sealed.contact, title: 'Buyer' } };
    expect(hasClearPersonalFields(fields, partly)).toBe(true);
    expect(hasClearPersonalFields(fields, { ...data, contact: { email: null } })).toBe(false);
  });

  it('leaves values sealed already alone when sealing again: nothing is sealed twice', () => {
    const fields = LeadConverted.personalFields;
    const sealed = sealPersonalFields(fields, data, 'lead-1', key);
    const partly = { ...sealed, contact: { ...sealed.contact, title: 'Buyer' } };
    const again = sealPersonalFields(fields, partly, 'lead-1', key);
    expect(again.contact.name).toBe(sealed.contact.name);
    expect(again.contact.title).toMatch(/^pd1:lead-1:/);
    expect(openPersonalData(LeadConverted, again, () => key)).toEqual(data);
  });

  it('copies only what it changes: the data given stays as it was, lists of people included', () => {
    const fields: PersonalField[] = [
      { path: ['contact', 'name'], label: 'contact.name', erased: undefined },
      { path: ['people', '[]', 'email'], label: 'people[].email', erased: 'erased' },
    ];
    const given = {
      leadId: 'lead-1',
      company: { name: 'Acme' },
      contact: { name: 'Ann Smith', title: 'Buyer' },
      people: [{ email: 'bo@acme.test', role: 'USER' }, { role: 'ADMIN' }],
    };
    const before = JSON.stringify(given);
    const sealed = sealPersonalFields(fields, given, 'lead-1', key);
    const erased = erasePersonalFields(fields, given);
    expect(JSON.stringify(given)).toBe(before);
    expect(sealed.contact.name).toMatch(/^pd1:lead-1:/);
    expect(sealed.people[0].email).toMatch(/^pd1:lead-1:/);
    expect(sealed.people[1]).toEqual({ role: 'ADMIN' });
    expect(erased).toEqual({
      ...given,
      contact: { title: 'Buyer' },
      people: [{ email: 'erased', role: 'USER' }, { role: 'ADMIN' }],
    });
    // The copies do not reach back into the data given.
    sealed.contact.title = 'changed';
    erased.people[0].role = 'changed';
    expect(JSON.stringify(given)).toBe(before);
    expect(openPersonalData(undefined, sealed, () => key)).toEqual({
      ...given,
      contact: { ...given.contact, title: 'changed' },
    });
  });

  it('never gives two sealed values the same initialisation vector (the pool refills)', () => {
    const ivs = new Set<string>();
    for (let i = 0; i < 1_000; i += 1) ivs.add(sealValue(key, 'lead-1', i).split(':')[2]);
    expect(ivs.size).toBe(1_000);
  });
});
