//! English quotations: every mark style, every attribution pattern.

mod quotes_common;
use annotator::Lang;
use quotes_common::{check, quotes};

#[test]
fn marks_and_attributions() {
    check(Lang::En, &[
        ("\"We will rebuild the bridge,\" Mayor Anna Clark said.", &[('d', "We will rebuild the bridge,", Some("Anna Clark"))]),
        ("“The talks are over,” said Tom Baker.", &[('d', "The talks are over,", Some("Tom Baker"))]),
        ("Tom Baker told reporters: “The talks are over.”", &[('d', "The talks are over.", Some("Tom Baker"))]),
        ("Baker added: ‘We have no other choice left now.’", &[('d', "We have no other choice left now.", Some("Baker"))]),
    ]);
}

/// The attribution after a quote: an honorific's dot does not end the
/// subject; an apposition between commas; `?`/`!` or a nested closing mark
/// before the marks; a verb in the past no list names; after a full stop,
/// a short subject whose cue reports nothing of its own.
#[test]
fn attribution_after_the_quote() {
    check(Lang::En, &[
        ("Daniel Ortega chairs the committee. \"We will not back down,\" Mr. Ortega said.", &[('d', "We will not back down,", Some("Daniel Ortega"))]),
        ("\"Not yet,\" Gov. Kasich replied.", &[('d', "Not yet,", Some("Kasich"))]),
        ("\"The savings were never real,\" said Ms. Lindqvist, a spokeswoman.", &[('d', "The savings were never real,", Some("Lindqvist"))]),
        ("“Ted Cruz is not my favorite,” Graham, a former candidate, told CBS News.", &[('d', "Ted Cruz is not my favorite,", Some("Graham"))]),
        ("“That is a legitimate concern,” Sarandon, 69, told MSNBC on Monday.", &[('d', "That is a legitimate concern,", Some("Sarandon"))]),
        ("“Anyone but her,” Harry Bond, 30, of Raleigh, who was among those polled, said later.", &[('d', "Anyone but her,", Some("Harry Bond"))]),
        ("“She is also a mother,” another friend, Mariam Emara told CNN.", &[('d', "She is also a mother,", Some("Mariam Emara"))]),
        ("Cory James, 22, of Flint, Mich., said he had not given up hope.", &[('i', "he had not given up hope", Some("Cory James"))]),
        ("“We will stay the course,” the bespectacled, 71-year-old diplomat said.", &[('d', "We will stay the course,", Some("the bespectacled, 71-year-old diplomat"))]),
        ("“Trump is wrong on this,” reads a Wednesday editorial in The Ledger.", &[('d', "Trump is wrong on this,", Some("a Wednesday editorial in The Ledger"))]),
        ("“Who do they think they are?” Trump asked.", &[('d', "Who do they think they are?", Some("Trump"))]),
        ("“He said, ‘Keep going,’” Kiedis continued.", &[('d', "He said, ‘Keep going,’", Some("Kiedis"))]),
        ("“Compare him to Hillary,” Gorka urged.", &[('d', "Compare him to Hillary,", Some("Gorka"))]),
        ("“We will win this state easily.” Clinton told union workers in Los Angeles.", &[('d', "We will win this state easily.", Some("Clinton"))]),
        // After a full stop, a cue with an object or a quotation of its own is another sentence's.
        ("“We will win this state easily.” Clinton noted a planned rally in Ohio.", &[('d', "We will win this state easily.", None)]),
        // A word and a comma before the subject: the cue interrupts a sentence of its own.
        (
            "“It will pass,” said Dan Ross, a retired welder. “People here are tired. Nobody listens.” Perhaps, he said, the “town has changed.”",
            &[('d', "It will pass,", Some("Dan Ross")), ('d', "People here are tired. Nobody listens.", Some("Dan Ross")), ('d', "town has changed.", Some("Dan Ross"))],
        ),
        ("“I am proud of our people,” Sen. Chuck Schumer (D-N.Y.) said.", &[('d', "I am proud of our people,", Some("Chuck Schumer"))]),
        ("17-year-old Jared Potts echoed: “He speaks his mind.”", &[('d', "He speaks his mind.", Some("Jared Potts"))]),
        ("“Jeb wants to be a tough guy tonight,” Trump shot back.", &[('d', "Jeb wants to be a tough guy tonight,", Some("Trump"))]),
        ("“We have plenty of money,” Jeff Weaver, Sanders’ campaign manager, said.", &[('d', "We have plenty of money,", Some("Jeff Weaver"))]),
        ("“The risk pool is out of balance,\" the email read.", &[('d', "The risk pool is out of balance,", Some("the email"))]),
        ("“I am done with this whole thing,” the 46-year-old said.", &[('d', "I am done with this whole thing,", Some("the 46-year-old"))]),
        ("In the poll, 49% said, “It is a better economy now.”", &[('d', "It is a better economy now.", Some("49%"))]),
        ("The company wrote to its clients. It added, “We will review every contract.”", &[('d', "We will review every contract.", Some("The company"))]),
        ("“We will win,” said Ann Lee, who spoke first.", &[('d', "We will win,", Some("Ann Lee"))]),
        ("“It will be close,” one Republican said. Yet another said, “We will take second place.”", &[('d', "It will be close,", Some("one Republican")), ('d', "We will take second place.", Some("another"))]),
        ("Because of the calendar, explained Rosenberg, “the South votes first.”", &[('d', "the South votes first.", Some("Rosenberg"))]),
        // A participle opening the sentence after a quote is that quote's speaker's.
        (
            "Later in the show, Maher said, “It was not good.” Adding, “Now, like with all these scandals, it is never that bad.”",
            &[('d', "It was not good.", Some("Maher")), ('d', "Now, like with all these scandals, it is never that bad.", Some("Maher"))],
        ),
        // A cue well before the quote yields to the one right after its words and their comma.
        (
            "The union posted a long statement on its website about the closure: \"Nobody here was consulted,\" its secretary, Ann Ruiz, wrote.",
            &[('d', "Nobody here was consulted,", Some("Ann Ruiz"))],
        ),
        (
            "When Governor Ann Kerr offered the towns millions of dollars for their roads, “the towns were desperate. They needed it,” Ron Blake said.",
            &[('d', "the towns were desperate. They needed it,", Some("Ron Blake"))],
        ),
    ]);
}

/// A participle speaks for the subject of the verb before it, else of its
/// clause; fronted adverbials, datelines and a possessor are no speakers.
#[test]
fn participles_and_clause_subjects() {
    check(Lang::En, &[
        (
            "Hours later, Trump returned the compliment to Adelson, telling Reuters, “Sheldon is a very good man.”",
            &[('d', "Sheldon is a very good man.", Some("Trump"))],
        ),
        (
            "Former diplomat Madeleine Albright recently urged women to vote for Hillary Clinton, saying, “There is a special place for them.”",
            &[('d', "There is a special place for them.", Some("Madeleine Albright"))],
        ),
        (
            "Warren appeared with Rachel Maddow and officially endorsed Clinton, saying, “She is the best candidate we have.”",
            &[('d', "She is the best candidate we have.", Some("Warren"))],
        ),
        (
            "Trump, who has told aides he sees the issues as linked, said in his statement: “We will fix this.”",
            &[('i', "he sees the issues as linked", Some("Trump")), ('d', "We will fix this.", Some("Trump"))],
        ),
        (
            "O’Malley, who signed gun laws as governor, interjected to say: “That is simply not true.”",
            &[('d', "That is simply not true.", Some("O’Malley"))],
        ),
        (
            "“It was a dangerous situation,” she said, adding, “We acted on the best advice.”",
            &[('d', "It was a dangerous situation,", Some("she")), ('d', "We acted on the best advice.", Some("she"))],
        ),
        (
            "Boreing said the members would meet again, but said, “We are going back to our roots now.”",
            &[('i', "the members would meet again", Some("Boreing")), ('d', "We are going back to our roots now.", Some("Boreing"))],
        ),
        (
            "Speaking at a town hall in Salem, New Hampshire, Trump went after Bush, calling him “a very low energy person.”",
            &[('d', "a very low energy person.", Some("Trump"))],
        ),
        (
            "WASHINGTON — Hillary Clinton’s right-hand woman rallied supporters, saying: “We have to be ready to stop him.”",
            &[('d', "We have to be ready to stop him.", Some("Hillary Clinton’s right-hand woman"))],
        ),
    ]);
}

/// A quote paragraph with no cue continues the quote before it, unless a
/// sentence between names another speaker.
#[test]
fn continuations_and_introduced_speakers() {
    check(Lang::En, &[
        (
            "“We will not back down,” Ana Ruiz said.\n“This library is the only quiet place many of these children have.”",
            &[('d', "We will not back down,", Some("Ana Ruiz")), ('d', "This library is the only quiet place many of these children have.", Some("Ana Ruiz"))],
        ),
        (
            "“We will not back down,” Ana Ruiz said. Megyn Kelly was relentless.\n“Does that sound to you like the temperament of a leader?”",
            &[('d', "We will not back down,", Some("Ana Ruiz")), ('d', "Does that sound to you like the temperament of a leader?", Some("Megyn Kelly"))],
        ),
        // A long fronted adverbial opening with a preposition leaves the subject of the sentence before.
        (
            "Ann Ruiz spoke in Harlem on Monday. In response to her rival’s charge that she had been weak on climate change, she said the city had made progress. \"We have done an incredible job against great odds and we deserve support.\"",
            &[('i', "the city had made progress", Some("Ann Ruiz")), ('d', "We have done an incredible job against great odds and we deserve support.", Some("Ann Ruiz"))],
        ),
    ]);
}

/// A quotation inside a sentence that goes on in lower case before a cue
/// at its end is part of the reported clause, and the cue's speaker's; so
/// is the sentence in marks after it.
#[test]
fn quotation_opening_a_reported_clause() {
    check(Lang::En, &[
        (
            "“A kind of retrograde social structure of the past” that is blatantly sexist, Brock said.",
            &[
                ('i', "“A kind of retrograde social structure of the past” that is blatantly sexist", Some("Brock")),
                ('d', "A kind of retrograde social structure of the past", Some("Brock")),
            ],
        ),
        (
            "Ms. Hale “won easily among older voters” in the spring primary, said Dana Roth, a pollster. “That was her base.”",
            &[
                ('i', "Ms. Hale “won easily among older voters” in the spring primary", Some("Dana Roth")),
                ('d', "won easily among older voters", Some("Dana Roth")),
                ('d', "That was her base.", Some("Dana Roth")),
            ],
        ),
        (
            "Donations were “flat for weeks” as donors waited for a “calmer season” to come, Mr. Lutz said.",
            &[
                ('i', "Donations were “flat for weeks” as donors waited for a “calmer season” to come", Some("Lutz")),
                ('d', "flat for weeks", Some("Lutz")),
                ('d', "calmer season", Some("Lutz")),
            ],
        ),
        // A cue of its own before the quotation keeps it; the clause
        // holding both is the reporter's.
        (
            "Kemp called the plan “a disaster” in the debate, Ward said.",
            &[('i', "Kemp called the plan “a disaster” in the debate", Some("Ward")), ('d', "a disaster", Some("Kemp"))],
        ),
    ]);
}

/// A relative pronoun as the cue's subject is the speaker's mention, named
/// after the noun phrase it stands for.
#[test]
fn relative_subjects() {
    check(Lang::En, &[
        ("He was endorsed by Mike Lee, who declared in the spin room, “Ted Cruz is the best candidate.”", &[('d', "Ted Cruz is the best candidate.", Some("Mike Lee"))]),
        ("The listing was replaced by a message that said, “This item has been removed.”", &[('d', "This item has been removed.", Some("a message"))]),
        ("Pence linked to the Associated Press report, which notes, “The meetings were set months in advance.”", &[('d', "The meetings were set months in advance.", Some("the Associated Press report"))]),
    ]);
    let q = quotes(Lang::En, "He was endorsed by Mike Lee, who declared in the spin room, “Ted Cruz is the best candidate.”");
    assert_eq!(q[0].speaker_span.as_ref().map(|p| p.text.as_str()), Some("who"));
}

/// Quoted words inside a sentence with no cue of their own are its subject's.
#[test]
fn quotes_inside_a_clause() {
    check(Lang::En, &[
        (
            "Bernie Sanders spoke in Ohio. He vowed that “billionaires would have to pay their fair share.”",
            &[('d', "billionaires would have to pay their fair share.", Some("Bernie Sanders"))],
        ),
        (
            "Cruz is praising Jeb Bush as “a man who did not go to the gutter” and a friend.",
            &[('d', "a man who did not go to the gutter", Some("Cruz"))],
        ),
        // A subject that cannot speak gives no speaker.
        (
            "Good information can still drive out bad, but usually only when “the truth is sexier than the lie.”",
            &[('d', "the truth is sexier than the lie.", None)],
        ),
    ]);
}

#[test]
fn pronouns_and_fullest_names() {
    check(Lang::En, &[
        // A name inside the content of a report, or after a verb, is no antecedent.
        (
            "Megan Doyle worked there for six years. She said the order came from his chief of staff, Kevin Burke. \"I knew it was wrong,\" she said.",
            &[('i', "the order came from his chief of staff, Kevin Burke", Some("Megan Doyle")), ('d', "I knew it was wrong,", Some("Megan Doyle"))],
        ),
        // A title before the name makes it a person's (`Dr. Helen Park`).
        (
            "Dr. Helen Park, the director, arrived. \"People come here to read,\" she said.",
            &[('d', "People come here to read,", Some("Helen Park"))],
        ),
        (
            "Defense spokesman John Miller arrived late. \"We are watching closely,\" he said.",
            &[('d', "We are watching closely,", Some("John Miller"))],
        ),
        (
            "John Miller spoke on Monday. Miller said that the drills would continue next week.",
            &[('i', "the drills would continue next week", Some("John Miller"))],
        ),
        // A name after its role is the speaker, whatever words the role holds.
        (
            "\"The vote was close,\" said board chairman Alan Reyes after the meeting.",
            &[('d', "The vote was close,", Some("Alan Reyes"))],
        ),
    ]);
}

#[test]
fn reported_speech() {
    check(Lang::En, &[
        ("According to Sarah Lee, the plant will close in May.", &[('i', "the plant will close in May", Some("Sarah Lee"))]),
        ("The plant will close in May, Sarah Lee told reporters.", &[('i', "The plant will close in May", Some("Sarah Lee"))]),
        ("The company said the plant would close in May.", &[('i', "the plant would close in May", Some("The company"))]),
        ("An official said that the border would stay shut.", &[('i', "the border would stay shut", Some("An official"))]),
    ]);
}

#[test]
fn apostrophes_are_not_marks() {
    check(Lang::En, &[("Kirby’s team met in the ’90s and O’Neil’s aides agreed.", &[])]);
}

#[test]
fn multi_paragraph_english_quote() {
    let text = "Anna Clark said: “The first part of the statement goes here.\n“The second part of the statement ends here.”";
    let found = quotes(Lang::En, text);
    assert_eq!(found.len(), 1);
    assert!(found[0].text.ends_with("ends here."));
    assert_eq!(found[0].speaker.as_deref(), Some("Anna Clark"));
}

/// Short quoted words joined by `and`/`or`/a comma share one attribution.
#[test]
fn coordinated_short_quotes_share_the_attribution() {
    check(Lang::En, &[(
        "The two leaders described the partnership as \"lasting\" and \"fair and balanced\" after the summit.",
        &[('d', "lasting", Some("The two leaders")), ('d', "fair and balanced", Some("The two leaders"))],
    )]);
}

/// A headline `Name: statement`.
#[test]
fn headline_name_colon_statement() {
    check(Lang::En, &[
        (
            "Read more: Anna Clark: the budget is \"out of control\" this year\nThe story goes on.",
            &[('i', "the budget is \"out of control\" this year", Some("Anna Clark")), ('d', "out of control", Some("Anna Clark"))],
        ),
        ("Ukraine: fighting resumes in the east\nThe story goes on.", &[]),
    ]);
}

/// `said` + a clause with no `that`, and a reported question.
#[test]
fn clauses_without_that_and_questions() {
    check(Lang::En, &[
        ("The mayor said Russia had broken the deal again.", &[('i', "Russia had broken the deal again", Some("The mayor"))]),
        ("Reporters asked whether the minister would resign before the vote.", &[('i', "the minister would resign before the vote", Some("Reporters"))]),
        ("\"We will win,\" said Tom Baker on Monday as he was leaving.", &[('d', "We will win,", Some("Tom Baker"))]),
        ("The council announced the closure of the bridge for six weeks.", &[]),
    ]);
}

/// A time expression between the cue and its clause (`said on Monday the
/// …`) is not the clause; a company's abbreviated suffix (`Corp.`) does not
/// end its subject.
#[test]
fn time_after_the_cue_and_abbreviated_subjects() {
    check(Lang::En, &[
        ("Anna Berg said on Monday the bridge would reopen in June.", &[('i', "the bridge would reopen in June", Some("Anna Berg"))]),
        ("The harbour authority said Tuesday it would appeal the ruling.", &[('i', "it would appeal the ruling", Some("The harbour authority"))]),
        ("The port director said last week the cranes had been repaired.", &[('i', "the cranes had been repaired", Some("The port director"))]),
        ("Northwind Corp. said it would close two plants next year.", &[('i', "it would close two plants next year", Some("Northwind Corp."))]),
        ("The firm, Northwind Ltd., said on Friday it had settled the case.", &[('i', "it had settled the case", Some("Northwind Ltd."))]),
        ("Farmers say this year's harvest could be the worst in decades.", &[('i', "this year's harvest could be the worst in decades", Some("Farmers"))]),
        // A bare noun right before an auxiliary opens the clause too.
        ("Analysts said turnout had reached a record in the north.", &[('i', "turnout had reached a record in the north", Some("Analysts"))]),
        ("The utility said crews were restoring power to the valley.", &[('i', "crews were restoring power to the valley", Some("The utility"))]),
        ("She said goodbye to the neighbours who were leaving the town.", &[]),
        // `told` + whom + a clause without `that`.
        ("Anna Berg told reporters the bridge would reopen in June.", &[('i', "the bridge would reopen in June", Some("Anna Berg"))]),
        ("The minister told Parliament the plan had failed twice.", &[('i', "the plan had failed twice", Some("The minister"))]),
        ("The guide told visitors the history of the old castle.", &[]),
        // A name inside a compound adjective qualifies the speaker.
        ("The Boston-based firm Castelmer said crews were restoring power.", &[('i', "crews were restoring power", Some("Castelmer"))]),
        ("The council said on Monday.", &[]),
        ("The minister said on Monday the budget of the region.", &[]),
    ]);
}

/// A name qualifying a role is not the speaker; `and that` opens a second clause.
#[test]
fn role_heads_and_second_clauses() {
    check(Lang::En, &[
        ("The Industry Minister said that factories would reopen in March.", &[('i', "factories would reopen in March", Some("The Industry Minister"))]),
        (
            "Tom Reed said that the talks would go on and that no deal was near.",
            &[('i', "the talks would go on", Some("Tom Reed")), ('i', "no deal was near", Some("Tom Reed"))],
        ),
    ]);
}

/// A naming verb with its object reports words; naming a thing does not.
#[test]
fn naming_verbs() {
    check(Lang::En, &[
        ("Senator Ruth Carver called the decision \"a historic mistake\" on Tuesday.", &[('d', "a historic mistake", Some("Ruth Carver"))]),
        ("They live in a village called \"Hope\" near the coast.", &[]),
        ("The plan, dubbed \"Operation Spring\", was dropped.", &[]),
    ]);
}

/// The subject of a cue after `but now`, `and still`; a reported clause's
/// own subject and verb are never read as an inverted subject (`said they
/// were`, `said Trump had`); a person named after the organisation that
/// qualifies them is the speaker.
#[test]
fn coordinated_cues_and_reported_subjects() {
    check(Lang::En, &[
        (
            "State Senator Ruth Okafor voted for the plan in March, but now says the budget is “a waste of public money.”",
            &[('i', "the budget is “a waste of public money.”", Some("Ruth Okafor")), ('d', "a waste of public money.", Some("Ruth Okafor"))],
        ),
        (
            "Nearly half of the members said they were “deeply worried” about the merger.",
            &[('i', "they were “deeply worried” about the merger", Some("Nearly half of the members")), ('d', "deeply worried", Some("Nearly half of the members"))],
        ),
        (
            "“The port will stay open,” Harbor Board member Lena Voss said on Tuesday.",
            &[('d', "The port will stay open,", Some("Lena Voss"))],
        ),
        ("“It is over,” said he.", &[('d', "It is over,", Some("he"))]),
    ]);
}

/// A verb no list names before a colon, even with a particle and an
/// adverb after it, introduces the quote, but yields to a speech verb
/// after the quote; `From X:` names the source; a verb inverted after the
/// quote (`agrees X`); a participle speaks for the clause's subject rather
/// than for a verb inside the object.
#[test]
fn colons_inversions_and_participles() {
    check(Lang::En, &[
        ("Mayor Ruiz fired back angrily: “We will not pay for their mistakes.”", &[('d', "We will not pay for their mistakes.", Some("Ruiz"))]),
        ("Ms. Adler seemed annoyed: “Send it to the board,” she wrote.", &[('d', "Send it to the board,", Some("Adler"))]),
        (
            "From the inspectors’ report: “The wiring in the east wing does not meet the code in force since 2019.”",
            &[('d', "The wiring in the east wing does not meet the code in force since 2019.", Some("the inspectors’ report"))],
        ),
        ("“The ferry is always late,” agrees Tom Hale, a commuter.", &[('d', "The ferry is always late,", Some("Tom Hale"))]),
        (
            "Senator Ana Ruiz criticized the plan adopted by the committee last week, saying it goes “nowhere near far enough.”",
            &[('i', "it goes “nowhere near far enough.”", Some("Ana Ruiz")), ('d', "nowhere near far enough.", Some("Ana Ruiz"))],
        ),
    ]);
}

/// `as X puts it`: a verb phrase of two words is a cue; a person named
/// after a possessive heads the phrase (`The Ledger's Ann Fox`).
#[test]
fn verb_phrases_and_possessive_heads() {
    check(Lang::En, &[
        ("As The Ledger's Ann Fox puts it, “The board is unmoved.”", &[('d', "The board is unmoved.", Some("Ann Fox"))]),
        ("“We are not moving,” as one tenant put it.", &[('d', "We are not moving,", Some("one tenant"))]),
    ]);
}

/// A coordinator inside an apposition with no verb does not end it.
#[test]
fn coordinated_appositions() {
    check(Lang::En, &[
        ("Nora Platt, a nurse and mother of three, said: “We are exhausted.”", &[('d', "We are exhausted.", Some("Nora Platt"))]),
    ]);
}

/// A modal inside a name is no verb (`Theresa May`, `Will Doyle`); a
/// person named right before a colon speaks the words it announces.
#[test]
fn names_with_modals_and_names_before_a_colon() {
    check(Lang::En, &[
        ("“We are done,” said Will Ruiz.", &[('d', "We are done,", Some("Will Ruiz"))]),
        ("Theresa Moore said the deal was done. “Really,” Grace May said.", &[('i', "the deal was done", Some("Theresa Moore")), ('d', "Really,", Some("Grace May"))]),
        (
            "The rise of the mayor does not surprise the pollster Dana Roth: “Voters here have always liked newcomers.”",
            &[('d', "Voters here have always liked newcomers.", Some("Dana Roth"))],
        ),
    ]);
}

/// An apposition between dashes (`X — a teacher from Y — says`) leaves
/// the phrase before it the subject.
#[test]
fn appositions_between_dashes() {
    check(Lang::En, &[(
        "Owen Tate — a farmer from Clay County — says the new rule was “a real blow.”",
        &[('i', "the new rule was “a real blow.”", Some("Owen Tate")), ('d', "a real blow.", Some("Owen Tate"))],
    )]);
}

/// A cue between commas with a name after it interrupts the sentence: its
/// speaker is that name, not the sentence's subject; a verb with an
/// object there (`told POLITICO,`) is no such cue.
#[test]
fn cue_interrupting_a_sentence() {
    check(Lang::En, &[
        (
            "The trouble, says Carl Mertz, a historian at the library, is that she was \"the most powerful of them.\"",
            &[('d', "the most powerful of them.", Some("Carl Mertz"))],
        ),
        (
            "Dan Hewitt, who chairs the county party, told POLITICO, “Of the three, I like Kasich best.”",
            &[('d', "Of the three, I like Kasich best.", Some("Dan Hewitt"))],
        ),
    ]);
}

/// An apposition whose described head a long relative clause follows
/// (`X, a top operative who … and is now running …, said`) leaves X the
/// subject, not a name inside the description.
#[test]
fn long_described_appositions() {
    check(Lang::En, &[(
        "Rick Hefner, a top Tallahassee GOP operative who played a major role in the 2008 win and is now running the early-vote effort in the state, said the program is a “critical part of our strategy.”",
        &[('i', "the program is a “critical part of our strategy.”", Some("Rick Hefner")), ('d', "critical part of our strategy.", Some("Rick Hefner"))],
    )]);
}

/// A cue with a named subject inside a fronted clause (`As X explained,`,
/// `As X puts it,`) is X's, not the main clause's subject's; the cue of a
/// reported clause holding a quote gives it the clause's speaker.
#[test]
fn fronted_as_clauses_and_clause_cues() {
    check(Lang::En, &[
        (
            "As press secretary Jon Ernst explained, three taxes were postponed in the deal, “which sounds like a lot of money.”",
            &[('d', "which sounds like a lot of money.", Some("Jon Ernst"))],
        ),
        (
            "But Ruth Walker added that, based on what she has seen, the judge \"has been nothing but fair in this case.\"",
            &[
                ('i', "based on what she has seen, the judge \"has been nothing but fair in this case.\"", Some("Ruth Walker")),
                ('d', "has been nothing but fair in this case.", Some("Ruth Walker")),
            ],
        ),
    ]);
}

/// A quote after a sentence opener and its comma, ending the sentence,
/// goes on from the quote attributed before it (`Instead, "…"`).
#[test]
fn continuation_after_an_opener() {
    check(Lang::En, &[(
        "“He is supposed to be a cheerleader for this town,” Ray Dunn said. Instead, “he just acts like a beaten man.”",
        &[('d', "He is supposed to be a cheerleader for this town,", Some("Ray Dunn")), ('d', "he just acts like a beaten man.", Some("Ray Dunn"))],
    )]);
}
