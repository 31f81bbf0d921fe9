"""Generators for investigations, emergency planning, records/statistics and contractor documents."""

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

# --------------------------------------------------------------------------- investigations

INVEST_PROCESS = (
    "All incidents, including near misses, must be reported to the supervisor immediately.",
    "The first priority after any incident is to care for the injured and make the area safe.",
    "Serious injuries and incidents are reported to Alberta OHS right away and the scene is not disturbed except to save life or prevent further injury.",
    "Injuries that need medical treatment are reported to WCB within 72 hours.",
    "The supervisor and a worker investigate every incident within 24 hours, or 48 hours for minor ones.",
    "Investigations look for root causes, not blame.",
    "Corrective actions are assigned to a person with a due date and tracked until complete.",
    "Results of investigations are shared with all workers at the next safety meeting.",
    "Near misses are investigated the same way as injuries because they are warnings.",
)
INVEST_STEPS = (
    "Give first aid and call 911 if needed.",
    "Secure the scene and prevent further loss.",
    "Report to the supervisor and the owner.",
    "Notify OHS and WCB when required.",
    "Collect facts: photos, measurements, witness statements.",
    "Determine immediate and root causes.",
    "Recommend corrective actions.",
    "Complete the investigation report and review it with the owner.",
    "Follow up to make sure the actions worked.",
)
EVENTS = (
    "{worker} cut his hand on a sheet of {material} while {task}.",
    "The {equipment2} backed into a parked truck at {site}; no one hurt.",
    "A bundle of {material} slid off the roof edge and landed near a worker below.",
    "{worker} slipped on ice at the trailer steps and sprained an ankle.",
    "The excavator bucket struck an unmarked water line during {task}.",
    "{worker} got a piece of metal in the eye while grinding without a face shield.",
    "A ladder slid out at the base while {worker} was climbing; he held on and was not injured.",
    "Fuel spilled from the generator during refuelling, about 5 litres, cleaned with the spill kit.",
    "Nail gun double-fired and a nail went through {worker}'s glove.",
    "Worker felt dizzy after working in the attic in high heat, treated with water and rest.",
    "A trench wall sloughed in while no one was inside.",
    "A homeowner's child walked into the work area while {task}.",
    "The crew truck slid on an icy approach and struck the curb; bent rim, no injuries.",
    "While backing the trailer, the driver hit a fence post; there was no spotter.",
    "A strap broke while securing the {equipment2} on the deck; the load stayed on.",
    "{worker} twisted a knee stepping off the skid steer track.",
    "A hydraulic line burst on the {equipment2} and sprayed oil near the operator.",
    "{worker} was struck by a swinging door in the wind while carrying {material}.",
    "A worker reached past a guard to clear a jam and pinched two fingers.",
    "An extension cord was cut by the {equipment}; the breaker tripped.",
    "{worker} inhaled fumes from a cleaner used in a closed room and felt sick.",
    "A small fire started in a garbage bin near the hot work; put out with an extinguisher.",
    "Dropped tool from the scaffold landed beside {worker2}.",
    "Worker fell about 1 m from the second rung of a step ladder and bruised an elbow.",
    "A rock thrown by the mower cracked a client's window.",
    "Gas smell after the line was nicked during {task}; area evacuated and the utility called.",
    "{worker} strained his back lifting a bundle of {material} alone.",
    "Company van rear-ended at a red light in {town}; driver had neck pain the next day.",
    "Blade guard stuck open on the saw, worker noticed before cutting.",
    "Worker got dizzy on the roof on a hot afternoon and sat in the shade.",
)
INVEST_FINDINGS = (
    "Why did it happen? The task was rushed because the crew was behind schedule.",
    "Why was it rushed? The delivery came late and the day was not re-planned.",
    "People: the worker had not done this task before. Equipment: worn part not reported.",
    "Environment: frost on the surface early in the morning. Procedures: no written steps for the task.",
    "Management: no check that the hazard assessment was updated when the job changed.",
    "The worker was trained but the refresher was overdue.",
    "The crew knew about the problem but had not reported it.",
    "The equipment defect had been noticed the week before but no one tagged it out.",
    "Road and weather conditions were poor and the speed was too high for them.",
    "The hazard was on the FLHA but the control was not put in place.",
)
INVEST_LESSONS = (
    "Lesson shared at the toolbox talk: stop and re-plan when conditions change.",
    "All crews reminded to report defects the same day.",
    "Added this task to the hazard assessment with new controls.",
    "Purchased a second set of straps and a load securement checklist.",
    "Spotter now required for all backing with a trailer.",
    "Investigation reviewed and signed off by the owner; file closed.",
)
CAUSES = (
    "Hazard not identified on the FLHA.",
    "Worker rushing to finish before the weather turned.",
    "Guard was removed and not replaced.",
    "No spotter was used.",
    "Training on the task was not complete.",
    "Ice not sanded in the morning.",
    "Ladder not tied off.",
    "Locates were out of date.",
    "Poor housekeeping; scrap left on the walkway.",
    "Worn equipment not reported.",
    "Procedure not followed.",
    "Lack of supervision on a new task.",
)


def investigation_process(r: Random, c: Ctx) -> Draft:
    """The written incident reporting and investigation process."""
    blocks: list[Block] = header(
        r,
        c,
        title_of(
            r,
            (
                "Incident Reporting and Investigation",
                "Incident Investigation Procedure",
                "Investigation Policy",
                "Reporting and Investigating Incidents",
                "Element 10 - Investigations and Reporting",
            ),
            c,
        ),
    )
    blocks.append(para(r, c, INVEST_PROCESS, (2, 4)))
    blocks.append(Heading(b.pick(r, ("Steps", "Procedure", "What to do after an incident"))))
    blocks.append(Steps(b.sample(r, INVEST_STEPS, 4, 9)))
    if r.random() < 0.5:
        blocks.append(Heading(b.pick(r, ("Definitions", "What must be reported"))))
        blocks.append(
            Bullets(
                [
                    "Near miss: an event that could have caused injury or damage but did not",
                    "First aid: an injury treated on site",
                    "Medical aid: treatment by a doctor",
                    "Lost time: the worker misses shifts after the day of injury",
                    "Property damage",
                ][: r.randint(3, 5)]
            )
        )
    blocks.append(para(r, c, INVEST_PROCESS, (1, 2)))
    return Draft(
        blocks, "directive", ["Incident investigation procedure", "Investigation policy"], "prose"
    )


def investigation_report(r: Random, c: Ctx) -> Draft:
    """A completed incident or near-miss investigation report."""
    near_miss = r.random() < 0.45
    title = title_of(
        r,
        ("Near Miss Report", "Near Miss Investigation", "Near Miss / Hazard Report")
        if near_miss
        else (
            "Incident Investigation Report",
            "Incident Report",
            "Accident Investigation",
            "Investigation Report",
            "Incident / Injury Investigation",
            "Property Damage Report",
        ),
        c,
    )
    blocks: list[Block] = header(r, c, title, control=False)
    blocks.append(
        Fields(
            b.sample(
                r,
                [
                    ("Date of incident", b.date(r, c.year)),
                    ("Time", b.time_of_day(r)),
                    ("Location", c.site),
                    ("Reported by", c.worker),
                    ("Supervisor", c.supervisor),
                    ("Date reported", b.date(r, c.year)),
                ],
                3,
                6,
            )
        )
    )
    types = [
        "Near miss",
        "First aid",
        "Medical aid",
        "Lost time",
        "Property damage",
        "Environmental",
    ]
    blocks.append(
        Checklist(
            types,
            [t == ("Near miss" if near_miss else b.pick(r, tuple(types[1:]))) for t in types],
            columns=("",),
        )
    )
    blocks.append(
        Heading(
            b.pick(
                r, ("Description of incident", "What happened", "Description", "Sequence of events")
            )
        )
    )
    blocks.append(para(r, c, EVENTS, (1, 2)))
    if r.random() < 0.5:
        blocks.append(Heading(b.pick(r, ("Witnesses", "Witness statements"))))
        blocks.append(Para(fill(r, "{worker2}: saw it happen from the ground. ", c)))
    blocks.append(
        Heading(
            b.pick(
                r,
                (
                    "Immediate causes",
                    "Causes",
                    "Root cause",
                    "Why did it happen",
                    "Contributing factors",
                    "Analysis",
                ),
            )
        )
    )
    if r.random() < 0.5:
        blocks.append(Bullets(b.sample(r, CAUSES, 1, 3)))
    else:
        blocks.append(Para(" ".join(b.sample(r, INVEST_FINDINGS, 2, 4))))
    blocks.append(
        Heading(
            b.pick(r, ("Corrective actions", "Actions to prevent recurrence", "Recommendations"))
        )
    )
    blocks.append(
        Table(
            ["Action", "Responsible", "Target date", "Done"],
            [
                [
                    fill(r, "{control}", c),
                    b.person(r, True),
                    b.date(r, c.year),
                    r.choice(("Y", "", "✓")),
                ]
                for _ in range(r.randint(1, 3))
            ],
        )
    )
    if r.random() < 0.4:
        blocks.append(
            Heading(b.pick(r, ("Follow-up", "Lessons learned", "Communication of results")))
        )
        blocks.append(Para(" ".join(b.sample(r, INVEST_LESSONS, 1, 2))))
    blocks.append(
        Signatures(
            [
                ("Investigated by", c.supervisor, b.date(r, c.year)),
                ("Reviewed by", c.owner, b.date(r, c.year)),
            ]
        )
    )
    names = [
        "Near miss report",
        "Incident report",
        "Investigation report",
        f"Incident {b.date(r, c.year)}",
        "Near miss",
        "Accident report",
        "Incident investigation",
    ]
    return Draft(blocks, "operational", names, "form")


def witness_statement(r: Random, c: Ctx) -> Draft:
    """A witness statement."""
    blocks: list[Block] = header(
        r,
        c,
        r.choice(("Witness Statement", "Statement of Witness", "Witness Report")),
        control=False,
    )
    blocks.append(
        Fields(
            [("Name", c.worker), ("Date", b.date(r, c.year)), ("Incident date", b.date(r, c.year))]
        )
    )
    blocks.append(
        Heading(b.pick(r, ("What I saw", "Statement", "In your own words, describe what happened")))
    )
    blocks.append(para(r, c, EVENTS, (1, 3)))
    blocks.append(Signatures([("Witness", c.worker, b.date(r, c.year))]))
    return Draft(blocks, "operational", ["Witness statement", "Statement"], "form")


def vehicle_incident(r: Random, c: Ctx) -> Draft:
    """A vehicle or equipment damage incident report."""
    blocks: list[Block] = header(
        r,
        c,
        title_of(
            r,
            (
                "Vehicle Incident Report",
                "Motor Vehicle Accident Report",
                "Equipment Damage Investigation",
                "Vehicle Collision Investigation",
            ),
            c,
        ),
        control=False,
    )
    blocks.append(
        Fields(
            b.sample(
                r,
                [
                    ("Unit", f"{r.choice(('Truck', 'Van', 'Unit'))} {r.randint(1, 12)}"),
                    ("Driver", c.worker),
                    ("Date", b.date(r, c.year)),
                    ("Location", b.address(r)),
                    ("Road conditions", r.choice(("dry", "wet", "icy", "snow covered", "gravel"))),
                    ("Police file #", r.choice(("n/a", str(r.randint(10000, 99999))))),
                    (
                        "Damage",
                        r.choice(("bumper and mirror", "rear door", "none visible", "windshield")),
                    ),
                ],
                3,
                7,
            )
        )
    )
    blocks.append(Heading(b.pick(r, ("Description", "What happened", "Account of events"))))
    blocks.append(para(r, c, EVENTS, (1, 2)))
    blocks.append(Heading(b.pick(r, ("Causes", "Findings", "Why it occurred"))))
    blocks.append(Para(" ".join(b.sample(r, INVEST_FINDINGS, 1, 3))))
    blocks.append(Heading(b.pick(r, ("Corrective actions", "Actions", "Prevention"))))
    blocks.append(Bullets(b.sample(r, INVEST_LESSONS, 1, 3)))
    blocks.append(Signatures([("Investigated by", c.supervisor, b.date(r, c.year))]))
    return Draft(
        blocks,
        "operational",
        ["Vehicle incident", "MVA report", "Incident - truck", "Damage report"],
        "form",
    )


# --------------------------------------------------------------------------- emergency planning

ERP_TEXT = (
    "In an emergency, stop work, make the area safe if you can do so without risk, and call 911.",
    "All workers go to the muster point and the supervisor takes a head count.",
    "The supervisor is the emergency coordinator on each site and directs the response.",
    "A first aid kit and a trained first aider are on every site as required by the OHS Code.",
    "Fire extinguishers are kept in every truck and inspected monthly.",
    "Spills of fuel or chemicals are contained with the spill kit and reported to the owner.",
    "The emergency plan is reviewed with workers at orientation and practised at least once a year.",
    "Emergency phone numbers are posted in each vehicle and at the site.",
    "If a utility line is hit, evacuate the area and call the line owner and 911.",
    "In severe weather such as lightning or a tornado warning, workers shelter in vehicles or buildings.",
    "When smoke from a wildfire reaches the area, work stops and the crew follows the evacuation route.",
)
EMERGENCY_TYPES = (
    "Fire",
    "Medical emergency",
    "Fuel or chemical spill",
    "Severe weather",
    "Utility strike",
    "Fall arrest rescue",
    "Vehicle collision",
    "Wildfire",
    "Gas leak",
    "Trench collapse",
)


def erp(r: Random, c: Ctx) -> Draft:
    """The emergency response plan."""
    blocks: list[Block] = header(
        r,
        c,
        title_of(
            r,
            (
                "Emergency Response Plan",
                "Emergency Preparedness Plan",
                "ERP",
                "Emergency Plan",
                "Emergency Response Plan - {site}",
                "Fall Rescue Plan",
                "Element 11 - Emergency Preparedness",
            ),
            c,
        ),
    )
    blocks.append(para(r, c, ERP_TEXT, (2, 4)))
    for etype in b.sample(r, EMERGENCY_TYPES, 1, 4):
        blocks.append(Heading(etype))
        blocks.append(para(r, c, ERP_TEXT, (1, 2)))
    if r.random() < 0.5:
        blocks.append(Heading(b.pick(r, ("Emergency contacts", "Phone numbers"))))
        blocks.append(
            Table(
                ["Contact", "Number"],
                [
                    ["Emergency", "911"],
                    ["Owner", f"403-{r.randint(200, 999)}-{r.randint(1000, 9999)}"],
                    ["Poison control", "1-800-332-1414"],
                    ["Alberta OHS", "1-866-415-8690"],
                ],
            )
        )
    return Draft(blocks, "directive", ["Emergency response plan", "ERP", "Emergency plan"], "prose")


def site_erp_form(r: Random, c: Ctx) -> Draft:
    """A filled site-specific emergency information form."""
    blocks: list[Block] = header(
        r,
        c,
        title_of(
            r,
            (
                "Site Emergency Information",
                "Site Specific Emergency Plan",
                "Emergency Information Sheet",
                "Site ERP Form",
                "Emergency Response - Site Info",
            ),
            c,
        ),
        control=False,
    )
    blocks.append(
        Fields(
            [
                ("Site address", c.site),
                ("Nearest hospital", f"{c.town} Health Centre"),
                (
                    "Directions",
                    f"Head {r.choice(('north', 'south', 'east', 'west'))} on {b.pick(r, b.STREETS)} {r.randint(2, 30)} km",
                ),
                ("GPS", f"{r.uniform(49, 58):.4f}, -{r.uniform(110, 119):.4f}"),
                (
                    "Muster point",
                    b.pick(r, ("front gate", "end of driveway", "truck", "neighbour's lot")),
                ),
                ("First aider(s)", ", ".join(c.workers[:2])),
                ("Fire extinguisher", b.pick(r, ("truck", "trailer", "by the stairs"))),
                ("Emergency phone", "911"),
                ("Supervisor cell", f"780-{r.randint(200, 999)}-{r.randint(1000, 9999)}"),
            ]
        )
    )
    blocks += maybe(
        r, 0.5, Table(["Name", "Signature"], [x[:2] for x in worker_signatures(r, c, 2, 6)])
    )
    return Draft(
        blocks, "operational", ["Site emergency info", "Site ERP", "Emergency info sheet"], "form"
    )


def drill_record(r: Random, c: Ctx) -> Draft:
    """An emergency drill record."""
    drill = b.pick(
        r,
        (
            "Fire evacuation",
            "Spill response",
            "Fall rescue",
            "Medical emergency",
            "Tornado shelter",
            "Muster",
        ),
    )
    blocks: list[Block] = header(
        r,
        c,
        title_of(
            r,
            (
                "Emergency Drill Record",
                f"{drill} Drill",
                "Drill Report",
                "Emergency Response Drill - {date}",
                "Mock Emergency Exercise",
            ),
            c,
        ),
        control=False,
    )
    blocks.append(
        Fields(
            [
                ("Date", b.date(r, c.year)),
                ("Type of drill", drill),
                ("Location", c.site),
                ("Time to muster", f"{r.randint(1, 9)} min {r.randint(0, 59)} s"),
                ("Coordinator", c.supervisor),
            ]
        )
    )
    blocks.append(Heading(b.pick(r, ("What went well", "Observations"))))
    blocks.append(
        Para(
            b.pick(
                r,
                (
                    "Everyone reached the muster point quickly.",
                    "Head count done right away.",
                    "Rescue kit was in the truck and used correctly.",
                ),
            )
        )
    )
    blocks.append(Heading(b.pick(r, ("Improvements", "Follow-up actions", "Deficiencies"))))
    blocks.append(
        Para(
            b.pick(
                r,
                (
                    "Need a second extinguisher at the back door.",
                    "Two workers did not know the muster point.",
                    "Update the phone list.",
                    "None.",
                ),
            )
        )
    )
    blocks.append(
        Table(["Participants", "Signature"], [x[:2] for x in worker_signatures(r, c, 2, 8)])
    )
    return Draft(
        blocks,
        "operational",
        ["Drill record", f"{drill} drill", "Fire drill", "Emergency drill"],
        "form",
    )


def emergency_contacts(r: Random, c: Ctx) -> Draft:
    """An emergency contact list or a first aid kit checklist."""
    if r.random() < 0.5:
        blocks: list[Block] = header(
            r,
            c,
            r.choice(("Emergency Contact List", "Emergency Phone Numbers", "Emergency Contacts")),
            control=False,
        )
        rows = [
            ["Ambulance / Fire / Police", "911"],
            ["Poison and Drug Information", "1-800-332-1414"],
            ["Alberta OHS Contact Centre", "1-866-415-8690"],
            ["Utility Safety Partners (locates)", "1-800-242-3447"],
            ["Owner - " + c.owner, f"403-{r.randint(200, 999)}-{r.randint(1000, 9999)}"],
            ["Supervisor - " + c.supervisor, f"587-{r.randint(200, 999)}-{r.randint(1000, 9999)}"],
            [f"{c.town} hospital", f"403-{r.randint(200, 999)}-{r.randint(1000, 9999)}"],
            ["Spill reporting (EPEA)", "1-800-222-6514"],
        ]
        blocks.append(Table(["Contact", "Phone"], b.sample(r, rows, 4, 8)))
        return Draft(
            blocks, "operational", ["Emergency contacts", "Phone list", "Emergency numbers"], "list"
        )
    blocks = header(
        r,
        c,
        r.choice(
            ("First Aid Kit Inspection", "First Aid Kit Checklist", "Monthly First Aid Kit Check")
        ),
        control=False,
    )
    items = b.sample(
        r,
        (
            "Sterile gauze pads",
            "Bandages",
            "Triangular bandages",
            "Adhesive tape",
            "Scissors",
            "Gloves",
            "CPR mask",
            "Emergency blanket",
            "Eye wash",
            "Tourniquet",
            "Splints",
            "First aid manual",
            "Wound cleaning towelettes",
            "Cold pack",
        ),
        6,
        12,
    )
    blocks.append(
        Fields(
            [
                ("Kit location", b.pick(r, ("Truck 1", "Shop", "Trailer"))),
                ("Kit type", r.choice(("Type 2", "Type 3", "#2 Kit"))),
                ("Checked by", c.worker),
                ("Date", b.date(r, c.year)),
            ]
        )
    )
    blocks.append(
        Checklist(items, [r.random() < 0.9 for _ in items], columns=("Present", "Missing"))
    )
    return Draft(blocks, "operational", ["First aid kit inspection", "First aid kit check"], "form")


# --------------------------------------------------------------------------- records and statistics


def injury_statistics(r: Random, c: Ctx) -> Draft:
    """Injury and incident statistics by year or month."""
    blocks: list[Block] = header(
        r,
        c,
        title_of(
            r,
            (
                "Injury Statistics",
                "Health and Safety Statistics",
                "Frequency and Severity Rates",
                "Incident Statistics Summary",
                "Safety Stats {year}",
                "Annual Statistics Report",
                "Lost Time and Medical Aid Summary",
            ),
            c,
        ),
        control=False,
    )
    by_month = r.random() < 0.4
    periods = (
        [m[:3] for m in b.MONTHS]
        if by_month
        else [str(y) for y in range(c.year - r.randint(2, 4), c.year + 1)]
    )
    rows = []
    for p in periods:
        hours = r.randint(800, 2500) if by_month else r.randint(6000, 22000)
        lt, ma, fa, nm = (
            r.choice((0, 0, 0, 1)),
            r.choice((0, 0, 1)),
            r.randint(0, 3),
            r.randint(0, 5),
        )
        freq = (lt + ma) * 200000 / hours
        rows.append(
            [
                p,
                str(hours),
                str(lt),
                str(ma),
                str(fa),
                str(nm),
                f"{freq:.2f}",
                str(lt * r.randint(1, 20)),
            ]
        )
    blocks.append(
        Table(
            [
                "Period",
                "Hours worked",
                "Lost time",
                "Medical aid",
                "First aid",
                "Near misses",
                "Frequency",
                "Days lost",
            ],
            rows,
        )
    )
    if r.random() < 0.5:
        blocks.append(
            Para(
                b.pick(
                    r,
                    (
                        "Frequency = (lost time + medical aid claims) x 200,000 / hours worked.",
                        "Severity = days lost x 200,000 / hours worked.",
                        "Rates based on 200,000 person-hours.",
                    ),
                )
            )
        )
    if r.random() < 0.4:
        blocks.append(Heading(b.pick(r, ("Analysis", "Trends", "Comments"))))
        blocks.append(
            Para(
                fill(
                    r,
                    b.pick(
                        r,
                        (
                            "Most first aids were hand cuts; glove use reviewed at the {date} meeting.",
                            "Near miss reporting went up after the toolbox talk campaign.",
                            "No lost time claims for the third year in a row.",
                        ),
                    ),
                    c,
                )
            )
        )
    return Draft(
        blocks,
        "operational",
        ["Injury statistics", "Safety stats", f"Statistics {c.year}", "Incident stats"],
        "table",
    )


def wcb_summary(r: Random, c: Ctx) -> Draft:
    """A WCB claims summary, premium rate statement or PIR summary."""
    blocks: list[Block] = [
        Para(
            b.pick(
                r,
                (
                    "WCB-Alberta",
                    "Workers' Compensation Board - Alberta",
                    "WCB Alberta Employer Account",
                ),
            )
        )
    ]
    blocks += header(
        r,
        c,
        title_of(
            r,
            (
                "Claim Cost Summary",
                "Employer Claims Summary",
                "WCB Premium Rate Statement {year}",
                "Partners in Injury Reduction (PIR) Summary",
                "Experience Rating Statement",
                "WCB Claims Report",
            ),
            c,
        ),
        control=False,
    )
    blocks.append(
        Fields(
            [
                ("Account number", str(r.randint(1000000, 9999999))),
                ("Employer", c.company),
                ("Industry", f"{r.randint(40000, 49999)} {c.trade.name} contractors"),
                ("Rate year", str(c.year)),
                ("Industry rate", f"${r.uniform(1.5, 5.5):.2f}"),
                ("Your rate", f"${r.uniform(1.0, 6.0):.2f}"),
                ("Experience adjustment", f"{r.choice(('-', '+'))}{r.randint(0, 40)}%"),
            ]
        )
    )
    rows = [
        [
            f"C{r.randint(1000000, 9999999)}",
            b.date(r, c.year),
            r.choice(("Lost time", "No lost time", "Medical aid")),
            f"${r.randint(100, 25000):,}",
            r.choice(("Closed", "Open")),
        ]
        for _ in range(r.randint(0, 6))
    ]
    if rows:
        blocks.append(Table(["Claim #", "Injury date", "Type", "Cost", "Status"], rows))
    blocks += maybe(
        r,
        0.5,
        Para(
            fill(
                r,
                b.pick(
                    r,
                    (
                        "PIR refund eligible: SECOR certificate in good standing.",
                        "Insurable earnings: ${n}00,000",
                        "Total claim costs for the period shown above.",
                    ),
                ),
                c,
            )
        ),
    )
    return Draft(
        blocks,
        "operational",
        ["WCB summary", "WCB claims", "Claim cost summary", "PIR summary"],
        "form",
    )


def records_retention(r: Random, c: Ctx) -> Draft:
    """The records retention schedule or statistics procedure."""
    blocks: list[Block] = header(
        r,
        c,
        title_of(
            r,
            (
                "Record Keeping Schedule",
                "Records Management",
                "Health and Safety Records Policy",
                "Records and Statistics Procedure",
                "Document Control and Records",
            ),
            c,
        ),
    )
    blocks.append(
        para(
            r,
            c,
            (
                "Health and safety records are kept in the office for the periods listed below.",
                "Statistics are calculated each quarter and reviewed by the owner and shared at the safety meeting.",
                "Records may be kept on paper or electronically as long as they can be produced for the auditor.",
                "The owner reviews injury statistics and WCB reports each year to set goals for the next year.",
                "Personal information in records is kept confidential.",
            ),
            (2, 4),
        )
    )
    rows = [
        [x, y]
        for x, y in b.sample(
            r,
            (
                ("Hazard assessments", "3 years"),
                ("Inspection reports", "3 years"),
                ("Training records", "length of employment + 3 years"),
                ("Incident investigations", "5 years"),
                ("First aid records", "3 years"),
                ("Maintenance records", "life of equipment"),
                ("Safety meeting minutes", "3 years"),
                ("Exposure records", "40 years"),
                ("WCB reports", "permanently"),
            ),
            4,
            9,
        )
    ]
    blocks.append(Table(["Record", "Retention period"], rows))
    return Draft(
        blocks, "directive", ["Record keeping", "Records policy", "Records procedure"], "prose"
    )


def injury_log(r: Random, c: Ctx) -> Draft:
    """The register of injuries and incidents kept for statistics."""
    blocks: list[Block] = header(
        r,
        c,
        title_of(
            r,
            (
                "Injury and Illness Log",
                "Incident Register {year}",
                "First Aid Record Log",
                "Injury Log",
                "Incident Summary for Statistics",
            ),
            c,
        ),
        control=False,
    )
    rows = [
        [
            b.date(r, c.year),
            b.person(r, True),
            r.choice(("cut", "strain", "bruise", "burn", "eye", "none")),
            r.choice(("hand", "back", "knee", "eye", "arm", "-")),
            r.choice(("First aid", "Medical aid", "Lost time", "Near miss", "Damage")),
            str(r.choice((0, 0, 0, 1, 3, 5))),
            r.choice(("", "", f"C{r.randint(100000, 999999)}")),
        ]
        for _ in range(r.randint(3, 14))
    ]
    blocks.append(
        Table(
            ["Date", "Worker", "Injury", "Body part", "Classification", "Days lost", "WCB claim #"],
            rows,
        )
    )
    blocks.append(
        Para(
            fill(
                r,
                b.pick(
                    r,
                    (
                        "Totals carried to the {year} statistics summary.",
                        "Hours worked this period: {n},{n}00.",
                        "Reviewed monthly by the owner.",
                    ),
                ),
                c,
            )
        )
    )
    return Draft(
        blocks, "operational", ["Injury log", "Incident register", "First aid log"], "table"
    )


def annual_review(r: Random, c: Ctx) -> Draft:
    """The annual review of health and safety performance."""
    blocks: list[Block] = header(
        r,
        c,
        title_of(
            r,
            (
                "Annual Health and Safety Review {year}",
                "Year End Safety Review",
                "Annual Performance Summary",
                "Health and Safety Goals and Results",
            ),
            c,
        ),
        control=False,
    )
    blocks.append(
        Table(
            ["Measure", str(c.year - 1), str(c.year)],
            [
                ["Hours worked", str(r.randint(5000, 20000)), str(r.randint(5000, 20000))],
                ["Lost time claims", str(r.randint(0, 1)), str(r.randint(0, 1))],
                ["First aids", str(r.randint(0, 6)), str(r.randint(0, 6))],
                ["Near misses reported", str(r.randint(0, 12)), str(r.randint(0, 12))],
                ["Inspections completed", str(r.randint(10, 52)), str(r.randint(10, 52))],
            ],
        )
    )
    blocks.append(Heading(b.pick(r, ("Goals for next year", "Objectives"))))
    blocks.append(
        Bullets(
            [
                fill(r, x, c)
                for x in b.sample(
                    r,
                    (
                        "Zero lost time injuries",
                        "Increase near miss reporting",
                        "All workers trained in {ticket}",
                        "Monthly owner inspections",
                        "Reduce first aids from hand injuries",
                    ),
                    2,
                    4,
                )
            ]
        )
    )
    return Draft(
        blocks,
        "operational",
        ["Annual review", f"Annual review {c.year}", "Year end review"],
        "table",
    )


# --------------------------------------------------------------------------- contracting services

CONTRACTOR_TEXT = (
    "Contractors are prequalified before being hired; they must provide a WCB clearance letter, proof of liability insurance and their safety statistics.",
    "Contractors with a valid COR or SECOR are preferred.",
    "Every contractor receives a site orientation covering our hazards, rules and emergency procedures.",
    "The supervisor monitors contractor work on site and records what was observed.",
    "Contractors who do not follow our safety requirements may be removed from the site.",
    "At the end of each job the contractor's safety performance is evaluated.",
    "Contractors are responsible for the health and safety of their own workers while on our sites.",
)


def contractor_program(r: Random, c: Ctx) -> Draft:
    """The contractor management process."""
    blocks: list[Block] = header(
        r,
        c,
        title_of(
            r,
            (
                "Contractor Management",
                "Contracting Services Policy",
                "Subcontractor Safety Requirements",
                "Contractor Selection and Monitoring",
                "Element 13 - Contractors",
            ),
            c,
        ),
    )
    blocks.append(para(r, c, CONTRACTOR_TEXT, (2, 4)))
    blocks.append(Heading(b.pick(r, ("Prequalification", "Selection", "Requirements"))))
    blocks.append(
        Bullets(
            b.sample(
                r,
                (
                    "WCB clearance letter",
                    "Certificate of insurance ($2,000,000 general liability)",
                    "COR or SECOR certificate number",
                    "Lost time frequency for the last 3 years",
                    "Copy of their health and safety program",
                    "Worker training records",
                ),
                3,
                6,
            )
        )
    )
    blocks.append(Heading(b.pick(r, ("Monitoring", "Evaluation", "On site"))))
    blocks.append(para(r, c, CONTRACTOR_TEXT, (1, 3)))
    return Draft(
        blocks,
        "directive",
        ["Contractor management", "Contractor policy", "Subcontractor requirements"],
        "prose",
    )


def prequalification(r: Random, c: Ctx) -> Draft:
    """A completed contractor prequalification questionnaire."""
    sub = b.company(r, b.trade(r))
    blocks: list[Block] = header(
        r,
        c,
        title_of(
            r,
            (
                "Contractor Prequalification",
                "Subcontractor Prequalification Form",
                "Contractor Safety Questionnaire",
            ),
            c,
        ),
        control=False,
    )
    blocks.append(
        Fields(
            [
                ("Contractor", sub),
                ("Contact", b.person(r)),
                ("WCB account #", str(r.randint(1000000, 9999999))),
                (
                    "COR / SECOR #",
                    r.choice(
                        (
                            str(r.randint(10000, 99999)),
                            "none",
                            "SECOR " + str(r.randint(1000, 9999)),
                        )
                    ),
                ),
                ("Expiry", b.date(r, c.year + 1)),
                ("Liability insurance", r.choice(("$2,000,000", "$5M", "$2M"))),
            ]
        )
    )
    qs = b.sample(
        r,
        (
            "Do you have a written health and safety program?",
            "WCB clearance letter attached?",
            "Certificate of insurance attached?",
            "Do you conduct hazard assessments?",
            "Are your workers trained for the work?",
            "Any OHS orders in the last 3 years?",
            "Lost time injuries in the last 3 years?",
            "Do you have an emergency response plan?",
        ),
        4,
        8,
    )
    blocks.append(Checklist(qs, [r.random() < 0.85 for _ in qs], columns=("Yes", "No")))
    blocks.append(Para(f"Approved: {r.choice(('Yes', 'Yes - conditional', 'Y'))}  by {c.owner}"))
    return Draft(
        blocks,
        "operational",
        ["Contractor prequalification", "Prequal form", "Sub prequal", f"{sub} prequalification"],
        "form",
    )


def contractor_agreement(r: Random, c: Ctx) -> Draft:
    """A signed contractor health and safety agreement."""
    sub = b.company(r, b.trade(r))
    blocks: list[Block] = header(
        r,
        c,
        r.choice(
            (
                "Contractor Health and Safety Agreement",
                "Subcontractor Safety Agreement",
                "Contractor Safety Acknowledgement",
            )
        ),
        control=False,
    )
    blocks.append(
        Para(f"{sub} (the contractor) agrees to the following while working for {c.company}:")
    )
    blocks.append(
        Steps(
            b.sample(
                r,
                (
                    "Follow all applicable OHS legislation.",
                    "Follow our site rules and safe work practices.",
                    "Complete an FLHA before starting work and share it with our supervisor.",
                    "Report all incidents and near misses to our supervisor immediately.",
                    "Provide trained and competent workers.",
                    "Supply PPE for its own workers.",
                    "Attend our site orientation before starting.",
                ),
                3,
                7,
            )
        )
    )
    blocks.append(
        Signatures(
            [
                ("Contractor", b.person(r), b.date(r, c.year)),
                ("For the company", c.owner, b.date(r, c.year)),
            ]
        )
    )
    return Draft(
        blocks,
        "operational",
        ["Contractor agreement", f"Sub agreement {sub}", "Contractor HS agreement"],
        "form",
    )


def contractor_monitoring(r: Random, c: Ctx) -> Draft:
    """A contractor monitoring / evaluation form, an approved list or a WCB clearance."""
    x = r.random()
    sub = b.company(r, b.trade(r))
    if x < 0.45:
        blocks: list[Block] = header(
            r,
            c,
            title_of(
                r,
                (
                    "Contractor Monitoring",
                    "Contractor Site Evaluation",
                    "Subcontractor Performance Review",
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
                    ("Observed by", c.supervisor),
                ]
            )
        )
        items = b.sample(
            r,
            (
                "FLHA completed",
                "PPE worn",
                "Tickets verified",
                "Equipment in good condition",
                "Followed site rules",
                "Housekeeping",
                "Attended orientation",
                "Fall protection used",
            ),
            4,
            8,
        )
        blocks.append(
            Checklist(items, [r.random() < 0.85 for _ in items], columns=("Yes", "No", "N/A"))
        )
        blocks.append(
            Para(
                f"Overall rating: {r.choice(('Satisfactory', 'Good', 'Needs improvement', '4/5'))}"
            )
        )
        return Draft(
            blocks, "operational", ["Contractor monitoring", f"Contractor evaluation {sub}"], "form"
        )
    if x < 0.75:
        blocks = header(
            r,
            c,
            r.choice(("Approved Contractor List", "Subcontractor List", "Contractor Register")),
            control=False,
        )
        rows = [
            [
                b.company(r, b.trade(r)),
                b.pick(r, tuple(t.name for t in b.TRADES)),
                r.choice(("COR", "SECOR", "none")),
                b.date(r, c.year + 1),
                r.choice(("Approved", "Approved", "Pending")),
            ]
            for _ in range(r.randint(3, 10))
        ]
        blocks.append(
            Table(["Contractor", "Trade", "Certification", "WCB clearance expiry", "Status"], rows)
        )
        return Draft(blocks, "operational", ["Approved contractors", "Contractor list"], "table")
    blocks = [
        Para("WCB-Alberta"),
        Para(r.choice(("Clearance Letter", "Clearance Certificate", "Letter of Clearance"))),
    ]
    blocks.append(
        Fields(
            [
                ("Principal", c.company),
                ("Contractor", sub),
                ("Account", str(r.randint(1000000, 9999999))),
                ("Date issued", b.date(r, c.year)),
                ("Valid until", b.date(r, c.year)),
            ]
        )
    )
    blocks.append(
        Para(
            "This letter confirms that the contractor named above is registered with WCB-Alberta and is in good standing as of the date issued. The principal is not liable for the contractor's premiums for the period."
        )
    )
    return Draft(
        blocks, "operational", ["WCB clearance", f"WCB clearance {sub}", "Clearance letter"], "cert"
    )


GENERATORS = {
    "investigations": (
        (investigation_process, 2.0),
        (investigation_report, 5.0),
        (witness_statement, 0.8),
        (vehicle_incident, 1.2),
    ),
    "emergency_planning": (
        (erp, 3.5),
        (site_erp_form, 1.5),
        (drill_record, 2.0),
        (emergency_contacts, 1.8),
    ),
    "records_statistics": (
        (injury_statistics, 3.5),
        (wcb_summary, 2.5),
        (records_retention, 1.5),
        (annual_review, 1.5),
        (injury_log, 1.5),
    ),
    "contracting_services": (
        (contractor_program, 2.0),
        (prequalification, 3.0),
        (contractor_agreement, 1.8),
        (contractor_monitoring, 3.0),
    ),
}

_UNUSED = (signoff,)
