"""Generators for PPE, maintenance, inspection and training/communication documents."""

# ruff: noqa: E501  -- phrase banks: sentences read better unbroken

from __future__ import annotations

from random import Random

from tools.corpus import banks as b
from tools.corpus.common import (
    Ctx,
    fill,
    header,
    lines,
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

OK = ("OK", "ok", "Pass", "✓", "Good", "Y", "Yes", "Satisfactory")
NOT_OK = ("Fail", "Replace", "X", "Damaged", "N", "Needs repair", "Deficient")


def _ok(r: Random, p_bad: float = 0.12) -> str:
    return b.pick(r, NOT_OK) if r.random() < p_bad else b.pick(r, OK)


# --------------------------------------------------------------------------- PPE

PPE_PROGRAM = (
    "Workers must wear the PPE required by the hazard assessment for the task.",
    "Minimum PPE on every site is a CSA approved hard hat, safety glasses, CSA Grade 1 footwear and a high-visibility vest.",
    "The company supplies task-specific PPE such as respirators, face shields and fall arrest equipment at no cost to workers.",
    "PPE must be inspected by the user before each use and damaged PPE is removed from service and replaced.",
    "Workers are trained in the correct fit, use, care and limitations of their PPE.",
    "Respirators are only worn by workers who have been fit tested within the last two years.",
    "Hard hats are replaced according to the manufacturer's date or after any impact.",
    "Fall protection harnesses and lanyards are inspected formally once a year by a competent person.",
    "Clean-shaven is required where a tight-fitting respirator is worn.",
    "Supervisors check that workers are wearing the right PPE during site visits.",
)
PPE_STANDARDS = (
    ("Hard hat", "CSA Z94.1"),
    ("Safety footwear", "CSA Z195"),
    ("Eye and face protection", "CSA Z94.3"),
    ("High-visibility apparel", "CSA Z96"),
    ("Respirators", "CSA Z94.4"),
    ("Hearing protection", "CSA Z94.2"),
    ("Fall protection", "CSA Z259"),
)


def ppe_program(r: Random, c: Ctx) -> Draft:
    """The PPE program or requirements."""
    blocks: list[Block] = header(
        r,
        c,
        title_of(
            r,
            (
                "Personal Protective Equipment Program",
                "PPE Requirements",
                "PPE Policy",
                "Personal Protective Equipment",
                "PPE Program and Standards",
                "Element 6 - PPE",
                "Respiratory Protection Code of Practice",
                "PPE Selection, Use and Care",
            ),
            c,
        ),
    )
    blocks.append(para(r, c, PPE_PROGRAM, (2, 4)))
    if r.random() < 0.6:
        blocks.append(Heading(b.pick(r, ("Task specific PPE", "PPE by task", "Required PPE"))))
        rows = [
            [task, ", ".join(b.sample(r, b.PPE_ITEMS, 2, 4))]
            for task in b.sample(r, c.trade.tasks, 3, 7)
        ]
        blocks.append(Table(["Task", "PPE required"], rows))
    if r.random() < 0.5:
        blocks.append(Heading(b.pick(r, ("Standards", "CSA Standards"))))
        blocks.append(
            Table(["Item", "Standard"], [list(x) for x in b.sample(r, PPE_STANDARDS, 3, 7)])
        )
    blocks.append(
        Heading(
            b.pick(r, ("Care and maintenance", "Inspection and replacement", "Responsibilities"))
        )
    )
    blocks.append(para(r, c, PPE_PROGRAM, (1, 3)))
    blocks += maybe(r, 0.3, signoff(r, c))
    return Draft(
        blocks,
        "directive",
        ["PPE program", "PPE requirements", "PPE policy", "Respiratory protection"],
        "prose",
    )


def harness_inspection(r: Random, c: Ctx) -> Draft:
    """A fall arrest harness / lanyard inspection record."""
    blocks: list[Block] = header(
        r,
        c,
        title_of(
            r,
            (
                "Harness Inspection Log",
                "Fall Protection Equipment Inspection",
                "Harness and Lanyard Inspection Record",
                "Fall Arrest Equipment Inspection {year}",
                "Annual Harness Inspection",
                "PPE Inspection Record",
            ),
            c,
        ),
        control=False,
    )
    if r.random() < 0.5:
        parts = [
            "Webbing",
            "Stitching",
            "D-rings",
            "Buckles",
            "Labels legible",
            "Shock pack",
            "Snap hooks",
            "Rope grab",
            "Lifeline",
            "Hardware corrosion",
        ]
        items = b.sample(r, parts, 5, 9)
        blocks.append(
            Fields(
                [
                    ("Serial #", f"{r.choice(('H', 'SN', 'LY'))}{r.randint(1000, 99999)}"),
                    (
                        "Manufacturer",
                        b.pick(r, ("3M DBI-Sala", "MSA", "Miller", "Guardian", "Peakworks")),
                    ),
                    ("Inspected by", c.supervisor),
                    ("Date", b.date(r, c.year)),
                ]
            )
        )
        blocks.append(
            Checklist(items, [r.random() < 0.93 for _ in items], columns=("Pass", "Fail"))
        )
        blocks.append(
            Para(f"Result: {r.choice(('In service', 'Removed from service', 'Pass', 'OK to use'))}")
        )
    else:
        rows = []
        for _ in range(r.randint(3, 12)):
            rows.append(
                [
                    b.date(r, c.year),
                    b.pick(r, ("Harness", "Lanyard", "SRL", "Rope grab", "Lifeline")),
                    f"#{r.randint(1, 40)}",
                    b.person(r),
                    _ok(r),
                    b.pick(r, ("", "", "frayed webbing - tagged out", "label faded")),
                ]
            )
        blocks.append(Table(["Date", "Item", "ID", "Inspected by", "Condition", "Comments"], rows))
    return Draft(
        blocks,
        "operational",
        [
            "Harness inspection",
            "Fall arrest inspection",
            f"Harness inspections {c.year}",
            "Lanyard inspection log",
        ],
        "table",
    )


def respirator_log(r: Random, c: Ctx) -> Draft:
    """Respirator cleaning / cartridge change log."""
    blocks: list[Block] = header(
        r,
        c,
        title_of(
            r,
            (
                "Respirator Inspection and Cleaning",
                "Cartridge Change Log",
                "Respirator Maintenance Record",
            ),
            c,
        ),
        control=False,
    )
    rows = []
    for _ in range(r.randint(4, 14)):
        rows.append(
            [
                b.date(r, c.year),
                b.person(r),
                b.pick(r, ("Half mask 6200", "Full face", "N95", "P100 half mask")),
                r.choice(("Y", "N")),
                r.choice(("Y", "N", "N")),
                _ok(r, 0.05),
            ]
        )
    blocks.append(
        Table(["Date", "Worker", "Respirator", "Cleaned", "Cartridges changed", "Condition"], rows)
    )
    return Draft(
        blocks, "operational", ["Respirator log", "Cartridge log", "Respirator records"], "table"
    )


def fit_test(r: Random, c: Ctx) -> Draft:
    """A respirator fit test record or card."""
    blocks: list[Block] = header(
        r,
        c,
        title_of(
            r,
            (
                "Respirator Fit Test Record",
                "Fit Test Certificate",
                "Qualitative Fit Test",
                "Quantitative Fit Test Report",
            ),
            c,
        ),
        control=False,
    )
    blocks.append(
        Fields(
            [
                ("Name", c.worker),
                ("Date", b.date(r, c.year)),
                ("Respirator", b.pick(r, ("3M 6502QL", "North 7700", "3M 7502", "Honeywell N95"))),
                ("Size", r.choice(("S", "M", "L"))),
                ("Test agent", r.choice(("Bitrex", "Saccharin", "PortaCount"))),
                ("Result", r.choice(("PASS", "Pass", "Passed"))),
                ("Fit factor", str(r.randint(100, 9999))),
                ("Tester", b.person(r)),
                ("Expiry", b.date(r, c.year + 2)),
            ]
        )
    )
    blocks += maybe(
        r,
        0.5,
        Checklist(
            [
                "Normal breathing",
                "Deep breathing",
                "Head side to side",
                "Head up and down",
                "Talking",
                "Bending over",
            ],
            [True] * 6,
            columns=("Pass",),
        ),
    )
    return Draft(
        blocks,
        "operational",
        ["Fit test", f"Fit test {c.worker.split()[-1]}", "Respirator fit test"],
        "cert",
    )


def ppe_issue(r: Random, c: Ctx) -> Draft:
    """PPE issued to workers, or a PPE spot check."""
    if r.random() < 0.5:
        blocks: list[Block] = header(
            r,
            c,
            title_of(r, ("PPE Issue Log", "PPE Sign Out Sheet", "PPE Issued to Workers"), c),
            control=False,
        )
        rows = [
            [
                b.date(r, c.year),
                b.person(r),
                b.pick(r, b.PPE_ITEMS),
                str(r.randint(1, 3)),
                r.choice(("signed", "✓", "")),
            ]
            for _ in range(r.randint(3, 14))
        ]
        blocks.append(Table(["Date", "Worker", "Item", "Qty", "Signature"], rows))
        return Draft(blocks, "operational", ["PPE issue log", "PPE sign out"], "table")
    blocks = header(
        r,
        c,
        title_of(r, ("PPE Compliance Check", "PPE Audit", "PPE Audit - {site}"), c),
        control=False,
    )
    blocks.append(
        Fields([("Date", b.date(r, c.year)), ("Site", c.site), ("Checked by", c.supervisor)])
    )
    items = b.sample(
        r,
        (
            "Hard hat",
            "Safety glasses",
            "Boots",
            "High-vis vest",
            "Gloves",
            "Hearing protection",
            "Harness",
            "Respirator",
            "Face shield",
        ),
        4,
        8,
    )
    rows = [[w] + [_ok(r, 0.1) for _ in items] for w in c.workers]
    blocks.append(Table(["Worker", *items], rows))
    blocks.append(
        Para(
            fill(
                r,
                b.pick(
                    r,
                    (
                        "Corrective action: {worker} given new glasses.",
                        "All workers compliant.",
                        "Reminded crew about hearing protection near the {equipment}.",
                    ),
                ),
                c,
            )
        )
    )
    return Draft(blocks, "operational", ["PPE check", "PPE audit", "PPE compliance"], "form")


# --------------------------------------------------------------------------- maintenance

PM_PROGRAM = (
    "All tools, equipment and vehicles are maintained according to the manufacturer's recommendations.",
    "An inventory of equipment requiring maintenance is kept with the service interval for each unit.",
    "Operators complete a pre-use inspection (circle check) before operating equipment each day.",
    "Defective equipment is tagged out of service and not used until repaired by a qualified person.",
    "Maintenance records are kept for each piece of equipment for the life of the equipment.",
    "Only qualified mechanics perform repairs on mobile equipment and vehicles.",
    "The preventative maintenance schedule is reviewed monthly by the owner.",
    "Rental equipment is checked on delivery and its maintenance records requested from the rental company.",
    "Lifting equipment and aerial work platforms receive an annual inspection by a certified inspector.",
)


def pm_program(r: Random, c: Ctx) -> Draft:
    """The preventative maintenance program."""
    blocks: list[Block] = header(
        r,
        c,
        title_of(
            r,
            (
                "Preventative Maintenance Program",
                "Maintenance Program",
                "Equipment Maintenance Policy",
                "Preventive Maintenance Plan",
                "Element 7 - Preventative Maintenance",
            ),
            c,
        ),
    )
    blocks.append(para(r, c, PM_PROGRAM, (2, 4)))
    if r.random() < 0.6:
        blocks.append(Heading(b.pick(r, ("Schedule", "Maintenance schedule", "Service intervals"))))
        rows = [
            [
                e,
                b.pick(
                    r,
                    (
                        "250 hrs",
                        "500 hrs",
                        "monthly",
                        "every 5000 km",
                        "annually",
                        "daily check",
                        "weekly",
                    ),
                ),
            ]
            for e in b.sample(r, b.EQUIPMENT_GENERAL, 3, 8)
        ]
        blocks.append(Table(["Equipment", "Interval"], rows))
    blocks.append(Heading(b.pick(r, ("Defective equipment", "Records", "Responsibilities"))))
    blocks.append(para(r, c, PM_PROGRAM, (1, 3)))
    return Draft(
        blocks,
        "directive",
        ["Maintenance program", "PM program", "Preventative maintenance"],
        "prose",
    )


SERVICES = (
    "oil and filter change",
    "greased all fittings",
    "replaced hydraulic hose",
    "new blade installed",
    "brakes inspected",
    "tires rotated",
    "air filter replaced",
    "belt replaced",
    "annual service",
    "coolant topped up",
    "battery replaced",
    "track tension adjusted",
    "spark plug replaced",
    "chain sharpened",
    "cord repaired",
    "guard replaced",
    "fuel filter",
    "inspection sticker renewed",
)


def maintenance_log(r: Random, c: Ctx) -> Draft:
    """A maintenance / service log for equipment or vehicles."""
    unit = b.pick(r, b.EQUIPMENT_GENERAL + c.trade.equipment)
    blocks: list[Block] = header(
        r,
        c,
        title_of(
            r,
            (
                "Equipment Maintenance Log",
                "Maintenance Record",
                "Vehicle Maintenance Log",
                "Equipment Service History",
                "Maintenance log {year}",
                "Repair and Maintenance Record",
            ),
            c,
        ),
        control=False,
    )
    if r.random() < 0.5:
        blocks.append(
            Fields(
                [
                    ("Unit", unit),
                    ("Unit #", str(r.randint(1, 40))),
                    ("Serial / VIN", f"{r.randint(10000000, 99999999)}"),
                    (
                        "Make/Model",
                        b.pick(
                            r,
                            (
                                "Bobcat S70",
                                "Ford F-350",
                                "Genie GS-1930",
                                "Husqvarna K770",
                                "Honda EU2200",
                                "Kubota KX040",
                                "Wacker BS60",
                                "Whiteman",
                            ),
                        ),
                    ),
                ]
            )
        )
    rows = []
    for _ in range(r.randint(3, 14)):
        rows.append(
            [
                b.date(r, c.year),
                unit if r.random() < 0.5 else b.pick(r, b.EQUIPMENT_GENERAL),
                str(r.randint(100, 9000)) + r.choice((" hrs", " km", "")),
                b.pick(r, SERVICES),
                b.person(r, True),
                r.choice(("", b.date(r, c.year))),
            ]
        )
    blocks.append(Table(["Date", "Equipment", "Hours/km", "Work done", "By", "Next due"], rows))
    return Draft(
        blocks,
        "operational",
        [
            "Maintenance log",
            f"Maintenance {c.year}",
            "Equipment maintenance",
            f"{unit} maintenance",
        ],
        "table",
    )


def pre_use_inspection(r: Random, c: Ctx) -> Draft:
    """A daily circle check / pre-use inspection of a machine or vehicle."""
    unit = b.pick(
        r,
        (
            "skid steer",
            "excavator",
            "pickup",
            "dump truck",
            "telehandler",
            "scissor lift",
            "loader",
            "forklift",
            "boom lift",
            "service truck",
            "trailer",
        ),
    )
    blocks: list[Block] = header(
        r,
        c,
        title_of(
            r,
            (
                f"Daily Circle Check - {unit}",
                f"Pre-Use Inspection: {unit}",
                "Equipment Pre-Use Checklist",
                "Vehicle Circle Check",
                "Pre-Trip Inspection Report",
                f"{unit.title()} Daily Inspection",
            ),
            c,
        ),
        control=False,
    )
    blocks.append(
        Fields(
            [
                ("Unit", unit),
                ("Date", b.date(r, c.year)),
                ("Operator", c.worker),
                ("Hour meter / km", str(r.randint(100, 250000))),
            ]
        )
    )
    items = b.sample(
        r,
        (
            "Tires / tracks",
            "Engine oil",
            "Hydraulic oil",
            "Coolant",
            "Fuel",
            "Lights",
            "Horn",
            "Backup alarm",
            "Seat belt",
            "Mirrors",
            "Brakes",
            "Wipers",
            "Fire extinguisher",
            "Leaks",
            "Attachments and pins",
            "Controls",
            "Guards",
            "Steps and handholds",
            "Glass",
            "Battery",
            "Emergency stop",
            "Outriggers",
        ),
        7,
        15,
    )
    blocks.append(
        Checklist(
            items,
            [r.random() < 0.9 for _ in items],
            columns=r.choice((("OK", "Defect"), ("✓", "X"), ("Pass", "Fail"))),
        )
    )
    blocks.append(
        Para(
            fill(
                r,
                b.pick(
                    r,
                    (
                        "Defects: none",
                        "Defects: small hydraulic leak, reported to {owner}",
                        "Remarks: low tire on rear left, aired up",
                        "Safe to operate: Yes",
                    ),
                ),
                c,
            )
        )
    )
    blocks.append(Signatures([("Operator", c.worker, b.date(r, c.year))]))
    return Draft(
        blocks,
        "operational",
        [
            f"{unit} circle check",
            "Circle check",
            "Pre-use inspection",
            "Pre trip inspection",
            f"{unit} daily inspection",
        ],
        "form",
    )


def equipment_certificate(r: Random, c: Ctx) -> Draft:
    """An annual inspection certificate of a lift, crane or vehicle."""
    unit = b.pick(
        r, ("Boom Lift", "Forklift", "Telehandler", "Crane", "Hoist", "Commercial Vehicle")
    )
    blocks: list[Block] = [
        Para(
            b.pick(
                r,
                (
                    "Lift Inspection Services Ltd.",
                    "Prairie Crane Certification",
                    "Northern Fleet Services",
                    "CVIP Inspection Station",
                    "Equipment Certification Inc.",
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
                f"Annual Inspection - {unit}",
                f"{unit} Annual Inspection Certificate",
                "Certificate of Inspection",
                "CVIP Inspection Report",
                f"Frequent/Annual Inspection {unit}",
            ),
            c,
        ),
        control=False,
    )
    blocks.append(
        Fields(
            [
                ("Owner", c.company),
                ("Unit", unit),
                ("Serial", str(r.randint(100000, 9999999))),
                ("Inspection date", b.date(r, c.year)),
                ("Next inspection due", b.date(r, c.year + 1)),
                ("Inspector", b.person(r)),
                ("Result", r.choice(("PASS", "Pass - no deficiencies", "Pass with repairs"))),
            ]
        )
    )
    items = b.sample(
        r,
        (
            "Structure and welds",
            "Hydraulic system",
            "Emergency lowering",
            "Platform rails",
            "Decals",
            "Tilt alarm",
            "Brakes",
            "Steering",
            "Load chart",
            "Wire rope",
            "Hooks and latches",
        ),
        4,
        9,
    )
    blocks.append(
        Checklist(items, [r.random() < 0.95 for _ in items], columns=("Pass", "Fail", "N/A"))
    )
    return Draft(
        blocks, "operational", [f"{unit} certificate", "Annual inspection", "CVIP"], "cert"
    )


def tool_inspection(r: Random, c: Ctx) -> Draft:
    """Tool and cord inspection or tag-out log."""
    blocks: list[Block] = header(
        r,
        c,
        title_of(
            r,
            (
                "Tool Inspection Log",
                "Power Tool and Cord Inspection",
                "Defective Equipment Tag Out Log",
                "Ladder and Tool Inspection",
            ),
            c,
        ),
        control=False,
    )
    rows = [
        [
            b.date(r, c.year),
            b.pick(r, c.trade.equipment + b.EQUIPMENT_GENERAL),
            _ok(r, 0.2),
            b.pick(
                r, ("", "tagged out", "repaired", "cord replaced", "sent for repair", "discarded")
            ),
            b.person(r, True),
        ]
        for _ in range(r.randint(3, 12))
    ]
    blocks.append(Table(["Date", "Tool / equipment", "Condition", "Action", "Inspected by"], rows))
    return Draft(
        blocks, "operational", ["Tool inspection log", "Tag out log", "Tool inspections"], "table"
    )


# --------------------------------------------------------------------------- inspections

INSP_PROGRAM = (
    "Planned inspections of every active work site are done weekly by the supervisor.",
    "The owner inspects the shop and yard once a month.",
    "Inspections use the company checklist and involve a worker whenever possible.",
    "Deficiencies are ranked A (immediate danger), B (serious) or C (minor) and assigned to a person with a due date.",
    "Unsafe conditions found during an inspection are corrected right away or the area is barricaded.",
    "Inspection reports are reviewed at the next safety meeting and kept for three years.",
    "The corrective action log is followed up until every item is closed.",
    "Clients and general contractors may also inspect our work; their reports are kept with ours.",
)
SITE_ITEMS = (
    "Housekeeping",
    "Access and egress",
    "Fire extinguishers charged and tagged",
    "First aid kit stocked",
    "Guardrails / open edges",
    "Ladders",
    "Scaffolds tagged",
    "PPE being worn",
    "Signage posted",
    "Extension cords",
    "Excavations protected",
    "Material storage",
    "FLHA completed and posted",
    "Emergency numbers posted",
    "Lighting",
    "Waste bins",
    "Hazardous products labelled / SDS available",
    "Tools in good condition",
    "Fall protection in use",
    "Traffic control",
    "Washroom facilities",
    "Floor openings covered",
    "Stairs and handrails",
    "Electrical panels covered",
    "Heaters and ventilation",
    "Spill kit available",
    "Public protection / fencing",
    "Cylinder storage",
)


INSP_TYPES = (
    (
        "Planned inspections",
        "scheduled walk-throughs of the site, shop and yard using the company checklist",
    ),
    ("Pre-use checks", "done by the operator before using tools, equipment and vehicles"),
    ("Informal inspections", "every worker watches for hazards during the day and reports them"),
    ("Client or prime contractor inspections", "copies are kept with our own reports"),
    ("Special inspections", "after an incident, a storm, or before starting a new phase of work"),
)
INSP_MORE = (
    "The person doing the inspection must know the work and the hazards of the area.",
    "Completed checklists are signed and handed to the office within a week.",
    "Anything that cannot be fixed right away is tagged and reported to the owner.",
    "Inspection results are used to update the hazard assessment.",
    "Trends from inspections are reviewed during the annual program review.",
    "Workers are shown how to inspect their own work areas.",
)


def inspection_program(r: Random, c: Ctx) -> Draft:
    """The written inspection program."""
    blocks: list[Block] = header(
        r,
        c,
        title_of(
            r,
            (
                "Inspection Program",
                "Workplace Inspection Policy",
                "Planned Inspections",
                "Site Inspection Procedure",
                "Inspections - Policy and Procedure",
                "Element 9 - Inspections",
                "Inspection Policy",
                "How We Inspect Our Worksites",
            ),
            c,
        ),
    )
    blocks.append(para(r, c, INSP_PROGRAM, (2, 4)))
    if r.random() < 0.6:
        blocks.append(Heading(b.pick(r, ("Types of inspections", "Inspection types"))))
        blocks.append(Bullets([f"{k}: {v}" for k, v in b.sample(r, INSP_TYPES, 2, 5)]))
    if r.random() < 0.6:
        blocks.append(Heading(b.pick(r, ("Procedure", "How to inspect", "Responsibilities"))))
        blocks.append(Steps(b.sample(r, INSP_MORE, 2, 5)))
    blocks.append(Heading(b.pick(r, ("Frequency", "Schedule", "Who inspects"))))
    blocks.append(
        Table(
            ["Area", "Frequency", "By"],
            [
                ["Job sites", r.choice(("weekly", "every week", "bi-weekly")), "Supervisor"],
                ["Shop and yard", "monthly", "Owner"],
                ["Vehicles", r.choice(("monthly", "quarterly")), "Driver"],
            ][: r.randint(2, 3)],
        )
    )
    blocks.append(Heading(b.pick(r, ("Corrective action", "Follow-up", "Deficiencies"))))
    blocks.append(para(r, c, INSP_PROGRAM, (1, 3)))
    return Draft(
        blocks,
        "directive",
        ["Inspection program", "Inspection policy", "Inspections procedure"],
        "prose",
    )


def site_inspection(r: Random, c: Ctx) -> Draft:
    """A completed worksite inspection checklist."""
    blocks: list[Block] = header(
        r,
        c,
        title_of(
            r,
            (
                "Site Inspection",
                "Worksite Inspection Checklist",
                "Weekly Site Inspection",
                "Job Site Inspection Report",
                "Monthly Shop Inspection",
                "Planned Inspection",
                "Site Safety Inspection - {site}",
                "Workplace Inspection Form",
                "Office and Shop Inspection",
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
                    ("Date", b.date(r, c.year)),
                    ("Site", c.site),
                    ("Inspected by", c.supervisor),
                    ("Worker rep", c.worker),
                    ("Week", str(r.randint(1, 52))),
                    ("Weather", b.pick(r, ("clear", "snow", "rain", "windy"))),
                ],
                2,
                5,
            )
        )
    )
    items = b.sample(r, SITE_ITEMS, 8, 20)
    comments = [
        b.pick(r, ("", "", "", "missing tag", "needs cleanup", "replaced", "1 expired", "OK"))
        for _ in items
    ]
    blocks.append(
        Checklist(
            items,
            [r.random() < 0.85 if r.random() < 0.9 else None for _ in items],
            columns=r.choice(
                (
                    ("OK", "Deficient", "N/A"),
                    ("Yes", "No", "N/A"),
                    ("S", "U", "NA"),
                    ("A", "B", "C"),
                )
            ),
            comments=comments if r.random() < 0.5 else [],
        )
    )
    if r.random() < 0.7:
        blocks.append(
            Heading(
                b.pick(
                    r,
                    ("Deficiencies / corrective actions", "Corrective Actions", "Action required"),
                )
            )
        )
        rows = [
            [
                fill(
                    r,
                    b.pick(
                        r,
                        (
                            "Extension cord damaged near {equipment}",
                            "Guardrail missing on {site}",
                            "Fire extinguisher not tagged",
                            "Debris on stairs",
                            "First aid kit missing items",
                            "Ladder not tied off",
                            "Open floor hole by stairs",
                        ),
                    ),
                    c,
                ),
                r.choice(("A", "B", "C")),
                b.person(r, True),
                b.date(r, c.year),
            ]
            for _ in range(r.randint(1, 4))
        ]
        blocks.append(Table(["Item", "Priority", "Assigned to", "Date corrected"], rows))
    blocks.append(Signatures([("Inspector", c.supervisor, b.date(r, c.year))]))
    names = [
        "Site inspection",
        "Weekly inspection",
        f"Inspection {b.date(r, c.year)}",
        "Worksite inspection",
        "Shop inspection",
        f"Inspection {b.pick(r, b.MONTHS)}",
    ]
    return Draft(blocks, "operational", names, "form")


AREAS = {
    "Office": (
        "Exits clear",
        "Cords and power bars",
        "Filing cabinets secured",
        "Extinguisher",
        "First aid kit",
    ),
    "Shop": (
        "Machine guards",
        "Compressed gas storage",
        "Flammables cabinet",
        "Floor clean and dry",
        "Ventilation",
        "Grinder tool rests",
    ),
    "Yard": (
        "Material piles stable",
        "Lighting",
        "Fuel tank and spill kit",
        "Fence and gate",
        "Snow and ice",
    ),
    "Vehicles": (
        "First aid kit in truck",
        "Extinguisher in truck",
        "Load secured",
        "Tool boxes closed",
        "Emergency numbers posted",
    ),
    "Site": (
        "Barricades and signs",
        "Open edges protected",
        "Ladders secured",
        "Housekeeping",
        "Temporary power",
        "Public protection",
    ),
}


def area_inspection(r: Random, c: Ctx) -> Draft:
    """An inspection checklist organised by area, or an owner's site visit report."""
    if r.random() < 0.6:
        blocks: list[Block] = header(
            r,
            c,
            title_of(
                r,
                (
                    "Monthly Inspection Checklist",
                    "Shop and Yard Inspection",
                    "Workplace Inspection",
                    "Quarterly Inspection - {year}",
                ),
                c,
            ),
            control=False,
        )
        blocks.append(
            Fields([("Date", b.date(r, c.year)), ("Inspector", c.owner), ("With", c.worker)])
        )
        for area in b.sample(r, tuple(AREAS), 2, 4):
            blocks.append(Heading(area))
            items = list(AREAS[area])
            blocks.append(
                Checklist(
                    items,
                    [r.random() < 0.85 for _ in items],
                    columns=r.choice(
                        (("OK", "Not OK"), ("Good", "Fair", "Poor"), ("Y", "N", "NA"))
                    ),
                )
            )
        blocks.append(
            Para(
                fill(
                    r,
                    b.pick(
                        r,
                        (
                            "Items needing action given to {worker} to fix by {date}.",
                            "No deficiencies found.",
                            "2 items open, see action list.",
                        ),
                    ),
                    c,
                )
            )
        )
        blocks.append(Signatures([("Inspected by", c.owner, b.date(r, c.year))]))
        return Draft(
            blocks,
            "operational",
            ["Monthly inspection", "Shop inspection", "Workplace inspection"],
            "form",
        )
    blocks = header(
        r,
        c,
        title_of(
            r,
            ("Site Visit Report", "Owner Site Visit", "Supervisor Site Walk", "Safety Walkabout"),
            c,
        ),
        control=False,
    )
    blocks.append(Fields([("Site", c.site), ("Date", b.date(r, c.year)), ("Visited by", c.owner)]))
    blocks.append(Heading(b.pick(r, ("Observations", "What I saw", "Findings"))))
    blocks.append(
        Bullets(
            [
                fill(r, x, c)
                for x in b.sample(
                    r,
                    (
                        "Crew had the FLHA posted on the dash.",
                        "Guardrails in place on the {site} deck.",
                        "Housekeeping needs work near the bin; debris on walkway.",
                        "All workers wearing hard hats and glasses.",
                        "Ladder not tied off at the top - corrected while I was there.",
                        "Extinguisher on site but tag out of date.",
                        "Cords run through a doorway, pinch point, rerouted.",
                        "Good barricades around the excavation.",
                        "{worker} was cutting without a face shield; talked to him.",
                    ),
                    3,
                    6,
                )
            ]
        )
    )
    blocks.append(Heading(b.pick(r, ("Follow-up", "Action items"))))
    blocks.append(
        Table(
            ["Item", "Who", "Done"],
            [
                [fill(r, "{control}", c), b.person(r, True), r.choice(("Y", "", "✓"))]
                for _ in range(r.randint(1, 3))
            ],
        )
    )
    return Draft(blocks, "operational", ["Site visit", "Site walk", "Walkabout"], "form")


def corrective_action_log(r: Random, c: Ctx) -> Draft:
    """The log of inspection deficiencies and their follow-up."""
    blocks: list[Block] = header(
        r,
        c,
        title_of(
            r,
            (
                "Deficiency Tracking",
                "Corrective Action Tracking",
                "Inspection Follow-up {year}",
                "Corrective Actions from Inspections",
            ),
            c,
        ),
        control=False,
    )
    rows = []
    for _ in range(r.randint(4, 15)):
        rows.append(
            [
                b.date(r, c.year),
                b.pick(r, SITE_ITEMS),
                r.choice(("A", "B", "C")),
                b.person(r, True),
                r.choice(("Closed", "Open", "Done", "Completed " + b.date(r, c.year))),
            ]
        )
    blocks.append(Table(["Date found", "Deficiency", "Priority", "Responsible", "Status"], rows))
    return Draft(blocks, "operational", ["Deficiency log", f"Corrective actions {c.year}"], "table")


# --------------------------------------------------------------------------- training and communication

TRAINING_PROGRAM = (
    "Every new or transferred worker receives a safety orientation before starting work.",
    "Training needs are identified for each position and recorded in the training matrix.",
    "Workers must hold valid tickets for the tasks they perform; the office tracks expiry dates.",
    "Supervisors verify competency by observing the worker before they work without direct supervision.",
    "Safety meetings are held monthly and toolbox talks are held weekly on active sites.",
    "Health and safety information is shared through the bulletin board, group texts and the tailgate meeting.",
    "Meeting minutes and attendance are kept for three years.",
    "Workers whose first language is not English receive information in a way they understand.",
    "Hazard alerts from suppliers and the association are passed on to the crew within a week.",
)
ORIENTATION_ITEMS = (
    "Health and safety policy reviewed",
    "Company rules and discipline",
    "Worker rights (know, participate, refuse)",
    "Hazard assessment / FLHA process",
    "Required PPE",
    "Emergency procedures and muster point",
    "First aid kit and first aiders",
    "Incident and near miss reporting",
    "Safe work practices",
    "Safe job procedures",
    "WHMIS and SDS location",
    "Working alone procedure",
    "Equipment authorization",
    "Harassment and violence policy",
    "Fire extinguisher locations",
    "Tour of shop / site",
    "Fit for duty",
    "Who is the supervisor",
)
MEETING_TOPICS = (
    "ladder safety",
    "cold weather PPE",
    "near miss at {site}",
    "spring thaw and mud",
    "heat stress",
    "new FLHA form",
    "upcoming SECOR audit",
    "first aid kit contents",
    "fall protection refresher",
    "driving on winter roads",
    "housekeeping on site",
    "WHMIS labels",
    "new skid steer",
    "hearing protection",
    "inspection results",
    "working alone check-ins",
    "fire extinguisher use",
    "silica dust",
    "lockout",
    "trenching",
    "overhead lines",
    "bear awareness",
    "wasps",
    "lifting technique",
)


def training_program(r: Random, c: Ctx) -> Draft:
    """The training program or the communication procedure."""
    blocks: list[Block] = header(
        r,
        c,
        title_of(
            r,
            (
                "Training Program",
                "Training and Communication",
                "Orientation and Training Policy",
                "Health and Safety Communication",
                "Training Requirements",
                "Element 8 - Training and Communication",
            ),
            c,
        ),
    )
    blocks.append(para(r, c, TRAINING_PROGRAM, (2, 4)))
    if r.random() < 0.5:
        blocks.append(
            Heading(
                b.pick(r, ("Required training by position", "Training matrix", "Tickets required"))
            )
        )
        rows = [
            [role, ", ".join(b.sample(r, b.TICKETS, 1, 3))]
            for role in b.sample(r, b.JOB_TITLES, 2, 5)
        ]
        blocks.append(Table(["Position", "Training"], rows))
    blocks.append(Heading(b.pick(r, ("Communication", "Meetings", "How we communicate"))))
    blocks.append(para(r, c, TRAINING_PROGRAM, (1, 3)))
    return Draft(
        blocks, "directive", ["Training program", "Communication plan", "Training policy"], "prose"
    )


def orientation(r: Random, c: Ctx) -> Draft:
    """A completed new worker orientation checklist."""
    blocks: list[Block] = header(
        r,
        c,
        title_of(
            r,
            (
                "New Worker Orientation",
                "Orientation Checklist",
                "Safety Orientation Record",
                "New Hire Orientation",
                "Employee Orientation Checklist",
                "Site Orientation",
            ),
            c,
        ),
        control=False,
    )
    blocks.append(
        Fields(
            [
                ("Worker", c.worker),
                ("Start date", b.date(r, c.year)),
                ("Position", b.pick(r, b.JOB_TITLES)),
                ("Orientation by", c.supervisor),
            ]
        )
    )
    items = b.sample(r, ORIENTATION_ITEMS, 7, 16)
    blocks.append(
        Checklist(
            items,
            [r.random() < 0.95 for _ in items],
            columns=r.choice((("Reviewed",), ("Yes", "No"), ("Initial",))),
        )
    )
    blocks.append(
        Signatures(
            [
                ("Worker", c.worker, b.date(r, c.year)),
                ("Supervisor", c.supervisor, b.date(r, c.year)),
            ]
        )
    )
    return Draft(
        blocks,
        "operational",
        [
            "Orientation",
            f"Orientation - {c.worker}",
            "New worker orientation",
            "Orientation checklist",
        ],
        "form",
    )


def training_record(r: Random, c: Ctx) -> Draft:
    """A training matrix or one worker's training record."""
    if r.random() < 0.5:
        blocks: list[Block] = header(
            r,
            c,
            title_of(
                r,
                (
                    "Training Matrix",
                    "Training Records",
                    "Ticket Tracker",
                    "Employee Training Summary {year}",
                ),
                c,
            ),
            control=False,
        )
        tickets = b.sample(r, b.TICKETS, 3, 7)
        rows = [
            [w]
            + [
                r.choice((b.date(r, c.year), "", "exp " + b.date(r, c.year + 2), "✓"))
                for _ in tickets
            ]
            for w in c.workers + [b.person(r) for _ in range(r.randint(0, 4))]
        ]
        blocks.append(Table(["Worker", *tickets], rows))
        return Draft(
            blocks,
            "operational",
            ["Training matrix", "Training records", "Tickets", f"Training {c.year}"],
            "table",
        )
    blocks = header(
        r,
        c,
        title_of(
            r,
            ("Training Record - {worker}", "Individual Training Record", "Worker Training File"),
            c,
        ),
        control=False,
    )
    blocks.append(
        Fields(
            [
                ("Employee", c.worker),
                ("Hire date", b.date(r, c.year - 2)),
                ("Position", b.pick(r, b.JOB_TITLES)),
            ]
        )
    )
    rows = [
        [
            t,
            b.date(r, c.year),
            b.pick(
                r,
                (
                    "ACSA",
                    "St. John Ambulance",
                    "Red Cross",
                    "in-house",
                    "Energy Safety Canada",
                    "online",
                ),
            ),
            r.choice((b.date(r, c.year + 3), "n/a", "")),
        ]
        for t in b.sample(r, b.TICKETS, 2, 8)
    ]
    blocks.append(Table(["Course", "Date completed", "Provider", "Expiry"], rows))
    return Draft(blocks, "operational", [f"Training - {c.worker}", "Training file"], "table")


def sign_in_sheet(r: Random, c: Ctx) -> Draft:
    """A training session or toolbox talk attendance sheet, or a competency check."""
    if r.random() < 0.6:
        topic = fill(
            r,
            b.pick(
                r, (*MEETING_TOPICS, "{ticket} course", "WHMIS refresher", "new equipment training")
            ),
            c,
        )
        blocks: list[Block] = header(
            r,
            c,
            title_of(
                r,
                (
                    "Attendance Sheet",
                    "Training Attendance Record",
                    "Sign-In Sheet",
                    "Toolbox Talk Sign-In",
                    "Crew Talk Attendance",
                ),
                c,
            ),
            control=False,
        )
        blocks.append(
            Fields(
                [
                    ("Topic", topic),
                    ("Date", b.date(r, c.year)),
                    ("Presenter", c.supervisor),
                    ("Length", r.choice(("15 min", "30 min", "1 hr", "4 hrs", "8 hrs"))),
                ]
            )
        )
        blocks.append(
            Table(
                ["Print name", "Signature", "Company"],
                [[row[0], row[1], c.company.split()[0]] for row in worker_signatures(r, c, 3, 12)],
            )
        )
        return Draft(
            blocks, "operational", ["Sign in sheet", "Attendance", "Toolbox sign in"], "form"
        )
    task = b.pick(r, c.trade.tasks)
    blocks = header(
        r,
        c,
        title_of(
            r,
            ("Competency Assessment", "Worker Competency Check", "Skills Verification - {task}"),
            c,
        ),
        control=False,
    )
    blocks.append(
        Fields(
            [
                ("Worker", c.worker),
                ("Task", task),
                ("Assessed by", c.supervisor),
                ("Date", b.date(r, c.year)),
            ]
        )
    )
    items = b.sample(
        r,
        (
            "Knows the hazards of the task",
            "Inspects equipment before use",
            "Wears the required PPE",
            "Follows the safe job procedure",
            "Knows emergency procedures",
            "Can explain the controls",
            "Operates the equipment smoothly",
            "Keeps the area clean",
        ),
        4,
        8,
    )
    blocks.append(
        Checklist(items, [r.random() < 0.9 for _ in items], columns=("Competent", "Needs training"))
    )
    blocks.append(
        Para(
            r.choice(
                (
                    "Result: competent to work without direct supervision.",
                    "Result: more practice needed, re-check in 2 weeks.",
                )
            )
        )
    )
    return Draft(blocks, "operational", ["Competency check", f"Competency - {c.worker}"], "form")


def certificate(r: Random, c: Ctx) -> Draft:
    """A training certificate or wallet card."""
    ticket = b.pick(r, b.TICKETS)
    provider = b.pick(
        r,
        (
            "Alberta Construction Safety Association",
            "St. John Ambulance",
            "Canadian Red Cross",
            "Energy Safety Canada",
            "Safety Training Centre",
            "Northern Safety Training",
            "Fall Safe Training Inc.",
        ),
    )
    blocks: list[Block] = [Para(provider)]
    blocks += header(
        r,
        c,
        r.choice(
            (
                "Certificate of Completion",
                "Certificate of Achievement",
                "Certificate",
                f"{ticket} Certificate",
                "Wallet Card",
                "Training Certificate",
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
                        "This is to certify that {worker} has successfully completed {ticket}",
                        "Awarded to {worker} for completing the course",
                        "{worker} has met the requirements of",
                    ),
                ),
                c,
            )
        )
    )
    blocks.append(Para(ticket))
    blocks.append(
        Fields(
            b.sample(
                r,
                [
                    ("Date", b.date(r, c.year)),
                    ("Expiry", b.date(r, c.year + 3)),
                    ("Certificate #", str(r.randint(10000, 999999))),
                    ("Instructor", b.person(r)),
                    ("Hours", str(r.choice((4, 8, 16, 7.5)))),
                ],
                2,
                5,
            )
        )
    )
    return Draft(
        blocks,
        "operational",
        [
            f"{ticket} cert",
            f"{c.worker} {ticket}",
            "Certificate",
            f"{ticket} - {c.worker}",
            "First aid card",
            "Ticket",
        ],
        "cert",
    )


def meeting_minutes(r: Random, c: Ctx) -> Draft:
    """Safety meeting minutes or a toolbox talk / tailgate meeting record."""
    kind = r.choice(("meeting", "toolbox", "toolbox", "tailgate"))
    if kind == "meeting":
        title = title_of(
            r,
            (
                "Safety Meeting Minutes",
                "Monthly Safety Meeting",
                "Health and Safety Meeting - {date}",
                "Crew Safety Meeting Minutes",
                "Safety Meeting Minutes - {date}",
            ),
            c,
        )
    elif kind == "toolbox":
        title = title_of(
            r,
            (
                "Toolbox Talk",
                "Toolbox Meeting Record",
                "Toolbox Talk - {topic}",
                "Weekly Toolbox Talk",
            ),
            c,
        )
    else:
        title = title_of(
            r,
            (
                "Tailgate Meeting",
                "Tailgate Safety Meeting",
                "Tailgate Talk Record",
                "Pre-Job Meeting",
            ),
            c,
        )
    blocks: list[Block] = header(r, c, title, control=False)
    blocks.append(
        Fields(
            b.sample(
                r,
                [
                    ("Date", b.date(r, c.year)),
                    ("Time", b.time_of_day(r)),
                    ("Location", c.site),
                    ("Chaired by", c.supervisor),
                    ("Recorded by", b.person(r)),
                ],
                2,
                4,
            )
        )
    )
    attendees = [*c.workers, c.supervisor]
    if r.random() < 0.5:
        blocks.append(Heading(b.pick(r, ("Attendees", "Present", "In attendance", "Attendance"))))
        blocks.append(Bullets(attendees) if r.random() < 0.5 else Para(", ".join(attendees)))
        if r.random() < 0.3:
            blocks.append(Para(f"Absent: {b.person(r)}"))
    topics = [fill(r, t, c) for t in b.sample(r, MEETING_TOPICS, 1, 5)]
    if kind == "meeting":
        blocks.append(
            Heading(
                b.pick(r, ("Old business", "Review of last minutes", "Follow-up from last meeting"))
            )
        )
        blocks.append(
            Para(
                fill(
                    r,
                    b.pick(
                        r,
                        (
                            "Guardrail at {site} fixed.",
                            "Extinguishers recharged.",
                            "None.",
                            "Harness replaced as discussed.",
                        ),
                    ),
                    c,
                )
            )
        )
        blocks.append(Heading(b.pick(r, ("New business", "Topics discussed", "Discussion"))))
        blocks.append(Steps(topics))
        blocks.append(
            Heading(b.pick(r, ("Incidents / near misses", "Incidents since last meeting")))
        )
        blocks.append(
            Para(
                fill(
                    r,
                    b.pick(
                        r,
                        (
                            "No incidents this month.",
                            "Near miss with the {equipment2} reviewed with the crew.",
                            "One first aid: cut hand. Reminded about gloves.",
                        ),
                    ),
                    c,
                )
            )
        )
        blocks.append(Heading(b.pick(r, ("Action items", "Actions"))))
        blocks.append(
            Table(
                ["Action", "Who", "By when"],
                [
                    [fill(r, "{control}", c), b.person(r, True), b.date(r, c.year)]
                    for _ in range(r.randint(1, 3))
                ],
            )
        )
        blocks.append(Para(f"Next meeting: {b.date(r, c.year)}"))
    else:
        blocks.append(Heading(b.pick(r, ("Topic", "Topics discussed", "Discussion points"))))
        blocks.append(Bullets(topics))
        blocks.append(
            para(
                r,
                c,
                (
                    "Reviewed {ghazard} and how we {control}.",
                    "Crew asked about {topic}; supervisor will follow up.",
                    "Reminder to complete the FLHA before starting.",
                    "Discussed today's work: {task}.",
                    "Everyone knows the muster point.",
                    "Worker concerns: none raised.",
                ),
                (1, 3),
            )
        )
        blocks.append(
            Table(["Name", "Signature"], [row[:2] for row in worker_signatures(r, c, 2, 8)])
        )
    names = [
        "Toolbox talk",
        f"Toolbox talk {b.date(r, c.year)}",
        "Tailgate meeting",
        "TBT",
        "Crew meeting",
        "Meeting notes",
    ]
    return Draft(blocks, "operational", names, "form")


GENERATORS = {
    "ppe": (
        (ppe_program, 2.0),
        (harness_inspection, 2.0),
        (respirator_log, 1.2),
        (fit_test, 1.2),
        (ppe_issue, 2.0),
    ),
    "maintenance": (
        (pm_program, 2.0),
        (maintenance_log, 3.0),
        (pre_use_inspection, 2.0),
        (equipment_certificate, 1.2),
        (tool_inspection, 1.0),
    ),
    "inspections": (
        (inspection_program, 2.5),
        (site_inspection, 4.0),
        (corrective_action_log, 1.5),
        (area_inspection, 2.0),
    ),
    "training_communication": (
        (training_program, 1.8),
        (orientation, 1.8),
        (training_record, 1.8),
        (certificate, 1.5),
        (meeting_minutes, 3.0),
        (sign_in_sheet, 1.5),
    ),
}

_UNUSED = (lines, Steps)
