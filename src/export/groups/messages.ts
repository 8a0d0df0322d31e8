/** The words of `cohort groups`, English and Dutch. */
import { formatNumber, translate, type Args, type Catalog, type Lang, type NoParams } from '../../i18n/index.js';

export interface GroupsMessages {
  heading: { title: string; id: string };
  summary: { groups: number; placed: number; running: number; policy: string };
  'summary.none': { why: string };
  'policy.order': NoParams;
  'policy.best': NoParams;
  travel: { member: string; facilitator: string };
  'quality.proven': NoParams;
  'quality.bound': { bound: string; gap: string };
  kept: { ids: string };
  group: { id: string; province: string; n: number };
  'group.facilitator': { name: string; municipality: string };
  'group.no-facilitator': NoParams;
  'group.travel': { member: string; facilitator: string };
  'reserve.heading': { n: number };
  'reserve.empty': NoParams;
  'reason.too-few': { running: number; municipalities: number; min: number };
  'reason.municipality': { municipality: string; groups: number };
  'reason.full': { seats: number; province: string };
  'reason.far': { group: string; km: string };
  opening: { more: number; province: string; ids: string };
  'csv.cohort': NoParams;
  'csv.group': NoParams;
  'csv.id': NoParams;
  'csv.name': NoParams;
  'csv.municipality': NoParams;
  'csv.province': NoParams;
  'csv.standing': NoParams;
  'csv.position': NoParams;
  'csv.facilitator': NoParams;
  'csv.group-km': NoParams;
  'csv.facilitator-km': NoParams;
  'csv.reason': NoParams;
  'standing.group': NoParams;
  'standing.reserve': NoParams;
  km: { km: number };
}

const km = (lang: Lang, n: number) => formatNumber(lang, Math.round(n));

export const groupsMessages: Catalog<GroupsMessages> = {
  heading: { en: (p) => `${p.title} (${p.id})`, nl: (p) => `${p.title} (${p.id})` },
  summary: {
    en: (p) => `${p.groups} ${p.groups === 1 ? 'group' : 'groups'}, ${p.placed} of ${p.running} placed (${p.policy})`,
    nl: (p) => `${p.groups} ${p.groups === 1 ? 'groep' : 'groepen'}, ${p.placed} van ${p.running} geplaatst (${p.policy})`,
  },
  'summary.none': {
    en: (p) => `no group can be formed: ${p.why}`,
    nl: (p) => `er kan geen groep worden gevormd: ${p.why}`,
  },
  'policy.order': { en: () => 'registration order', nl: () => 'volgorde van inschrijving' },
  'policy.best': { en: () => 'best groups', nl: () => 'beste groepen' },
  travel: { en: (p) => `travel: ${p.member} km between members, ${p.facilitator} km for the facilitators`, nl: (p) => `reisafstand: ${p.member} km tussen de leden, ${p.facilitator} km voor de begeleiders` },
  'quality.proven': { en: () => 'the least travel possible for these members (proven)', nl: () => 'de minste reiskilometers die met deze leden mogelijk zijn (bewezen)' },
  'quality.bound': { en: (p) => `lower bound ${p.bound} km: at most ${p.gap} % above the optimum`, nl: (p) => `ondergrens ${p.bound} km: hoogstens ${p.gap} % boven het optimum` },
  kept: {
    en: (p) => `kept as pinned: ${p.ids} (members who left make room, new ones take free seats; --replan <group> re-optimises a group)`,
    nl: (p) => `behouden zoals vastgelegd: ${p.ids} (wie vertrekt maakt plaats, nieuwe leden krijgen vrije plaatsen; --replan <groep> optimaliseert een groep opnieuw)`,
  },
  group: { en: (p) => `${p.id}  ${p.province}, ${p.n} members`, nl: (p) => `${p.id}  ${p.province}, ${p.n} leden` },
  'group.facilitator': { en: (p) => `facilitator: ${p.name} (${p.municipality})`, nl: (p) => `begeleider: ${p.name} (${p.municipality})` },
  'group.no-facilitator': { en: () => 'facilitator: none (the cohort names no facilitators)', nl: () => 'begeleider: geen (het cohort noemt geen begeleiders)' },
  'group.travel': { en: (p) => `${p.member} km between members, ${p.facilitator} km facilitator`, nl: (p) => `${p.member} km tussen de leden, ${p.facilitator} km begeleider` },
  'reserve.heading': { en: (p) => `Reserve list (${p.n})`, nl: (p) => `Reservelijst (${p.n})` },
  'reserve.empty': { en: () => 'Reserve list: nobody', nl: () => 'Reservelijst: niemand' },
  // What is really short: registrations, or different municipalities among them (two from Maastricht among six make five).
  'reason.too-few': {
    en: (p) =>
      p.running < p.min
        ? `only ${p.running} registration(s) in the running; a group needs ${p.min} from different municipalities`
        : `only ${p.municipalities} different municipalities among ${p.running} registrations; a group needs ${p.min}`,
    nl: (p) =>
      p.running < p.min
        ? `slechts ${p.running} inschrijving(en) in aanmerking; een groep heeft er ${p.min} uit verschillende gemeenten nodig`
        : `slechts ${p.municipalities} verschillende gemeenten onder ${p.running} inschrijvingen; een groep heeft er ${p.min} nodig`,
  },
  'reason.municipality': {
    en: (p) => (p.groups === 1 ? `the group already has a member from ${p.municipality}` : `each of the ${p.groups} groups already has a member from ${p.municipality}`),
    nl: (p) => (p.groups === 1 ? `de groep heeft al een lid uit ${p.municipality}` : `elk van de ${p.groups} groepen heeft al een lid uit ${p.municipality}`),
  },
  'reason.full': {
    en: (p) => `registered after the last of the ${p.seats} seats was taken (${p.province})`,
    nl: (p) => `ingeschreven nadat de laatste van de ${p.seats} plaatsen bezet was (${p.province})`,
  },
  'reason.far': {
    en: (p) => `no group within reach: the nearest, ${p.group}, is ${p.km} km away on average`,
    nl: (p) => `geen groep binnen bereik: de dichtstbijzijnde, ${p.group}, ligt gemiddeld ${p.km} km weg`,
  },
  opening: {
    en: (p) => `${p.more} more ${p.more === 1 ? 'registration' : 'registrations'} in or near ${p.province} would open a new group (with ${p.ids})`,
    nl: (p) => `nog ${p.more} ${p.more === 1 ? 'inschrijving' : 'inschrijvingen'} in of bij ${p.province} en er kan een nieuwe groep starten (met ${p.ids})`,
  },
  'csv.cohort': { en: () => 'cohort', nl: () => 'cohort' },
  'csv.group': { en: () => 'group', nl: () => 'groep' },
  'csv.id': { en: () => 'id', nl: () => 'id' },
  'csv.name': { en: () => 'name', nl: () => 'naam' },
  'csv.municipality': { en: () => 'municipality', nl: () => 'gemeente' },
  'csv.province': { en: () => 'province', nl: () => 'provincie' },
  'csv.standing': { en: () => 'standing', nl: () => 'stand' },
  'csv.position': { en: () => 'position', nl: () => 'plaats' },
  'csv.facilitator': { en: () => 'facilitator', nl: () => 'begeleider' },
  'csv.group-km': { en: () => 'group_km', nl: () => 'groep_km' },
  'csv.facilitator-km': { en: () => 'facilitator_km', nl: () => 'begeleider_km' },
  'csv.reason': { en: () => 'reason', nl: () => 'reden' },
  'standing.group': { en: () => 'group', nl: () => 'groep' },
  'standing.reserve': { en: () => 'reserve list', nl: () => 'reservelijst' },
  km: { en: (p) => km('en', p.km), nl: (p) => km('nl', p.km) },
};

export function say<K extends keyof GroupsMessages & string>(lang: Lang, key: K, ...params: Args<GroupsMessages[K]>): string {
  return translate(groupsMessages, lang, key, ...params);
}
