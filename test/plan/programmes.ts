/** Brochure programmes in builder form, shared by the planner tests. */
import type { Weekday } from '../../src/model/types.js';
import { aCohort, aPerson, aProgramme } from './builders.js';

/** Appointments and deadlines on working days; LoopbaanPlus's group blocks keep Friday–Saturday. */
const WORKDAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

/** programmes/loopbaanplus.yaml in builder form (seed 000). */
export function loopbaanPlus() {
  return aProgramme('loopbaanplus')
    .named('LoopbaanPlus voor burgemeesters')
    .lasting('9 months')
    .seats(12, 6)
    .onWeekdays('mon', 'tue', 'wed', 'thu', 'fri', 'sat')
    .avoiding('public-holidays', 'good-friday', 'liberation-day')
    .schoolRegion('midden')
    .hours('09:00', '17:30')
    .withIndividualPhase('intake', { name: 'Intake', duration: '2h', window: '4w', weekdays: WORKDAYS })
    .withIndividualPhase('droom', { name: 'Uw droom', duration: '2h..3h', window: '4w', after: ['intake', '1w..6w'], weekdays: WORKDAYS })
    .withGroupPhase('groepsblok-1', { name: 'Groepsblok 1', slot: 'fri 13:00 → sat 14:30', dagdelen: 3.5, after: ['droom', '1w..6w'] })
    .withSelfStudy('zelfonderzoek', { name: 'Zelfonderzoek', effort: '3h..4h', window: '3w', after: ['groepsblok-1', '0d..1w'], weekdays: WORKDAYS })
    .withIndividualPhase('feedback', {
      name: 'Feedbackgesprek',
      duration: '2h',
      sessions: 2,
      sameDay: true,
      break: '1h',
      window: '4w',
      facilitators: 'all',
      after: ['zelfonderzoek', '1w..4w'],
      location: 'venue',
      weekdays: WORKDAYS,
    })
    .withSelfStudy('actieplan', { name: 'Actieplan', window: '3w', after: ['feedback', '0d..2w'], weekdays: WORKDAYS })
    .withGroupPhase('groepsblok-2', { name: 'Groepsblok 2', slot: 'fri 13:00 → sat 12:30', dagdelen: 3, after: ['actieplan', '1w..4w'] })
    .withGroupPhase('terugkomdag', { name: 'Terugkomdag', slot: 'fri 09:30-16:30', dagdelen: 2, after: ['groepsblok-2', '6w..14w'] });
}

export function loopbaanPlusCohort(id = 'loopbaanplus-2027') {
  const c = aCohort(id)
    .of(loopbaanPlus())
    .starting('2027-01-11')
    .ending('2027-10-08')
    .at('Landgoed De Horst', 'Amersfoortseweg 1, 3951 LA Maarn', 'GM1581')
    .facilitatedBy('marleen-vos', 'joost-hendriks')
    .unavailable('2027-02-15..2027-02-19')
    .register('r01', { unavailable: ['2027-03-01..2027-03-05'], partnerJoins: true })
    .register('r02')
    .register('r03', { unavailable: ['2027-01-11..2027-01-15'] })
    .register('r04', { status: 'withdrawn' });
  for (let i = 5; i <= 11; i++) c.register(`r${String(i).padStart(2, '0')}`);
  return c;
}

export const PEOPLE = [
  aPerson('marleen-vos', { hours: ['09:00', '17:30'], maxPerDay: 3, unavailable: ['2027-04-12..2027-04-16'] }),
  aPerson('joost-hendriks', { maxPerDay: 3 }),
];

export const droom = aProgramme('droom')
  .named('De droom van elke burgemeester')
  .lasting('3 months..4 months')
  .seats(10)
  .avoiding('public-holidays', 'good-friday', 'liberation-day', 'remembrance-evening')
  .withGroupPhase('blok', { name: 'Groepsblok', slot: 'thu 18:30 → fri 17:00', sessions: 4, every: '3w..5w', dagdelen: 3 });

export const intervisie = aProgramme('intervisie')
  .lasting('12 months')
  .seats(14)
  .withIndividualPhase('intake', { name: 'Intakegesprek', duration: '1h', window: '4w' })
  .withGroupPhase('bijeenkomst', { name: 'Intervisie', slot: 'tue 14:00-17:00', sessions: 6, every: '4w..8w', after: ['intake', '1w..6w'] });

