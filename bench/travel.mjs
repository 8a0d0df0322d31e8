// Travel quality against an exact reference: small fixtures of one or two facilitators with 6–20
// intakes in the participants' municipalities over one to three weeks. The exact total travel is a
// set-partitioning MIP solved by HiGHS (npm `highs`, pinned; mip_rel_gap = 0, status Optimal): a
// column is one facilitator's day — a set of at most max-per-day appointments in the order that
// drives least among the orders that keep the travel rule and the hours — at its road km from home
// and back; every appointment is covered once, and a facilitator gets at most as many columns as
// they have working days. Our planner plans the same fixture in-process; its total travel is
// recomputed from its plan with the same estimate. Prints figures; asserts nothing about time.
// Run: node bench/travel.mjs (after npm run build). BENCH_TRAVEL_SEEDS=1..12 BENCH_TRAVEL_DEBUG=1.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import loadHighs from 'highs';
import { plannerBundle, root } from './fixtures/bundle.mjs';
import { rng } from './fixtures/year.mjs';

const DAY = 86400000;
const isoOf = (ms) => new Date(ms).toISOString().slice(0, 10);
const addDays = (iso, n) => isoOf(Date.parse(`${iso}T00:00:00Z`) + n * DAY);

/** Regions a fixture is drawn from: a town and a radius (km) around it. */
const REGIONS = [
  ['Utrecht', 60],
  ['Zwolle', 70],
  ['Eindhoven', 60],
  ["'s-Gravenhage", 50],
  ['Groningen', 70],
  ['Arnhem', 60],
  ['Maastricht', 45],
  ['Amsterdam', 50],
];

/** One fixture, deterministic from its seed: people, the programme, the cohort, the planner's input. */
function fixture(P, seed, facts) {
  const r = rng(seed * 104729 + 7);
  const [centreName, radius] = REGIONS[seed % REGIONS.length];
  const all = P.allMunicipalities();
  const centre = P.findMunicipality(centreName);
  const near = all.filter((m) => P.distanceKm(centre, m) <= radius).map((m) => m.code);
  const facilitators = 1 + (seed % 2);
  const n = 6 + ((seed * 5) % 15);
  const weeks = 1 + (seed % 3);
  const maxPerDay = 3 + (seed % 2);
  const duration = seed % 3 === 0 ? 90 : 60;
  const people = new Map();
  const ids = [];
  for (let f = 0; f < facilitators; f++) {
    const id = `f${f + 1}`;
    ids.push(id);
    people.set(id, { id, name: id, roles: ['facilitator'], municipality: r.pick(near), hours: { start: '08:00', end: '18:00' }, maxPerDay, unavailable: [], formerRoles: [] });
  }
  const start = '2027-09-06'; // a Monday; no public holiday in the weeks that follow
  const end = addDays(start, 7 * weeks - 3);
  const programme = {
    id: 'intakes',
    name: 'Intakes',
    organiser: 'bench',
    audience: ['wethouder'],
    membersOnly: false,
    span: { min: { amount: 6, unit: 'month' }, max: { amount: 6, unit: 'month' } },
    capacity: { min: 1, max: 40 },
    partners: 'none',
    partnerSeat: true,
    calendar: { timezone: 'Europe/Amsterdam', weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'], avoid: ['public-holidays'], blackout: [], hours: { start: '09:00', end: '17:00' } },
    phases: [
      {
        id: 'intake',
        name: 'Intake',
        mode: 'individual',
        location: 'participant-municipality',
        duration: { min: { amount: duration, unit: 'minute' }, max: { amount: duration, unit: 'minute' } },
        sessions: 1,
        sameDay: false,
        break: { amount: 0, unit: 'minute' },
        window: { amount: weeks, unit: 'week' },
        facilitators: 'one',
      },
    ],
  };
  const registrations = [];
  for (let k = 0; k < n; k++)
    registrations.push({
      id: `r${String(k + 1).padStart(2, '0')}`,
      name: `r${k + 1}`,
      role: 'wethouder',
      municipality: r.pick(near),
      email: `r${k + 1}@example.nl`,
      registered: '2027-06-01',
      member: true,
      partnerJoins: false,
      unavailable: [],
      status: 'confirmed',
    });
  const cohort = { id: `t${seed}`, programme: 'intakes', title: 'bench', start, end, facilitators: ids, pool: [], fixed: [], unavailable: [], registrations };
  const input = { cohorts: [{ cohort, programme }], people, lang: 'en', coaches: new Map(), ...facts };
  const days = [];
  for (let w = 0; w < weeks; w++) for (let d = 0; d < 5; d++) days.push(addDays(start, 7 * w + d));
  return { seed, input, people, registrations, ids, days, duration, maxPerDay, region: centreName, weeks };
}

/**
 * The cheapest feasible order of a set of appointments for one facilitator on a day, by the rules the
 * planner keeps: starts on a quarter-hour within the programme's hours (09:00–17:00), the drive from
 * home after the start of the facilitator's day (08:00) and back before its end (18:00), the drive
 * between consecutive appointments. Undefined when no order fits.
 */
function bestOrder(P, home, places, duration) {
  let best;
  const order = [];
  const used = new Array(places.length).fill(false);
  const go = () => {
    if (order.length === places.length) {
      let t = 0;
      let at = home;
      let km = 0;
      let first = true;
      for (const i of order) {
        const drive = P.travelMinutes(at, places[i]);
        let s = Math.max(9 * 60, first ? 8 * 60 + drive : t + drive);
        s = Math.ceil(s / 15) * 15;
        if (s + duration > 17 * 60) return;
        km += P.roadKm(at, places[i]);
        t = s + duration;
        at = places[i];
        first = false;
      }
      if (t + P.travelMinutes(at, home) > 18 * 60) return;
      km += P.roadKm(at, home);
      if (!best || km < best.km - 1e-9) best = { km, order: [...order] };
      return;
    }
    for (let i = 0; i < places.length; i++) {
      if (used[i]) continue;
      used[i] = true;
      order.push(i);
      go();
      order.pop();
      used[i] = false;
    }
  };
  go();
  return best;
}

function* subsets(n, k, from = 0, acc = []) {
  if (acc.length > 0) yield acc;
  if (acc.length === k) return;
  for (let i = from; i < n; i++) yield* subsets(n, k, i + 1, [...acc, i]);
}

function buildLp(P, fx) {
  const cols = [];
  fx.ids.forEach((f) => {
    const home = fx.people.get(f).municipality;
    for (const set of subsets(fx.registrations.length, fx.maxPerDay)) {
      const best = bestOrder(P, home, set.map((i) => fx.registrations[i].municipality), fx.duration);
      if (best) cols.push({ f, set: [...set], km: best.km });
    }
  });
  const lines = ['Minimize', ` obj: ${cols.map((c, j) => `${c.km.toFixed(6)} x${j}`).join(' + ')}`, 'Subject To'];
  fx.registrations.forEach((_, i) => {
    const js = cols.flatMap((c, j) => (c.set.includes(i) ? [`x${j}`] : []));
    lines.push(` cover${i}: ${js.join(' + ')} = 1`);
  });
  fx.ids.forEach((f, k) => lines.push(` days${k}: ${cols.flatMap((c, j) => (c.f === f ? [`x${j}`] : [])).join(' + ')} <= ${fx.days.length}`));
  lines.push('Binary', ` ${cols.map((_, j) => `x${j}`).join(' ')}`, 'End');
  return { lp: lines.join('\n'), cols };
}

/** Total road km of a plan: per facilitator and day, home → appointments in time order → home. */
function planKm(P, fx, plan) {
  let km = 0;
  for (const f of fx.ids) {
    const home = fx.people.get(f).municipality;
    for (const day of fx.days) {
      const stops = plan.sessions.filter((s) => s.facilitators.includes(f) && s.start.startsWith(day)).sort((a, b) => (a.start < b.start ? -1 : 1));
      let at = home;
      for (const s of stops) {
        km += P.roadKm(at, s.location.municipality);
        at = s.location.municipality;
      }
      if (stops.length > 0) km += P.roadKm(at, home);
    }
  }
  return km;
}

async function main() {
  const P = await plannerBundle();
  const highs = await loadHighs();
  highs.solve('Minimize\n obj: x\nSubject To\n c: x >= 0\nBinary\n x\nEnd', { output_flag: false }); // warm-up
  const version = JSON.parse(readFileSync(join(root, 'node_modules/highs/package.json'), 'utf8')).version;
  const facts = { holidays: P.dutchHolidays(2026, 2029, ['public-holidays']), schoolHolidays: [] };
  const [a, b] = (process.env.BENCH_TRAVEL_SEEDS ?? '1..12').split('..').map(Number);
  console.log(`\nTravel against an exact reference: HiGHS ${version} (npm highs, Wasm), set partitioning, mip_rel_gap=0`);
  const head = ['seed', 'region', 'facil.', 'appts', 'weeks', 'max/day', 'columns', 'status', 'HiGHS s', 'optimum km', 'ours km', 'gap %', 'plan ms'];
  const widths = [4, 14, 6, 5, 5, 7, 8, 8, 7, 10, 9, 7, 7];
  const line = (cells) => `  ${cells.map((c, i) => String(c).padStart(widths[i])).join(' ')}`;
  console.log(line(head));
  const results = [];
  for (let seed = a; seed <= (b ?? a); seed++) {
    const fx = fixture(P, seed, facts);
    const { lp, cols } = buildLp(P, fx);
    const t0 = performance.now();
    const res = highs.solve(lp, { mip_rel_gap: 0, output_flag: false });
    const solveS = (performance.now() - t0) / 1000;
    const opt = res.Status === 'Optimal' ? res.ObjectiveValue : undefined;
    P.planCohorts(fx.input); // warm-up
    const t1 = performance.now();
    const plan = P.planCohorts(fx.input);
    const planMs = performance.now() - t1;
    const violations = P.checkHardRules(fx.input, plan);
    const ours = plan.infeasible.length === 0 && violations.length === 0 ? planKm(P, fx, plan) : undefined;
    const gap = opt !== undefined && ours !== undefined ? (ours - opt) / Math.max(opt, 1e-6) : undefined;
    results.push({ seed, gap, ok: ours !== undefined, status: res.Status });
    console.log(
      line([seed, fx.region, fx.ids.length, fx.registrations.length, fx.weeks, fx.maxPerDay, cols.length, res.Status, solveS.toFixed(2), opt?.toFixed(1) ?? '—', ours?.toFixed(1) ?? '—', gap === undefined ? '—' : (100 * gap).toFixed(2).replace(/^-0\.00$/, '0.00'), planMs.toFixed(0)]),
    );
    if (ours === undefined) console.log(`    planner: ${plan.infeasible.length} infeasible, ${violations.length} hard-rule violations ${violations[0] ? JSON.stringify(violations[0]) : ''}`);
    if (process.env.BENCH_TRAVEL_DEBUG && opt !== undefined) {
      const chosen = cols.filter((_, j) => (res.Columns[`x${j}`]?.Primal ?? 0) > 0.5);
      for (const c of chosen) console.log(`    MIP  ${c.f}: ${c.set.map((i) => fx.registrations[i].municipality).join(', ')} ${c.km.toFixed(1)} km`);
      for (const s of plan.sessions) console.log(`    ours ${s.facilitators[0]} ${s.start} ${s.location.municipality}`);
    }
  }
  const compared = results.filter((r) => r.gap !== undefined);
  const worst = compared.reduce((w, r) => (w === undefined || r.gap > w.gap ? r : w), undefined);
  const within = compared.filter((r) => r.gap <= 0.05 + 1e-12).length;
  console.log(
    `\n  ${within} of ${results.length} fixtures within 5 % of the optimal total travel` +
      (worst ? `; worst gap ${(100 * worst.gap).toFixed(2)} % (seed ${worst.seed})` : '') +
      (compared.length < results.length ? `; ${results.length - compared.length} not compared` : ''),
  );
  console.log(`  mean gap ${compared.length ? ((100 * compared.reduce((s, r) => s + r.gap, 0)) / compared.length).toFixed(2) : '—'} %`);
}

await main();
