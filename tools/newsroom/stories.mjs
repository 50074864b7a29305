// The sample newsroom's stories: original text written for Dateline.
// `age` is minutes before the sample's reference time (REFERENCE below);
// `generate.mjs` turns these into the JSON files of public/api/.

import { h, img, list, p, q } from "./blocks.mjs";

export const REFERENCE = "2026-11-28T15:00:00Z";

export const SECTIONS = [
  { slug: "world", name: "World" },
  { slug: "business", name: "Business" },
  { slug: "science", name: "Science" },
  { slug: "technology", name: "Technology" },
  { slug: "culture", name: "Culture" },
  { slug: "sport", name: "Sport" },
];

// The captions of the sample's video (WebVTT), by path under the API.
export const CAPTIONS = {
  "video/marathon-finish.vtt": `WEBVTT

00:00.000 --> 00:02.500
Rain on the course, one kilometre to go.

00:02.500 --> 00:05.000
The leader crosses the line, more than a minute clear.
`,
};

// The topics, each with its page (/topic/{slug}) and the stories it has.
export const TOPICS = [
  {
    slug: "climate", name: "Climate",
    stories: [
      "harbour-city-opens-floating-flood-barrier", "river-delta-villages-vote-to-relocate",
      "glacier-melt-slows-after-snowy-winter", "startup-turns-coffee-grounds-into-fuel-pellets",
      "city-tests-quiet-electric-buses-at-night",
    ],
  },
  {
    slug: "transport", name: "Transport",
    stories: ["city-tests-quiet-electric-buses-at-night", "mountain-pass-reopens-after-rockfall", "port-traffic-rises-for-third-month"],
  },
  {
    slug: "accessibility", name: "Accessibility",
    stories: ["open-source-screen-reader-adds-braille-support", "wheelchair-basketball-league-expands", "film-festival-adds-relaxed-screenings"],
  },
  {
    slug: "museums", name: "Museums",
    stories: ["ancient-seeds-sprout-in-museum-lab", "old-mainframe-finds-new-home-in-museum", "museum-opens-gallery-of-everyday-objects"],
  },
];

// The front page's top stories, the first one the lead.
export const TOP = [
  "harbour-city-opens-floating-flood-barrier",
  "telescope-spots-water-vapour-on-distant-planet",
  "underdogs-reach-cup-final-on-penalties",
  "central-bank-holds-rates-steady",
  "novelist-wins-prize-for-book-about-lighthouse-keepers",
];

export const STORIES = [
  {
    slug: "harbour-city-opens-floating-flood-barrier", section: "world", age: 0.3, offset: "+03:00",
    spans: [{ phrase: "sensors report a surge", link: "/news/glacier-melt-slows-after-snowy-winter" }, { phrase: "float upright", em: true }], related: ["river-delta-villages-vote-to-relocate", "glacier-melt-slows-after-snowy-winter", "mountain-pass-reopens-after-rockfall"], corrections: [{ age: 0.2, text: "An earlier version of this story said the barrier has five gates. It has six." }],
    title: "Harbour city opens floating flood barrier after decade of work",
    summary: "The barrier's hollow steel gates rise on their own as the tide climbs, sealing the inner harbour within forty minutes.",
    byline: "Writing by Ayse Demir", image: "harbour",
    body: [
      p("Engineers in the port city switched the new barrier to automatic operation on Saturday morning, ending a construction programme that began eleven years ago."),
      p("Each of the six gates lies flat on the seabed until sensors report a surge. Compressed air then empties the ballast tanks and the gates float upright, hinged at their base."),
      q("We tested it against the worst storm in our records and then against one twice as bad.", "Lead engineer Selin Aras"),
      p("The city council expects the barrier to close about a dozen times a year, most of them in the winter months."),
      img("harbour", "Steel flood gates standing upright across a harbour mouth", "The gates during their final test."),
    ],
    updated: 0.1,
  },
  {
    slug: "river-delta-villages-vote-to-relocate", section: "world", age: 1, offset: "Z",
    spans: [{ phrase: "households together", link: "/news/harbour-city-opens-floating-flood-barrier" }], related: ["harbour-city-opens-floating-flood-barrier"],
    title: "River delta villages vote to move inland together",
    summary: "Three fishing villages chose a shared site on higher ground, keeping neighbours side by side.",
    byline: "Writing by Tomas Lindqvist",
    body: [
      p("Residents of three villages at the mouth of the river voted by a wide margin to relocate as one community to farmland twelve kilometres inland."),
      p("The plan keeps each street's households together on the new site, a condition the villagers set before agreeing to talks."),
      list("Construction of homes begins in spring", "A new fish market will open by the coast road", "Boats stay moored at the old harbour"),
      p("Regional officials said the move would be paid for from a national adaptation fund."),
    ],
  },
  {
    slug: "mountain-pass-reopens-after-rockfall", section: "world", age: 45, offset: "+01:00",
    spans: [{ phrase: "motion sensors", link: "https://geology.example/rockfall-monitoring" }],
    title: "Mountain pass reopens two weeks after rockfall",
    summary: "Crews cleared about eight thousand tonnes of rock and fitted new netting along the steepest stretch.",
    byline: "Writing by Marta Kowalska",
    body: [
      p("The main road through the pass reopened to traffic at dawn, restoring the shortest route between the two valleys."),
      p("Geologists have placed motion sensors on the slope above the road. Traffic lights at either end will turn red if the rock starts to move."),
      p("Lorries over twenty tonnes remain barred until the end of the month."),
    ],
  },
  {
    slug: "island-nation-holds-first-digital-census", section: "world", age: 60 * 30, offset: "-05:00",
    spans: [{ phrase: "mobile coverage is patchy", em: true }, { phrase: "tablets", link: "/category/technology" }],
    title: "Island nation counts itself online for the first time",
    summary: "Nine in ten households answered the census on phones or laptops; the rest were visited by enumerators by boat.",
    byline: "Writing by Daniel Okafor",
    body: [
      p("Officials said the online census cost less than half the last paper count and delivered first results in days rather than months."),
      h("Reaching the outer islands"),
      p("Enumerators travelled by boat to the smallest islands, where mobile coverage is patchy, carrying tablets that stored answers until they returned to port."),
      p("Full results, including the first count of households with solar power, are due in the spring."),
    ],
  },
  {
    slug: "central-bank-holds-rates-steady", section: "business", age: 5, offset: "Z",
    spans: [{ phrase: "the first cut", link: "https://bank.example/statements/november", strong: true }], related: ["port-traffic-rises-for-third-month", "family-bakery-chain-sold-to-staff"],
    title: "Central bank holds rates steady and signals patience",
    summary: "Policymakers kept the main rate unchanged for a fourth meeting, saying inflation was easing more slowly than hoped.",
    byline: "Writing by Priya Raman", updated: 2,
    body: [
      p("The decision was unanimous, the bank said in a statement, and markets had priced it in for weeks."),
      q("We would rather wait one meeting too many than cut one meeting too soon.", "The bank's governor"),
      p("Economists now expect the first cut in the second quarter of next year."),
      p("The currency moved little after the announcement."),
    ],
  },
  {
    slug: "family-bakery-chain-sold-to-staff", section: "business", age: 60 * 5, offset: "+02:00",
    spans: [{ phrase: "out of profits", link: "/category/business" }],
    title: "Family bakery chain sold to its own staff",
    summary: "The founders handed the forty-shop business to an employee trust rather than accept an offer from a rival.",
    byline: "Writing by Jonas Weber", image: "bakery",
    body: [
      p("Every one of the chain's eleven hundred employees becomes a beneficiary of the trust, which will own all of the shares."),
      p("The founding family will be paid over ten years out of profits."),
      list("Staff receive a yearly bonus from profits", "Two employees join the board", "No shops will close as part of the sale"),
      p("The founders said they wanted the bakeries to stay in the towns where they started."),
    ],
  },
  {
    slug: "port-traffic-rises-for-third-month", section: "business", age: 60 * 24 * 3, offset: "Z",
    spans: [{ phrase: "two new cranes", link: "/news/central-bank-holds-rates-steady" }],
    title: "Port traffic rises for a third month running",
    summary: "Container volumes were up six per cent on the year as exporters rebuilt stock ahead of the holidays.",
    byline: "Writing by Priya Raman",
    body: [
      p("The port authority said November was on course to be its busiest month in two years."),
      p("Waiting times for ships outside the harbour fell to under a day after two new cranes came into service."),
      p("Freight rates, however, remain below last year's level."),
    ],
  },
  {
    slug: "startup-turns-coffee-grounds-into-fuel-pellets", section: "business", age: 60 * 24 * 12, offset: "+01:00",
    title: "Startup turns coffee grounds into heating pellets",
    summary: "The company collects spent grounds from cafés by cargo bike and presses them into pellets for stoves.",
    byline: "Writing by Lea Martin",
    body: [
      p("Founded by two engineering students, the company now collects from three hundred cafés and has raised its first round of outside money."),
      p("The pellets burn hotter than wood, the founders say, though they need to be mixed with wood pellets in older stoves."),
      h("Next steps"),
      p("The firm plans a second pressing plant next year and is in talks with a chain of railway station kiosks."),
    ],
  },
  {
    slug: "telescope-spots-water-vapour-on-distant-planet", section: "science", age: 12, offset: "Z",
    spans: [{ phrase: "does not mean the planet has oceans", strong: true }], related: ["bees-learn-to-solve-puzzle-by-watching", "ancient-seeds-sprout-in-museum-lab"],
    title: "Telescope finds water vapour in a distant planet's air",
    summary: "The planet, about twice the size of Earth, orbits a cool red star a little over a hundred light years away.",
    byline: "Writing by Hana Sato", image: "telescope",
    body: [
      p("Astronomers detected the signature of water vapour as the planet passed in front of its star, filtering a sliver of starlight through its atmosphere."),
      p("The finding does not mean the planet has oceans. Its surface is probably far too hot."),
      q("What matters is that we can now read the air of a world this small.", "Astronomer Ines Duarte"),
      p("The team has been given more observing time next year to look for other gases."),
      img("telescope", "A large telescope dome open against a starry sky", "The observatory's main dome at dusk."),
    ],
  },
  {
    slug: "ancient-seeds-sprout-in-museum-lab", section: "science", age: 80, offset: "+03:00",
    spans: [{ phrase: "Radiocarbon dating", link: "https://museum.example/lab/radiocarbon" }],
    title: "Seeds from an ancient storage jar sprout in museum lab",
    summary: "Botanists coaxed three date palm seeds, dated to about two thousand years ago, into growth.",
    byline: "Writing by Ayse Demir",
    body: [
      p("The seeds were found sealed in a clay jar during excavations of a desert fortress."),
      p("Radiocarbon dating of fragments of the shells placed them around two thousand years old."),
      p("The seedlings will be grown in a greenhouse and eventually crossed with modern palms to see what traits they carry."),
    ],
  },
  {
    slug: "glacier-melt-slows-after-snowy-winter", section: "science", age: 60 * 24 * 6, offset: "+01:00",
    spans: [{ phrase: "more than a kilometre", link: "/news/mountain-pass-reopens-after-rockfall" }],
    title: "Glacier lost less ice this year after a snowy winter",
    summary: "Surveyors measured about half the thinning of recent years, but warn one season does not change the trend.",
    byline: "Writing by Marta Kowalska",
    body: [
      p("Heavy snow last winter protected the ice through much of the summer, the survey team said."),
      p("Over the last twenty years the glacier's tongue has retreated by more than a kilometre."),
      list("Average thinning: 1.1 metres this year", "Average over the decade: 2.3 metres a year", "Snow cover lasted until mid-July"),
    ],
  },
  {
    slug: "bees-learn-to-solve-puzzle-by-watching", section: "science", age: 60 * 24 * 20, offset: "Z",
    title: "Bees learn to solve a puzzle by watching other bees",
    summary: "Bumblebees that saw a trained bee open a sliding lid copied it faster than those left to work it out alone.",
    byline: "Writing by Hana Sato",
    body: [
      p("Researchers trained one bee from each colony to push a small lid aside to reach sugar water."),
      p("Untrained bees that watched went on to open the lid in a few tries; bees that had not watched mostly gave up."),
      p("The work adds to evidence that insects learn socially, the authors write."),
      q("A brain smaller than a grain of rice is doing something we once thought belonged to primates.", "Behavioural ecologist Ruth Abebe"),
    ],
  },
  {
    slug: "city-tests-quiet-electric-buses-at-night", section: "technology", age: 30, offset: "+02:00",
    title: "City tests quiet electric buses on night routes",
    summary: "Ten battery buses will run the overnight network for a year to measure noise, range and cost.",
    byline: "Writing by Jonas Weber",
    body: [
      p("Residents along the busiest night route had complained for years about diesel engines idling at stops."),
      p("The buses charge at the depot during the day and carry enough energy for a full night's service, the operator says."),
      p("Microphones on lampposts along the route will record noise levels before and after the switch."),
    ],
  },
  {
    slug: "open-source-screen-reader-adds-braille-support", section: "technology", age: 60 * 8, offset: "Z",
    spans: [{ phrase: "older devices", link: "https://reader.example/braille-displays" }], corrections: [{ age: 30, text: "The project's name was misspelt in an earlier version." }],
    title: "Open-source screen reader adds support for more braille displays",
    summary: "Volunteers added drivers for twelve more devices, many of them older models still widely used in schools.",
    byline: "Writing by Lea Martin",
    body: [
      p("The release was built largely by volunteers who are themselves braille readers."),
      p("Schools had asked for the older devices to be supported because replacing them is expensive."),
      h("What else is new"),
      list("Faster start-up on older computers", "Clearer reading of tables", "A new voice for maths formulas"),
    ],
  },
  {
    slug: "repair-cafe-network-passes-ten-thousand-fixes", section: "technology", age: 60 * 24 * 2, offset: "+01:00",
    spans: [{ phrase: "phones with cracked screens", link: "/news/old-mainframe-finds-new-home-in-museum" }, { phrase: "hardest", em: true }],
    title: "Repair café network passes ten thousand fixes",
    summary: "Volunteers have mended toasters, radios and phones at monthly sessions in libraries and church halls.",
    byline: "Writing by Daniel Okafor", image: "repair",
    body: [
      p("The network began with one folding table in a library four years ago and now meets in thirty towns."),
      p("Lamps and small kitchen appliances are the most common repairs; phones with cracked screens are the hardest."),
      q("People come for the repair and stay for the conversation.", "Organiser Carmen Ruiz"),
    ],
  },
  {
    slug: "old-mainframe-finds-new-home-in-museum", section: "technology", age: 60 * 24 * 15, offset: "-03:00",
    title: "Half-century-old mainframe finds a new home in a museum",
    summary: "The machine ran a regional bank's accounts for twenty years and still powers on.",
    byline: "Writing by Tomas Lindqvist",
    body: [
      p("Volunteers spent a year restoring the cabinets, replacing capacitors and re-threading tape drives."),
      p("Visitors will be able to watch it run a payroll program from its own era."),
      p("The museum is appealing for manuals and punched cards to complete the exhibit."),
    ],
  },
  {
    slug: "novelist-wins-prize-for-book-about-lighthouse-keepers", section: "culture", age: 60 * 3, offset: "Z",
    spans: [{ phrase: "translation grant", link: "mailto:prize-desk@news.example" }], related: ["museum-opens-gallery-of-everyday-objects", "choir-of-hundred-voices-sings-in-train-station"],
    title: "Novel about lighthouse keepers wins national fiction prize",
    summary: "The judges called the book a quiet study of solitude told through one family's three generations.",
    byline: "Writing by Carmen Ruiz", image: "lighthouse",
    body: [
      p("The author, a former ferry engineer, wrote the novel over seven years in the early mornings before work."),
      q("It is a book about listening to the sea and to each other.", "The chair of the judges"),
      p("The prize includes a translation grant, and rights have been sold in nine countries."),
    ],
  },
  {
    slug: "museum-opens-gallery-of-everyday-objects", section: "culture", age: 60 * 24 + 60 * 6, offset: "+01:00",
    title: "Museum opens a gallery of everyday objects",
    summary: "Kettles, bus tickets and school satchels donated by residents tell the city's story of the last century.",
    byline: "Writing by Marta Kowalska",
    body: [
      p("More than four thousand people answered the museum's call for objects from their homes."),
      p("Each item is shown with a short note from the donor explaining what it meant to their family."),
      list("Open daily except Mondays", "Free entry for under-eighteens", "Large-print and audio guides available"),
    ],
  },
  {
    slug: "choir-of-hundred-voices-sings-in-train-station", section: "culture", age: 60 * 24 * 9, offset: "Z",
    title: "A hundred voices fill the main train station",
    summary: "Commuters stopped in their tracks as a community choir sang under the station's glass roof.",
    byline: "Writing by Jonas Weber",
    body: [
      p("The choir, made up of singers from every district of the city, rehearsed for three months in school halls."),
      p("The performance was timed to the evening rush hour and lasted twelve minutes."),
      p("Organisers hope to make it a yearly event."),
    ],
  },
  {
    slug: "film-festival-adds-relaxed-screenings", section: "culture", age: 60 * 24 * 26, offset: "+02:00",
    title: "Film festival adds relaxed screenings",
    summary: "Lights stay dimmed rather than dark and the sound is lowered, for viewers who find cinemas overwhelming.",
    byline: "Writing by Lea Martin",
    body: [
      p("Every film in the main programme will have at least one relaxed screening this year."),
      p("Viewers are free to move around, talk quietly or step out and return."),
      q("A festival should be for everyone who loves film.", "Festival director Noor Haddad"),
    ],
  },
  {
    slug: "underdogs-reach-cup-final-on-penalties", section: "sport", age: 2, offset: "Z",
    spans: [{ phrase: "first cup final", strong: true }],
    title: "Second-tier underdogs reach cup final on penalties",
    summary: "A save from the reserve goalkeeper sent the visitors through after a goalless semi-final.",
    byline: "Writing by Daniel Okafor",
    body: [
      p("The reserve goalkeeper, on for the last ten minutes of extra time, saved the fifth penalty low to his left."),
      p("It is the club's first cup final in its ninety-year history."),
      q("I just guessed, and this time I guessed right.", "The goalkeeper"),
      {
        type: "embed", provider: "YouTube", url: "https://www.youtube.com/watch?v=Dt1neSample",
        title: "Highlights: the shoot-out in full",
        thumbnail: { photo: "marathon", alt: "Fans in rain jackets at the stadium" },
      },
      p("The final is in four weeks."),
      {
        type: "embed", provider: "Mastodon", url: "https://social.example/@dateline/113402",
        title: "The club's post after the final whistle",
      },
    ],
  },
  {
    slug: "marathon-record-falls-in-cold-rain", section: "sport", age: 60 * 24 + 60 * 20, offset: "+01:00",
    spans: [{ phrase: "her second marathon", link: "/news/wheelchair-basketball-league-expands" }],
    title: "Course record falls in a cold, wet marathon",
    summary: "The winner broke away at the thirty-kilometre mark and finished more than a minute clear.",
    byline: "Writing by Tomas Lindqvist", image: "marathon", tags: ["Running"],
    body: [
      p("Rain fell for the whole race and the temperature never rose above eight degrees."),
      {
        type: "video", src: "video/marathon-finish.webm", width: 640, height: 360,
        poster: "images/photos/marathon-720.jpg",
        captions: { src: "video/marathon-finish.vtt", lang: "en", label: "English" },
        caption: "The last kilometre, filmed from the finish gantry.",
      },
      p("The winner, running only her second marathon, said she had not looked at her watch in the last ten kilometres."),
      p("More than twelve thousand runners finished."),
    ],
  },
  {
    slug: "wheelchair-basketball-league-expands", section: "sport", age: 60 * 24 * 4, offset: "Z",
    title: "Wheelchair basketball league adds four teams",
    summary: "The expansion brings the league to sixteen clubs, with new teams in two cities that had none.",
    byline: "Writing by Carmen Ruiz",
    body: [
      p("The league said demand from players had outgrown the number of places on existing teams."),
      p("A shared pool of sports wheelchairs will help new players try the game before buying their own."),
      list("Season starts in January", "All matches streamed free", "Mixed teams allowed at every level"),
    ],
  },
  {
    slug: "sailing-crew-completes-round-the-island-race", section: "sport", age: 60 * 24 * 18, offset: "-01:00",
    title: "Youth crew finishes round-the-island race",
    summary: "The youngest crew in the race's history completed the course in just under three days.",
    byline: "Writing by Ayse Demir",
    body: [
      p("The six sailors, aged between sixteen and nineteen, trained together for two years."),
      p("They finished fourteenth of forty boats after a calm final night slowed the whole fleet."),
      p("Their skipper said the crew would be back next year."),
    ],
  },
];

// Stories the newsroom simulator publishes while `make serve` runs.
export const POOL = [
  {
    slug: "storm-warning-issued-for-coast", section: "world",
    title: "Storm warning issued for the coast tonight",
    summary: "Forecasters expect gusts of up to ninety kilometres an hour after midnight.",
  },
  {
    slug: "shares-edge-higher-in-quiet-trading", section: "business",
    title: "Shares edge higher in quiet trading",
    summary: "The main index rose slightly as investors waited for next week's jobs figures.",
  },
  {
    slug: "rare-bird-spotted-at-city-reservoir", section: "science",
    title: "Rare bird spotted at city reservoir",
    summary: "Birdwatchers gathered after a wading bird far from its usual route was seen at dawn.",
  },
  {
    slug: "library-app-adds-audiobook-loans", section: "technology",
    title: "Library app adds audiobook loans",
    summary: "Members can now borrow audiobooks for three weeks at no charge.",
  },
  {
    slug: "street-art-trail-opens-in-old-town", section: "culture",
    title: "Street art trail opens in the old town",
    summary: "Twenty murals by local artists are linked by a walking route with printed maps.",
  },
  {
    slug: "home-side-levels-late-in-derby", section: "sport",
    title: "Home side levels late in the derby",
    summary: "A header in stoppage time earned a draw in front of a full stadium.",
  },
];
