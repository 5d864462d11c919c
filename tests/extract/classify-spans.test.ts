import { describe, expect, it } from "vitest";
import { found } from "./helpers.js";

describe("classifyCandidates (type cues)", () => {
  it("reads a title as the cue for a person and leaves it out of the name", () => {
    expect(found("President Vladimir Putin spoke.")).toContain("person:Vladimir Putin -> person:vladimir-putin");
  });
  it("reads 'Secretary of State John Kerry' as the person John Kerry", () => {
    expect(found("Secretary of State John Kerry flew in.")).toContain("person:John Kerry -> person:john-kerry");
  });
  it("reads a lowercase role noun before a name as a person cue", () => {
    expect(found("White House national security spokesman John Kirby said it.")).toContain("person:John Kirby -> person:john-kirby");
  });
  it("reads organization head words, also in 'of' names", () => {
    const out = found("The Syrian Democratic Forces and the Ministry of Defence agreed.");
    expect(out).toContain("organization:Syrian Democratic Forces -> organization:syrian-democratic-forces");
    expect(out).toContain("organization:Ministry of Defence -> organization:ministry-of-defence");
  });
  it("reads the White House, the Kremlin and the Pentagon as organizations", () => {
    const out = found("The White House, the Kremlin and the Pentagon replied.");
    expect(out).toEqual(expect.arrayContaining(["organization:White House -> organization:white-house", "organization:Kremlin -> organization:kremlin", "organization:Pentagon -> organization:pentagon"]));
  });
  it("splits hyphen-joined countries", () => {
    expect(found("The Russia-Ukraine war goes on.")).toEqual(["country:Russia -> country:russia", "country:Ukraine -> country:ukraine"]);
  });
  it("reads a demonym as its country, and a demonym with a state organ as an organization", () => {
    expect(found("Russian troops moved.")).toEqual(["country:Russian -> country:russia"]);
    expect(found("They support Iraqi security forces.")).toContain("organization:Iraqi security forces -> organization:iraqi-security-forces");
  });
  it("also reads the country inside an organization's name", () => {
    expect(found("We urge the Government of Iraq to act.")).toEqual(["organization:Government of Iraq -> organization:government-of-iraq", "country:Iraq -> country:iraq"]);
  });
  it("never makes a capital city a country", () => {
    expect(found("Leaders met in Beijing, Moscow and Samarkand.").filter((m) => m.startsWith("country:"))).toEqual([]);
  });
  it("reads an acronym as an organization", () => {
    expect(found("Strikes hit ISIL positions.")).toEqual(["organization:ISIL -> organization:isil"]);
  });
  it("reads 'the Asad regime' as a regime led by the person Asad", () => {
    expect(found("Aid was blocked by the Asad regime.")).toEqual(["organization:Asad regime -> organization:asad-regime", "person:Asad -> person:asad"]);
  });
  it("drops a capitalized sentence opener with no cue", () => {
    expect(found("Photographs of the meeting circulated.")).toEqual([]);
  });
});

describe("classifyCandidates (more cues)", () => {
  it("reads an adjective compound as its countries, not as an organization", () => {
    expect(found("Sino-Russian friendship has no limit.")).toEqual(["country:Sino -> country:china", "country:Russian -> country:russia"]);
  });
  it("reads numbered units and embassies as organizations", () => {
    expect(found("Airmen from the 507th Air Refueling Wing departed.")).toEqual(["organization:507th Air Refueling Wing -> organization:507th-air-refueling-wing"]);
    expect(found("Ships sailed in the U.S. 5th Fleet area.")).toContain("organization:U.S. 5th Fleet -> organization:us-5th-fleet");
    expect(found("The U.S. Embassy made a grant.")).toContain("organization:U.S. Embassy -> organization:us-embassy");
  });
  it("reads a name as an organization from the words around it", () => {
    expect(found("The attack was claimed by Daesh.")).toEqual(["organization:Daesh -> organization:daesh"]);
    expect(found("They retook the Houthi-controlled port.")).toEqual(["organization:Houthi -> organization:houthi"]);
    expect(found("He joined the fight against Daesh.")).toEqual(["organization:Daesh -> organization:daesh"]);
  });
  it("does not read acronyms of things as organizations", () => {
    expect(found("A strike destroyed a VBIED, a UAV and an IED.")).toEqual([]);
    expect(found("Sales of DVD players and HDTV sets rose, R&B fans said. MPs voted.")).toEqual([]);
  });
  it("reads a company compromise lists as an organization, even before 'said'", () => {
    const out = found("Analysts said Microsoft would cut prices, while Google said nothing.");
    expect(out).toEqual(["organization:Microsoft -> organization:microsoft", "organization:Google -> organization:google"]);
  });
  it("reads no one in a lone plural job noun ('Analysts said')", () => {
    expect(found("Prices fell against the dollar Analysts said it was hard to tell.")).toEqual([]);
  });
  it("reads a title word after a first name as a surname ('Martin Luther King Jr.', 'Carole King')", () => {
    expect(found("The crowd heard Martin Luther King Jr. speak.")).toEqual(["person:Martin Luther King Jr -> person:martin-luther-king-jr"]);
    expect(found("Singer Carole King performed.")).toEqual(["person:Carole King -> person:carole-king"]);
  });
  it("reads 'on' names after a head word as organizations", () => {
    expect(found("The Council on Foreign Relations published a report.")).toEqual(["organization:Council on Foreign Relations -> organization:council-on-foreign-relations"]);
  });
  it("finds the organization named by an acronym inside a role ('Chief Executive of AOL UK')", () => {
    const out = found("\"It is great,\" said Karen Thomson, Chief Executive of AOL UK, \"for many people.\"");
    expect(out).toContain("person:Chief Executive of AOL UK -> person:karen-thomson");
    expect(out).toContain("organization:AOL -> organization:aol");
    expect(out).toContain("country:UK -> country:united-kingdom");
  });
  it("reads a listed company written with its possessive as the company ('McDonald's')", () => {
    expect(found("McDonald's boss Charlie Bell has died.")).toEqual(["organization:McDonald's -> organization:mcdonalds", "person:Charlie Bell -> person:charlie-bell"]);
  });
  it("reads treasurers and MPs as titles", () => {
    expect(found("Treasurer Peter Costello said so.")).toContain("person:Peter Costello -> person:peter-costello");
    expect(found("Labour MP Diane Abbott spoke.")).toContain("person:Diane Abbott -> person:diane-abbott");
  });
  it("reads a lone ordinary word that speaks as an institution ('Labour said'), and a surname that speaks as a person", () => {
    expect(found("He backed Labour at the election, Labour said.")).toEqual(["organization:Labour -> organization:labour-party", "organization:Labour -> organization:labour-party"]);
    expect(found("Gordon Brown spoke. Later Brown said it was fine.")).toEqual(["person:Gordon Brown -> person:gordon-brown", "person:Brown -> person:gordon-brown"]);
  });
  it("reads no name in a lone demonym compromise knows ('European', 'Welsh', 'Asians')", () => {
    expect(found("European leaders met. The Welsh side won. Asians and Europeans agreed.")).toEqual([]);
  });
  it("reads a lowercase company noun before a name as an organization cue ('oil firm Yukos', 'rock band Green Day')", () => {
    expect(found("Russian oil firm Yukos was sold.")).toContain("organization:Yukos -> organization:yukos");
    expect(found("The charity Oxfam said so.")).toEqual(["organization:Oxfam -> organization:oxfam"]);
  });
  it("splits 'Kort Schubert of the Cardiff Blues' into the person and what follows", () => {
    expect(found("It was a win, said Kort Schubert of the Cardiff Blues.")).toEqual(["person:Kort Schubert -> person:kort-schubert"]);
  });
  it("reads a name before a member's role and a person as an organization ('Chelsea boss Jose Mourinho')", () => {
    expect(found("Chelsea boss Jose Mourinho said so.")).toEqual(["organization:Chelsea -> organization:chelsea", "person:Jose Mourinho -> person:jose-mourinho"]);
    expect(found("Labour leader Tony Blair spoke.")).toContain("organization:Labour -> organization:labour-party");
  });
  it("reads no person in a title word before an ordinary word ('the General Election')", () => {
    expect(found("They hope to win the General Election in May. The election is close.")).toEqual([]);
    expect(found("President Obama spoke.")).toContain("person:Obama -> person:obama");
  });
  it("reads the acronym as the name when uncued words qualify it ('the Kurdish YPG'), but keeps company forms ('Liverpool FC')", () => {
    expect(found("Photographs were associated with the Kurdish YPG recently.")).toEqual(["organization:YPG -> organization:ypg"]);
    expect(found("Liverpool FC won. Deutsche Bank AG fell.")).toEqual(["organization:Liverpool FC -> organization:liverpool-fc", "organization:Deutsche Bank AG -> organization:deutsche-bank-ag"]);
    expect(found("Soldiers assist in Counter-IED training.")).toEqual([]);
    expect(found("We mourn Charles H. Keating IV today.")).toEqual(["person:Charles H. Keating IV -> person:charles-h-keating-iv"]);
  });
  it("reads the council, not its resolution ('UN Security Council Resolution 2254')", () => {
    expect(found("UN Security Council Resolution 2254 was ignored.")).toEqual(["organization:UN Security Council -> organization:un-security-council", "organization:UN -> organization:un"]);
  });
  it("finds the person after a long title even when compromise reads the first name as a place ('Deputy Secretary of State Tony Blinken')", () => {
    expect(found("Then Deputy Secretary of State Tony Blinken will travel to Paris.")).toContain("person:Tony Blinken -> person:tony-blinken");
  });
  it("reads a name after 'near' or 'outside' as a place ('Near Ayn Isa, one strike ...')", () => {
    expect(found("Near Ayn Isa, one strike destroyed a position.")).toEqual([]);
    expect(found("Troops gathered near Mosul and outside Raqqa.")).toEqual([]);
  });
  it("leaves a word that dates a role out of the name after it ('Former WorldCom boss', 'Ex-Chelsea striker')", () => {
    expect(found("Former WorldCom boss Bernie Ebbers denied it.")).toContain("organization:WorldCom -> organization:worldcom");
    expect(found("Ex-Chelsea striker Jimmy Greaves spoke.")).toContain("organization:Chelsea -> organization:chelsea");
  });
  it("ends no name with a capitalized 'And' ('Jamie And His Magic Torch', cut at the pronoun)", () => {
    expect(found("Children watched Jamie And His Magic Torch on Fridays.").some((f) => f.includes("Jamie And"))).toBe(false);
  });
  it("reads 'militias like X' as an organization cue", () => {
    expect(found("Shelling by the regime and militias like Hezbollah continued.")).toEqual(["organization:Hezbollah -> organization:hezbollah"]);
  });
  it("reads Arabic organization names by their first word ('Jabhat al-Nusra', 'Jaish al-Islam', 'Hay'at Tahrir al-Sham')", () => {
    expect(found("The Free Syrian Army and Jabhat al-Nusra clashed with Ahrar al-Sham near Idlib.")).toEqual([
      "organization:Free Syrian Army -> organization:free-syrian-army",
      "organization:Jabhat al-Nusra -> organization:jabhat-al-nusra",
      "organization:Ahrar al-Sham -> organization:ahrar-al-sham",
    ]);
    expect(found("Jaish al-Islam fighters withdrew.")).toEqual(["organization:Jaish al-Islam -> organization:jaish-al-islam"]);
    expect(found("Hay'at Tahrir al-Sham seized the town.")).toEqual(["organization:Hay'at Tahrir al-Sham -> organization:hayat-tahrir-al-sham"]);
  });
  it("takes the title before a name, not a surname that is a title word ('Foreign Minister Julie Bishop')", () => {
    expect(found("Australian Foreign Minister Julie Bishop announced aid.")).toContain("person:Julie Bishop -> person:julie-bishop");
  });
  it("does not make a group of a people's adjective before '-led' ('the Kurdish-led SDF')", () => {
    expect(found("The Kurdish-led Syrian Democratic Forces captured Raqqa.")).toEqual(["organization:Syrian Democratic Forces -> organization:syrian-democratic-forces"]);
    expect(found("Houthi-controlled ports were hit.")).toEqual(["organization:Houthi -> organization:houthi"]);
  });
  it("reads a name spelled by the acronym in parentheses after it as one organization ('Syrian Arab Red Crescent (SARC)')", () => {
    expect(found("The Syrian Arab Red Crescent (SARC) delivered aid. SARC said so.")).toEqual([
      "organization:Syrian Arab Red Crescent -> organization:syrian-arab-red-crescent",
      "organization:SARC -> organization:syrian-arab-red-crescent",
      "organization:SARC -> organization:syrian-arab-red-crescent",
    ]);
  });
  it("reads a name before 'rebels' or 'fighters' as a group, but not a people's adjective ('Kurdish rebels')", () => {
    expect(found("Houthi rebels fired missiles at Saudi Arabia.")).toEqual(["organization:Houthi -> organization:houthi", "country:Saudi Arabia -> country:saudi-arabia"]);
    expect(found("Kurdish rebels attacked a base.")).toEqual([]);
  });
  it("reads a first name spelled like a country before a surname as a person ('Dominique Bussereau'), and a portfolio before 'minister' as no group", () => {
    expect(found("Agriculture minister Dominique Bussereau spoke.")).toEqual(["person:Dominique Bussereau -> person:dominique-bussereau"]);
  });
  it("reads 'New Jersey' and 'New Mexico' as places, not as Jersey and Mexico", () => {
    expect(found("Born in New Jersey, Hill began her career. New Mexico is dry.")).toEqual([]);
    expect(found("Papua New Guinea voted.")).toEqual(["country:Papua New Guinea -> country:papua-new-guinea"]);
  });
});
