/** The smallest valid programme, as a user would write it: the start of many tests that then break one thing. */
export const PROGRAMME = `id: p
name: Testprogramma
organiser: Wethoudersvereniging
audience: [wethouder]
span: 3 months
capacity: { min: 4, max: 10 }
phases:
  - id: blok
    name: Blok
    mode: group
    sessions: 3
    every: 3w..5w
    slot: { weekday: thu, start: "13:00", end: "17:00" }
`;
