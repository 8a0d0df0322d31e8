/** The languages of messages and labels: English and Dutch (src/i18n has the texts). */
export type Lang = 'en' | 'nl';

/**
 * The domain after loading and validation: plain, normalised data that the planner and the exports
 * read. Files use kebab-case keys (`partner-seat`); these types use camelCase. Dates are ISO strings
 * `YYYY-MM-DD`, wall-clock times `HH:MM`, local date-times `YYYY-MM-DDTHH:MM` in the programme's
 * time zone: never JavaScript Date objects, so nothing depends on the machine's zone.
 */

export type IsoDate = string;
/** `HH:MM`, 24-hour. */
export type LocalTime = string;
/** `YYYY-MM-DDTHH:MM`, wall clock in the programme's time zone. */
export type LocalDateTime = string;

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

export type DurationUnit = 'minute' | 'hour' | 'day' | 'week' | 'month';
/** `90m`, `2h`, `1h30m` (= 90 minute), `1w`, `3 months`. */
export interface Duration {
  amount: number;
  unit: DurationUnit;
}
/** `2h..3h`; a single duration has min === max. */
export interface DurationRange {
  min: Duration;
  max: Duration;
}
/** Inclusive: `2027-05-13..2027-05-14`; a single date has start === end. */
export interface DateRange {
  start: IsoDate;
  end: IsoDate;
}
export interface CountRange {
  min: number;
  max: number;
}

export type Stage = 'instroom' | 'doorstroom' | 'uitstroom';
export type SchoolRegion = 'noord' | 'midden' | 'zuid';
/**
 * Days a programme can avoid. `public-holidays` are date-holidays' NL `public` days; Good Friday,
 * Liberation Day and the evening of Remembrance Day are separate because not everyone is off.
 */
export type AvoidKind = 'public-holidays' | 'good-friday' | 'liberation-day' | 'remembrance-evening' | 'school-holidays' | 'council-evenings';
export type LocationKind = 'venue' | 'online' | 'host-rotation' | 'participant-municipality';
export type PhaseMode = 'individual' | 'group' | 'self-study' | 'coaching';

export interface Slot {
  weekday: Weekday;
  start: LocalTime;
  /** On the last day of the block (`days` - 1 days after the start day). */
  end: LocalTime;
  days: number;
}

export interface After {
  phase: string;
  /** Gap from the end of that phase's last session to the start of this phase's first. */
  min: Duration;
  max: Duration;
}

/** The inhabited Wadden islands, reached by ferry (src/calendar/travel.ts FERRIES). */
export const WADDEN_ISLANDS = ['texel', 'vlieland', 'terschelling', 'ameland', 'schiermonnikoog'] as const;
export type WaddenIsland = (typeof WADDEN_ISLANDS)[number];

/** How travel time is estimated (src/calendar/travel.ts); what is left out keeps the default. */
export interface TravelOverrides {
  roadFactor?: number;
  speedKmh?: number;
  stepMinutes?: number;
  homeBase?: boolean;
  /** Minutes a trip to or from the island adds for the ferry (crossing and wait), per island. */
  ferryMinutes?: Partial<Record<WaddenIsland, number>>;
}

interface PhaseBase {
  id: string;
  name: string;
  description?: string;
  preparation?: string;
  after?: After;
  location: LocationKind;
  /** Narrows the programme's weekdays for this phase (appointments Monday to Friday, blocks Friday to Saturday). */
  weekdays?: Weekday[];
  /** Narrows the programme's hours for this phase's appointments. */
  hours?: { start: LocalTime; end: LocalTime };
  /** Effort in half-days, as the brochures count it. */
  dagdelen?: number;
}

/** One appointment (or a same-day pair) per registration, with the facilitators. */
export interface IndividualPhase extends PhaseBase {
  mode: 'individual';
  duration: DurationRange;
  sessions: number;
  sameDay: boolean;
  /** Pause between same-day appointments (lunch). */
  break: Duration;
  /** Appointments fall within this long from the phase's start. */
  window: Duration;
  /** `all`: every cohort facilitator attends; `one`: any one of them. */
  facilitators: 'all' | 'one';
}

export interface GroupPhase extends PhaseBase {
  mode: 'group';
  slot: Slot;
  sessions: number;
  /** Between consecutive sessions of this phase (start to start). */
  every?: DurationRange;
  /** Roles of people who must be at every session (a guest speaker); the cohort names who (Cohort.guests). */
  guests?: string[];
}

export interface SelfStudyPhase extends PhaseBase {
  mode: 'self-study';
  effort: DurationRange;
  /** The deadline falls this long after the phase's start. */
  window: Duration;
}

export interface CoachingPhase extends PhaseBase {
  mode: 'coaching';
  sessions: CountRange;
  every: DurationRange;
  duration: Duration;
  /** Total length of the series, e.g. 6 months..12 months. */
  spread?: DurationRange;
  /**
   * `fixed`: the planner proposes no date; a conversation exists only where the cohort fixes its date
   * and start (an observation at a council or committee meeting, another public appearance), held
   * then even in the evening, outside the programme's and the coach's working hours.
   */
  dates?: 'fixed';
}

export type Phase = IndividualPhase | GroupPhase | SelfStudyPhase | CoachingPhase;

/** A cap on the seats one kind of participant takes in a group: `{ role: oud-wethouder, max: 2 }`, `{ province: Fryslân, max: 3 }`. */
export interface Quota {
  on: 'role' | 'province';
  value: string;
  max: number;
}

/** Seats in layers: every layer that applies to a registration must have room for it (src/capacity/place.ts). */
export interface Capacity extends CountRange {
  /** Seats of all cohorts of the programme together. */
  total?: number;
  /** Per group; a quota counts participants, not partners. */
  quotas?: Quota[];
  /** When the unit at the head of the reserve list does not fit: false keeps the seats for it, true lets a smaller unit further down take them. */
  skipAhead?: boolean;
}

/** How a freed seat is offered to the reserve list. */
export interface OfferRules {
  /** Working days to answer (weekends and Dutch public holidays do not count). */
  days: number;
  /** No offers from the first session of this phase (its `fixed` date, else the cohort's start); `start`: the cohort's start. */
  until: string;
}

export interface Programme {
  id: string;
  /** Why the offer has no sessions to plan (the alumni network); no span, seats or phases then. */
  notPlannable?: string;
  name: string;
  organiser: string;
  /** The organiser's address: calendars then carry METHOD:PUBLISH with it as ORGANIZER (SPEC §6). */
  organiserEmail?: string;
  audience: string[];
  stage?: Stage;
  membersOnly: boolean;
  span: DurationRange;
  capacity: Capacity;
  /** Defaults: 5 working days, until the cohort's start (src/capacity/offers.ts). */
  offers?: OfferRules;
  /** The individual phase (an intake, an introductory talk) after which each participant decides go or no-go (Registration.decision). */
  goNoGo?: string;
  partners: 'none' | 'optional' | 'required';
  partnerSeat: boolean;
  calendar: {
    timezone: string;
    weekdays: Weekday[];
    avoid: AvoidKind[];
    /** One region, or `participants`: the regions of the cohort's active participants' municipalities (national audiences). */
    schoolRegion?: SchoolRegion | 'participants';
    blackout: DateRange[];
    /** Working hours for individual appointments. */
    hours: { start: LocalTime; end: LocalTime };
  };
  /** The travel estimate for this programme's facilitators and coaches. */
  travel?: TravelOverrides;
  /** Coaching: what `cohort match` weighs; what is left out keeps the default (src/coaching/match.ts). */
  matching?: Partial<MatchWeights>;
  phases: Phase[];
}

export interface Venue {
  name: string;
  address?: string;
  /** CBS code, e.g. GM0352. */
  municipality?: string;
}

/**
 * A session whose date is decided (communicated) and must not move. `cohort plan --pin` writes
 * these; staff may edit them. To let the planner move one, set `replan: true`; the next `--pin`
 * writes the new date with a higher sequence, so calendar clients update the event.
 */
export interface FixedSession {
  /** Session id: see sessionId() in src/model/plan.ts. */
  session: string;
  date: IsoDate;
  /** For individual appointments and to override a slot. */
  start?: LocalTime;
  /** ICS SEQUENCE of the version last communicated (default 0). */
  sequence?: number;
  /** `cancelled`: the session was dropped after it was communicated; exports keep a cancellation. */
  status?: 'confirmed' | 'cancelled';
  /** Release this session: the planner may move it (reported as moved). */
  replan?: boolean;
  /** Intervisie: the member (registration id) who hosts this meeting, as the group agreed (`cohort roster --pin`). */
  host?: string;
  /** An appointment of a `facilitators: one` phase: who holds it, as it was sent out (`cohort plan --pin`). */
  facilitator?: string;
}

/** A coachee (registration id) and their coach (person id), kept once proposed (`cohort match --pin`). */
export interface CoachPair {
  coachee: string;
  coach: string;
}

/** A pair never to be matched again (the personal click was missing), with the day it was recorded. */
export interface ExcludedPair extends CoachPair {
  date?: IsoDate;
}

/** The weights of the cost `cohort match` minimises (src/coaching/match.ts), whole numbers. */
export interface MatchWeights {
  /** Per minute of the coach's round trip to the coachee's town hall. */
  travel: number;
  /** When the coach never held the coachee's office. */
  role: number;
  /** Per working day of the track on which either of the two is unavailable. */
  availability: number;
  /** When both name a party and they differ (0 by default: never a requirement). */
  party: number;
}

export interface Cohort {
  id: string;
  programme: string;
  title: string;
  start: IsoDate;
  end?: IsoDate;
  venue?: Venue;
  facilitators: string[];
  /** Coach pool (people ids) for coaching cohorts. */
  pool: string[];
  fixed: FixedSession[];
  unavailable: DateRange[];
  registrations: Registration[];
  /** Coaching cohorts: the pairs kept (`matches`) and the pairs never to be made (`excluded`). */
  matches?: CoachPair[];
  excluded?: ExcludedPair[];
  /** Intervisie groups kept once announced (`cohort groups --pin`); absent when none are pinned. */
  groups?: PinnedGroup[];
  /** Who fills each guest role the programme's phases ask for (GroupPhase.guests), in file order. */
  guests?: GuestAssignment[];
}

/** A required guest: the role a phase asks for and the person (people id) who fills it in this cohort. */
export interface GuestAssignment {
  role: string;
  person: string;
}

/** An announced intervisie group as the cohort file records it. */
export interface PinnedGroup {
  id: string;
  /** Registration ids. */
  members: string[];
  facilitator?: string;
}

/**
 * registered: signed up, seated in queue order when a seat is free; waiting: on the reserve list, moves
 * up only through an offer; confirmed: keeps the seat; offered: a seat is held until `offerExpires`;
 * declined, expired, cancelled, withdrawn: out, never offered a seat again.
 */
export type RegistrationStatus = 'registered' | 'waiting' | 'confirmed' | 'offered' | 'declined' | 'expired' | 'cancelled' | 'withdrawn';
export const REGISTRATION_STATUSES: readonly RegistrationStatus[] = ['registered', 'waiting', 'confirmed', 'offered', 'declined', 'expired', 'cancelled', 'withdrawn'];

export interface Registration {
  id: string;
  name: string;
  role: string;
  /** CBS code after validation. */
  municipality: string;
  email: string;
  /** ISO timestamp as written. */
  registered: string;
  member: boolean;
  party?: string;
  partner?: string;
  partnerJoins: boolean;
  unavailable: DateRange[];
  status: RegistrationStatus;
  priority?: number;
  /** The last day to answer an offer (status offered); kept on declined and expired as a record. */
  offerExpires?: IsoDate;
  /** Go or no-go after the programme's go-no-go phase (`cohort decide`); no-go goes with status withdrawn. */
  decision?: Decision;
  /** The day the decision was recorded. */
  decided?: IsoDate;
}

export type Decision = 'go' | 'no-go';

export interface Person {
  id: string;
  name: string;
  email?: string;
  municipality?: string;
  roles: string[];
  unavailable: DateRange[];
  /** The person's working day, driving included. */
  hours?: { start: LocalTime; end: LocalTime };
  /** Most individual appointments on one day. */
  maxPerDay?: number;
  /** The person's own travel estimate; wins over the programme's. */
  travel?: TravelOverrides;
  formerRoles: string[];
  party?: string;
  capacity?: number;
}
