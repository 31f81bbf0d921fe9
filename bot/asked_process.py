"""The facts a process question asks for, read from its words (concepts for bot.asked_fact).

Questions about the SECOR process often ask one precise thing inside words the intent model
reads as another topic: *whose job* it is to keep training current, *how or where* to send
the submission, *can we before* the training is done, *is it optional*, *what is* a
maintenance year, *how do samples work* for a seasonal company, *what should it look like*.
Each concept here reads one of those asks from the question's own words (what it is about
and what is asked of it), so the fact is said first whatever topic answered it.
"""

from __future__ import annotations

from bot.concept import Concept, pattern

# The SECOR courses and the training they make up, named as employers name them.
_TRAINING = (
    r"\b(?:courses?|training|trainings|tickets?|first aid|sfa|phsm|csts|rsts|ests|pcst|"
    r"continuing education|refreshers?|re-?certs?)\b"
)
# Sending: the verbs of getting the submission to ACSA.
_SEND = (
    r"(?:submit\w*|send|sent|sending|hand (?:it |them |this |everything )?in|turn (?:it |them )?in|"
    r"get (?:it|them|this|these|everything|the (?:package|submission|files)) (?:in|over|to))"
)
# A quantity or a time asked of the sending, not its way ("how many samples do I send").
_NOT_THE_WAY = (
    r"\bhow (?:long|many|much|soon|often|far|big|large|early|late)\b|\bwhen\b|"
    r"\bhow (?:do|would|will|can|should) (?:i|we) (?:know|find|check|tell|fill)\b|"
    r"\bwhere\b[^.?!]{0,30}\b(?:element|folder|section|put|file it|goes?|belong\w*)\b"
)

# A month named as employers write it ("May", "sept", "Dec.").
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"

PROCESS_CONCEPTS: tuple[Concept, ...] = (
    Concept(
        "training_who_tracks",  # "will ACSA remind us?", "isn't tracking that their job?"
        pattern(_TRAINING + r"|\brequirements?\b"),
        pattern(
            r"\b(?:remind\w*|notif\w*|heads[- ]up|warn (?:us|me)|let (?:us|me) know|"
            r"keep\w* track|track of|tracking|tracks|tracked|monitors?|monitoring|keeps? tabs|"
            r"watch(?:es|ing)?|follows? up|keep\w* on top|stay\w* on top|on top of|"
            r"(?:whose|their|our|my|your) (?:job|responsibility|problem)|up to us|on us)\b|"
            r"\b(?:responsib\w*|who)\b[^.?!]{0,50}\b(?:current|up[- ]to[- ]date|expir\w*|due|"
            r"renew\w*|lapse\w*|valid\w*)\b"
        ),
        ("training-current-at-evaluation",),
        "continuing_education",
        over_silence=True,
        names_people=True,
    ),
    Concept(
        "training_done_before_tool",  # "can we do the evaluation before he finishes first aid?"
        pattern(_TRAINING),
        pattern(
            r"\b(?:evaluation|the tool|self[- ]?assessment|submi\w*|apply\w*|application)\b"
            r"[^.?!]{0,60}\b(?:before|until|till|while|without)\b[^.?!]{0,40}\b(?:finish\w*|"
            r"done|complet\w*|takes?|took|pass\w*|gets?|has|have|course|class|ticket)\b|"
            r"\b(?:before|until|till)\b[^.?!]{0,40}\b(?:finish\w*|done|complet\w*|pass\w*|"
            r"takes?|gets?)\b[^.?!]{0,60}\b(?:evaluation|the tool|submi\w*|apply\w*)\b|"
            r"\b(?:hasn'?t|has not|haven'?t|have not|not yet|isn'?t|is not)\b (?:\w+ )?(?:finished|"
            r"completed|done|passed)\b|\bstill (?:waiting|booked|enrolled|signed up)\b"
        ),
        ("training-current-at-evaluation",),
        "continuing_education",
        unless=pattern(r"\bhow (?:many|long|much)\b|\bassessor\b|\bmonths? of records\b"),
        names_people=True,
    ),
    Concept(
        "maintenance_unchanged",  # "nothing changed since we certified: do I resend them?"
        pattern(
            r"^(?=[\s\S]*\bmaint\w*)[\s\S]*\b(?:polic(?:y|ies)|procedures?|practices|manual|"
            r"program|rules|process(?:es)?|directive|documentation)\b"
        ),
        pattern(
            r"\b(?:nothing|not|no|hasn'?t|haven'?t|didn'?t|never)\b[^.?!]{0,40}\b(?:chang\w*|"
            r"updat\w*|revis\w*|touched|different)\b|\bunchanged\b|\b(?:still|all|exactly) the "
            r"same\b|\bsame (?:as|policy|policies|manual|program|documents?)\b"
        ),
        ("maintenance-directive-on-file",),
        "maintenance_year",
        lead="Policies and procedures (directive documents) that have not changed do not need "
        "to be sent again for maintenance; the operational samples do.",
        lead_always=True,
        # records asked of ("do I still send the truck service records?"): their own answer
        unless=pattern(r"\b(?:records?|samples?|reports?|logs?|which one|what goes)\b"),
    ),
    Concept(
        "maintenance_optional",  # "is the maintenance optional?", "does missing it hit our PIR?"
        pattern(r"\bmaintenance\b"),
        pattern(
            r"\b(?:optional|skip\w*|mandatory|compulsory|keep (?:doing|getting))\b|"
            r"\bwhat happens if (?:we|i|you|they|a company) (?:just |simply )?(?:skip|miss|don'?t|"
            r"do not|never|forget|stop|blow off)\b|"
            r"\b(?:do|does|must) (?:we|i|you) (?:really |even |actually |still )?(?:have|need|got) "
            r"to (?:do|send|submit|file|bother with|bother) (?:the |a |our |any |with )?"
            r"(?:\w+ )?maintenance\b|"
            r"\b(?:don'?t|do not|doesn'?t|no need to|not) (?:really |even )?(?:have|need|got) to "
            r"(?:do|send|submit|file|bother with) (?:the |a |our |any )?(?:\w+ )?maintenance\b|"
            r"\bmaintenance\b[^.?!]{0,30}\b(?:required|necessary|needed|a must|"
            r"needs? to be done)\b|"
            r"\bmiss(?:ed|ing)?\b[^.?!]{0,25}\bmaintenance\b|"
            r"\bmaintenance\b[^.?!]{0,50}\b(?:never|not|n'?t)\b[^.?!]{0,20}\b(?:sent|submitted|"
            r"done|filed|in)\b"
        ),
        ("validity",),
        "maintenance_year",
        lead="The yearly maintenance is not optional.",
        over_silence=True,
        said_by=("The yearly maintenance is required, not optional",),  # bot.year_cycle
        # what the maintenance holds ("is the samples-only way mandatory?"): its own answer
        unless=pattern(
            r"\b(?:what|which) (?:records|documents|docs|samples|paperwork)\b|\bsampl\w*|"
            r"\boperational\b|\bonly\b|\bfull (?:set|package|submission|documentation)\b|"
            r"\bentire\b|\bwhole\b|\bpolic(?:y|ies)\b|\bprocedures?\b|\bpractices\b|"
            r"\bwhat (?:do|does|should|must) (?:we|i)\b|\bhow many\b|\bprogram\b|"
            r"\b(?:forms?|reports?|minutes|inspections?|records?|documents?|docs?)\b"
        ),
    ),
    Concept(
        "maintenance_year_what",  # "what are maintenance years", "maintenance year meaning"
        pattern(r"\bmaintenance years?\b"),
        pattern(
            r"\bwhat(?:'s| is| are| does| do)? (?:a |the |these |those )?maintenance years?\b"
            r"(?![^.?!]{0,20}\b(?:need|require|want|ask|send|submit|includ))|"
            r"\bmaintenance years?\b[^.?!]{0,20}\b(?:mean\w*|defin\w*|explain\w*)\b|"
            r"\b(?:how many|which) (?:years? )?(?:are )?(?:the )?maintenance years?\b|"
            r"\bwhich years? (?:are|is) (?:a |the )?maintenance\b"
        ),
        ("validity",),
        "maintenance_year",
    ),
    Concept(
        "submit_how",  # "can I submit and how", "where do we send it"
        pattern(r"."),
        pattern(
            rf"\b(?:how|where)\b[^.?!]{{0,40}}\b{_SEND}\b|"
            rf"\b{_SEND}\b[^.?!]{{0,40}}\b(?:and|but|or|then|so)?,? (?:how|where)\b"
            r"(?! (?:long|many|much|soon))|"
            r"\bwhat(?:'s| is) the (?:e-?mail|address) (?:to|for) (?:send|submit)\w*\b"
        ),
        ("submit-how",),
        "how_to_submit",
        unless=pattern(
            _NOT_THE_WAY + r"|\b(?:organi[sz]\w*|label\w*|name|layout|structure|pick|choose|"
            r"which (?:samples|documents|records|ones))\b"
        ),
    ),
    Concept(
        "too_big_to_email",  # "our zip is 2 GB, too big for email"
        pattern(
            r"\b(?:zip\w*|files?|folders?|attach\w*|submission|uploads?|e-?mails?|package|scan\w*|"
            r"pdfs?|documents)\b"
        ),
        pattern(
            r"\btoo (?:big|large|heavy|huge)\b|\bwon'?t (?:go through|send|attach|fit)\b|"
            r"\b(?:over|exceeds?|past) (?:the |its |their )?(?:size |e-?mail )?(?:limit|max\w*)\b"
        ),
        ("submit-how",),
        "how_to_submit",
        over_silence=True,  # the size limit is unsaid, but what to do instead is said
        replaces=True,
    ),
    Concept(
        "seasonal_samples",  # "we only work three months of the year: how do samples work?"
        pattern(r"\bsampl\w*\b|\bdocuments? (?:for )?(?:a|per|each|every) month\b"),
        pattern(
            r"\bseason\w*\b|\bbusiest\b|\bbusy (?:season|months?|period|time|part)\b|"
            r"\bonly (?:really )?(?:work|operate|run|busy)\w*\b|"
            r"\b(?:\d+|two|three|four|five|six) months (?:of|a|per|out of|in) (?:the|a|each|every) "
            r"year\b|\b(?:sit|shut|slow|dead|quiet|off|laid off|idle)\w*\b[^.?!]{0,25}\b(?:winter|"
            r"summer|off[- ]?season|rest of the year)\b|\b(?:winters?|summers?) off\b|"
            rf"\b{_MONTH} ?(?:to|through|thru|till|until|-) ?{_MONTH}|"
            r"\bsnow\w*\b|\bwinter work\b"
        ),
        ("submit-sample-size",),
        "sample_amount",
        over_silence=True,
        unless=pattern(r"\bhow (?:long|many months)\b|\bbefore\b"),
        names_people=True,
    ),
    Concept(
        "records_before_tool",  # "how long must the program run before we do the tool?"
        pattern(
            r"\b(?:evaluation|the tool|self[- ]?assessment|apply\w*|application|submit\w*|"
            r"secor|certif\w*)\b"
        ),
        pattern(
            r"\bhow (?:long|many months|much time)\b[^?]{0,100}\b(?:run\w*|records?|paperwork|"
            r"program|system|hsms|collect\w*|history|forms|in place|going)\b[^?]{0,80}\b(?:before|"
            r"until|till|ready)\b|"
            r"\bhow (?:many months|much) (?:of )?(?:records|paperwork|history|documentation)\b"
        ),
        ("step-documentation",),
        "documentation",
        over_silence=True,
        unless=pattern(r"\bafter (?:we |i )?(?:submit|send|apply)\w*\b|\breview\b"),
    ),
    Concept(
        "submission_shape",  # "what should the submission look like so it isn't returned?"
        pattern(r"\b(?:submission|submit\w*|package|zip\w*|folders?|files?|documents?)\b"),
        pattern(
            r"\blook like\b|\blaid out\b|\blay(?:out| it out| them out)\b|\borgani[sz]\w*\b|"
            r"\bstructur\w*\b|\barrang\w*\b|\bfile ?names?\b|\bname (?:the|our|my) files\b|"
            r"\blabel\w*\b|\bset (?:it|them|everything) up\b|\bput (?:it|everything) together\b"
        ),
        ("submit-organise",),
        "organise",
        # the elements asked of ("how many elements does SECOR have?"): their own answer
        unless=pattern(r"\bhow many elements\b|\belements? (?:are there|does)\b|\blist\b"),
        names_people=True,
    ),
    Concept(
        "more_asked_after_sending",  # "ACSA asked me for more papers after I sent: normal?"
        pattern(
            r"\b(?:more|extra|additional|further|missing)\s+(?:\w+\s+)?(?:papers?|documents?|"
            r"docs|records?|paperwork|info\w*|evidence|samples?|proof|stuff)\b"
        ),
        pattern(
            r"\b(?:acsa|they|he|she|guy|lady|analyst|reviewer|auditor|qa|someone|somebody|"
            r"coordinator|department|office)\b\s+(?:\w+\s+){0,2}?(?:ask\w*|request\w*|want\w*|"
            r"emailed|e-mailed|called|wrote|sent (?:me|us) (?:a|an) (?:request|email|note))\b|"
            r"\b(?:asked|requested|wanting)\s+(?:me|us)?\s*(?:for\s+)?(?:more|extra|additional|"
            r"further)\b"
        ),
        ("qa-analyst",),
        "qa_review",
        over_silence=True,
        # what would happen if they wanted more is another ask ("will they reject it or ask?")
        unless=pattern(
            r"\b(?:if|will|would|could|might|do|does)\s+(?:they|acsa|he|she|someone|somebody|"
            r"the\s+\w+)\s+(?:\w+\s+)?(?:want|ask|need|request)\b"
        ),
    ),
    Concept(
        "mailed_media",  # "can we courier a USB stick over?", "mail them a thumb drive"
        pattern(
            r"\b(?:usb|thumb ?drives?|flash ?drives?|memory (?:sticks?|keys?)|jump ?drives?|"
            r"external (?:hard )?drives?|hard drives?|cds?|dvds?|discs?|disks?)\b"
        ),
        pattern(
            r"\b(?:courier\w*|mail|mailed|mailing|post|posted|drop\w* (?:\w+ )?off|bring|"
            r"ship\w*|deliver\w*|send\w*|sent|options?|ways?|how (?:do|can|should) (?:i|we))\b"
        ),
        ("submit-electronic-only", "submit-how"),
        "electronic_only",
        over_silence=True,
        replaces=True,
    ),
)
