"""Generators for the policy, company rules, legislation and evaluation-tool documents."""

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
    Title,
)

# --------------------------------------------------------------------------- policy

POLICY_TITLES = (
    "Health and Safety Policy",
    "Corporate Health & Safety Policy",
    "Health & Safety Policy Statement",
    "Occupational Health and Safety Policy",
    "Safety Policy",
    "{Company} Health and Safety Policy",
    "Policy Statement",
    "Our Commitment to Health and Safety",
    "H&S Policy",
    "Section 1 - Health and Safety Policy",
    "Company Safety Policy Statement",
)
POLICY_COMMIT = (
    "{Company} is committed to providing a safe and healthy workplace for every worker, subcontractor and visitor.",
    "At {Company} nothing is more important than sending every worker home safe at the end of the day.",
    "The health and safety of our employees is our first priority and is never sacrificed for production or profit.",
    "Management of {Company} believes that all injuries and occupational illnesses can be prevented.",
    "We will provide the training, equipment and supervision needed so that work is done safely.",
    "Our goal is zero incidents on every {trade} job we do.",
    "Safety is a shared responsibility between the employer, supervisors and workers.",
    "This policy applies to all work carried out by the company, at the shop and on every job site.",
    "The company will meet or exceed the requirements of the Alberta Occupational Health and Safety Act, Regulation and Code.",
    "A health and safety program has been put in place to identify hazards and control them before work begins.",
    "Everyone is expected to take an active part in the health and safety program.",
    "The company will allocate the resources necessary to make this program work.",
)
POLICY_EMPLOYER = (
    "The employer will provide a safe work site, proper tools and equipment, and the PPE required for the job.",
    "Management will make sure workers are trained and competent before they do a task.",
    "The owner will review this policy every year and after any significant change.",
    "Management will investigate incidents and correct unsafe conditions promptly.",
    "The employer will consult workers on health and safety matters and share information on hazards.",
    "Management is accountable for the health and safety performance of the company.",
)
POLICY_SUPERVISOR = (
    "Supervisors ensure workers follow safe work practices and procedures and wear their PPE.",
    "Supervisors complete hazard assessments with the crew and correct hazards as they are found.",
    "Supervisors are responsible for enforcing the company rules fairly and consistently.",
    "Supervisors must report and help investigate all incidents and near misses.",
)
POLICY_WORKER = (
    "Workers are expected to work safely, follow the rules and use the protective equipment provided.",
    "Workers must report hazards, injuries and near misses to their supervisor right away.",
    "Workers have the right to know about hazards, the right to participate in health and safety, and the right to refuse dangerous work.",
    "No worker will be disciplined for refusing work they believe to be dangerous.",
    "Every worker must take reasonable care to protect the health and safety of themselves and others.",
    "Workers must not work while impaired by alcohol, drugs or fatigue.",
)
POLICY_OTHERS = (
    "Subcontractors and visitors must follow this policy and our site rules while on our work sites.",
    "Contractors working for us are expected to have a health and safety program equal to ours.",
    "Visitors must sign in and be escorted on site.",
)
ROLE_HEADINGS = {
    "employer": (
        "Management Responsibilities",
        "Employer Responsibilities",
        "Responsibilities of the Owner",
        "Management",
    ),
    "supervisor": ("Supervisor Responsibilities", "Supervisors", "Foremen and Supervisors"),
    "worker": ("Worker Responsibilities", "Workers", "Employees", "Worker Rights and Duties"),
    "others": ("Subcontractors and Visitors", "Contractors", "Others on Site"),
}


POLICY_WE_WILL = (
    "identify and control hazards before work begins",
    "provide training, supervision and the right equipment for every job",
    "supply protective equipment at no cost to workers",
    "keep our tools, vehicles and equipment in safe condition",
    "report and investigate every incident and near miss",
    "prepare for emergencies at every work site",
    "involve workers in health and safety decisions",
    "choose contractors who share our commitment",
    "meet or exceed the requirements of the OHS Act, Regulation and Code",
    "review our performance and set goals every year",
)


def policy_statement(r: Random, c: Ctx) -> Draft:
    """The signed health and safety policy statement."""
    blocks: list[Block] = header(r, c, title_of(r, POLICY_TITLES, c))
    blocks.append(para(r, c, POLICY_COMMIT, (2, 4)))
    if r.random() < 0.5:
        blocks.append(
            Para(
                b.pick(
                    r,
                    (
                        "We will achieve this by:",
                        "To do this, we will:",
                        "Our commitments:",
                        "Management commits to:",
                    ),
                )
            )
        )
        items = [x[0].upper() + x[1:] + "." for x in b.sample(r, POLICY_WE_WILL, 3, 8)]
        blocks.append(Steps(items) if r.random() < 0.6 else Bullets(items))
    if r.random() < 0.6:
        for key, bank in (
            ("employer", POLICY_EMPLOYER),
            ("supervisor", POLICY_SUPERVISOR),
            ("worker", POLICY_WORKER),
            ("others", POLICY_OTHERS),
        ):
            if r.random() < 0.85:
                blocks.append(Heading(b.pick(r, ROLE_HEADINGS[key])))
                if r.random() < 0.5:
                    blocks.append(Bullets(lines(r, c, bank, 2, 4)))
                else:
                    blocks.append(para(r, c, bank, (1, 3)))
    else:
        blocks.append(para(r, c, POLICY_EMPLOYER + POLICY_WORKER, (2, 4)))
        blocks.append(para(r, c, POLICY_SUPERVISOR + POLICY_OTHERS, (1, 3)))
    blocks.append(para(r, c, POLICY_COMMIT, (1, 2)))
    blocks.append(signoff(r, c, ("Owner", "President", "General Manager", "Owner/Operator", "CEO")))
    if r.random() < 0.3:
        blocks.append(
            Para(
                fill(
                    r,
                    b.pick(
                        r,
                        (
                            "This policy is posted at the shop and in every company truck.",
                            "Posted at head office. Reviewed annually.",
                            "Date posted: {date}",
                        ),
                    ),
                    c,
                )
            )
        )
    names = [
        "Health and Safety Policy",
        "HS Policy",
        "Safety Policy",
        "H&S Policy Statement",
        "Policy signed",
        "Corporate Safety Policy",
        f"Safety Policy {c.year}",
        "OHS Policy",
    ]
    return Draft(blocks, "directive", names, "prose")


def policy_acknowledgement(r: Random, c: Ctx) -> Draft:
    """Workers' signatures saying they read the policy."""
    blocks: list[Block] = header(
        r,
        c,
        title_of(
            r,
            (
                "Health and Safety Policy Acknowledgement",
                "Policy Sign-Off Sheet",
                "Acknowledgement of H&S Policy",
                "Safety Policy - Employee Acknowledgment",
                "Policy Review Sign Off",
            ),
            c,
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
                        "By signing below I confirm that I have read and understand the {Company} Health and Safety Policy and agree to follow it.",
                        "I have reviewed the health and safety policy with my supervisor and understand my responsibilities.",
                        "The policy statement was reviewed with all workers at the {date} safety meeting. Signatures below.",
                        "Employees sign to show the company health and safety policy was explained to them.",
                    ),
                ),
                c,
            )
        )
    )
    blocks.append(Table(["Name", "Signature", "Date"], worker_signatures(r, c, 3, 12)))
    blocks += maybe(r, 0.5, Signatures([("Reviewed with", c.supervisor, b.date(r, c.year))]))
    names = [
        "Policy acknowledgement",
        "Policy sign off",
        "HS policy signatures",
        f"Policy sign-off {c.year}",
        "Signed policy acknowledgment",
    ]
    return Draft(blocks, "operational", names, "form")


def policy_review(r: Random, c: Ctx) -> Draft:
    """The owner's annual review of the policy."""
    blocks: list[Block] = header(
        r,
        c,
        title_of(
            r,
            (
                "Annual Policy Review",
                "Health and Safety Policy Review Record",
                "Policy Review - {year}",
                "Review of the Health & Safety Policy",
            ),
            c,
        ),
        control=False,
    )
    blocks.append(
        Fields(
            [
                ("Date of review", b.date(r, c.year)),
                ("Reviewed by", c.owner),
                ("Policy version", f"Rev {r.randint(1, 6)}"),
            ]
        )
    )
    items = b.sample(
        r,
        (
            "Policy is signed and dated by the current owner",
            "Policy is posted where workers can see it",
            "Policy reviewed with workers this year",
            "Responsibilities still match how we operate",
            "Policy states the commitment of management",
            "Worker rights described (know, participate, refuse)",
            "Copy given to new workers at orientation",
        ),
        3,
        6,
    )
    blocks.append(Checklist(items, [r.random() < 0.85 for _ in items]))
    blocks.append(
        Para(
            fill(
                r,
                b.pick(
                    r,
                    (
                        "Changes made: none. Policy re-signed and posted.",
                        "Changes: updated worker rights section to match the current OHS Act. Re-posted {date}.",
                        "Comments: reviewed at the annual meeting, all workers signed the new copy.",
                    ),
                ),
                c,
            )
        )
    )
    blocks.append(signoff(r, c))
    return Draft(
        blocks,
        "operational",
        ["Policy review", f"Policy review {c.year}", "Annual policy review"],
        "form",
    )


# --------------------------------------------------------------------------- company rules

RULES = (
    "Horseplay, practical jokes and fighting are not tolerated.",
    "Report every injury, incident and near miss to your supervisor before the end of the shift.",
    "Alcohol, cannabis and illegal drugs are prohibited at work and in company vehicles.",
    "Do not report to work impaired by alcohol, drugs or fatigue.",
    "Wear the minimum PPE on site at all times: hard hat, safety glasses, CSA boots and a high-vis vest.",
    "Only trained and authorized workers may operate the {equipment}.",
    "Seat belts must be worn in all company vehicles.",
    "Smoking and vaping only in designated areas, away from fuel and flammables.",
    "Keep your work area clean and free of tripping hazards.",
    "Lock out and tag out equipment before servicing, cleaning or clearing jams.",
    "Use fall protection whenever you could fall 3 metres or more.",
    "No cell phone use while operating equipment or driving.",
    "Never remove or bypass a guard or safety device.",
    "Take part in the FLHA at the start of every shift.",
    "Harassment, bullying and violence of any kind will not be tolerated.",
    "Report unsafe conditions and unsafe acts right away.",
    "Obey all signs, barricades and tags.",
    "Firearms and weapons are not allowed on company property.",
    "No riding in the box of a pickup or on equipment not designed for passengers.",
    "Inspect tools and equipment before use and tag out anything defective.",
    "Follow all safe work practices and safe job procedures.",
    "Long hair and loose clothing must be secured around rotating equipment.",
    "Ladders must be tied off and set at the correct angle.",
    "Do not enter a confined space or trench without authorization.",
    "Hot work requires a fire watch and a charged extinguisher.",
    "Visitors must sign in at the office or trailer.",
    "Know where the first aid kit, fire extinguisher and muster point are.",
    "Respect the property of our clients.",
    "Clean up spills right away and report fuel spills.",
    "Speed limit on site is 10 km/h.",
)
DISCIPLINE_STEPS = (
    ("First offence", "verbal warning, documented in the worker file"),
    ("Second offence", "written warning signed by the worker and supervisor"),
    ("Third offence", "suspension without pay for one to three days"),
    ("Fourth offence", "termination of employment"),
)
DISCIPLINE_PROSE = (
    "Rules are enforced consistently for everyone, including management.",
    "Serious violations that could cause injury may result in immediate suspension or dismissal.",
    "Every disciplinary action is documented and kept in the worker's file.",
    "The purpose of discipline is to correct behaviour, not to punish.",
    "Supervisors discuss the violation with the worker before any action is taken.",
    "Workers will be recognized for following the rules and working safely.",
    "A worker may appeal a disciplinary decision to the owner within five days.",
    "Violations by subcontractors are reported to their employer and may lead to removal from site.",
)


def rules_list(r: Random, c: Ctx) -> Draft:
    """The company's safety rules, often with the discipline steps."""
    title = title_of(
        r,
        (
            "Company Safety Rules",
            "Company Rules",
            "General Safety Rules",
            "Site Rules",
            "{Company} Safety Rules",
            "Rules of Conduct",
            "Company Rules and Enforcement",
            "Element 5 - Company Rules",
        ),
        c,
    )
    blocks: list[Block] = header(r, c, title)
    if r.random() < 0.6:
        blocks.append(
            Para(
                fill(
                    r,
                    b.pick(
                        r,
                        (
                            "The following rules apply to all workers, subcontractors and visitors.",
                            "Everyone working for {company} must follow these rules. Breaking them leads to discipline.",
                            "These rules are reviewed with every worker at orientation.",
                            "General rules for all {trade} crews and sites.",
                        ),
                    ),
                    c,
                )
            )
        )
    rules = lines(r, c, RULES, 8, 20)
    blocks.append(Steps(rules) if r.random() < 0.7 else Bullets(rules))
    if r.random() < 0.65:
        blocks.append(
            Heading(
                b.pick(
                    r,
                    (
                        "Enforcement",
                        "Discipline",
                        "Progressive Discipline",
                        "Disciplinary Action",
                        "Enforcement Policy",
                    ),
                )
            )
        )
        if r.random() < 0.6:
            steps = DISCIPLINE_STEPS[: r.randint(3, 4)]
            blocks.append(Steps([f"{k}: {v}" for k, v in steps]))
        blocks.append(para(r, c, DISCIPLINE_PROSE, (1, 3)))
    blocks += maybe(r, 0.4, signoff(r, c))
    names = [
        "Company Rules",
        "Safety Rules",
        "Company safety rules",
        f"Company Rules {c.year}",
        "Site rules",
        "General safety rules",
        f"{c.code}-05 Company Rules",
    ]
    return Draft(blocks, "directive", names, "list")


def discipline_policy(r: Random, c: Ctx) -> Draft:
    """The written enforcement / progressive discipline policy."""
    blocks: list[Block] = header(
        r,
        c,
        title_of(
            r,
            (
                "Discipline Policy",
                "Enforcement of Company Rules",
                "Progressive Discipline Policy",
                "Disciplinary Procedure",
                "Rule Enforcement",
            ),
            c,
        ),
    )
    blocks.append(para(r, c, DISCIPLINE_PROSE, (2, 4)))
    blocks.append(Heading(b.pick(r, ("Steps", "Disciplinary steps", "Progressive steps"))))
    blocks.append(Table(["Offence", "Action"], [list(s) for s in DISCIPLINE_STEPS]))
    blocks.append(para(r, c, DISCIPLINE_PROSE, (1, 3)))
    blocks.append(signoff(r, c))
    return Draft(
        blocks,
        "directive",
        ["Discipline policy", "Progressive discipline", "Enforcement policy"],
        "prose",
    )


def rules_acknowledgement(r: Random, c: Ctx) -> Draft:
    """A worker's signed acknowledgement of the rules."""
    blocks: list[Block] = header(
        r,
        c,
        title_of(
            r,
            (
                "Company Rules Acknowledgement",
                "Acknowledgement of Safety Rules",
                "Rules Sign Off",
                "Worker Agreement - Company Rules",
            ),
            c,
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
                        "I, {worker}, have received, read and understood the company safety rules and the disciplinary policy. I agree to follow them.",
                        "I understand that breaking the company rules may result in disciplinary action up to and including dismissal.",
                        "The rules were reviewed with me during orientation on {date}.",
                    ),
                ),
                c,
            )
        )
    )
    if r.random() < 0.5:
        blocks.append(Bullets(lines(r, c, RULES, 3, 6)))
    if r.random() < 0.5:
        blocks.append(Table(["Worker", "Signature", "Date"], worker_signatures(r, c, 2, 10)))
    else:
        blocks.append(
            Signatures(
                [
                    ("Worker", c.worker, b.date(r, c.year)),
                    ("Supervisor", c.supervisor, b.date(r, c.year)),
                ]
            )
        )
    return Draft(
        blocks, "operational", ["Rules acknowledgement", "Rules sign off", "Signed rules"], "form"
    )


def discipline_record(r: Random, c: Ctx) -> Draft:
    """A written warning or a discipline log."""
    if r.random() < 0.55:
        blocks: list[Block] = header(
            r,
            c,
            title_of(
                r,
                (
                    "Disciplinary Action Form",
                    "Written Warning",
                    "Notice of Safety Violation",
                    "Verbal Warning Record",
                    "Employee Warning Notice",
                ),
                c,
            ),
            control=False,
        )
        blocks.append(
            Fields(
                [
                    ("Employee", c.worker),
                    ("Date", b.date(r, c.year)),
                    ("Supervisor", c.supervisor),
                    ("Location", c.site),
                ]
            )
        )
        blocks.append(Heading("Rule violated"))
        blocks.append(Para(fill(r, b.pick(r, RULES), c)))
        blocks.append(Heading(b.pick(r, ("Description", "What happened", "Details"))))
        blocks.append(
            Para(
                fill(
                    r,
                    b.pick(
                        r,
                        (
                            "Worker was seen on the roof without being tied off while {task}.",
                            "Worker was not wearing safety glasses while using the {equipment}.",
                            "Worker was using a phone while operating the {equipment2}.",
                            "Second time this month the worker skipped the FLHA.",
                            "Worker removed the guard from the grinder.",
                        ),
                    ),
                    c,
                )
            )
        )
        blocks.append(
            Checklist(
                ["Verbal warning", "Written warning", "Suspension", "Termination"],
                [r.random() < 0.4, r.random() < 0.5, r.random() < 0.1, False],
                columns=("",),
            )
        )
        blocks.append(
            Signatures(
                [
                    ("Employee", c.worker, b.date(r, c.year)),
                    ("Supervisor", c.supervisor, b.date(r, c.year)),
                ]
            )
        )
        return Draft(
            blocks, "operational", ["Written warning", "Discipline form", "Warning notice"], "form"
        )
    rows = []
    for _ in range(r.randint(3, 12)):
        rows.append(
            [
                b.date(r, c.year),
                b.person(r),
                fill(r, b.pick(r, RULES), c)[:60],
                b.pick(
                    r, ("Verbal", "Written", "Suspension 1 day", "Verbal warning", "Written - 2nd")
                ),
            ]
        )
    blocks = header(
        r,
        c,
        title_of(r, ("Discipline Log", "Enforcement Record", "Rule Violation Log {year}"), c),
        control=False,
    )
    blocks.append(Table(["Date", "Worker", "Violation", "Action taken"], rows))
    return Draft(blocks, "operational", ["Discipline log", f"Enforcement log {c.year}"], "table")


# --------------------------------------------------------------------------- legislation

LEGISLATION = (
    (
        "Occupational Health and Safety Act",
        "SA 2020 c O-2.2",
        "general duties of employers, supervisors and workers",
    ),
    (
        "Occupational Health and Safety Regulation",
        "Alta Reg 191/2021",
        "administrative requirements",
    ),
    ("OHS Code Part 2", "Hazard Assessment, Elimination and Control", "hazard assessments"),
    ("OHS Code Part 3", "Specifications and Certifications", "equipment standards"),
    ("OHS Code Part 4", "Chemical Hazards, Biological Hazards and Harmful Substances", "chemicals"),
    ("OHS Code Part 5", "Confined Spaces", "entry permits"),
    ("OHS Code Part 6", "Cranes, Hoists and Lifting Devices", "lifting"),
    ("OHS Code Part 7", "Emergency Preparedness and Response", "emergency plans"),
    ("OHS Code Part 8", "Entrances, Walkways, Stairways and Ladders", "ladders"),
    ("OHS Code Part 9", "Fall Protection", "work at heights"),
    ("OHS Code Part 10", "Fire and Explosion Hazards", "hot work"),
    ("OHS Code Part 11", "First Aid", "first aid kits and first aiders"),
    ("OHS Code Part 12", "General Safety Precautions", "housekeeping"),
    ("OHS Code Part 14", "Lifting and Handling Loads", "manual handling"),
    ("OHS Code Part 15", "Managing the Control of Hazardous Energy", "lockout"),
    ("OHS Code Part 16", "Noise Exposure", "hearing"),
    ("OHS Code Part 17", "Overhead Power Lines", "safe limits of approach"),
    ("OHS Code Part 18", "Personal Protective Equipment", "PPE"),
    ("OHS Code Part 19", "Powered Mobile Equipment", "equipment operation"),
    ("OHS Code Part 23", "Scaffolds and Temporary Work Platforms", "scaffolds"),
    ("OHS Code Part 25", "Tools, Equipment and Machinery", "tools"),
    ("OHS Code Part 27", "Violence and Harassment", "workplace violence"),
    ("OHS Code Part 28", "Working Alone", "check-in"),
    (
        "OHS Code Part 29",
        "Workplace Hazardous Materials Information System (WHMIS)",
        "labels and SDS",
    ),
    ("OHS Code Part 30", "Demolition", "demolition work"),
    ("OHS Code Part 32", "Excavating and Tunnelling", "trenches"),
    ("Workers' Compensation Act", "RSA 2000 c W-15", "injury reporting to WCB"),
    ("Employment Standards Code", "RSA 2000 c E-9", "hours of work"),
    ("Traffic Safety Act", "RSA 2000 c T-6", "vehicles and drivers"),
    ("Dangerous Goods Transportation and Handling Act", "RSA 2000 c D-4", "TDG"),
    ("Safety Codes Act", "RSA 2000 c S-1", "permits and codes"),
    ("Alberta Fire Code", "2019", "fire safety"),
    ("Canadian Electrical Code", "CSA C22.1", "electrical installations"),
    ("Alberta Building Code", "2019", "construction"),
    ("Environmental Protection and Enhancement Act", "RSA 2000 c E-12", "spills"),
    ("Criminal Code of Canada s. 217.1", "Westray amendment", "duty of persons directing work"),
)


def legislation_list(r: Random, c: Ctx) -> Draft:
    """The list of OHS legislation that applies to the company."""
    title = title_of(
        r,
        (
            "Applicable Legislation",
            "List of Applicable Legislation",
            "Legislation List",
            "Legislation Register",
            "Relevant OHS Legislation",
            "Legislation that applies to our work",
            "OHS Act, Regulation and Code - Applicable Parts",
            "Legislative Requirements",
        ),
        c,
    )
    blocks: list[Block] = header(r, c, title)
    if r.random() < 0.6:
        blocks.append(
            Para(
                fill(
                    r,
                    b.pick(
                        r,
                        (
                            "The following acts, regulations and code parts apply to the work we do. Copies are available to all workers.",
                            "Current copies of the legislation are kept in the office and can be viewed online at the King's Printer.",
                            "Workers can access the OHS Act, Regulation and Code on the office computer or ask their supervisor.",
                            "This list is reviewed every year to make sure it reflects our {trade} work.",
                            "Legislation relevant to {company} operations in Alberta:",
                        ),
                    ),
                    c,
                )
            )
        )
    chosen = b.sample(r, LEGISLATION, 6, 18)
    style = r.randrange(3)
    if style == 0:
        blocks.append(Table(["Legislation", "Reference", "Applies to"], [list(x) for x in chosen]))
    elif style == 1:
        blocks.append(Bullets([f"{a} ({bb})" for a, bb, _ in chosen]))
    else:
        blocks.append(
            Table(
                ["Act / Regulation / Code", "Part / Section", "Requirement", "Location of copy"],
                [
                    [a, bb, f"{z}", b.pick(r, ("office", "online", "truck binder", "site trailer"))]
                    for a, bb, z in chosen
                ],
            )
        )
    blocks += maybe(r, 0.3, Para(fill(r, "Reviewed by {owner} on {date}.", c)))
    names = [
        "Legislation list",
        "Applicable legislation",
        "Legislation register",
        "Legislation",
        f"Legislation {c.year}",
        "List of legislation",
    ]
    return Draft(blocks, None, names, "list")


# --------------------------------------------------------------------------- evaluation tool

ELEMENT_QUESTIONS = {
    1: (
        "Is there a written health and safety policy signed by the senior company official?",
        "Does the policy state management's commitment and the responsibilities of workers?",
        "Is the policy posted or made available to all workers?",
        "Do workers know the policy exists and what it means to them?",
    ),
    2: (
        "Has the company completed a formal hazard assessment of all tasks?",
        "Are site-specific hazard assessments (FLHA) being done before work starts?",
        "Are identified hazards controlled using engineering, administrative or PPE controls?",
        "Are workers involved in the hazard assessment process?",
    ),
    3: (
        "Are there written safe work practices for the hazards identified?",
        "Are the safe work practices available to workers at the work site?",
        "Can workers describe the safe work practices for their work?",
    ),
    4: (
        "Are there written safe job procedures for critical tasks?",
        "Do the procedures list the steps of the job in order?",
        "Were workers trained in the procedures they use?",
    ),
    5: (
        "Are there written company rules?",
        "Is there a written disciplinary policy for rule violations?",
        "Are the rules enforced?",
        "Have workers signed that they received the rules?",
    ),
    6: (
        "Has the company identified the PPE required for each task?",
        "Is PPE inspected and maintained?",
        "Were workers observed wearing the required PPE?",
    ),
    7: (
        "Is there a preventative maintenance program for equipment and vehicles?",
        "Are maintenance records kept for each piece of equipment?",
        "Is defective equipment tagged and removed from service?",
    ),
    8: (
        "Do new workers receive an orientation before starting work?",
        "Are training records kept for each worker?",
        "Are safety meetings held and documented?",
    ),
    9: (
        "Are planned inspections done at the required frequency?",
        "Are deficiencies from inspections corrected and tracked?",
        "Are workers involved in inspections?",
    ),
    10: (
        "Is there a written procedure for reporting and investigating incidents?",
        "Were incidents and near misses investigated with root causes identified?",
        "Were corrective actions completed?",
    ),
    11: (
        "Is there a written emergency response plan?",
        "Have emergency drills been practised?",
        "Are first aid supplies and trained first aiders available?",
    ),
    12: (
        "Are injury statistics kept and reviewed?",
        "Is WCB information reviewed?",
        "Are health and safety records kept for the required time?",
    ),
    13: (
        "Does the company evaluate contractors before hiring them?",
        "Are contractors made aware of site hazards and rules?",
        "Is contractor work monitored?",
    ),
}
ELEMENT_NAMES = {
    1: "Health and Safety Policy",
    2: "Hazard Assessment",
    3: "Safe Work Practices",
    4: "Safe Job Procedures",
    5: "Company Safety Rules",
    6: "Personal Protective Equipment",
    7: "Preventative Maintenance",
    8: "Training and Communication",
    9: "Inspections",
    10: "Investigations and Reporting",
    11: "Emergency Preparedness",
    12: "Records and Statistics",
    13: "Contractors",
}
AUDIT_NOTES = (
    "Reviewed the document, signed and dated by the owner.",
    "{n} of {n} workers interviewed could describe it.",
    "Evidence: copies attached in the element folder.",
    "Partial marks - not all records available for the audit period.",
    "Observed on site at {site}.",
    "Interview: worker said the supervisor reviews this at tailgate meetings.",
    "No documentation provided; 0 points.",
    "Full points awarded.",
    "Sampled {n} records from the last 12 months.",
    "Recommend adding dates to all forms.",
    "Auditor note: meets the requirement.",
    "Documentation only; no observation possible.",
    "Worker could not locate the binder in the truck.",
)


def evaluation_tool(r: Random, c: Ctx) -> Draft:
    """The completed SECOR evaluation tool, or part of it."""
    title = title_of(
        r,
        (
            "SECOR Evaluation Tool",
            "SECOR Audit",
            "Small Employer COR - Audit Tool",
            "SECOR Self-Evaluation",
            "SECOR Maintenance Year Audit {year}",
            "Small Employer Certificate of Recognition Evaluation",
            "SECOR Audit Instrument",
            "{year} SECOR Audit - Questions and Notes",
        ),
        c,
    )
    blocks: list[Block] = [Title(title)]
    blocks.append(
        Fields(
            b.sample(
                r,
                [
                    ("Company", c.company),
                    ("Audit date", b.date(r, c.year)),
                    ("Evaluator", c.owner),
                    ("Audit period", f"{c.year - 1}-{c.year}"),
                    ("Number of workers", str(r.randint(1, 10))),
                    ("WCB account", str(r.randint(1000000, 9999999))),
                    ("Audit type", r.choice(("Certification", "Maintenance", "Recertification"))),
                ],
                3,
                6,
            )
        )
    )
    if r.random() < 0.4:
        blocks.append(
            Para(
                b.pick(
                    r,
                    (
                        "Instructions: answer each question and record the evidence used (documentation, interview, observation).",
                        "Score each question. Record notes for every question where full points were not awarded.",
                        "The evaluator must complete all elements. Attach the action plan.",
                    ),
                )
            )
        )
    elements = (
        sorted(b.sample(r, list(range(1, 14)), 1, 6)) if r.random() < 0.7 else list(range(1, 14))
    )
    total = 0
    for el in elements:
        blocks.append(
            Heading(
                f"{r.choice(('Element', 'Element', 'ELEMENT', 'Section'))} {el}{r.choice((' - ', ': ', ' '))}{ELEMENT_NAMES[el]}"
            )
        )
        for qi, q in enumerate(b.sample(r, ELEMENT_QUESTIONS[el], 1, 4), 1):
            pts = r.choice((5, 10, 10, 15, 20))
            got = r.choice((pts, pts, pts // 2, 0, pts))
            total += got
            style = r.randrange(3)
            if style == 0:
                blocks.append(Para(f"{el}.{qi} {q} (Documentation / Interview / Observation)"))
                blocks.append(
                    Fields([("Points available", str(pts)), ("Points awarded", str(got))])
                )
            elif style == 1:
                blocks.append(Para(f"Q{el}.{qi}  {q}  Max {pts}  Score {got}"))
            else:
                blocks.append(
                    Table(
                        ["#", "Question", "Max", "Awarded"], [[f"{el}.{qi}", q, str(pts), str(got)]]
                    )
                )
            if r.random() < 0.75:
                blocks.append(
                    Para(
                        f"{r.choice(('Notes:', 'Evaluator notes:', 'Comments:', 'Evidence:'))} {fill(r, b.pick(r, AUDIT_NOTES), c)}"
                    )
                )
    if r.random() < 0.5:
        blocks.append(Heading(b.pick(r, ("Score Summary", "Summary of Results", "Audit Score"))))
        blocks.append(
            Table(
                ["Element", "Possible", "Awarded", "%"],
                [
                    [str(e), "100", str(r.randint(50, 100)), f"{r.randint(50, 100)}%"]
                    for e in elements
                ],
            )
        )
        blocks.append(
            Para(f"Overall score: {r.randint(60, 99)}%  (80% overall and 50% per element required)")
        )
    if r.random() < 0.3:
        blocks.append(Heading("Action Plan"))
        blocks.append(
            Bullets(
                lines(
                    r,
                    c,
                    (
                        "Add dates to the {topic} forms",
                        "Train {worker} on {ticket}",
                        "Complete missing inspections for {year}",
                        "Update the hazard assessment for {task}",
                    ),
                    1,
                    3,
                )
            )
        )
    names = [
        "SECOR audit",
        "SECOR Evaluation Tool",
        "Evaluation tool completed",
        "Audit notes",
        "Completed evaluation",
        f"{c.company.split()[0]} SECOR evaluation",
    ]
    return Draft(blocks, None, names, "form" if r.random() < 0.7 else "table")


GENERATORS = {
    "policy": ((policy_statement, 6.0), (policy_acknowledgement, 1.5), (policy_review, 1.0)),
    "company_rules": (
        (rules_list, 5.0),
        (discipline_policy, 1.5),
        (rules_acknowledgement, 2.0),
        (discipline_record, 1.5),
    ),
    "legislation": ((legislation_list, 1.0),),
    "evaluation_tool": ((evaluation_tool, 1.0),),
}
