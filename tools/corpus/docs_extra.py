"""More document types per label: the less common files small employers send."""

# ruff: noqa: E501  -- phrase banks: sentences read better unbroken

from __future__ import annotations

from random import Random

from tools.corpus import banks as b
from tools.corpus.common import Ctx, fill, header, title_of, worker_signatures
from tools.corpus.render import (
    Block,
    Bullets,
    Checklist,
    Draft,
    Fields,
    Heading,
    Para,
    Signatures,
    Steps,
    Table,
    Title,
)

# --------------------------------------------------------------------------- policy


def owner_letter(r: Random, c: Ctx) -> Draft:
    """The owner's letter of commitment to all employees."""
    blocks: list[Block] = [Para(c.company), Para(b.date(r, c.year))]
    blocks.append(
        Para(b.pick(r, ("To all employees,", "To our workers and subcontractors:", "Dear team,")))
    )
    blocks.append(
        Para(
            fill(
                r,
                b.pick(
                    r,
                    (
                        "As the owner of {Company}, I want every one of you to know that your health and safety comes before any deadline or profit.",
                        "I am personally responsible for our health and safety program and I will give it the time and money it needs.",
                        "Our commitment to safety is written in this letter and signed by me so that there is no doubt about it.",
                    ),
                ),
                c,
            )
        )
    )
    blocks.append(
        Para(
            b.pick(
                r,
                (
                    "I expect supervisors to plan every job with safety in mind and to correct unsafe acts and conditions right away.",
                    "I expect every worker to follow our rules, report hazards and never take shortcuts.",
                    "If you believe work is unsafe, you have the right to refuse it and you will be supported.",
                ),
            )
        )
    )
    blocks.append(
        Para(
            b.pick(
                r,
                (
                    "This commitment is reviewed every year.",
                    "Thank you for working safely.",
                    "Together we will make sure everyone goes home safe.",
                ),
            )
        )
    )
    blocks.append(Signatures([("Owner", c.owner, b.date(r, c.year))]))
    return Draft(
        blocks,
        "directive",
        ["Letter of commitment", "Owner commitment", "Management commitment letter"],
        "prose",
    )


def responsibilities_matrix(r: Random, c: Ctx) -> Draft:
    """Health and safety roles and responsibilities by position."""
    blocks: list[Block] = header(
        r,
        c,
        title_of(
            r,
            (
                "Roles and Responsibilities",
                "Health and Safety Responsibilities",
                "Responsibility Matrix",
                "Who Is Responsible for What",
            ),
            c,
        ),
    )
    duties = {
        "Owner / Employer": (
            "provide resources for the program",
            "approve and sign the policy",
            "review the program yearly",
            "ensure workers are trained and supervised",
        ),
        "Supervisor": (
            "lead hazard assessments",
            "enforce rules and practices",
            "inspect the site",
            "investigate incidents with the crew",
        ),
        "Worker": (
            "work safely and follow procedures",
            "wear PPE",
            "report hazards and injuries",
            "refuse dangerous work",
        ),
        "Subcontractor": ("follow our rules", "provide trained workers", "report incidents to us"),
        "Visitor": ("sign in", "stay with an escort", "wear the PPE provided"),
    }
    rows = [
        [role, "; ".join(b.sample(r, items, 2, 4))]
        for role, items in duties.items()
        if r.random() < 0.9
    ]
    blocks.append(Table(["Position", "Responsibilities"], rows))
    blocks.append(
        Para(
            b.pick(
                r,
                (
                    "Responsibilities are part of the health and safety policy and reviewed each year.",
                    "Everyone is accountable for the responsibilities of their position.",
                ),
            )
        )
    )
    return Draft(
        blocks,
        "directive",
        ["Roles and responsibilities", "Responsibilities", "H&S responsibilities"],
        "table",
    )


# --------------------------------------------------------------------------- hazard assessment

HA_QUESTIONS = (
    "Is there a risk of falling from height?",
    "Are there overhead power lines near the work?",
    "Have underground services been located?",
    "Is the ground stable and level?",
    "Will mobile equipment operate near workers?",
    "Are there chemicals or fumes?",
    "Is there enough lighting?",
    "Are the public or occupants near the work?",
    "Is anyone working alone?",
    "Is hot work planned?",
    "Could anyone be caught in or between moving parts?",
    "Is the weather a hazard today?",
    "Is lifting of heavy or awkward loads required?",
    "Are there confined or tight spaces?",
    "Is noise above normal speech level?",
)


def hazard_questionnaire(r: Random, c: Ctx) -> Draft:
    """A yes/no hazard checklist for a new site, with controls written in."""
    blocks: list[Block] = header(
        r,
        c,
        title_of(
            r,
            (
                "New Site Hazard Checklist",
                "Pre-Job Hazard Checklist",
                "Hazard Assessment Questionnaire",
                "Customer Site Hazard Review",
            ),
            c,
        ),
        control=False,
    )
    blocks.append(
        Fields(
            [("Date", b.date(r, c.year)), ("Address", b.address(r)), ("Assessed by", c.supervisor)]
        )
    )
    for q in b.sample(r, HA_QUESTIONS, 5, 11):
        yes = r.random() < 0.4
        mark = r.choice(
            (("[x] Yes [ ] No", "[ ] Yes [x] No"), ("Y", "N"), ("☑ Yes ☐ No", "☐ Yes ☑ No"))
        )
        blocks.append(Para(f"{q} {mark[0] if yes else mark[1]}"))
        if yes:
            blocks.append(Para(f"Control: {fill(r, '{control}', c)}"))
    blocks.append(
        Para(f"Overall risk: {r.choice(('Low', 'Moderate', 'High - supervisor approval'))}")
    )
    blocks.append(Table(["Crew", "Signature"], [row[:2] for row in worker_signatures(r, c, 1, 5)]))
    return Draft(
        blocks,
        "operational",
        ["Hazard checklist", "Pre-job checklist", "Site hazard review"],
        "form",
    )


# --------------------------------------------------------------------------- safe work practices / procedures


def _index(r: Random, c: Ctx, practices: bool) -> Draft:
    from tools.corpus.docs_hazard import SJP_TASKS, SWP_TOPICS

    items = b.sample(r, tuple(SWP_TOPICS) if practices else tuple(SJP_TASKS), 5, 14)
    code = "SWP" if practices else "SJP"
    long = "Safe Work Practices" if practices else "Safe Job Procedures"
    blocks: list[Block] = header(
        r, c, r.choice((f"{code} Index", f"List of {long}", f"{long} - Table of Contents"))
    )
    blocks.append(
        Table(
            ["No.", "Title", "Revised"],
            [[f"{code}-{i:02d}", t, b.date(r, c.year)] for i, t in enumerate(items, 1)],
        )
    )
    blocks.append(
        Para(
            b.pick(
                r,
                (
                    "Copies are in each truck binder.",
                    "Workers review the relevant one before starting the task.",
                    "New ones are added when the hazard assessment identifies a need.",
                ),
            )
        )
    )
    return Draft(blocks, "directive", [f"{code} index", f"{code} list"], "table")


def swp_index(r: Random, c: Ctx) -> Draft:
    """The index of the company's safe work practices."""
    return _index(r, c, True)


def sjp_index(r: Random, c: Ctx) -> Draft:
    """The index of the company's safe job procedures."""
    return _index(r, c, False)


# --------------------------------------------------------------------------- company rules

SPECIFIC_RULES = {
    "Vehicle Rules": (
        "Drivers must hold a valid licence and report any suspension.",
        "No passengers in the box.",
        "Do a walk-around before driving.",
        "Obey speed limits and road signs.",
        "No hand-held phone use while driving.",
        "Report every collision, however small.",
    ),
    "Drug and Alcohol Rules": (
        "Possession or use of alcohol or drugs at work is prohibited.",
        "Workers taking medication that may affect their work must tell their supervisor.",
        "Being unfit for duty is a serious violation.",
        "Refusing a reasonable cause test is treated as a positive test.",
    ),
    "Visitor and Site Rules": (
        "All visitors sign in at the office or trailer.",
        "Visitors stay with their escort.",
        "Hard hat and safety glasses required past this point.",
        "No children or pets on site.",
        "Report to the site supervisor on arrival.",
    ),
    "Shop Rules": (
        "Keep guards in place on all machines.",
        "No loose clothing or jewellery near rotating equipment.",
        "Put tools back where they belong.",
        "Clean up spills right away.",
        "Only trained workers use the welder.",
    ),
}


def specific_rules(r: Random, c: Ctx) -> Draft:
    """A rules list for one area: vehicles, drugs and alcohol, visitors, the shop."""
    title = b.pick(r, tuple(SPECIFIC_RULES))
    blocks: list[Block] = header(r, c, title)
    blocks.append(Steps(b.sample(r, SPECIFIC_RULES[title], 3, 6)))
    blocks.append(
        Para(
            b.pick(
                r,
                (
                    "Breaking these rules leads to discipline under the company rules.",
                    "Violations are handled with progressive discipline.",
                    "Serious violations may result in dismissal.",
                ),
            )
        )
    )
    return Draft(blocks, "directive", [title, f"{title} {c.year}"], "list")


# --------------------------------------------------------------------------- PPE


def ppe_checklist(r: Random, c: Ctx) -> Draft:
    """A PPE condition checklist per worker."""
    blocks: list[Block] = header(
        r,
        c,
        title_of(
            r,
            (
                "PPE Condition Check",
                "Monthly PPE Inspection",
                "PPE Checklist",
                "Personal Protective Equipment Inspection",
            ),
            c,
        ),
        control=False,
    )
    blocks.append(Fields([("Date", b.date(r, c.year)), ("Checked by", c.supervisor)]))
    items = b.sample(
        r,
        (
            "Hard hat shell - no cracks",
            "Hard hat suspension",
            "Safety glasses - no scratches",
            "Gloves - no holes",
            "Boots - soles and toe caps",
            "Vest - reflective tape",
            "Hearing protection",
            "Face shield",
            "Respirator and cartridges",
            "Harness webbing",
        ),
        4,
        9,
    )
    for w in c.workers[: r.randint(1, 4)]:
        blocks.append(Heading(w))
        blocks.append(
            Checklist(items, [r.random() < 0.9 for _ in items], columns=("OK", "Replace"))
        )
    return Draft(
        blocks, "operational", ["PPE checklist", "PPE inspection", "PPE condition check"], "form"
    )


# --------------------------------------------------------------------------- maintenance


def work_order(r: Random, c: Ctx) -> Draft:
    """A repair work order or an equipment inventory with service intervals."""
    unit = b.pick(r, b.EQUIPMENT_GENERAL)
    if r.random() < 0.5:
        blocks: list[Block] = header(
            r,
            c,
            title_of(
                r, ("Repair Work Order", "Equipment Repair Request", "Defect Report and Repair"), c
            ),
            control=False,
        )
        blocks.append(
            Fields(
                [
                    ("Unit", unit),
                    ("Reported by", c.worker),
                    ("Date", b.date(r, c.year)),
                    (
                        "Problem",
                        b.pick(
                            r,
                            (
                                "won't start",
                                "hydraulic leak",
                                "brakes soft",
                                "guard damaged",
                                "cord cut",
                                "tire flat",
                                "warning light on",
                                "noise from the engine",
                            ),
                        ),
                    ),
                    ("Tagged out", r.choice(("Yes", "Y", "No"))),
                    ("Repaired by", b.person(r)),
                    (
                        "Work done",
                        b.pick(
                            r,
                            (
                                "replaced part, tested OK",
                                "adjusted, back in service",
                                "sent to dealer",
                            ),
                        ),
                    ),
                    ("Returned to service", b.date(r, c.year)),
                ]
            )
        )
        return Draft(
            blocks, "operational", ["Work order", f"{unit} repair", "Repair request"], "form"
        )
    blocks = header(
        r,
        c,
        title_of(
            r, ("Equipment Inventory", "Equipment List and Service Schedule", "Fleet List"), c
        ),
        control=False,
    )
    rows = [
        [
            e,
            b.pick(
                r, ("Bobcat", "Ford", "Honda", "Kubota", "DeWalt", "Milwaukee", "Husqvarna", "CAT")
            ),
            str(r.randint(2008, 2025)),
            f"SN{r.randint(10000, 99999)}",
            b.pick(r, ("250 hrs", "annual", "monthly", "5,000 km", "before season")),
        ]
        for e in b.sample(r, b.EQUIPMENT_GENERAL, 4, 12)
    ]
    blocks.append(Table(["Equipment", "Make", "Year", "Serial", "Service interval"], rows))
    return Draft(
        blocks, "operational", ["Equipment list", "Equipment inventory", "Fleet list"], "table"
    )


# --------------------------------------------------------------------------- training and communication


def safety_alert(r: Random, c: Ctx) -> Draft:
    """A safety alert or bulletin passed on to the crews."""
    blocks: list[Block] = [
        Title(
            b.pick(
                r,
                (
                    "SAFETY ALERT",
                    "Safety Bulletin",
                    "Hazard Alert",
                    "Safety Flash",
                    "Lessons Shared",
                ),
            )
        )
    ]
    blocks.append(
        Fields(
            [
                ("Date", b.date(r, c.year)),
                ("Distribution", r.choice(("all crews", "all workers", "field staff"))),
            ]
        )
    )
    blocks.append(Heading(b.pick(r, ("What happened", "Summary", "Issue"))))
    blocks.append(
        Para(
            fill(
                r,
                b.pick(
                    r,
                    (
                        "A worker in our industry was seriously hurt when {ghazard} was not controlled.",
                        "A supplier has recalled a batch of {ppe}; check your equipment.",
                        "There has been an increase in injuries from {ghazard} this season.",
                    ),
                ),
                c,
            )
        )
    )
    blocks.append(Heading(b.pick(r, ("What to do", "Actions for crews", "Key messages"))))
    blocks.append(Bullets([fill(r, "{control}", c) for _ in range(r.randint(2, 4))]))
    blocks.append(
        Para(
            b.pick(
                r,
                (
                    "Supervisors: review this at your next toolbox talk and have the crew sign.",
                    "Post this on the board and discuss it with your crew.",
                    "Questions? Talk to your supervisor.",
                ),
            )
        )
    )
    return Draft(
        blocks, "operational", ["Safety alert", "Safety bulletin", "Hazard alert"], "prose"
    )


def training_calendar(r: Random, c: Ctx) -> Draft:
    """The year's training and meeting calendar."""
    blocks: list[Block] = header(
        r,
        c,
        title_of(
            r,
            ("Training Calendar {year}", "Annual Training Plan", "Meeting and Training Schedule"),
            c,
        ),
        control=False,
    )
    rows = [
        [
            m,
            fill(
                r,
                b.pick(
                    r,
                    (
                        "{ticket}",
                        "Toolbox talks weekly",
                        "Monthly safety meeting",
                        "{ticket} refresher",
                        "Orientation for new hires",
                    ),
                ),
                c,
            ),
            b.pick(r, ("all workers", c.worker, "new hires", "supervisors")),
            r.choice(("booked", "done", "", "TBD")),
        ]
        for m in b.MONTHS[: r.randint(4, 12)]
    ]
    blocks.append(Table(["Month", "Training / meeting", "Who", "Status"], rows))
    return Draft(blocks, "operational", ["Training calendar", f"Training plan {c.year}"], "table")


# --------------------------------------------------------------------------- inspections


def inspection_schedule(r: Random, c: Ctx) -> Draft:
    """The schedule of planned inspections and who does them."""
    blocks: list[Block] = header(
        r,
        c,
        title_of(
            r,
            (
                "Inspection Schedule",
                "Planned Inspection Schedule {year}",
                "Inspection Frequency Table",
            ),
            c,
        ),
    )
    rows = [
        [
            a,
            b.pick(r, ("weekly", "monthly", "quarterly", "daily pre-use", "each new site")),
            b.pick(r, b.ROLES_SHORT),
            b.pick(
                r, ("site checklist", "shop checklist", "vehicle checklist", "office checklist")
            ),
        ]
        for a in b.sample(
            r,
            (
                "Active job sites",
                "Shop",
                "Yard",
                "Office",
                "Vehicles",
                "Scaffolds",
                "Excavations",
                "Storage",
            ),
            3,
            7,
        )
    ]
    blocks.append(Table(["Area", "Frequency", "Inspected by", "Form"], rows))
    blocks.append(
        Para(
            b.pick(
                r,
                (
                    "Deficiencies found are recorded and followed up until corrected.",
                    "Completed inspections are filed in the office and reviewed monthly.",
                ),
            )
        )
    )
    return Draft(blocks, "directive", ["Inspection schedule", "Inspection frequency"], "table")


# --------------------------------------------------------------------------- investigations


def corrective_tracking(r: Random, c: Ctx) -> Draft:
    """The follow-up of corrective actions from investigations."""
    blocks: list[Block] = header(
        r,
        c,
        title_of(
            r,
            (
                "Investigation Action Tracking",
                "Corrective Actions from Investigations",
                "Incident Follow-Up Log",
            ),
            c,
        ),
        control=False,
    )
    rows = [
        [
            b.date(r, c.year),
            r.choice(("Near miss", "First aid", "Property damage", "Medical aid")),
            fill(r, "{control}", c),
            b.person(r, True),
            r.choice(("Closed", "Open", "Done")),
        ]
        for _ in range(r.randint(3, 10))
    ]
    blocks.append(
        Table(["Incident date", "Type", "Corrective action", "Assigned to", "Status"], rows)
    )
    return Draft(blocks, "operational", ["Investigation actions", "Incident follow-up"], "table")


# --------------------------------------------------------------------------- emergency planning


def extinguisher_log(r: Random, c: Ctx) -> Draft:
    """Monthly fire extinguisher checks or an evacuation map's text."""
    if r.random() < 0.6:
        blocks: list[Block] = header(
            r,
            c,
            title_of(
                r,
                (
                    "Fire Extinguisher Monthly Check",
                    "Extinguisher Inspection Log",
                    "Fire Equipment Checks {year}",
                ),
                c,
            ),
            control=False,
        )
        rows = [
            [
                b.pick(r, ("Shop door", "Truck 1", "Truck 2", "Office", "Trailer", "Welding bay")),
                r.choice(("ABC 5 lb", "ABC 10 lb", "CO2")),
                b.date(r, c.year),
                r.choice(("green", "OK", "charged")),
                r.choice(("yes", "Y")),
                b.person(r, True),
            ]
            for _ in range(r.randint(3, 10))
        ]
        blocks.append(Table(["Location", "Type", "Date", "Gauge", "Pin/seal", "Initials"], rows))
        return Draft(
            blocks, "operational", ["Extinguisher checks", "Fire extinguisher log"], "table"
        )
    words = b.sample(
        r,
        (
            "EXIT",
            "YOU ARE HERE",
            "MUSTER POINT",
            "FIRE EXTINGUISHER",
            "FIRST AID",
            "EVACUATION ROUTE",
            "ASSEMBLY AREA",
            "PULL STATION",
            "EYEWASH",
            "SPILL KIT",
            "Emergency: 911",
            "Main shut-off",
        ),
        4,
        9,
    )
    blocks = [
        Title(r.choice(("Evacuation Map", "Fire Exit Plan", "Site Emergency Map"))),
        *(Para(w) for w in words),
    ]
    return Draft(blocks, "directive", ["Evacuation map", "Exit plan", "Site map"], "cert")


# --------------------------------------------------------------------------- records and statistics


def wcb_employer_report(r: Random, c: Ctx) -> Draft:
    """An employer's report of injury to WCB, or a monthly hours record."""
    if r.random() < 0.5:
        blocks: list[Block] = [
            Para("WCB-Alberta"),
            Title(
                r.choice(
                    (
                        "Employer Report of Injury",
                        "Employer's Report of Injury or Occupational Disease",
                    )
                )
            ),
        ]
        blocks.append(
            Fields(
                [
                    ("Employer", c.company),
                    ("Account", str(r.randint(1000000, 9999999))),
                    ("Worker", c.worker),
                    ("Date of accident", b.date(r, c.year)),
                    ("Body part", b.pick(r, ("hand", "back", "knee", "eye"))),
                    ("Time lost", r.choice(("No", "Yes - 2 shifts"))),
                    ("Modified duties offered", r.choice(("Yes", "No"))),
                    ("Earnings", f"${r.randint(18, 45)}.00/hr"),
                ]
            )
        )
        return Draft(
            blocks, "operational", ["WCB report", "Employer report of injury", "C040"], "form"
        )
    blocks = header(
        r,
        c,
        title_of(
            r, ("Hours Worked Record", "Monthly Person-Hours", "Payroll Hours for Statistics"), c
        ),
        control=False,
    )
    rows = [
        [m, str(r.randint(600, 2600)), str(r.randint(2, 10))] for m in b.MONTHS[: r.randint(3, 12)]
    ]
    blocks.append(Table(["Month", "Hours worked", "Workers"], rows))
    return Draft(blocks, "operational", ["Hours worked", "Monthly hours"], "table")


# --------------------------------------------------------------------------- contracting services


def contractor_orientation(r: Random, c: Ctx) -> Draft:
    """A subcontractor orientation record or a certificate of insurance."""
    sub = b.company(r, b.trade(r))
    if r.random() < 0.6:
        blocks: list[Block] = header(
            r,
            c,
            title_of(
                r,
                (
                    "Subcontractor Orientation",
                    "Contractor Site Orientation Record",
                    "Contractor Safety Orientation",
                ),
                c,
            ),
            control=False,
        )
        blocks.append(
            Fields(
                [
                    ("Contractor", sub),
                    ("Date", b.date(r, c.year)),
                    ("Site", c.site),
                    ("Given by", c.supervisor),
                ]
            )
        )
        items = b.sample(
            r,
            (
                "Site hazards",
                "Site rules",
                "Emergency procedures and muster point",
                "Incident reporting",
                "PPE requirements",
                "FLHA requirement",
                "First aid",
                "Sign in / sign out",
            ),
            4,
            8,
        )
        blocks.append(Checklist(items, [True] * len(items), columns=("Covered",)))
        blocks.append(
            Table(
                ["Contractor worker", "Signature"],
                [row[:2] for row in worker_signatures(r, c, 1, 6)],
            )
        )
        return Draft(blocks, "operational", ["Sub orientation", "Contractor orientation"], "form")
    blocks = [
        Para(
            b.pick(r, ("Intact Insurance", "Aviva Canada", "Northbridge Insurance", "Co-operators"))
        ),
        Title("Certificate of Insurance"),
    ]
    blocks.append(
        Fields(
            [
                ("Named insured", sub),
                ("Certificate holder", c.company),
                ("Commercial general liability", r.choice(("$2,000,000", "$5,000,000"))),
                ("Policy period", f"{b.date(r, c.year)} to {b.date(r, c.year + 1)}"),
                ("Policy #", str(r.randint(100000, 999999))),
            ]
        )
    )
    blocks.append(
        Para(
            "This certificate is issued as a matter of information only and confers no rights upon the certificate holder."
        )
    )
    return Draft(
        blocks,
        "operational",
        ["Certificate of insurance", f"COI {sub}", "Insurance certificate"],
        "cert",
    )


# --------------------------------------------------------------------------- evaluation tool


def audit_interviews(r: Random, c: Ctx) -> Draft:
    """The evaluator's worker interview sheet or the audit action plan."""
    if r.random() < 0.6:
        blocks: list[Block] = [
            Title(
                b.pick(
                    r,
                    (
                        "SECOR Audit - Interview Sheet",
                        "Worker Interview Questions",
                        "Evaluation Tool - Interviews",
                    ),
                )
            )
        ]
        blocks.append(
            Fields(
                [
                    ("Interviewee", r.choice(("Worker 1", "Worker 2", "Supervisor", c.worker))),
                    ("Date", b.date(r, c.year)),
                    ("Evaluator", c.owner),
                ]
            )
        )
        questions = (
            "What are the hazards of your job?",
            "Where is the first aid kit?",
            "Have you read the safety policy?",
            "What do you do if you are injured?",
            "When was the last safety meeting?",
            "What PPE do you wear?",
            "How do you report a near miss?",
            "Who does inspections?",
            "Where is the muster point?",
            "What happens if you break a company rule?",
        )
        for q in b.sample(r, questions, 4, 8):
            blocks.append(Para(f"Q: {q}"))
            blocks.append(
                Para(
                    f"A: {b.pick(r, ('Knew the answer.', 'Partly.', 'Could not answer.', 'Described it correctly.'))}  "
                    f"{r.choice(('✓', 'X', '1/1', '0/1', 'Y', 'N'))}"
                )
            )
        blocks.append(Para(f"Interview score: {r.randint(50, 100)}%"))
        return Draft(blocks, None, ["Interview sheet", "Audit interviews"], "form")
    blocks = [
        Title(b.pick(r, ("SECOR Action Plan", "Audit Action Plan", "Evaluation Follow-Up Plan")))
    ]
    rows = [
        [
            f"Element {e}",
            fill(
                r,
                b.pick(
                    r,
                    (
                        "Add dates and signatures to {topic} forms",
                        "Train {worker} on {ticket}",
                        "Hold the annual emergency drill",
                        "Review the hazard assessment",
                    ),
                ),
                c,
            ),
            b.person(r, True),
            b.date(r, c.year + 1),
        ]
        for e in sorted(b.sample(r, list(range(1, 14)), 2, 6))
    ]
    blocks.append(
        Table(["Element", "Recommendation from audit", "Responsible", "Target date"], rows)
    )
    return Draft(blocks, None, ["Action plan", "Audit action plan"], "table")


# --------------------------------------------------------------------------- legislation


def code_contents(r: Random, c: Ctx) -> Draft:
    """The parts of the OHS Code that apply, laid out like a table of contents."""
    from tools.corpus.docs_program import LEGISLATION

    parts = [x for x in LEGISLATION if x[0].startswith("OHS Code")]
    blocks: list[Block] = header(
        r,
        c,
        r.choice(
            (
                "OHS Code - Parts that apply to us",
                "Alberta OHS Code Contents",
                "Applicable OHS Code Parts",
            )
        ),
    )
    blocks.append(Bullets([f"{a} - {bb}" for a, bb, _ in b.sample(r, parts, 5, 15)]))
    blocks.append(
        Para(
            b.pick(
                r,
                (
                    "The OHS Act and OHS Regulation also apply.",
                    "Online copies are linked on the office computer.",
                    "A printed copy of the Act, Regulation and Code is in the office.",
                ),
            )
        )
    )
    return Draft(blocks, None, ["OHS Code parts", "Code contents"], "list")


# --------------------------------------------------------------------------- other


def other_misc(r: Random, c: Ctx) -> Draft:
    """Newsletters, holiday schedules, complaints, handbook pages, presentations."""
    x = r.randrange(5)
    if x == 0:
        blocks: list[Block] = [
            Title(r.choice(("Company Newsletter", "Spring Update", "News from the Office")))
        ]
        blocks.append(
            Para(
                fill(
                    r,
                    "Welcome to our new hire {worker}! We finished the {site} project ahead of schedule. The summer barbecue is on the last Friday of June.",
                    c,
                )
            )
        )
        return Draft(blocks, None, ["Newsletter", "Update"], "prose")
    if x == 1:
        blocks = [
            Title(
                r.choice(
                    (
                        "Holiday Schedule",
                        f"Statutory Holidays {c.year}",
                        "Office Hours",
                    )
                )
            )
        ]
        blocks.append(
            Table(
                ["Holiday", "Date"],
                [
                    [h, b.date(r, c.year)]
                    for h in b.sample(
                        r,
                        (
                            "New Year's Day",
                            "Family Day",
                            "Good Friday",
                            "Victoria Day",
                            "Canada Day",
                            "Heritage Day",
                            "Labour Day",
                            "Thanksgiving",
                            "Remembrance Day",
                            "Christmas Day",
                        ),
                        4,
                        9,
                    )
                ],
            )
        )
        return Draft(blocks, None, ["Holidays", "Holiday schedule"], "table")
    if x == 2:
        blocks = [Title(r.choice(("Customer Complaint", "Service Feedback", "Warranty Claim")))]
        blocks.append(
            Para(
                fill(
                    r,
                    "Customer called about the {material} at {site}. They were unhappy with the clean-up and the colour. {supervisor} will visit on {date} to review.",
                    c,
                )
            )
        )
        return Draft(blocks, None, ["Complaint", "Customer feedback"], "prose")
    if x == 3:
        blocks = [
            Title(
                r.choice(
                    ("Employee Handbook - Pay and Benefits", "Vacation Policy", "Expense Policy")
                )
            )
        ]
        blocks.append(
            Para(
                b.pick(
                    r,
                    (
                        "Employees are paid every second Friday by direct deposit.",
                        "Vacation requests must be made two weeks in advance.",
                        "Mileage is paid at the current CRA rate for personal vehicles used for work.",
                    ),
                )
            )
        )
        return Draft(blocks, None, ["Handbook", "Vacation policy", "Pay and benefits"], "prose")
    blocks = [Title(r.choice(("Sales Presentation", "Company Overview", "Investor Update")))]
    blocks.append(
        Bullets(
            [
                fill(r, x2, c)
                for x2 in b.sample(
                    r,
                    (
                        "Revenue grew 15% last year",
                        "Two new crews added",
                        "Expanding to {town}",
                        "Top customers: builders and property managers",
                        "New website and Google ads",
                    ),
                    2,
                    5,
                )
            ]
        )
    )
    return Draft(blocks, None, ["Presentation", "Overview"], "prose")


GENERATORS = {
    "policy": ((owner_letter, 1.2), (responsibilities_matrix, 1.2)),
    "hazard_assessment": ((hazard_questionnaire, 1.5),),
    "safe_work_practices": ((swp_index, 0.6),),
    "safe_job_procedures": ((sjp_index, 0.12),),
    "company_rules": ((specific_rules, 1.5),),
    "ppe": ((ppe_checklist, 1.5),),
    "maintenance": ((work_order, 1.5),),
    "training_communication": ((safety_alert, 1.2), (training_calendar, 0.8)),
    "inspections": ((inspection_schedule, 1.0),),
    "investigations": ((corrective_tracking, 1.0),),
    "emergency_planning": ((extinguisher_log, 1.5),),
    "records_statistics": ((wcb_employer_report, 1.5),),
    "contracting_services": ((contractor_orientation, 1.5),),
    "evaluation_tool": ((audit_interviews, 0.6),),
    "legislation": ((code_contents, 0.5),),
    "other": ((other_misc, 1.5),),
}
