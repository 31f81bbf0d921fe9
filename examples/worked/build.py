"""Build the worked examples here: ``.venv/bin/python examples/worked/build.py``.

Every document is text written for these examples (fictitious companies and
people). The script writes .docx, .csv, .txt and small text PDFs, zips them and
wraps some in emails, always with the same bytes: running it again changes
nothing. Each example's expected.json is written too; README.md explains them.
"""

from __future__ import annotations

import io
import json
import shutil
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
TODAY = "2026-03-01"  # the day the expected results hold for (records are dated against it)
FIXED = (2026, 2, 20, 9, 0, 0)

# ---------------------------------------------------------------------------
# file writers: the same bytes every time
# ---------------------------------------------------------------------------


_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)


def docx_bytes(lines: list[str]) -> bytes:
    """A minimal Word document: the first line in bold, then one paragraph per line."""
    paragraphs = []
    for n, line in enumerate(lines):
        bold = "<w:rPr><w:b/></w:rPr>" if n == 0 else ""
        paragraphs.append(
            f'<w:p><w:r>{bold}<w:t xml:space="preserve">{escape(line)}</w:t></w:r></w:p>'
        )
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{''.join(paragraphs)}</w:body></w:document>"
    )
    return zip_bytes(
        {
            "[Content_Types].xml": _CONTENT_TYPES.encode(),
            "_rels/.rels": _RELS.encode(),
            "word/document.xml": document.encode(),
        }
    )


def pdf_bytes(lines: list[str]) -> bytes:
    """A one-page PDF with the lines as real text (what a scanner with OCR makes)."""

    def literal(text: str) -> str:
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    body = (
        "BT /F1 11 Tf 50 750 Td 15 TL "
        + " ".join(f"({literal(line)}) Tj T*" for line in lines)
        + " ET"
    )
    stream = body.encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def text_bytes(lines: list[str]) -> bytes:
    """A plain text file."""
    return ("\n".join(lines) + "\n").encode("utf-8")


def csv_bytes(lines: list[str]) -> bytes:
    """A CSV file (the lines are already comma-separated rows)."""
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


WRITERS: dict[str, Callable[[list[str]], bytes]] = {
    ".docx": docx_bytes,
    ".pdf": pdf_bytes,
    ".txt": text_bytes,
    ".csv": csv_bytes,
}


def render(name: str, lines: list[str]) -> bytes:
    """The bytes of a file named NAME holding LINES."""
    return WRITERS[Path(name).suffix.lower()](lines)


def zip_bytes(files: dict[str, bytes]) -> bytes:
    """A zip of the files, in the given order, with a fixed timestamp."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(zipfile.ZipInfo(name, date_time=FIXED[:6]), data)
    return out.getvalue()


# ---------------------------------------------------------------------------
# the documents
# ---------------------------------------------------------------------------


def policy(company: str, signed: str) -> list[str]:
    return [
        f"{company} - Health and Safety Policy",
        f"{company} is committed to protecting the health and safety of every worker, "
        "subcontractor and visitor on our sites.",
        "Management will provide the training, equipment and supervision needed to work safely.",
        "Supervisors will make sure hazards are assessed and controlled before work starts.",
        "Workers will follow the safe work practices and procedures, use the PPE provided, "
        "and report every hazard, incident and near miss right away.",
        "Every worker has the right to refuse unsafe work.",
        f"Signed by the owner on {signed}.",
        "This policy is reviewed every year and posted at the shop.",
    ]


def responsibilities(company: str) -> list[str]:
    return [
        f"{company} - Health and Safety Responsibilities",
        "Owner: provides resources, reviews the program each year, signs the policy.",
        "Supervisor: runs the daily field level hazard assessment, inspects the site weekly, "
        "investigates incidents.",
        "Workers: follow the rules and procedures, wear PPE, report hazards and near misses.",
        "Subcontractors: follow our site rules and their own safety program.",
    ]


def flha(day: str, site: str, task: str) -> list[str]:
    return [
        "Field Level Hazard Assessment (FLHA)",
        f"Date: {day}",
        f"Site: {site}",
        f"Task: {task}",
        "Hazards identified: fall from roof edge; slippery surface; "
        "overhead power line near east side",
        "Controls: guardrail on open edge, full body harness tied to inspected anchor, "
        "non-slip boots, 3 m clearance from power line marked with flagging",
        "Risk after controls: low",
        "Workers signed: J. Tran, M. Olsen   Supervisor: D. Whitford",
    ]


def formal_hazard_assessment(day: str) -> list[str]:
    return [
        f"Formal hazard assessment - reviewed {day}",
        "Task,Hazard,Severity,Probability,Risk,Controls",
        "Roof tear-off,Fall from height,4,3,High,Guardrails; harness and anchors; FLHA each day",
        "Shingle delivery,Struck by load from boom truck,4,2,Medium,Spotter; stay clear of load",
        "Cutting flashing,Cuts to hands,2,3,Medium,Cut resistant gloves; sharp tools",
        "Hot weather work,Heat stress,3,2,Medium,Water breaks every hour; shade; start early",
    ]


def safe_work_practice(title: str, points: list[str]) -> list[str]:
    return [
        f"Safe Work Practice - {title}",
        "Purpose: to set out how we work safely around this hazard.",
        *points,
    ]


def safe_job_procedure(title: str, steps: list[str]) -> list[str]:
    return [
        f"Safe Job Procedure - {title}",
        "PPE: hard hat, safety glasses, gloves, CSA boots, harness where stated.",
        *[f"Step {n}: {step}" for n, step in enumerate(steps, 1)],
    ]


def company_rules(company: str) -> list[str]:
    return [
        f"{company} - Company Safety Rules",
        "1. No work at height without fall protection above 3 m.",
        "2. No alcohol, cannabis or drugs on site.",
        "3. Report every injury, incident and near miss to the supervisor the same day.",
        "4. Keep the site clean and the ladders tied off.",
        "Enforcement: first breach - verbal warning; second - written warning; "
        "third - suspension without pay. Serious breaches may mean dismissal.",
        "Acknowledged and signed by each worker at orientation.",
    ]


def ppe_inspection(day: str) -> list[str]:
    return [
        "PPE inspection record",
        f"Date: {day}",
        "Item,Worker,Condition,Action",
        "Full body harness #3,J. Tran,Good - webbing and D-ring checked,None",
        "Lanyard with shock pack,M. Olsen,Good,None",
        "Hard hat,M. Olsen,Cracked brim,Replaced the same day",
        "Inspected by: D. Whitford",
    ]


def equipment_maintenance(day: str, unit: str, work: str) -> list[str]:
    return [
        "Equipment maintenance record",
        f"Unit: {unit}",
        f"Service date: {day}",
        f"Work done: {work}",
        "Next service due: in 250 hours or 3 months",
        "Done by: Prairie Fleet Service   Checked by: D. Whitford",
    ]


def safety_meeting(day: str, topic: str) -> list[str]:
    return [
        "Safety meeting minutes (toolbox talk)",
        f"Date: {day}",
        f"Topic: {topic}",
        "Attendees: D. Whitford, J. Tran, M. Olsen, R. Singh",
        "Discussed: near misses from last week, weather for the week, ladder set-up.",
        "Action items: replace the cracked extension ladder (D. Whitford).",
    ]


def training_record(day: str, worker: str, course: str) -> list[str]:
    return [
        "Training record",
        f"Worker: {worker}",
        f"Course: {course}",
        f"Completed: {day}",
        "Certificate kept in the worker's file. Orientation checklist signed.",
    ]


def site_inspection(day: str, site: str) -> list[str]:
    return [
        "Worksite inspection checklist",
        f"Date: {day}",
        f"Site: {site}",
        "Guardrails and anchors: OK",
        "Ladders tied off and in good repair: OK",
        "Housekeeping and debris chute: needs attention - cleared before noon",
        "Fire extinguisher charged and tagged: OK",
        "Inspected by: D. Whitford. Corrective actions closed the same day.",
    ]


def investigation(day: str, what: str) -> list[str]:
    return [
        "Incident / near miss investigation report",
        f"Date of event: {day}",
        f"What happened: {what}",
        "Root cause: the task was started before the FLHA was reviewed with the crew.",
        "Corrective action: FLHA reviewed at the truck before every start; spotter assigned.",
        "Investigated by: D. Whitford. Reviewed with the crew at the next safety meeting.",
    ]


def emergency_plan(company: str) -> list[str]:
    return [
        f"{company} - Emergency Response Plan",
        "Emergency contacts: 911; Owner D. Whitford 780-555-0101; "
        "nearest hospital posted in the truck.",
        "Fall rescue: rescue kit in the truck; trained rescuers on every crew.",
        "Fire: use the extinguisher only if safe; muster at the truck; call 911.",
        "First aid kit and trained first aider on every site.",
    ]


def drill_record(day: str, kind: str) -> list[str]:
    return [
        "Emergency drill record",
        f"Date: {day}",
        f"Drill: {kind}",
        "Participants: J. Tran, M. Olsen, R. Singh",
        "Time to muster: 3 minutes. Rescue kit reached the roof in 6 minutes.",
        "Lessons: keep the rescue kit by the ladder, not in the truck box.",
    ]


def statistics(year: str, quarter: str) -> list[str]:
    return [
        f"Injury and incident statistics - {quarter} {year}",
        "Hours worked: 4,160",
        "Lost time claims: 0   Medical aid: 1   First aid: 3   Near misses reported: 5",
        "Lost time frequency: 0.0   WCB claim summary attached from the employer account.",
        "Reviewed by the owner at the quarterly safety review.",
    ]


def contractor_prequal(day: str, name: str) -> list[str]:
    return [
        "Contractor prequalification form",
        f"Contractor: {name}",
        f"Date reviewed: {day}",
        "WCB clearance letter: received, account in good standing",
        "Liability insurance: $2,000,000 certificate received",
        "Safety program: reviewed; hazard assessment and PPE rules match ours",
        "Approved by: D. Whitford",
    ]


def contractor_monitoring(day: str, name: str) -> list[str]:
    return [
        "Contractor site monitoring record",
        f"Contractor: {name}",
        f"Date: {day}",
        "Observed: fall protection in use, FLHA completed, housekeeping good.",
        "Issues: none. Signed: D. Whitford",
    ]


ELEMENTS_QUESTIONS = [
    ("1", "Is there a written health and safety policy, signed and dated by the owner?"),
    ("2", "Are hazard assessments done and reviewed with workers before work starts?"),
    ("3", "Are there written safe work practices for the hazards found?"),
    ("4", "Are there safe job procedures for the critical tasks?"),
    ("5", "Are there company rules with a way to enforce them?"),
    ("6", "Is PPE required, inspected and maintained?"),
    ("7", "Is there preventative maintenance of equipment and vehicles?"),
    ("8", "Are workers oriented and trained, and are safety meetings held?"),
    ("9", "Are worksite inspections done and corrective actions closed?"),
    ("10", "Are incidents and near misses investigated?"),
    ("11", "Is there an emergency response plan with drills?"),
    ("12", "Are injury records and statistics kept and reviewed?"),
    ("13", "Are contractors prequalified and monitored?"),
]


def evaluation_tool(company: str, audit_type: str, day: str) -> list[str]:
    lines = [
        "Small Employer Evaluation Tool - completed",
        f"Company: {company}",
        audit_type,
        "Assessor: D. Whitford (SECOR course completed)",
        f"Date completed: {day}",
    ]
    for number, question in ELEMENTS_QUESTIONS:
        lines.append(
            f"Element {number}, question {number}.1: {question} Answer: yes. "
            f"Notes: see the Element {number} folder."
        )
    return lines


def legislation(company: str) -> list[str]:
    return [
        f"{company} - OHS legislation that applies to our work",
        "Alberta Occupational Health and Safety Act - obligations of employers and workers",
        "OHS Regulation - first aid records and training",
        "OHS Code Part 2 Hazard Assessment, Elimination and Control",
        "OHS Code Part 8 Entrances, Walkways, Stairways and Ladders",
        "OHS Code Part 9 Fall Protection",
        "OHS Code Part 11 First Aid",
        "OHS Code Part 17 Overhead Power Lines",
    ]


def invoice() -> list[str]:
    return [
        "INVOICE 1043",
        "Bill to: Roofco Exteriors Ltd.",
        "40 bundles architectural shingles - $1,880.00",
        "Delivery - $120.00",
        "Total due in 30 days: $2,000.00",
    ]


# ---------------------------------------------------------------------------
# submissions
# ---------------------------------------------------------------------------

FOLDERS = {
    "policy": "Element 1 - Health and Safety Policy",
    "hazard_assessment": "Element 2 - Hazard Assessments",
    "safe_work_practices": "Element 3 - Safe Work Practices",
    "safe_job_procedures": "Element 4 - Safe Job Procedures",
    "company_rules": "Element 5 - Company Rules",
    "ppe": "Element 6 - PPE",
    "maintenance": "Element 7 - Maintenance",
    "training_communication": "Element 8 - Training and Communication",
    "inspections": "Element 9 - Inspections",
    "investigations": "Element 10 - Investigations",
    "emergency_planning": "Element 11 - Emergency Planning",
    "records_statistics": "Element 12 - Records and Statistics",
    "contracting_services": "Element 13 - Contracting Services",
    "evaluation_tool": "Evaluation Tool",
    "legislation": "Legislation",
}
SITE = "Lot 14 Aspen Ridge"


@dataclass
class Files:
    """A submission's files: path -> (label, kind, lines or raw bytes)."""

    entries: dict[str, tuple[str, str | None, list[str] | bytes]] = field(default_factory=dict)

    def add(self, path: str, label: str, kind: str | None, content: list[str] | bytes) -> None:
        self.entries[path] = (label, kind, content)

    def bytes(self) -> dict[str, bytes]:
        return {
            path: content if isinstance(content, bytes) else render(path, content)
            for path, (_, _, content) in self.entries.items()
        }

    def labels(self) -> dict[str, dict[str, str | None]]:
        return {
            path: {"label": label, "kind": kind} for path, (label, kind, _) in self.entries.items()
        }


def directive_set(files: Files, company: str) -> None:
    """Elements 1, 3, 4 and 5: the written program."""
    files.add(
        f"{FOLDERS['policy']}/Health and Safety Policy signed.docx",
        "policy",
        "directive",
        policy(company, "2025-04-02"),
    )
    files.add(
        f"{FOLDERS['policy']}/Health and Safety Responsibilities.docx",
        "policy",
        "directive",
        responsibilities(company),
    )
    files.add(
        f"{FOLDERS['safe_work_practices']}/SWP - Working at heights.docx",
        "safe_work_practices",
        "directive",
        safe_work_practice(
            "Working at heights",
            [
                "Use guardrails where possible, else fall arrest tied to an inspected anchor.",
                "Inspect the harness and lanyard before each use.",
                "Never work alone on a roof.",
            ],
        ),
    )
    files.add(
        f"{FOLDERS['safe_work_practices']}/SWP - Overhead power lines.docx",
        "safe_work_practices",
        "directive",
        safe_work_practice(
            "Overhead power lines",
            [
                "Locate power lines before setting up ladders or the boom truck.",
                "Keep the clearance the OHS Code sets for the voltage; use a spotter.",
            ],
        ),
    )
    files.add(
        f"{FOLDERS['safe_job_procedures']}/SJP - Installing a roof anchor.docx",
        "safe_job_procedures",
        "directive",
        safe_job_procedure(
            "Installing a roof anchor",
            [
                "Check the truss layout and pick a rafter at least 2 m from the edge.",
                "Fasten the anchor with the nails the maker specifies, every hole filled.",
                "Test the anchor and record it on the FLHA.",
            ],
        ),
    )
    files.add(
        f"{FOLDERS['safe_job_procedures']}/SJP - Setting up an extension ladder.docx",
        "safe_job_procedures",
        "directive",
        safe_job_procedure(
            "Setting up an extension ladder",
            [
                "Inspect rails, rungs and feet.",
                "Set at 4 up to 1 out and extend 1 m past the landing.",
                "Tie off at the top before climbing with tools.",
            ],
        ),
    )
    files.add(
        f"{FOLDERS['company_rules']}/Company Safety Rules and Discipline.docx",
        "company_rules",
        "directive",
        company_rules(company),
    )


def operational_set(files: Files, days: list[str]) -> None:
    """Elements 2 and 6-13: records, one or more per element, on the given days."""
    for n, day in enumerate(days):
        files.add(
            f"{FOLDERS['hazard_assessment']}/FLHA {day}.docx",
            "hazard_assessment",
            "operational",
            flha(day, SITE, "Re-roof, tear-off and shingles"),
        )
        files.add(
            f"{FOLDERS['inspections']}/Site inspection {day}.docx",
            "inspections",
            "operational",
            site_inspection(day, SITE),
        )
        files.add(
            f"{FOLDERS['training_communication']}/Safety meeting {day}.docx",
            "training_communication",
            "operational",
            safety_meeting(day, ["Ladder safety", "Heat stress", "Housekeeping"][n % 3]),
        )
    first, last = days[0], days[-1]
    files.add(
        f"{FOLDERS['hazard_assessment']}/Formal hazard assessment {first}.csv",
        "hazard_assessment",
        "operational",
        formal_hazard_assessment(first),
    )
    files.add(
        f"{FOLDERS['ppe']}/PPE inspection {first}.docx", "ppe", "operational", ppe_inspection(first)
    )
    files.add(
        f"{FOLDERS['ppe']}/PPE inspection {last}.docx", "ppe", "operational", ppe_inspection(last)
    )
    files.add(
        f"{FOLDERS['maintenance']}/Boom truck service {first}.docx",
        "maintenance",
        "operational",
        equipment_maintenance(first, "Boom truck #2", "oil and filters, boom hydraulics checked"),
    )
    files.add(
        f"{FOLDERS['maintenance']}/Compressor service {last}.docx",
        "maintenance",
        "operational",
        equipment_maintenance(
            last, "Air compressor", "drained tank, checked hoses and relief valve"
        ),
    )
    files.add(
        f"{FOLDERS['training_communication']}/Training record - J Tran.docx",
        "training_communication",
        "operational",
        training_record(first, "J. Tran", "Fall protection, 8 hours"),
    )
    files.add(
        f"{FOLDERS['investigations']}/Near miss investigation {days[1]}.docx",
        "investigations",
        "operational",
        investigation(days[1], "A bundle of shingles slid off the roof edge near a worker."),
    )
    files.add(
        f"{FOLDERS['emergency_planning']}/Fall rescue drill {days[1]}.docx",
        "emergency_planning",
        "operational",
        drill_record(days[1], "fall rescue from a roof"),
    )
    files.add(
        f"{FOLDERS['records_statistics']}/Injury statistics {last[:4]}.docx",
        "records_statistics",
        "operational",
        statistics(last[:4], "year to date"),
    )
    files.add(
        f"{FOLDERS['contracting_services']}/Contractor prequalification - Hi-Line Gutters.docx",
        "contracting_services",
        "operational",
        contractor_prequal(first, "Hi-Line Gutters"),
    )
    files.add(
        f"{FOLDERS['contracting_services']}/Contractor monitoring {last}.docx",
        "contracting_services",
        "operational",
        contractor_monitoring(last, "Hi-Line Gutters"),
    )


def emergency_plan_file(files: Files, company: str) -> None:
    files.add(
        f"{FOLDERS['emergency_planning']}/Emergency Response Plan.docx",
        "emergency_planning",
        "directive",
        emergency_plan(company),
    )


def tool_and_legislation(
    files: Files, company: str, audit_type: str, day: str, law: bool = True
) -> None:
    files.add(
        f"{FOLDERS['evaluation_tool']}/SECOR Evaluation Tool - {company}.docx",
        "evaluation_tool",
        None,
        evaluation_tool(company, audit_type, day),
    )
    if law:
        files.add(
            f"{FOLDERS['legislation']}/Legislation list.docx",
            "legislation",
            None,
            legislation(company),
        )


def email_bytes(
    subject: str,
    body: str,
    attachments: dict[str, bytes],
    *,
    sender: str,
    message_id: str,
    extra: dict[str, str] | None = None,
) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "ACSA COR <cor@acsa.local>"
    message["Subject"] = subject
    message["Date"] = format_datetime(datetime(*FIXED) + timedelta(hours=7))
    message["Message-ID"] = message_id
    for name, value in (extra or {}).items():
        message[name] = value
    message.set_content(body)
    for name, data in attachments.items():
        message.add_attachment(data, maintype="application", subtype="zip", filename=name)
    if attachments:
        message.set_boundary("==secor-example-boundary==")
    return bytes(message)


CERT = "Audit type: [X] Certification  [ ] Maintenance"
MAINT = "Audit type: [ ] Certification  [X] Maintenance"
MONTHS_2025 = ["2025-05-12", "2025-07-08", "2025-09-15", "2025-11-20"]
MONTHS_WINDOW = ["2025-04-14", "2025-06-23", "2025-09-08", "2026-01-19"]


@dataclass
class Example:
    """One worked example: how to build its input and what the report must say."""

    name: str
    title: str
    build: Callable[[Path], tuple[str, Files]]
    expected: dict[str, object]


def ex_complete_certification(folder: Path) -> tuple[str, Files]:
    company = "Roofco Exteriors Ltd."
    files = Files()
    directive_set(files, company)
    operational_set(files, MONTHS_2025)
    emergency_plan_file(files, company)
    tool_and_legislation(files, company, CERT, "2025-12-05")
    write_folder(folder / "submission" / "Roofco SECOR 2026", files.bytes())
    return "submission", prefixed(files, "Roofco SECOR 2026/")


def ex_maintenance_email(folder: Path) -> tuple[str, Files]:
    company = "Prairie Trim Carpentry"
    files = Files()
    operational_set(files, MONTHS_WINDOW)
    tool_and_legislation(files, company, MAINT, "2026-02-10", law=False)
    raw = email_bytes(
        "SECOR maintenance submission 2026 - Prairie Trim Carpentry",
        "Hello COR team,\n\nPlease find attached our SECOR maintenance audit for this year: the "
        "evaluation tool and our records from the last twelve months.\n\nThanks,\nLeah Morin\n"
        "Prairie Trim Carpentry\n",
        {"Prairie Trim SECOR maintenance.zip": zip_bytes(files.bytes())},
        sender="Leah Morin <leah@prairietrim.example>",
        message_id="<maint-2026-1@prairietrim.example>",
    )
    (folder / "message.eml").write_bytes(raw)
    return "message.eml", prefixed(files, "Prairie Trim SECOR maintenance.zip!")


def ex_missing_items(folder: Path) -> tuple[str, Files]:
    company = "Roofco Exteriors Ltd."
    files = Files()
    directive_set(files, company)
    operational_set(files, MONTHS_2025)
    emergency_plan_file(files, company)
    for path in [
        p for p, (label, _, _) in files.entries.items() if label == "contracting_services"
    ]:
        del files.entries[path]
    tool_and_legislation(files, company, CERT, "2025-12-05", law=False)
    raw = email_bytes(
        "SECOR certification submission - Roofco Exteriors",
        "Hi,\n\nHere is our SECOR certification submission as a zipped folder.\n\nDana Whitford\n",
        {"Roofco SECOR.zip": zip_bytes(files.bytes())},
        sender="Dana Whitford <dana@roofco.example>",
        message_id="<cert-2026-1@roofco.example>",
    )
    (folder / "message.eml").write_bytes(raw)
    return "message.eml", prefixed(files, "Roofco SECOR.zip!")


def ex_over_submitted(folder: Path) -> tuple[str, Files]:
    company = "Prairie Trim Carpentry"
    files = Files()
    operational_set(files, MONTHS_WINDOW)
    start = date(2025, 4, 7)
    for week in range(28):
        day = (start + timedelta(weeks=week)).isoformat()
        files.add(
            f"{FOLDERS['inspections']}/Weekly site inspection {day}.docx",
            "inspections",
            "operational",
            site_inspection(day, "Unit 3 Oak Hollow townhomes"),
        )
    files.add(
        f"{FOLDERS['policy']}/Health and Safety Policy signed.docx",
        "policy",
        "directive",
        policy(company, "2025-04-02"),
    )
    flha_again = files.entries[f"{FOLDERS['hazard_assessment']}/FLHA 2025-06-23.docx"]
    files.add(f"{FOLDERS['hazard_assessment']}/FLHA 2025-06-23 (copy).docx", *flha_again)
    files.add("Invoice 1043 - shingles.pdf", "other", None, invoice())
    tool_and_legislation(files, company, MAINT, "2026-02-10", law=False)
    (folder / "submission.zip").write_bytes(zip_bytes(files.bytes()))
    return "submission.zip", prefixed(files, "submission.zip!")


def ex_unknown_year(folder: Path) -> tuple[str, Files]:
    company = "Northgate Drywall"
    files = Files()
    operational_set(files, MONTHS_WINDOW)
    tool_and_legislation(files, company, "Audit type: ____________", "2026-02-12", law=False)
    write_folder(folder / "submission", files.bytes())
    return "submission", files


def ex_records_dates(folder: Path) -> tuple[str, Files]:
    company = "Prairie Trim Carpentry"
    files = Files()
    operational_set(files, ["2026-01-06", "2026-01-20", "2026-02-03"])
    files.add(
        f"{FOLDERS['inspections']}/Site inspection 2023-06-14.docx",
        "inspections",
        "operational",
        site_inspection("2023-06-14", SITE),
    )
    files.add(
        f"{FOLDERS['training_communication']}/Safety meeting March 2023.docx",
        "training_communication",
        "operational",
        safety_meeting("March 9, 2023", "Spring start-up"),
    )
    tool_and_legislation(files, company, MAINT, "2026-02-10", law=False)
    raw = email_bytes(
        "SECOR maintenance 2026",
        "Good morning,\n\nAttached is our SECOR maintenance submission.\n\nLeah\n",
        {"SECOR maintenance.zip": zip_bytes(files.bytes())},
        sender="Leah Morin <leah@prairietrim.example>",
        message_id="<maint-2026-2@prairietrim.example>",
    )
    (folder / "message.eml").write_bytes(raw)
    return "message.eml", prefixed(files, "SECOR maintenance.zip!")


def ex_messy(folder: Path) -> tuple[str, Files]:
    company = "Roofco Exteriors Ltd."
    files = Files()
    directive_set(files, company)
    operational_set(files, MONTHS_2025)
    emergency_plan_file(files, company)
    tool_and_legislation(files, company, CERT, "2025-12-05")
    moves = {
        f"{FOLDERS['hazard_assessment']}/FLHA 2025-07-08.docx": "Scan_0012.pdf",
        f"{FOLDERS['company_rules']}/Company Safety Rules and Discipline.docx": "Document (3).docx",
        f"{FOLDERS['maintenance']}/Compressor service 2025-11-20.docx": (
            "New Microsoft Word Document.docx"
        ),
        f"{FOLDERS['inspections']}/Site inspection 2025-09-15.docx": (
            f"{FOLDERS['inspections']}/Untitled.pdf"
        ),
    }
    for old, new in moves.items():
        label, kind, content = files.entries.pop(old)
        files.add(new, label, kind, content)
    (folder / "submission.zip").write_bytes(zip_bytes(files.bytes()))
    return "submission.zip", prefixed(files, "submission.zip!")


def ex_split_part_one(folder: Path) -> tuple[str, Files]:
    company = "Roofco Exteriors Ltd."
    files = Files()
    directive_set(files, company)
    operational_set(files, MONTHS_2025)
    keep = {
        "policy",
        "hazard_assessment",
        "safe_work_practices",
        "safe_job_procedures",
        "company_rules",
        "ppe",
    }
    for path in [p for p, (label, _, _) in files.entries.items() if label not in keep]:
        del files.entries[path]
    raw = email_bytes(
        "SECOR certification submission part 1 of 2",
        "Hello,\n\nOur files are too big for one email, so this is part 1 of 2 (elements 1 to 6). "
        "Part 2 follows.\n\nDana\n",
        {"Roofco SECOR part 1.zip": zip_bytes(files.bytes())},
        sender="Dana Whitford <dana@roofco.example>",
        message_id="<cert-2026-part1@roofco.example>",
    )
    (folder / "message.eml").write_bytes(raw)
    return "message.eml", prefixed(files, "Roofco SECOR part 1.zip!")


def ex_out_of_office(folder: Path) -> tuple[str, Files]:
    raw = email_bytes(
        "Automatic reply: SECOR certification submission",
        "I am out of the office until March 9 with limited access to email.\n",
        {},
        sender="Dana Whitford <dana@roofco.example>",
        message_id="<ooo-1@roofco.example>",
        extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    )
    (folder / "message.eml").write_bytes(raw)
    return "message.eml", Files()


def write_folder(root: Path, files: dict[str, bytes]) -> None:
    for name, data in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


def prefixed(files: Files, prefix: str) -> Files:
    """The same files with their paths as the report shows them (archive!member)."""
    out = Files()
    for path, entry in files.entries.items():
        out.entries[prefix + path] = entry
    return out


EXAMPLES = [
    Example(
        "01-complete-certification",
        "A complete certification-year submission (a folder)",
        ex_complete_certification,
        {
            "year": "certification",
            "status": "complete",
            "missing": [],
            "over_submitted": [],
            "problem_codes": [],
            "reply": False,
        },
    ),
    Example(
        "02-complete-maintenance-email",
        "A complete maintenance-year submission (an email with a zip)",
        ex_maintenance_email,
        {
            "year": "maintenance",
            "status": "complete",
            "missing": [],
            "over_submitted": [],
            "problem_codes": [],
            "reply": True,
        },
    ),
    Example(
        "03-missing-items",
        "A certification submission missing element 13 and the legislation list",
        ex_missing_items,
        {
            "year": "certification",
            "status": "incomplete",
            "missing": ["contracting_services", "legislation"],
            "over_submitted": [],
            "problem_codes": [],
            "reply": True,
        },
    ),
    Example(
        "04-over-submitted-maintenance",
        "A maintenance submission with too many inspections, a resent "
        "policy, a duplicate and an invoice (a zip)",
        ex_over_submitted,
        {
            "year": "maintenance",
            "status": "over_submitted",
            "missing": [],
            "over_submitted": ["inspections"],
            "problem_codes": ["duplicate_file", "not_needed_this_year", "not_secor_document"],
            "reply": False,
        },
    ),
    Example(
        "05-unknown-year",
        "Records only, and nothing says which year it is (a folder)",
        ex_unknown_year,
        {
            "year": "unknown",
            "status": "incomplete",
            "missing": [
                "policy",
                "safe_work_practices",
                "safe_job_procedures",
                "company_rules",
                "legislation",
            ],
            "over_submitted": [],
            "problem_codes": [],
            "reply": False,
        },
    ),
    Example(
        "06-records-dates",
        "A maintenance submission with two months of records and two old ones",
        ex_records_dates,
        {
            "year": "maintenance",
            "status": "complete",
            "missing": [],
            "over_submitted": [],
            "problem_codes": ["records_coverage"],
            "reply": True,
        },
    ),
    Example(
        "07-messy-organisation",
        "A complete certification submission with loose files and scanner names (a zip)",
        ex_messy,
        {
            "year": "certification",
            "status": "complete",
            "missing": [],
            "over_submitted": [],
            "problem_codes": ["generic_name", "outside_element_folder"],
            "reply": False,
        },
    ),
    Example(
        "08-split-part-1-of-2",
        "Part 1 of 2 of a split certification submission",
        ex_split_part_one,
        {
            "year": "certification",
            "status": "incomplete",
            "missing": [
                "maintenance",
                "training_communication",
                "inspections",
                "investigations",
                "emergency_planning",
                "records_statistics",
                "contracting_services",
                "evaluation_tool",
                "legislation",
            ],
            "over_submitted": [],
            "problem_codes": [],
            "reply": True,
        },
    ),
    Example(
        "09-out-of-office",
        "An out-of-office answer: ignored, never answered",
        ex_out_of_office,
        {
            "kind": "auto_reply",
            "year": "certification",
            "status": "ignored",
            # not a submission (CONTRACT: submission.kind): nothing is missing, no reply
            "missing": [],
            "over_submitted": [],
            "problem_codes": [],
            "reply": False,
        },
    ),
]


def main() -> None:
    for example in EXAMPLES:
        folder = HERE / example.name
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir()
        input_name, files = example.build(folder)
        expected = {
            "title": example.title,
            "input": input_name,
            "today": TODAY,
            "kind": "submission",
            **example.expected,
            "files": files.labels(),
        }
        (folder / "expected.json").write_text(
            json.dumps(expected, indent=2, ensure_ascii=False) + "\n", "utf-8"
        )
        print(f"{example.name}: {input_name}, {len(files.entries)} file(s)")


if __name__ == "__main__":
    main()
