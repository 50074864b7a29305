// The sample newsroom's live page (contract.md, "Live pages"): a storm
// reaching the coast, told in short posts over an afternoon. Original text,
// written for the sample. `age` is minutes before the sample's reference
// time, as for the stories.

import { p } from "./blocks.mjs";
import { prng } from "./random.mjs";

/** The sample's live pages: each a story whose page is a stream of posts. */
export const LIVE = [
  {
    slug: "storm-arden-reaches-the-coast",
    title: "Storm Arden reaches the coast: live updates",
    summary: "The strongest winds in a decade are forecast tonight. Ferries, trains and schools are closed; follow the latest here.",
    section: "world",
    image: "lighthouse",
    age: 200,
    status: "live",
    pinned: "arden-07",
    key_events: ["arden-01", "arden-13", { id: "arden-20", title: "The harbour's flood gates hold at high tide" }],
    // Oldest first here; the files list them newest first.
    posts: [
      { id: "arden-01", age: 195, title: "Coverage begins", body: [p("Good afternoon. The weather service has raised its warning for the whole coast to the highest level, and we will follow the storm here through the evening.")] },
      { id: "arden-02", age: 185, body: [p("Ferries between the mainland and the islands are cancelled for the rest of the day. The operator will review its timetable at six tomorrow morning.")] },
      { id: "arden-03", age: 176, title: "Schools close early", body: [p("Schools along the coast sent pupils home at lunchtime. The regional education office asks parents to watch for messages from their school about tomorrow.")] },
      { id: "arden-04", age: 168, byline: "Reporting by Mira Osei, at the harbour", body: [p("The new flood gates have been raised for the first time outside a drill. Fishing boats are tied up two and three deep along the inner quay.")] },
      { id: "arden-05", age: 160, body: [{ type: "quote", text: "We have sandbags, we have pumps, and we have people on every street that flooded last time.", attribution: "The mayor, at the town hall" }] },
      { id: "arden-06", age: 151, body: [p("Gusts at the lighthouse station reached 94 km/h in the last hour. The strongest winds are expected after dark.")] },
      {
        id: "arden-07", age: 143, title: "If you live near the coast",
        body: [
          p("The emergency services ask everyone on the coast to:"),
          { type: "list", items: [
            "stay indoors once the wind rises, and keep away from sea walls;",
            "charge phones and keep a torch within reach;",
            "never drive through flood water: 30 centimetres of it can move a car;",
            "check on neighbours who live alone.",
          ] },
        ],
      },
      { id: "arden-08", age: 134, body: [p("Trains on the coastal line stop at eight this evening. The last services leave both ends of the line at seven.")] },
      { id: "arden-09", age: 126, title: "Power cuts in the north", body: [p("About 4,000 homes in the northern villages are without power, the grid operator says. Its crews are waiting for the wind to drop before they climb the lines.")] },
      { id: "arden-10", age: 118, body: [{ type: "image", photo: "lighthouse", alt: "A white lighthouse on a rocky point", caption: "The lighthouse museum closed its shutters this afternoon, for the first time since it opened to visitors." }] },
      { id: "arden-11", age: 109, body: [{ type: "paragraph", text: [{ text: "The weather service's " }, { text: "warning map", link: "https://weather.example/warnings" }, { text: " shows the red zone now covers every town from the point to the river mouth." }] }] },
      { id: "arden-12", age: 100, body: [p("Three school halls have opened as shelters. Each has camp beds, hot food and room for pets.")] },
      { id: "arden-13", age: 92, title: "Harbour bridge closed", body: [p("The harbour bridge is closed to all traffic after a lorry was blown onto its side. The driver was not hurt.")] },
      { id: "arden-14", age: 83, updated: 70, body: [p("Police say the coast road south of the point is under water and closed. This post was corrected: an earlier version named the wrong road.")] },
      { id: "arden-15", age: 75, body: [p("Volunteers are filling sandbags outside the fire station; the line of cars waiting for them reaches back past the market.")] },
      { id: "arden-16", age: 66, body: [p("The storm's centre is 60 kilometres offshore and moving north-east at about 40 km/h, the weather service says.")] },
      { id: "arden-17", age: 58, title: "High tide at 19:40", body: [p("Forecasters say the surge on top of tonight's high tide could lift the sea a metre above a normal one.")] },
      { id: "arden-18", age: 47, body: [p("The coastal hospital has moved patients from its ground-floor wards as a precaution.")] },
      { id: "arden-19", age: 38, body: [p("Readers are sending us pictures of waves breaking over the promenade. Please stay safe: no picture is worth going near the water tonight.")] },
      { id: "arden-20", age: 29, title: "The flood gates hold", body: [p("The harbour's flood gates are holding as the tide rises, the port authority says. Water has come over the old sea wall at the fish market, but not into the streets behind it.")] },
      { id: "arden-21", age: 18, body: [p("The grid operator now counts 6,500 homes without power.")] },
      { id: "arden-22", age: 9, byline: "Reporting by the Dateline weather desk", body: [p("The wind is easing a little at the lighthouse station, though forecasters warn the highest water is still two hours away.")] },
    ],
  },
];

/** How many posts a sample live page file holds (the contract allows 20): few, so the sample has older pages. */
export const LIVE_PAGE_SIZE = 8;

const DISTRICTS = ["Alder Bank", "Brookmere", "Calder Cross", "Dunmore", "Elm Hollow", "Fenwick", "Greystone", "Harrow Vale", "Ivy Point", "Juniper Hill", "Kestrel Moor", "Lowther"];

/**
 * A long live page for measuring (`make bench`): a night of counting votes
 * in `count` posts, one every three minutes, made from a few original
 * sentences and seeded numbers, so every run writes the same page.
 */
export function longLive(count = 200, random = prng(20261202)) {
  const number = (low, high) => low + Math.floor(random() * (high - low + 1));
  const telling = [
    (place) => p(`${place} has declared. Turnout was ${number(48, 79)} per cent, ${number(1, 6)} points up on the last election.`),
    (place) => p(`Counting is slower than expected in ${place}: officials are checking ${number(3, 40)} boxes of postal ballots a second time.`),
    (place) => p(`Our reporter at the ${place} count says the tables are quiet now, with about ${number(5, 60)} ballot boxes still to open.`),
    (place) => ({ type: "quote", text: "Every ballot is counted twice before we say a word.", attribution: `The returning officer in ${place}` }),
    (place) => ({ type: "list", items: [`${place}: ${number(20, 45)} per cent for the first candidate`, `${number(15, 40)} per cent for the second`, `${number(5, 20)} per cent for the rest`] }),
  ];
  const posts = Array.from({ length: count }, (_, i) => {
    const place = DISTRICTS[i % DISTRICTS.length];
    const told = telling[number(0, telling.length - 1)](place);
    const post = { id: `count-${String(i + 1).padStart(3, "0")}`, age: (count - i) * 3, body: [told] };
    if (i % 5 === 0) post.title = `${place}: the count so far`;
    if (i % 7 === 0) post.byline = `Reporting from ${place}`;
    return post;
  });
  return {
    slug: "count-night-in-the-river-valley",
    title: "Count night in the river valley: live",
    summary: "Twelve districts count their votes overnight. Results, turnout and the mood at every count, as they come in.",
    section: "world",
    image: "harbour",
    age: count * 3 + 10,
    status: "live",
    // As many posts a file as the contract allows.
    pageSize: 20,
    pinned: "count-001",
    key_events: posts.filter((_, i) => i % 40 === 0).map((post) => post.id),
    posts,
  };
}
