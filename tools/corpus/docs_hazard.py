"""Generators for hazard assessments, safe work practices and safe job procedures."""

# ruff: noqa: E501  -- phrase banks: sentences read better unbroken

from __future__ import annotations

from random import Random

from tools.corpus import banks as b
from tools.corpus.common import (
    Ctx,
    fill,
    header,
    maybe,
    para,
    signoff,
    title_of,
    worker_signatures,
)
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
)

# --------------------------------------------------------------------------- hazard assessment

FLHA_TITLES = (
    "Field Level Hazard Assessment",
    "FLHA",
    "Field Level Hazard Assessment (FLHA)",
    "Pre-Job Hazard Assessment",
    "Daily Hazard Assessment",
    "Site Hazard Assessment",
    "FLHA / Tailgate Hazard Assessment",
    "Field Hazard Assessment Card",
    "Pre-Task Hazard Assessment",
    "Site Specific Hazard Assessment",
    "Hazard ID & Control - Daily",
    "Start of Shift Hazard Assessment",
)
FLHA_CHECKS = (
    "Overhead power lines",
    "Underground utilities located",
    "Slippery or uneven ground",
    "Working at heights",
    "Weather conditions",
    "Poor lighting",
    "Traffic / mobile equipment",
    "Noise",
    "Dust",
    "Pinch points",
    "Hot work",
    "Confined space",
    "Lifting / awkward postures",
    "Sharp edges",
    "Chemicals / SDS reviewed",
    "Working alone",
    "Public or homeowner nearby",
    "Ladder set up correctly",
    "Fall protection in place",
    "Tools inspected",
    "Guards in place",
    "Fire extinguisher available",
    "Muster point identified",
    "First aid kit on site",
    "Permits required",
    "Housekeeping",
    "Wildlife / insects",
    "Cold or heat stress",
    "Energized equipment",
    "Excavation / trench",
    "Spotter required",
)
FLHA_CATEGORIES = (
    "Environmental hazards",
    "Ergonomic hazards",
    "Access / egress",
    "Overhead hazards",
    "Personal limitations",
    "Equipment hazards",
    "Work area hazards",
)
RISK = ("Low", "Med", "High", "L", "M", "H", "1", "2", "3", "4", "6", "9")


def flha(r: Random, c: Ctx) -> Draft:
    """A filled field level hazard assessment."""
    blocks: list[Block] = header(r, c, title_of(r, FLHA_TITLES, c), control=False)
    fields = [
        ("Date", b.date(r, c.year)),
        ("Job / Location", c.site),
        ("Supervisor", c.supervisor),
        ("Job #", str(r.randint(100, 9999))),
        ("Time", b.time_of_day(r)),
        (
            "Muster point",
            b.pick(r, ("front of truck", "end of driveway", "trailer", "gate", "street corner")),
        ),
        ("Task", b.pick(r, c.trade.tasks)),
        ("Weather", b.pick(r, ("sunny", "-18 windy", "rain", "snow", "+28 hot", "clear"))),
    ]
    blocks.append(Fields(b.sample(r, fields, 3, 8)))
    if r.random() < 0.7:
        if r.random() < 0.4:
            blocks.append(Heading(b.pick(r, FLHA_CATEGORIES)))
        items = b.sample(r, FLHA_CHECKS, 6, 18)
        blocks.append(
            Checklist(
                items,
                [r.random() < 0.45 for _ in items],
                columns=r.choice((("Yes", "No", "N/A"), ("Y", "N"), ("",))),
            )
        )
    rows = []
    for _ in range(r.randint(1, 5)):
        hz, ctl = b.hazard_with_controls(r)
        hz = b.pick(r, c.trade.hazards) if r.random() < 0.6 else hz
        rows.append([b.pick(r, c.trade.tasks), hz, b.pick(r, RISK), "; ".join(ctl)])
    hdr = r.choice(
        (
            ["Task", "Hazards", "Risk", "Controls"],
            ["Job steps", "Hazard", "Rating", "Plan to eliminate/control"],
            ["Task", "Hazard identified", "Priority", "Control measures"],
        )
    )
    blocks.append(Table(hdr, rows))
    if r.random() < 0.5:
        blocks.append(
            Fields(
                [
                    ("PPE inspected", r.choice(("Yes", "Y", "✓"))),
                    ("Warning ribbon needed", r.choice(("No", "N", "N/A"))),
                    ("Is the worker working alone", r.choice(("No", "Yes - check in every 2 hrs"))),
                ]
            )
        )
    if r.random() < 0.4:
        blocks.append(Heading(b.pick(r, ("Job completion", "End of job review", "Job Completion"))))
        blocks.append(
            Checklist(
                [
                    "Permits closed out",
                    "Area cleaned up",
                    "Hazards remaining",
                    "Incidents to report",
                ],
                [True, True, r.random() < 0.2, r.random() < 0.1],
            )
        )
    blocks.append(
        Table(
            ["Worker name", "Signature", "Initial"],
            [[*row[:2], row[0][:1]] for row in worker_signatures(r, c, 1, 6)],
        )
    )
    blocks += maybe(r, 0.6, Signatures([("Supervisor", c.supervisor, b.date(r, c.year))]))
    names = [
        "FLHA",
        f"FLHA {b.pick(r, b.MONTHS)}",
        f"FLHA {b.date(r, c.year)}",
        "Field level hazard assessment",
        "Hazard assessment",
        "Daily FLHA",
        f"FLHA - {c.site.split(' - ')[0]}",
        "Site hazard assessment",
        f"FLHA week {r.randint(1, 52)}",
        "Pre-job hazard assessment",
    ]
    return Draft(blocks, "operational", names, "form")


FORMAL_INTRO = (
    "This formal hazard assessment lists the tasks done by our workers, the hazards of each task and the controls used.",
    "The assessment is reviewed every year, when a new task or piece of equipment is introduced, and after an incident.",
    "Risk is rated by severity times probability. High risk tasks are critical tasks and need a safe job procedure.",
    "Workers took part in this assessment at the safety meeting on {date}.",
    "Controls follow the hierarchy: elimination, substitution, engineering, administrative, PPE.",
)


def formal_hazard_assessment(r: Random, c: Ctx) -> Draft:
    """A company-wide or job-wide hazard assessment table."""
    title = title_of(
        r,
        (
            "Formal Hazard Assessment",
            "Hazard Assessment",
            "Job Hazard Analysis (JHA)",
            "Hazard Identification and Assessment",
            "Task Hazard Analysis",
            "Hazard Assessment - {trade}",
            "JHA - {task}",
            "Risk Assessment",
            "Site Hazard Assessment - {site}",
        ),
        c,
    )
    blocks: list[Block] = header(r, c, title)
    blocks += maybe(r, 0.6, para(r, c, FORMAL_INTRO, (1, 3)))
    if r.random() < 0.3:
        blocks.append(
            Fields(
                [
                    ("Severity", "1 minor - 4 fatal"),
                    ("Probability", "1 rare - 4 likely"),
                    ("Risk", "S x P"),
                ]
            )
        )
    rows = []
    for _ in range(r.randint(3, 14)):
        task = b.pick(r, c.trade.tasks)
        hz, ctl = b.hazard_with_controls(r)
        hz = b.pick(r, c.trade.hazards) if r.random() < 0.5 else hz
        s, p = r.randint(1, 4), r.randint(1, 4)
        row = [task, hz, str(s), str(p), str(s * p), "; ".join(ctl)]
        if r.random() < 0.5:
            row.append(b.pick(r, ("E", "A", "P", "E/A", "A/P", "Eng", "Admin", "PPE")))
        rows.append(row)
    width = max(len(x) for x in rows)
    hdr = ["Task", "Hazard", "Severity", "Probability", "Risk", "Controls", "Type"][:width]
    if r.random() < 0.4:
        hdr = ["Job / Task", "Hazards", "S", "P", "Rating", "Control methods", "E/A/P"][:width]
    rows = [row + [""] * (width - len(row)) for row in rows]
    blocks.append(Table(hdr, rows))
    blocks += maybe(
        r,
        0.5,
        Signatures(
            [
                ("Completed by", c.owner, b.date(r, c.year)),
                ("Reviewed by", c.supervisor, b.date(r, c.year)),
            ]
        ),
    )
    names = [
        "Formal Hazard Assessment",
        "Hazard assessment",
        "JHA",
        f"JHA {b.pick(r, c.trade.tasks)}",
        "Hazard register",
        "Risk assessment",
        "Hazard ID",
    ]
    return Draft(blocks, "operational", names, "table")


def task_inventory(r: Random, c: Ctx) -> Draft:
    """The inventory of tasks with their critical rating."""
    blocks: list[Block] = header(
        r,
        c,
        title_of(
            r,
            (
                "Task Inventory",
                "Job and Task Inventory",
                "Critical Task Inventory",
                "List of Tasks and Hazards",
            ),
            c,
        ),
    )
    rows = []
    for task in b.sample(r, c.trade.tasks, 4, 10):
        rows.append(
            [
                task,
                b.pick(r, ("daily", "weekly", "monthly", "seasonal", "rarely")),
                b.pick(r, c.trade.hazards),
                r.choice(("Yes", "No", "No")),
                r.choice(("SJP required", "SWP", "", "training")),
            ]
        )
    blocks.append(Table(["Task", "Frequency", "Main hazard", "Critical?", "Notes"], rows))
    return Draft(blocks, "operational", ["Task inventory", "Critical tasks", "Task list"], "table")


HA_PROCESS = (
    "Hazard assessments are completed before work begins and whenever conditions change.",
    "The supervisor leads the FLHA with the crew at the start of each shift and each new task.",
    "Every worker on the crew reviews and signs the hazard assessment.",
    "Hazards that cannot be eliminated are controlled with engineering controls, then administrative controls, then PPE.",
    "Formal hazard assessments are reviewed at least once a year and kept on file for three years.",
    "Workers must stop and reassess if a new hazard appears during the job.",
    "Completed hazard assessment forms are returned to the office at the end of the week.",
    "A site-specific hazard assessment is written for every new job site.",
)
HA_STEPS = (
    "Walk the work area and look for hazards before starting.",
    "List each task and the hazards that go with it.",
    "Rate each hazard for severity and likelihood.",
    "Decide on controls for each hazard using the hierarchy of controls.",
    "Review the assessment with every worker and have them sign it.",
    "Post the form where the crew can see it, such as the dash of the truck.",
    "Re-assess when the weather, the task or the crew changes.",
    "Hand in the completed FLHA to the supervisor at the end of the day.",
)


def hazard_process(r: Random, c: Ctx) -> Draft:
    """The written hazard assessment process ("how to do an FLHA")."""
    title = title_of(
        r,
        (
            "Hazard Assessment Process",
            "Hazard Assessment Program",
            "Hazard Identification and Control Procedure",
            "Hazard Assessment Policy",
            "Completing Field Level Hazard Assessments",
            "Element 2 - Hazard Assessment Program",
        ),
        c,
    )
    blocks: list[Block] = header(r, c, title)
    blocks.append(Heading(b.pick(r, ("Purpose", "Overview", "General"))))
    blocks.append(para(r, c, HA_PROCESS, (2, 4)))
    blocks.append(
        Heading(b.pick(r, ("Procedure", "Steps", "How to complete the assessment", "Process")))
    )
    blocks.append(Steps(b.sample(r, HA_STEPS, 4, 8)))
    if r.random() < 0.5:
        blocks.append(Heading(b.pick(r, ("Hierarchy of controls", "Controls"))))
        blocks.append(
            Bullets(
                [
                    "Elimination / substitution",
                    "Engineering controls",
                    "Administrative controls",
                    "Personal protective equipment",
                ]
            )
        )
    blocks += maybe(r, 0.5, para(r, c, HA_PROCESS, (1, 2)))
    blocks += maybe(r, 0.4, signoff(r, c))
    return Draft(
        blocks,
        "directive",
        ["Hazard assessment process", "FLHA instructions", "Hazard assessment program"],
        "prose",
    )


# --------------------------------------------------------------------------- safe work practices

SWP_TOPICS: dict[str, tuple[str, ...]] = {
    "Fall Protection": (
        "Use fall protection whenever a worker could fall 3 metres or more, or onto something hazardous.",
        "Guardrails are preferred over personal fall arrest.",
        "Harnesses and lanyards are inspected before each use and removed from service if damaged.",
        "Anchors must be rated for the load and installed as the manufacturer specifies.",
        "A rescue plan must be in place before anyone works on a fall arrest system.",
        "Never tie off to vent stacks, plumbing or gutters.",
    ),
    "Working Near Overhead Power Lines": (
        "Find out the voltage of any line near the work before starting.",
        "Keep equipment and materials outside the safe limit of approach distance.",
        "Use a spotter whenever equipment could come within the limit of approach.",
        "Contact the power utility to have lines de-energized or covered when work must be closer.",
        "Assume every line is energized.",
        "If equipment contacts a line, stay in the cab and warn others to keep away.",
    ),
    "Cold Weather Work": (
        "Dress in layers and keep a dry set of gloves and socks.",
        "Take warm-up breaks in a heated vehicle or trailer.",
        "Watch co-workers for signs of frostbite and hypothermia.",
        "Below -30 with wind, outdoor work is limited and the buddy system is used.",
        "Plug in equipment and let engines warm up before use.",
        "Clear snow and ice from walkways, ladders and roofs before work.",
    ),
    "Working in the Heat": (
        "Drink water often, even when not thirsty.",
        "Schedule heavy work for the cooler part of the day.",
        "Take rest breaks in the shade.",
        "Know the signs of heat exhaustion and heat stroke.",
        "New workers need time to get used to hot conditions.",
    ),
    "Hot Work": (
        "Remove or cover combustible material within 11 metres of the work.",
        "Keep a charged fire extinguisher within reach.",
        "A fire watch stays for at least 60 minutes after the work is done.",
        "Check for flammable vapours before starting.",
        "Cylinders are secured upright and kept away from sparks.",
    ),
    "Ladder Use": (
        "Inspect the ladder before each use for damaged rails or rungs.",
        "Set extension ladders at a 4 to 1 angle and extend 1 m past the landing.",
        "Maintain three points of contact when climbing.",
        "Do not stand on the top two rungs of a step ladder.",
        "Secure the ladder at the top or have someone hold it.",
        "Do not use metal ladders near electrical equipment.",
    ),
    "Working Alone": (
        "A worker working alone must have a means of communication at all times.",
        "Check in with the office at set times agreed before the work starts.",
        "If a check-in is missed, the office calls the worker, then goes to the site.",
        "High-risk tasks such as confined space entry are never done alone.",
    ),
    "Lockout and Tagout": (
        "Identify every energy source before servicing equipment.",
        "Each worker applies their own personal lock.",
        "Test to verify zero energy before starting work.",
        "Only the person who applied a lock may remove it.",
        "Stored energy such as springs and hydraulics must be released or blocked.",
    ),
    "Confined Spaces": (
        "Confined spaces are identified and marked.",
        "Entry requires a permit, atmospheric testing and a trained attendant.",
        "Ventilate the space before and during entry.",
        "A rescue plan must be in place before entry.",
    ),
    "Excavation and Trenching": (
        "Get utility locates before any ground disturbance.",
        "Trenches deeper than 1.5 m must be sloped, shored or protected by a trench box.",
        "Keep spoil piles at least 1 m from the edge.",
        "Provide a ladder within 8 m of every worker in a trench.",
        "Inspect the excavation daily and after rain.",
    ),
    "Power Tools": (
        "Inspect cords and plugs before use.",
        "Keep guards in place and never tie them back.",
        "Unplug tools before changing blades or bits.",
        "Use the right tool for the job.",
        "Wear eye and hearing protection.",
    ),
    "Hand Tools": (
        "Keep hand tools clean and in good repair.",
        "Replace cracked or loose handles.",
        "Carry sharp tools pointed down.",
        "Do not use screwdrivers as pry bars.",
    ),
    "Manual Lifting": (
        "Test the weight of the load before lifting.",
        "Bend the knees and keep the back straight.",
        "Get help or use equipment for heavy or awkward loads.",
        "Avoid twisting while carrying a load.",
    ),
    "Housekeeping": (
        "Keep walkways and stairs clear.",
        "Put scrap in the bin as you work.",
        "Store materials so they cannot fall or roll.",
        "Clean up spills right away.",
    ),
    "Mobile Equipment": (
        "Only trained and authorized workers operate equipment.",
        "Complete a circle check before operating.",
        "Wear a seat belt where one is provided.",
        "Use a spotter when visibility is limited.",
        "Lower attachments to the ground when parked.",
    ),
    "Driving Company Vehicles": (
        "Drivers must hold a valid licence.",
        "No cell phone use while driving.",
        "Secure all loads before moving.",
        "Do a walk-around before driving.",
    ),
    "Silica Dust": (
        "Use wet cutting or dust extraction when cutting concrete, brick or pavers.",
        "Wear a fit-tested respirator when dust cannot be controlled.",
        "Do not dry sweep; use a HEPA vacuum.",
        "Keep other workers out of the dust.",
    ),
    "Noise": (
        "Hearing protection is required where noise is above 85 dBA.",
        "Post signs in loud areas.",
        "Choose quieter equipment when possible.",
    ),
    "WHMIS and Chemicals": (
        "Read the SDS before using a product for the first time.",
        "Keep all containers labelled.",
        "Store flammables away from ignition sources.",
        "Wear the PPE listed on the SDS.",
    ),
    "Scaffolds": (
        "Scaffolds are erected by competent workers.",
        "Inspect the scaffold daily and tag it.",
        "Use guardrails on all open sides.",
        "Do not overload the platform.",
    ),
    "Compressed Gas Cylinders": (
        "Store cylinders upright and chained.",
        "Keep caps on when not in use.",
        "Separate oxygen from fuel gases by 6 m or a fire wall.",
        "Move cylinders with a cart.",
    ),
    "Chainsaw Use": (
        "Wear chaps, face screen and hearing protection.",
        "Start the saw on the ground.",
        "Watch for kickback and keep both hands on the saw.",
        "Plan an escape route before falling a tree.",
    ),
    "Wildlife": (
        "Make noise when working in brush.",
        "Carry bear spray in remote areas.",
        "Do not leave food out at the site.",
    ),
    "Fatigue and Impairment": (
        "Workers must be fit for duty at the start of each shift.",
        "Report fatigue to the supervisor.",
        "Shifts longer than 12 hours need approval.",
    ),
}
SWP_INTROS = (
    "This safe work practice sets out the general way work is to be done safely when {lower}.",
    "Purpose: to protect workers from the hazards of {lower}.",
    "Safe work practices are general guidelines. Workers are expected to follow them on every job.",
    "This practice applies to all {company} workers and subcontractors.",
)


def safe_work_practice(r: Random, c: Ctx) -> Draft:
    """A written safe work practice on one topic (or a few)."""
    topics = b.sample(r, tuple(SWP_TOPICS), 1, 1 if r.random() < 0.8 else 4)
    first = topics[0]
    num = r.randint(1, 30)
    title = r.choice(
        (
            f"Safe Work Practice - {first}",
            f"SWP-{num:02d} {first}",
            f"{first} Safe Work Practice",
            f"Safe Work Practices: {first}",
            f"SWP {first}",
            f"{first}",
            f"Safe Work Practice #{num}: {first}",
            f"{first} - General Safe Work Practice",
            "Safe Work Practices",
        )
    )
    blocks: list[Block] = header(r, c, title)
    for topic in topics:
        if len(topics) > 1:
            blocks.append(Heading(topic))
        if r.random() < 0.7:
            blocks.append(Heading(b.pick(r, ("Purpose", "Scope", "Purpose and Scope", "General"))))
            blocks.append(Para(fill(r, b.pick(r, SWP_INTROS).replace("{lower}", topic.lower()), c)))
        if r.random() < 0.5:
            blocks.append(Heading(b.pick(r, ("Hazards", "Hazards involved", "Potential hazards"))))
            blocks.append(Bullets(b.sample(r, c.trade.hazards, 2, 4)))
        blocks.append(
            Heading(
                b.pick(
                    r,
                    (
                        "Safe Work Practices",
                        "Practices",
                        "Guidelines",
                        "General Requirements",
                        "Do's and Don'ts",
                        "Safe practices",
                        "Requirements",
                    ),
                )
            )
        )
        items = b.sample(r, SWP_TOPICS[topic], 3, 6)
        if r.random() < 0.5:
            items += [
                f"{b.pick(r, ('Always', 'Never', 'Workers should', 'Do not'))} {fill(r, '{control}', c)}."
            ]
        blocks.append(Bullets(items) if r.random() < 0.8 else Para(" ".join(items)))
        if r.random() < 0.5:
            blocks.append(
                Heading(b.pick(r, ("PPE Required", "Personal Protective Equipment", "PPE")))
            )
            blocks.append(Bullets(b.sample(r, b.PPE_ITEMS, 2, 5)))
        if r.random() < 0.4:
            blocks.append(Heading(b.pick(r, ("Training", "Training Required", "Competency"))))
            blocks.append(
                Para(
                    fill(
                        r,
                        b.pick(
                            r,
                            (
                                "Workers must be trained in this practice before doing the work.",
                                "Workers need a valid {ticket} ticket.",
                                "Reviewed with all workers at orientation and at a toolbox talk each season.",
                            ),
                        ),
                        c,
                    )
                )
            )
        if r.random() < 0.3:
            blocks.append(
                Para(
                    f"Reference: {b.pick(r, ('Alberta OHS Code', 'OHS Code', 'OHS Act'))} Part {r.randint(2, 32)}"
                )
            )
    blocks += maybe(r, 0.3, signoff(r, c))
    names = [
        f"SWP-{num:02d} {first}",
        f"{first} SWP",
        f"SWP {first.lower()}",
        "Safe work practice",
        f"Safe Work Practice - {first}",
        f"{first.lower()} swp",
        "SWPs",
        f"SWP {num}",
    ]
    return Draft(blocks, "directive", names, "prose")


def swp_signoff(r: Random, c: Ctx) -> Draft:
    """Workers' signatures that they reviewed the safe work practices."""
    topic = b.pick(r, tuple(SWP_TOPICS))
    blocks: list[Block] = header(
        r,
        c,
        r.choice(
            (
                f"Safe Work Practice Review - {topic}",
                "SWP Review Sign-Off",
                "Safe Work Practices Acknowledgement",
            )
        ),
        control=False,
    )
    blocks.append(
        Para(
            fill(
                r,
                b.pick(
                    r,
                    (
                        "The workers below have reviewed the safe work practice and understand it.",
                        "Reviewed the {topic} safe work practice with the crew on {date}.",
                    ),
                ),
                c,
            )
        )
    )
    blocks.append(Bullets(b.sample(r, SWP_TOPICS[topic], 2, 3)))
    blocks.append(Table(["Name", "Signature", "Date"], worker_signatures(r, c, 2, 8)))
    return Draft(blocks, "operational", ["SWP sign off", "SWP review"], "form")


# --------------------------------------------------------------------------- safe job procedures

SJP_TASKS: dict[str, tuple[str, ...]] = {
    "Changing a Grinder Disc": (
        "Unplug the grinder or remove the battery.",
        "Press the spindle lock and loosen the flange nut with the wrench.",
        "Remove the old disc and check the guard for damage.",
        "Check the new disc is rated for the grinder's RPM.",
        "Install the disc with the label facing out and tighten the nut.",
        "Adjust the guard between you and the disc.",
        "Stand to the side and run the grinder for one minute before use.",
    ),
    "Setting Up an Extension Ladder": (
        "Inspect the ladder for damage and check the labels.",
        "Carry the ladder with a partner if it is long.",
        "Place the base on firm level ground.",
        "Raise the ladder and extend the fly section until it is 1 m above the landing.",
        "Set the angle at 4 to 1.",
        "Tie off the top and secure the base.",
        "Climb facing the ladder with three points of contact.",
    ),
    "Locking Out an Electrical Circuit": (
        "Tell affected people the circuit will be shut off.",
        "Identify the correct breaker or disconnect.",
        "Turn the breaker off and apply your personal lock and tag.",
        "Try the switch to confirm the equipment will not start.",
        "Test the conductors with a voltage tester known to work.",
        "Do the work.",
        "Remove your lock only when the work is done and people are clear.",
    ),
    "Starting and Shutting Down the Skid Steer": (
        "Do a circle check of the machine and the area.",
        "Climb in using the grab handles and three points of contact.",
        "Fasten the seat belt and lower the seat bar.",
        "Start the engine and check gauges and warning lights.",
        "Test the controls before moving.",
        "To shut down, lower the bucket to the ground, set the park brake and turn off the engine.",
        "Remove the key.",
    ),
    "Refuelling Equipment": (
        "Shut off the engine and let it cool.",
        "No smoking within 8 m.",
        "Ground the container and keep the nozzle in contact.",
        "Do not overfill.",
        "Wipe up spills and place rags in the waste bin.",
        "Close the fuel cap before restarting.",
    ),
    "Hooking Up a Trailer": (
        "Check the hitch ball size matches the coupler.",
        "Back up slowly with a spotter.",
        "Lower the coupler onto the ball and latch it.",
        "Attach safety chains in a crossed pattern.",
        "Connect the breakaway cable and the lights.",
        "Raise the jack fully and check the lights work.",
    ),
    "Cutting Concrete with a Quick-Cut Saw": (
        "Inspect the saw, blade and water supply.",
        "Mark the cut line.",
        "Connect water to the saw for wet cutting.",
        "Wear a face shield, hearing protection and respirator.",
        "Start the saw on the ground with a firm grip.",
        "Cut at full throttle and let the blade do the work.",
        "Stop the saw before setting it down.",
    ),
    "Entering a Trench Box": (
        "Confirm locates are on site and the trench has been inspected.",
        "Check the trench box is installed and the ladder is in place.",
        "Enter and exit only inside the box.",
        "Keep equipment back from the edge while workers are inside.",
        "Leave the trench if water or sloughing appears.",
    ),
    "Falling a Small Tree": (
        "Assess the tree for lean, dead limbs and nearby hazards.",
        "Plan two escape routes at 45 degrees behind the tree.",
        "Clear brush around the base.",
        "Cut the notch on the falling side.",
        "Make the back cut slightly above the notch, leaving a hinge.",
        "Call out a warning and retreat along the escape route.",
    ),
    "Operating a Scissor Lift": (
        "Complete the pre-use inspection.",
        "Check the floor for holes and overhead obstructions.",
        "Close the gate and clip in if required by the manufacturer.",
        "Raise the platform only on level ground.",
        "Do not drive with the platform raised on rough ground.",
        "Lower completely before leaving.",
    ),
    "Setting Up a Baker Scaffold": (
        "Inspect frames, braces and platforms.",
        "Lock the casters.",
        "Install the cross braces.",
        "Install the platform and guardrails if the height requires it.",
        "Check that it is level before use.",
    ),
    "Spraying Foam Insulation": (
        "Post warning signs and keep other trades out.",
        "Set up ventilation for the area.",
        "Put on the supplied air respirator and coveralls.",
        "Check the rig temperature and pressure.",
        "Spray in passes to the required thickness.",
        "Keep the area closed for the re-entry time on the SDS.",
    ),
    "Mixing and Pouring Concrete": (
        "Wear gloves, boots and eye protection.",
        "Check the forms are braced.",
        "Guide the chute with the driver by hand signals.",
        "Vibrate the concrete as it is placed.",
        "Screed and float the surface.",
        "Wash tools in the washout area.",
    ),
    "Jump Starting a Vehicle": (
        "Put on safety glasses.",
        "Park the vehicles close without touching.",
        "Turn off both engines.",
        "Connect red to dead positive, red to good positive, black to good negative, black to bare metal on the dead vehicle.",
        "Start the good vehicle, then the dead one.",
        "Remove cables in the reverse order.",
    ),
    "Using a Powder-Actuated Tool": (
        "Only certified operators may use the tool.",
        "Check the tool is unloaded before inspecting it.",
        "Choose the right load and fastener for the material.",
        "Hold the tool square to the surface.",
        "Never point the tool at anyone.",
        "Store loads locked up.",
    ),
    "Unloading Equipment from a Trailer": (
        "Park on level ground and set the brakes.",
        "Lower the ramps and check the pins.",
        "Remove chains and binders.",
        "Back the equipment down slowly with a spotter.",
        "Store the chains and raise the ramps.",
    ),
    "Installing a Water Heater": (
        "Shut off the gas and water supply.",
        "Drain the old tank.",
        "Use a dolly to move the tank.",
        "Connect the water lines and the gas line.",
        "Leak test the gas connections.",
        "Check the venting and light the pilot.",
    ),
    "Changing a Propane Cylinder on a Heater": (
        "Turn the heater off and let it cool.",
        "Close the cylinder valve and let the line burn out.",
        "Loosen the fitting with the proper wrench; the thread is left-handed.",
        "Check the new cylinder's date and the O-ring on the fitting.",
        "Connect and hand-tighten, then snug with the wrench.",
        "Open the valve slowly and check for leaks with soapy water.",
        "Store the empty cylinder upright outside, away from exits.",
    ),
    "Installing Roof Brackets and Planks": (
        "Check the brackets for bent or cracked parts.",
        "Work from inside the fall protection system while setting brackets.",
        "Nail each bracket into a rafter with the nails the maker calls for.",
        "Space the brackets no more than the plank span allows.",
        "Lay the planks so they overhang the brackets by the required amount.",
        "Nail the planks to the brackets.",
        "Remove the brackets from the top down when the section is done.",
    ),
    "Pressure Testing a Water Line": (
        "Tell everyone nearby that a test is being done.",
        "Cap or plug all open ends and brace them.",
        "Connect the test pump and gauge.",
        "Fill the line slowly and bleed the air out at the high point.",
        "Raise the pressure to the test value in steps.",
        "Hold for the required time and watch the gauge.",
        "Release the pressure through the bleed valve before removing caps.",
    ),
    "Replacing a Circular Saw Blade": (
        "Unplug the saw or take out the battery.",
        "Press the arbor lock and loosen the bolt with the blade wrench.",
        "Retract the lower guard and take out the old blade.",
        "Install the new blade with the teeth pointing in the direction of rotation.",
        "Tighten the bolt and release the arbor lock.",
        "Check that the guard moves freely and snaps back.",
    ),
    "Setting Up Traffic Control Signs": (
        "Review the traffic accommodation plan for the site.",
        "Park the truck to shield the work area with the beacon on.",
        "Place the first warning sign the required distance ahead of the work.",
        "Set the cones in a taper toward the work zone.",
        "Face traffic while placing signs; never turn your back to it.",
        "Remove the signs in the reverse order when the work is done.",
    ),
}
SJP_SECTIONS = (
    ("Required PPE", "PPE"),
    ("Tools and Equipment", "Equipment required"),
    ("Training Required", "Training"),
    ("Hazards", "Potential Hazards"),
)


def safe_job_procedure(r: Random, c: Ctx) -> Draft:
    """A step-by-step procedure for one task."""
    task = b.pick(r, tuple(SJP_TASKS))
    num = r.randint(1, 30)
    title = r.choice(
        (
            f"Safe Job Procedure - {task}",
            f"SJP-{num:02d} {task}",
            f"{task} - Safe Job Procedure",
            f"SJP: {task}",
            f"Job Procedure: {task}",
            f"Standard Operating Procedure - {task}",
            f"{task}",
            f"Procedure #{num} {task}",
            f"SOP {task}",
        )
    )
    blocks: list[Block] = header(r, c, title)
    blocks.append(
        Fields(
            b.sample(
                r,
                [
                    ("Task", task),
                    ("Trade", c.trade.name),
                    ("Prepared by", c.supervisor),
                    ("Date", b.date(r, c.year)),
                    ("Critical task", r.choice(("Yes", "Y"))),
                ],
                1,
                4,
            )
        )
    )
    if r.random() < 0.5:
        blocks.append(Heading("Purpose"))
        blocks.append(Para(f"To describe the steps for {task.lower()} safely."))
    for heading_options in b.sample(r, SJP_SECTIONS, 1, 3):
        blocks.append(Heading(b.pick(r, heading_options)))
        if "PPE" in heading_options[0] or "PPE" in heading_options[1]:
            blocks.append(Bullets(b.sample(r, b.PPE_ITEMS, 2, 5)))
        elif "Hazard" in heading_options[0]:
            blocks.append(Bullets(b.sample(r, c.trade.hazards, 2, 4)))
        elif "Training" in heading_options[0]:
            blocks.append(
                Para(fill(r, "{ticket}; trained on this procedure by the supervisor.", c))
            )
        else:
            blocks.append(Bullets(b.sample(r, c.trade.equipment, 2, 4)))
    steps = list(SJP_TASKS[task])
    if r.random() < 0.3:
        steps = steps[: max(4, len(steps) - r.randint(0, 2))]
    blocks.append(
        Heading(b.pick(r, ("Procedure", "Steps", "Job Steps", "Sequence of Steps", "Step-by-Step")))
    )
    if r.random() < 0.3:
        rows = [
            [str(i), s, b.pick(r, c.trade.hazards), fill(r, "{control}", c)]
            for i, s in enumerate(steps, 1)
        ]
        blocks.append(Table(["#", "Step", "Hazard", "Safe procedure"], rows))
    else:
        blocks.append(Steps(steps))
    blocks += maybe(
        r,
        0.3,
        Para(
            b.pick(
                r,
                (
                    "Stop work and call the supervisor if anything is unclear.",
                    "Report any defects and tag the equipment out of service.",
                    "This procedure is reviewed annually.",
                ),
            )
        ),
    )
    blocks += maybe(r, 0.3, signoff(r, c))
    names = [
        f"SJP-{num:02d} {task}",
        f"SJP - {task}",
        f"{task} procedure",
        "Safe job procedure",
        f"SJP {task.lower()}",
        f"SOP - {task}",
        f"Procedure {num}",
    ]
    return Draft(blocks, "directive", names, "prose")


GENERATORS = {
    "hazard_assessment": (
        (flha, 5.0),
        (formal_hazard_assessment, 3.0),
        (task_inventory, 0.8),
        (hazard_process, 1.5),
    ),
    "safe_work_practices": ((safe_work_practice, 8.0), (swp_signoff, 0.6)),
    "safe_job_procedures": ((safe_job_procedure, 1.0),),
}
