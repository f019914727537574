// One contact per person (folded name). Later sightings update role, organisation, phone
// and email; a sighting that omits a value keeps the known one. `history` records each
// change of role or organisation, starting with the first sighting.
import { fold, stableId } from '../ids.js';
import type { SightedContact } from '../model.js';
import type { Contact } from '../schema.js';

export interface ContactSighting {
  contact: SightedContact;
  issue: number | null;
}

export function mergeContacts(sightings: readonly ContactSighting[]): Contact[] {
  const byName = new Map<string, Contact>();
  for (const { contact: c, issue } of sightings) {
    const key = fold(c.name);
    if (key === '') continue;
    const prev = byName.get(key);
    const role = c.role ?? prev?.role ?? null;
    const organisation = c.organisation ?? prev?.organisation ?? null;
    const changed = !prev || prev.role !== role || prev.organisation !== organisation;
    byName.set(key, {
      id: prev?.id ?? stableId('contact', key),
      name: c.name,
      role,
      organisation,
      phone: c.phone ?? prev?.phone ?? null,
      email: c.email ?? prev?.email ?? null,
      history: changed ? [...(prev?.history ?? []), { issue, role, organisation }] : (prev?.history ?? []),
    });
  }
  return [...byName.values()];
}
