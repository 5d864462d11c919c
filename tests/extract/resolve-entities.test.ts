import { describe, expect, it } from "vitest";
import { extract, found } from "./helpers.js";

describe("resolveEntities (within a document)", () => {
  it("resolves a later bare surname and 'Mr Abbas' to the full name", () => {
    const out = found("Mahmoud Abbas arrived. Later Mr Abbas spoke, and Abbas left.");
    expect(out.filter((m) => m.startsWith("person:"))).toEqual([
      "person:Mahmoud Abbas -> person:mahmoud-abbas",
      "person:Abbas -> person:mahmoud-abbas",
      "person:Abbas -> person:mahmoud-abbas",
    ]);
  });
  it("gives an appositive role after a comma to the name before it ('Li Chenggang, Permanent Representative of China')", () => {
    const out = found("Interview with Li Chenggang, Permanent Representative of China to the WTO.");
    expect(out).toContain("person:Representative of China -> person:li-chenggang");
    expect(out.some((m) => m.endsWith("person:representative") || m.endsWith("person:representative-of"))).toBe(false);
  });
  it("resolves a sentence-opening surname ('Votel explained') once the full name is known", () => {
    expect(found("Gen. Joseph L. Votel visited. Votel explained the plan.")).toContain("person:Votel -> person:joseph-l-votel");
  });
  it("links an acronym defined in parentheses to its long form", () => {
    const doc = extract("U.S. forces advise the Syrian Democratic Forces (SDF). The SDF advanced.");
    const ids = doc.mentions.filter((m) => m.text === "SDF").map((m) => m.entity);
    expect(ids).toEqual(["organization:syrian-democratic-forces", "organization:syrian-democratic-forces"]);
    expect(doc.entities["organization:syrian-democratic-forces"].aliases).toEqual(["Syrian Democratic Forces", "SDF"]);
  });
  it("links an acronym to the long name its initials spell", () => {
    expect(entityOf("The Shanghai Cooperation Organization met. The SCO grew.", "SCO")).toBe("organization:shanghai-cooperation-organization");
  });
  it("resolves a role to the person introduced with it", () => {
    expect(found("Foreign Secretary Boris Johnson arrived. The Foreign Secretary said he was pleased.")).toContain(
      "person:Foreign Secretary -> person:boris-johnson",
    );
  });
  it("splits a hyphen-joined pair of known people", () => {
    const out = found("President Vladimir Putin met President Xi Jinping. The Putin-Xi talks ended.");
    expect(out).toContain("person:Putin -> person:vladimir-putin");
    expect(out).toContain("person:Xi -> person:xi-jinping");
  });
  it("gives a title the person named after it, past a country inside the title", () => {
    expect(found("U.S. President Joe Biden met Xi Jinping. President Xi spoke.")).toContain("person:U.S. President -> person:joe-biden");
  });
  it("reads every bare spelling of a group typed by context as that group", () => {
    const out = found("The attack was claimed by Da’esh. Later, Daesh lost ground and Dae’sh claimed more.");
    expect(out.filter((m) => /Da/.test(m))).toEqual([
      "organization:Da’esh -> organization:daesh",
      "organization:Daesh -> organization:daesh",
      "organization:Dae’sh -> organization:daesh",
    ]);
  });
  it("keeps a person named Jordan apart from the country Jordan", () => {
    const doc = extract("Michael Jordan visited Jordan.");
    expect(doc.mentions.map((m) => m.entity)).toEqual(["person:michael-jordan", "country:jordan"]);
  });
  it("gives every mention the text at its offsets and a valid sentence", () => {
    const doc = extract("“Russia’s” war. Mr. Putin, who met Xi Jinping in Samarkand, spoke.\n\nThe U.S. replied.");
    for (const m of doc.mentions) {
      expect(doc.text.slice(m.start, m.end)).toBe(m.text);
      const s = doc.sentences[m.sentence];
      expect(m.start >= s.start && m.end <= s.end).toBe(true);
    }
  });
  it("resolves a one-word company name to a person of that surname in the same document ('Harrison Ford' ... 'Ford said')", () => {
    expect(found("Harrison Ford starred in the film. Ford said he enjoyed it.")).toEqual([
      "person:Harrison Ford -> person:harrison-ford",
      "person:Ford -> person:harrison-ford",
    ]);
  });
  it("resolves a two-word short form to the one full name it shortens, but not a full name with another initial", () => {
    expect(entityOf("Abu Jandal al-Kuwaiti, an ISIL leader, was killed. Abu Jandal planned attacks.", "Abu Jandal")).toBe("person:abu-jandal-al-kuwaiti");
    expect(entityOf("Gen. Joseph L. Votel visited. Joseph Votel explained the plan.", "Joseph Votel")).toBe("person:joseph-l-votel");
    const bushes = extract("George W. Bush met George H. W. Bush. George Bush spoke.").mentions.map((m) => m.entity);
    expect(bushes).toEqual(["person:george-w-bush", "person:george-h-w-bush", "person:george-bush"]);
  });
  it("resolves a surname past a generational suffix ('Charles H. Keating IV' ... 'Keating')", () => {
    const doc = extract("We mourn Charles H. Keating IV, who was killed. Petty Officer Keating advised our partners. Keating's service was honorable.");
    const keating = doc.mentions.filter((m) => m.text.includes("Keating")).map((m) => m.entity);
    expect(keating).toEqual(["person:charles-h-keating-iv", "person:charles-h-keating-iv", "person:charles-h-keating-iv"]);
  });
  it("keeps a name hyphenated on a particle whole ('Bashar al-Assad'), and gives an abbreviated title to the name after it", () => {
    expect(found("Syrian President Bashar al-Assad spoke.")).toContain("person:Bashar al-Assad -> person:bashar-al-assad");
    expect(found("Gen. Joseph L. Votel visited.")).toEqual(["person:Gen -> person:joseph-l-votel", "person:Joseph L. Votel -> person:joseph-l-votel"]);
  });
  it("keeps a lowercase particle that opens a name ('al-Qaeda', 'al-Assad'), and resolves the particle's surname to the full name", () => {
    expect(found("He said al-Qaeda was behind the attack.")).toEqual(["organization:al-Qaeda -> organization:al-qaeda"]);
    // Tokenized text spaces the hyphen; a dash after any other word still ends the name.
    expect(found("He said al - Qaeda was behind the attack.")).toEqual(["organization:al - Qaeda -> organization:al-qaeda"]);
    const doc = extract("Bashar al-Assad spoke on Monday. Later al-Assad left for Moscow.");
    expect(doc.mentions.map((m) => `${m.text}=${m.entity}`)).toEqual(["Bashar al-Assad=person:bashar-al-assad", "al-Assad=person:bashar-al-assad"]);
  });
  it("does not resolve an ordinary word to a full name it opens ('New' and 'New Yorker Dick Morris')", () => {
    const ids = extract("New Yorker Dick Morris advised Bill Clinton. New business has come. Morris said so.").mentions.map((m) => `${m.text}=${m.entity}`);
    expect(ids).not.toContain("New=person:new-yorker-dick-morris");
    expect(ids).toContain("Morris=person:new-yorker-dick-morris");
  });
  it("keeps 'Saud Al-Faisal' one name, and gives a plural title to no one ('Leaders meet')", () => {
    expect(found("Saudi Foreign Minister Prince Saud Al-Faisal spoke.")).toContain("person:Saud Al-Faisal -> person:saud-al-faisal");
    expect(found("Leaders meet over Turkish EU bid")).toEqual(["country:Turkish -> country:turkey", "organization:EU -> organization:eu"]);
  });
  it("gives a bare title word to the one person holding a title that ends with it ('the Secretary')", () => {
    expect(found("Foreign Secretary Boris Johnson welcomed it. The Secretary said: I welcome the report.")).toContain("person:Secretary -> person:boris-johnson");
  });
  it("lets a bare one-word title with no holder name no one, but keeps a longer unheld role ('The Foreign Secretary said:')", () => {
    expect(found("The King spoke. The MP left.")).toEqual([]);
    expect(found("Talks ended. The Foreign Secretary said: I welcome it.")).toEqual(["person:Foreign Secretary -> person:foreign-secretary"]);
  });
  it("types a lone unresolved name listed with an organization as one ('the Iraqi security forces and Peshmerga')", () => {
    expect(found("The Iraqi security forces and Peshmerga fought ISIL.")).toContain("organization:Peshmerga -> organization:peshmerga");
  });
  it("resolves a listed name to the person it names before reading the list ('Assad and ISIL'), and skips ordinary words", () => {
    expect(found("Thousands were killed at the hands of Assad and ISIL. President Assad denied it.")[0]).toBe("person:Assad -> person:assad");
    expect(found("The Department for Environment, Food and Rural Affairs said food prices rose.")).not.toContain("organization:Food -> organization:food");
  });
  it("gives an untyped name the entity of the name it is 'also known as'", () => {
    expect(found("Daesh, also known as ISIL, claimed it.")).toEqual(["organization:Daesh -> organization:isil", "organization:ISIL -> organization:isil"]);
    expect(found("The Islamic State of Iraq and the Levant (ISIL), also known as Daesh, lost ground.")).toContain(
      "organization:Daesh -> organization:islamic-state-of-iraq-and-the-levant",
    );
    expect(found("Barack Obama spoke. Obama called Merkel today.")).not.toContain("person:Merkel -> person:barack-obama");
  });
  it("gives an appositive role to the name after it past 'the Hon' and the letters after it", () => {
    expect(found("The Minister for Foreign Affairs, the Hon Julie Bishop MP, said Australia would contribute.")).toEqual([
      "person:Minister for Foreign Affairs -> person:julie-bishop",
      "person:Hon Julie Bishop MP -> person:julie-bishop",
      "country:Australia -> country:australia",
    ]);
  });
});

function entityOf(text: string, surface: string): string | undefined {
  return extract(text).mentions.find((m) => m.text === surface)?.entity;
}
