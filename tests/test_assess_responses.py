"""How a disclosure was answered: turns to oneself, formula sympathy fused to a fix, reproach, unrelated closed
questions and advice after the feelings were heard (the error cases of the second labelled set, reworded)."""

from __future__ import annotations

import pytest

from heart2heart.annotate import annotate_conversation
from heart2heart.assess.conflict import ConflictMoment
from heart2heart.assess.disclosures import classify_response, depth_of, find_disclosures, norm
from heart2heart.model import Conversation, Empathy, Labels, Turn, Utterance

DISCLOSED = "my manager said my work has been slipping and I sat in my car and cried. I'm so anxious about it"


def _turn(*texts: str) -> Turn:
    utts = tuple(Utterance(conversation="c", index=i, speaker="B", text=t) for i, t in enumerate(texts))
    return Conversation(id="c", utterances=utts).turns()[0]


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        # "same" then the replier's own story, nothing said to the other: a turn to oneself
        (("omg SAME. my boss did the same thing to me last month, I was so mad I almost quit",), "deflected"),
        (("Oh mate, welcome to the club! Me and my ex split three years ago. Best thing I ever did.",), "deflected"),
        # a bare token, then a longer self-story
        (
            ("Nice. Funnily enough I was in Singapore last month, they put me up at the best hotel in town",),
            "deflected",
        ),
        # a short formula of sympathy fused to the fix
        (("so sorry. honestly the best thing is to talk to HR tomorrow",), "advice"),
        (("omg babe 😭 ok here's what you do.", "update your CV tonight"), "advice"),
        # one line of sympathy, then a fix: still advice (issue 4); two sentences of hearing first meet it
        (("That sounds really frightening, no wonder you cried.", "maybe talk to HR tomorrow?"), "advice"),
        (
            ("That sounds really frightening, no wonder you cried.", "I'd be shaken too after that.", "maybe HR?"),
            "met",
        ),
        # a reproach answers the feeling with blame
        (("You could have told me before the meeting.",), "deflected"),
        # a closed question on something else ignores the feeling
        (("Is the documentation done?",), "deflected"),
        # a reciprocal disclosure on the same subject that stays with the other person
        (("that's so hard. I cried in my car after a review too, you're not the only one",), "met"),
    ],
)
def test_response(reply: tuple[str, ...], expected: str) -> None:
    assert classify_response(DISCLOSED, _turn(*reply))[0] == expected


def test_advice_after_the_feelings_were_heard_meets() -> None:
    reply = _turn("maybe you could write it down for him first?")
    assert classify_response(DISCLOSED, reply, heard=False)[0] == "advice"
    assert classify_response(DISCLOSED, reply, heard=True)[0] == "met"


def test_away_is_not_an_acknowledgement() -> None:
    # "aw" used to match inside "away": the reply below is pure advice
    reply = _turn("put her bed and bowls away today, seeing them makes it harder")
    assert classify_response(DISCLOSED, reply)[0] == "advice"


@pytest.mark.parametrize(
    "text",
    ["I've been having a really hard week, I keep waking up at 4 am", "I feel like I'm not myself anymore"],
)
def test_struggles_without_feeling_words_are_deep(text: str) -> None:
    assert depth_of(Utterance(conversation="c", index=0, speaker="A", text=text)) == 3


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        # an emoji on its own hears it (the emoji used to need a word before it)
        (("❤️",), "met"),
        (("Oh dear.",), "met"),
        # reassurance against the discloser's harsh word for themselves is not an attack; fused to a fix, advice
        (("you're not stupid!! go to that spin class with me tomorrow",), "advice"),
        (("you're not stupid. you trusted someone, that's not a flaw",), "met"),
        # "maybe" + a bare verb + an object is a suggestion
        (("totally. maybe plant something in the garden for her",), "advice"),
        (("Oh, Tom. Carrying that on your own, that's heavy.",), "met"),
    ],
)
def test_more_response_cues(reply: tuple[str, ...], expected: str) -> None:
    assert classify_response(DISCLOSED, _turn(*reply))[0] == expected


def test_a_question_about_the_same_thing_explores_it() -> None:
    # "cry" and "cried" are the same word: the closed question is about what was shared
    disclosed = "Mine was the opposite, we cried at everything, and I learned to hide it"
    assert classify_response(disclosed, _turn("Really? So you don't cry in front of people either?"))[0] == "met"
    assert classify_response(disclosed, _turn("Do you like travelling?"))[0] == "deflected"


HOSPITAL = "my dad's been in hospital since thursday and I'm really scared, I keep crying at work"


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        # sympathy in other words than "sorry": pity, love sent, thanks for saying it, appreciation
        (("poor you",), "met"),
        (("sending love x",), "met"),
        (
            ("Wow. Ok. I didn't expect that. Thank you for saying it, I mean that. It means more than I can type.",),
            "met",
        ),
        (("I appreciate you telling me. For what it's worth, I had the same feeling my whole first year.",), "met"),
        (("That really hurts to read. You were never too much.",), "met"),
        (("That's so much for a nine-year-old to hold.",), "met"),
        (("Oh. Mark. You've never told me that.",), "met"),
        # texting forms are read spelled out: "u never told me" is "you never told me"
        (("WHAT. u never told me",), "met"),
        # an opening swear, and a bare endearment or "oh" + a name, turn to the person
        (("shit. is he ok?",), "met"),
        (("Oh, sweetheart.",), "met"),
        (("Oh Liam.",), "met"),
        # a summary of what was said is a reflection; surprise that invites more explores it
        (("So it isn't only the hospital, it's everything on top of it.",), "met"),
        (("Really?",), "met"),
        # a question about a person the discloser spoke of
        (("how is he doing now?",), "met"),
    ],
)
def test_meeting_in_other_words(reply: tuple[str, ...], expected: str) -> None:
    assert classify_response(HOSPITAL, _turn(*reply))[0] == expected


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        # "same" or "... too" then one's own trouble on another subject: a turn to oneself, even with one "my"
        (("omg same, my boss has been a nightmare this week",), "deflected"),
        (("I've had the worst week too. my landlord is putting the rent up and my car failed its MOT",), "deflected"),
        # a hard pivot turns away even when it borrows a word of the disclosure
        (("Speaking of hospitals, my cousin just had her baby",), "deflected"),
        (("oh no. anyway, are we still on for saturday?",), "deflected"),
        # a question about plans is not about what was shared, even an open one
        (("right. what time are you free tomorrow?",), "deflected"),
        # a prohibition and a day off are instructions
        (("don't cry at work, people will talk",), "advice"),
        (("sorry. take tomorrow off, seriously",), "advice"),
    ],
)
def test_turning_away_and_instructions(reply: tuple[str, ...], expected: str) -> None:
    assert classify_response(HOSPITAL, _turn(*reply))[0] == expected


def test_a_reply_saying_you_never_told_me_is_not_a_secret() -> None:
    # "never told" is vulnerable in the speaker's own secret, not in a reply that says the other never told
    said = Utterance(conversation="c", index=0, speaker="A", text="I've never told anyone this, but I failed my exams")
    reply = Utterance(conversation="c", index=1, speaker="B", text="Oh. Mark. You've never told me that.")
    assert depth_of(said) == 3
    assert depth_of(reply) < 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [("r u ok", "are you ok"), ("u never told me", "you never told me"), ("the umbrella", "the umbrella")],
)
def test_texting_forms_are_spelled_out(text: str, expected: str) -> None:
    assert norm(text) == expected


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        # other words of sympathy, validation and offers of help
        (("gutted for you",), "met"),
        (("💔",), "met"),
        (("noooo",), "met"),
        (("anyone would feel that way",), "met"),
        (("I'd feel the same honestly",), "met"),
        (("Is there anything I can do?",), "met"),
        (("want me to come over?",), "met"),
        # minimising makes the feeling small instead of hearing it
        (("could be worse",), "deflected"),
        (("at least you don't have to go to the meeting",), "deflected"),
        (("well, that's hospitals for you. did you finish the report?",), "deflected"),
        # a topper and a brush-off
        (("That's nothing, wait till you hear what happened to me today",), "deflected"),
        (("ok well I've got my own stuff going on tbh",), "deflected"),
        # suggestions asked as questions, "try not to", "you mustn't", "what would help is"
        (("could you work from the hospital?",), "advice"),
        (("try not to think about it too much",), "advice"),
        (("You mustn't think like that. What would help is clearing his things.",), "advice"),
    ],
)
def test_validation_minimising_and_suggestions(reply: tuple[str, ...], expected: str) -> None:
    assert classify_response(HOSPITAL, _turn(*reply))[0] == expected


def test_a_neutral_reply_meets_only_a_listener_who_has_been_hearing() -> None:
    reply = _turn("I think you know the answer already.")
    assert classify_response(HOSPITAL, reply, heard=False)[0] == "deflected"
    assert classify_response(HOSPITAL, reply, heard=True)[0] == "met"


def test_advice_words_without_warmth_are_advice_even_when_the_label_says_empathy() -> None:
    # the label said nothing of advice, the words do; a label of advice on a warm reply no longer makes it advice
    fix = Utterance(conversation="c", index=0, speaker="B", text="far out. that's rough", labels=Labels(advice=True))
    assert classify_response(HOSPITAL, Conversation(id="c", utterances=(fix,)).turns()[0])[0] == "met"


def test_advice_to_the_listener_is_no_disclosure() -> None:
    reply = "Oh. Well, have you thought about grief counselling? Cruse do it free. I went twice."
    mine = "I went to grief counselling twice after Dad died and it helped me more than you'd think"
    assert depth_of(Utterance(conversation="c", index=0, speaker="B", text=reply, labels=Labels(disclosure=2))) == 1
    assert depth_of(Utterance(conversation="c", index=0, speaker="B", text=mine, labels=Labels(disclosure=2))) == 3


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        # a normalising line, then the plan
        (("Okay. That's normal after a big season. What we'll do is cut the volume for two weeks.",), "advice"),
        # "have you heard of..." inside a fix is part of the fix, not a change of subject
        (
            ("aw hun 😢 ok first, you need to turn off read receipts. second, have you heard of attachment styles?",),
            "advice",
        ),
        # a topper that laughs it off: "omg" is no warmth that excuses the joke
        (
            ("omg same!! i had one at target when they had no oat milk lol. i had to sit in the car for 20 min",),
            "deflected",
        ),
        # thanks as a formula, then the agenda
        (("Right. Thank you for letting me know. So, the Q3 numbers. I've shared the sheet.",), "deflected"),
        # "in my day": the listener's own hardship set against it
        (("Burning out. You lot and your words. When I was your age I had two jobs.",), "deflected"),
    ],
)
def test_fixes_toppers_and_agendas(reply: tuple[str, ...], expected: str) -> None:
    disclosed = "I've been having panic attacks in the car and I'm scared to drive now. I think I'm burning out"
    assert classify_response(disclosed, _turn(*reply))[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Honestly? Not great. I still pick up the phone to ring him on Sundays.",
        "I think I'm burning out, I'm doing sixty-hour weeks",
    ],
)
def test_plain_struggles_are_deep(text: str) -> None:
    assert depth_of(Utterance(conversation="c", index=0, speaker="A", text=text)) == 3


@pytest.mark.parametrize(
    ("text", "deep"),
    [
        ("my parents told us today they're splitting up", True),
        ("My brother would've been thirty today. Always think of him on game days.", True),
        ("Mum's scan came back yesterday. It's back. In her liver this time.", True),
        ("We had to put her down on Friday, she was fourteen", True),
        # the same events about nobody close, and the same words about everyday things, are not
        ("The band split up in 1974 and never played again", False),
        ("The printer didn't work again today, typical", False),
        ("I moved out of the flat in June, new place is nice", False),
        ("I didn't take the bus today, walked instead", False),
        ("My show, it's back on tonight", False),
    ],
)
def test_life_events_told_as_facts_are_deep_when_they_are_ones_own(text: str, deep: bool) -> None:
    assert (depth_of(Utterance(conversation="c", index=0, speaker="A", text=text)) == 3) is deep


def test_an_excuse_labelled_as_empathy_is_no_acknowledgement() -> None:
    # the empathy label (interpretation 2) on an excuse used to meet a gentle start-up; only words of warmth do
    excuse = Utterance(
        conversation="c",
        index=0,
        speaker="B",
        text="Morning Helen. I was only there for 10 mins while I unloaded the shopping.",
        labels=Labels(empathy=Empathy(0, 2, 0)),
    )
    disclosed = "Just wondering if you could avoid parking across our drive? I couldn't get the car out"
    assert classify_response(disclosed, Conversation(id="c", utterances=(excuse,)).turns()[0])[0] == "deflected"
    request = Utterance(conversation="c", index=0, speaker="A", text=disclosed, labels=Labels(disclosure=2))
    assert depth_of(request) == 2  # a request for oneself is not advice to the other


@pytest.mark.parametrize(
    "reply",
    [
        "Morning Helen. I was only there for 10 mins while I unloaded the shopping. Didn't realise it was a big deal",
        "well order then. I'm not a mind reader",
    ],
)
def test_excuses_deflect_a_feeling(reply: str) -> None:
    disclosed = "I'm embarrassed sitting here alone, I couldn't get the car out this morning either"
    assert classify_response(disclosed, _turn(reply))[0] == "deflected"


def test_reassurance_reveals_a_disclosure_the_words_did_not_show() -> None:
    from heart2heart.assess.disclosures import find_disclosures, main_disclosure

    c = Conversation.from_texts(
        [
            ("D", "It'll be, what, two years in March?"),
            ("R", "Two years. Do you know, I still put two cups out some mornings. Then I stand there like a fool."),
            ("D", "You're not a fool. That's forty-odd years of habit."),
            ("R", "The house is that quiet, I've started leaving the telly on."),
            ("D", "I know that quiet. Since Pat went into the home I've been so lonely I cry some nights."),
            ("R", "Oh, Derek. I didn't know it had got that far."),
        ]
    )
    found = find_disclosures(c)
    # the habit told after "two years" is the disclosure Derek answered, and the first deep one (the rule's main
    # disclosure; the learned chooser of test_assess_main_choice.py may settle on a later one)
    main = main_disclosure(found)
    assert main is not None
    assert (main.index, main.speaker, main.response, main.response_index) == (1, "R", "met", 2)


HURT = "I felt really embarrassed when you shouted at me in front of everyone about the missed pass"


@pytest.mark.parametrize(
    ("disclosed", "reply", "expected"),
    [
        # defensiveness: the shouting is explained away, the embarrassment is not heard
        (HURT, ("I shout at everybody, it's a loud game. It's nothing personal.",), "deflected"),
        (HURT, ("It was a team decision to call it out.",), "deflected"),
        # siding with the person about whoever wronged them is hearing them
        ("my landlord kept the whole deposit and I feel so stupid for trusting him", ("ugh, he sounds awful",), "met"),
        ("the new foreman had me carrying boards all day and then had a go at me", ("Yeah, he's a nightmare.",), "met"),
        # a suggestion put as a question is advice
        (
            "I'm really struggling with the new rota system, I feel like an idiot",
            ("Have you watched the training videos? They're on the intranet.",),
            "advice",
        ),
        # a "me too" anecdote with shared words but nothing vulnerable and nothing said to them: a turn to oneself
        (
            "my dad's in hospital and I've been driving to Leeds every night, I'm running on empty",
            ("Oh, I did that drive last month. The motorway was dead, I was stuck at the services for an hour.",),
            "deflected",
        ),
    ],
)
def test_defences_siding_suggestion_questions_and_anecdotes(
    disclosed: str, reply: tuple[str, ...], expected: str
) -> None:
    assert classify_response(disclosed, _turn(*reply))[0] == expected


@pytest.mark.parametrize(
    ("reply", "rule", "stands"),
    [
        (("Right. So, the reading log. He's on the purple books now.",), "deflected", True),  # a hard pivot
        (("Ah.", "Do you like travelling?"), "deflected", True),  # a question on something else entirely
        (("You could have said something earlier.",), "deflected", True),  # a counter-attack
        (("Ah.", "What was he like?"), "deflected", False),  # a question about someone they named
        (("Is it the same hospital as last time?",), "deflected", False),  # shares a word with the disclosure
        (("Right. So, the reading log.",), "met", False),  # only a "deflected" verdict can stand
    ],
)
def test_which_rule_verdicts_stand_whatever_the_model_says(reply: tuple[str, ...], rule: str, stands: bool) -> None:
    from heart2heart.assess.disclosures import rules_decide

    disclosed = "Sorry, I'm all over the place. His dad left in January and I'm in and out of hospital with my mum"
    assert rules_decide(disclosed, _turn(*reply), rule) is stands  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        # back to business: a request for the replier's own work is a change of subject, however kind the opener
        (
            ("Oh, okay. Well, look, no pressure. If you can just get the slides over to me by Thursday, brilliant.",),
            "deflected",
        ),
        # a plan put as what the speaker wants, or as "let's look at...", is advice
        (("Okay. So what I'd want is you back on a routine. Two hours of practice, one hour review.",), "advice"),
        (("Okay. Let's look at your board. Share your screen?",), "advice"),
        (("I'd suggest taking Friday off and getting some sleep.",), "advice"),
        # a request that stays with them is not business
        (("Oh no, I'm so sorry. Could you send me a message later so I know you got home ok?",), "met"),
    ],
)
def test_back_to_business_and_plans(reply: tuple[str, ...], expected: str) -> None:
    disclosed = "Pete and I are separating. He moved out on Sunday. I'm not sleeping much and I keep forgetting things"
    assert classify_response(disclosed, _turn(*reply))[0] == expected


def test_blame_put_elsewhere_is_defensive() -> None:
    disclosed = "He cried himself to sleep. He thought his mum didn't want to see him. I had to sit outside his door."
    assert (
        classify_response(disclosed, _turn("The mum cancelled, not us. I'd have thought you'd understand that."))[0]
        == "deflected"
    )


def test_sympathy_then_the_agenda_turns_away() -> None:
    disclosed = "My mam died on the Friday, and I came back Monday because I thought working would help."
    reply = _turn("Right. Sorry to hear that. Thing is, the site target's ninety-two, and head office are watching.")
    assert classify_response(disclosed, reply)[0] == "deflected"


def test_a_formula_then_minimising_deflects() -> None:
    disclosed = "I got made redundant on Friday. I've been too ashamed to say. I don't know how I'll pay the mortgage"
    assert classify_response(disclosed, _turn("Oh dear. Well, these things happen."))[0] == "deflected"
    # real hearing first, then perspective, still meets it
    heard = _turn("Oh love, that's awful, and no wonder you felt ashamed. It happens to so many people, you know.")
    assert classify_response(disclosed, heard)[0] == "met"


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        (("Of course. Go on.",), "met"),  # an invitation to tell it
        (("No, go for it.",), "met"),
        (("You should join something. A choir. You always liked singing.",), "advice"),  # fondness, not a charge
        (("Right. Okay. Open them tonight. All of them.",), "advice"),
        (("I'm sure it matters, everyone's work matters. It's a period of change for all of us.",), "deflected"),
        (("i said i'm sorry. what else do you want",), "deflected"),
        (("I didn't think it was a secret. She asked how you were.",), "deflected"),
        (("I mean, I do it in the morning. It's not like it sits there for days.",), "deflected"),
    ],
)
def test_invitations_fondness_reassurance_and_defences(reply: tuple[str, ...], expected: str) -> None:
    disclosed = "I've been struggling since the restructure. I'm not sleeping and I feel like nobody notices me"
    assert classify_response(disclosed, _turn(*reply))[0] == expected


SCARED = "I'm scared, I check the savings every night and it's going down and I can't sleep"
LONELY = "Since Maja moved I don't have anyone to sit with at lunch. So I go to the library and pretend to work."


@pytest.mark.parametrize(
    ("disclosed", "reply", "expected"),
    [
        # a fragment asked back invites more; an interrogation's next question and a choice do not
        (LONELY, ("Every day?",), "met"),
        (LONELY, ("In the library?",), "met"),
        (LONELY, ("Hm. You drive?",), "deflected"),
        (LONELY, ("Left or right?",), "deflected"),
        # a plan put as "what if we...": a fix
        (SCARED, ("Right, okay. What if we switch to the cheaper deal and I take the extra shifts?",), "advice"),
        # the feeling turned into an accusation of oneself, one's own load set against it, or normalised away
        (SCARED, ("right so now I'm the reason you can't sleep. brilliant",), "deflected"),
        (SCARED, ("And that's my fault too? I didn't tell you to do that.",), "deflected"),
        (SCARED, ("And you think I sleep? I've been doing sixteen-hour days.",), "deflected"),
        (SCARED, ("everyone's busy dude. I work too",), "deflected"),
        (SCARED, ("Everyone's working late. That's what a startup is.",), "deflected"),
        (SCARED, ("Oh. God, I didn't realise. It's not even that bad though.",), "deflected"),
        # owning it is not a defence
        (SCARED, ("I know that's partly my fault. I'm sorry. What scares you most?",), "met"),
        # a reacting emoji meets; a thumbs-up alone is a token
        (LONELY, ("😳😳",), "met"),
        (LONELY, ("💀",), "met"),
    ],
)
def test_echoes_plans_defences_and_emoji(disclosed: str, reply: tuple[str, ...], expected: str) -> None:
    assert classify_response(disclosed, _turn(*reply))[0] == expected


def test_a_bare_token_answers_even_when_the_discloser_goes_on() -> None:
    c = Conversation.from_texts(
        [
            ("A", "I'm starting to think I'm just not clever enough for this. I feel like I'm faking it."),
            ("B", "mm"),
            ("A", "and the funding runs out in 14 months and if I don't submit I have nothing"),
            ("B", "that's a horrible amount of pressure"),
        ]
    )
    first = find_disclosures(c)[0]
    assert (first.index, first.response, first.response_index, first.response_text) == (0, "none", None, "mm")
    # an emoji alone is read by the reply model, by its name: a thumbs-up passes it by, a broken heart meets it
    for emoji, answer in (("👍", "none"), ("💔", "met")):
        alone = Conversation.from_texts([("A", c.utterances[0].text), ("B", emoji)])
        assert find_disclosures(alone)[0].response == answer, emoji


def test_a_reply_opening_with_defensiveness_deflects_whatever_the_model_reads() -> None:
    c = Conversation.from_texts(
        [
            ("A", "When you're on your phone at dinner I feel lonely, even though you're right there."),
            ("B", "I didn't do anything wrong, that's not fair, you're on yours too"),
        ]
    )
    moments = [ConflictMoment(1, "B", "defensiveness", c.utterances[1].text)]
    met_by_model = find_disclosures(c, decider=lambda case, rule: "met", moments=moments)
    assert [(d.index, d.response) for d in met_by_model] == [(0, "deflected")]
    # a fix stays a fix, and without the horseman the model's verdict stands
    advised = find_disclosures(c, decider=lambda case, rule: "advice", moments=moments)
    assert advised[0].response == "advice"
    assert find_disclosures(c, decider=lambda case, rule: "met", moments=[])[0].response == "met"


def test_the_default_reads_every_reply_at_once_and_answers_as_pair_by_pair() -> None:
    # find_disclosures scores all replies with the text model in one pass; passing model_or_rules as the decider
    # scores them one pair at a time. Same answers, on conversations with every kind of answer.
    from pathlib import Path

    from heart2heart.annotate import annotate_conversation
    from heart2heart.assess.disclosures import model_or_rules
    from heart2heart.formats import read

    folder = Path(__file__).resolve().parents[1] / "corpus" / "kinds"
    answers: set[str] = set()
    for path in sorted(folder.glob("cf*.txt"))[:12]:
        for conv in read(path):
            conv = annotate_conversation(conv)
            batched = find_disclosures(conv)
            assert batched == find_disclosures(conv, decider=model_or_rules), path.name
            answers.update(d.response for d in batched)
    assert answers == {"met", "advice", "deflected", "none"}


@pytest.mark.parametrize(
    ("text", "deep"),
    [
        ("smoke & barrel? my cousin went, said the brisket is worth the drive alone", False),  # "by itself"
        ("Same, my bonus alone was more than my first 3 years of salary combined lol", False),
        ("i sat here alone for forty minutes feeling like an idiot", True),
        ("I've been so alone since the move, I don't know anyone here", True),
    ],
)
def test_alone_is_a_feeling_only_as_a_state(text: str, deep: bool) -> None:
    u = Utterance(conversation="c", index=0, speaker="A", text=text, labels=Labels(disclosure=3))
    assert (depth_of(u) == 3) is deep


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        ("I didn't realise it was next month.", "deflected"),
        ("Oh love, I'm sorry. I didn't realise it was that tight for you.", "met"),
        ("Yeah, that's fair, sorry. I didn't realise it was getting to you.", "met"),
    ],
)
def test_a_horseman_opening_a_reply_deflects_unless_the_reply_acknowledges(reply: str, expected: str) -> None:
    c = annotate_conversation(Conversation.from_texts([("A", SCARED), ("B", reply), ("A", "ok")]))
    moment = ConflictMoment(1, "B", "defensiveness", reply)
    found = find_disclosures(c, decider=lambda _case, _rule: "met", moments=[moment])
    assert [d.response for d in found if d.index == 0] == [expected]
    # without the horseman the decider's answer stands
    plain = find_disclosures(c, decider=lambda _case, _rule: "met", moments=[])
    assert [d.response for d in plain if d.index == 0] == ["met"]
