"""File and folder names as employers write them, for the generated corpus."""

from __future__ import annotations

from random import Random

from knowledge.labels import by_label
from tools.corpus.banks import MONTHS, pick

# Words employers use for each label's folder, beside the official name and short name.
FOLDER_WORDS: dict[str, tuple[str, ...]] = {
    "policy": (
        "Policy",
        "H&S Policy",
        "Health and Safety Policy",
        "Safety Policy",
        "Policy Statement",
    ),
    "hazard_assessment": (
        "Hazard Assessment",
        "Hazard Assessments",
        "Hazard",
        "Hazard ID",
        "FLHAs",
        "Hazards",
        "Hazard Assessment & Control",
    ),
    "safe_work_practices": (
        "Safe Work Practices",
        "SWP",
        "SWPs",
        "Work Practices",
        "Safe Practices",
    ),
    "safe_job_procedures": ("Safe Job Procedures", "SJP", "SJPs", "Job Procedures", "Procedures"),
    "company_rules": (
        "Company Rules",
        "Rules",
        "Safety Rules",
        "Company Safety Rules",
        "Rules & Discipline",
    ),
    "ppe": ("PPE", "Personal Protective Equipment", "Protective Equipment"),
    "maintenance": (
        "Maintenance",
        "Preventative Maintenance",
        "Preventive Maintenance",
        "Equipment Maintenance",
        "PM",
    ),
    "training_communication": (
        "Training and Communication",
        "Training",
        "Training & Communication",
        "Training Communication",
        "Communication",
        "Training Records",
    ),
    "inspections": ("Inspections", "Inspection", "Site Inspections", "Workplace Inspections"),
    "investigations": (
        "Investigations",
        "Incident Investigations",
        "Investigation",
        "Incidents",
        "Investigations and Reporting",
    ),
    "emergency_planning": (
        "Emergency Planning",
        "Emergency",
        "Emergency Preparedness",
        "ERP",
        "Emergency Response",
    ),
    "records_statistics": (
        "Records and Statistics",
        "Records & Statistics",
        "Stats",
        "Statistics",
        "Records & Stats",
        "Records",
    ),
    "contracting_services": (
        "Contracting Services",
        "Contractors",
        "Contractor",
        "Subcontractors",
        "Contractor Management",
    ),
    "evaluation_tool": (
        "Evaluation Tool",
        "SECOR Evaluation Tool",
        "Audit Tool",
        "SECOR Audit",
        "Eval Tool",
        "Audit",
    ),
    "legislation": ("Legislation", "Legislation List", "OHS Legislation", "Applicable Legislation"),
}
GENERIC_FOLDERS = (
    "Documents",
    "Scans",
    "New folder",
    "Safety",
    "SECOR 2026",
    "SECOR 2025",
    "misc",
    "Other",
    "Photos",
    "Safety Docs",
    "COR Submission",
    "Files",
    "Downloads",
    "2025",
    "Submission",
    "Safety Program",
    "Forms",
    "Office",
    "Binder",
    "Extra",
)


def folder_name(r: Random, label: str) -> str:
    """A folder an employer might file a document of LABEL under."""
    info = by_label()[label]
    word = pick(r, FOLDER_WORDS[label])
    n = info.element
    if n is None:
        return word if r.random() < 0.8 else word.upper() if r.random() < 0.5 else word.lower()
    name = info.name if r.random() < 0.5 else word
    styles = (
        f"Element {n} - {name}",
        f"Element {n:02d} - {name}",
        f"Element {n} {name}",
        f"Element {n}",
        f"E{n}",
        f"E{n} {word}",
        f"{n:02d} {word}",
        f"{n:02d}_{name.replace(' ', '_')}",
        f"{n}. {name}",
        f"{n} - {word}",
        f"Elem {n} {word}",
        f"COR {n} - {name}",
        f"Section {n} - {name}",
        f"{n:02d} - {word}",
        name,
        word,
        f"Element {n}: {name}",
        f"ELEMENT {n}",
        f"El {n} {word}",
        f"{n}_{word}",
    )
    out = pick(r, styles)
    if r.random() < 0.1:
        out = out.lower()
    return out


def member_folders(r: Random, label: str, tidy: float) -> list[str]:
    """The folders above a generated file: its element folder with probability TIDY."""
    out: list[str] = []
    if r.random() < 0.25:
        out.append(
            pick(
                r,
                (
                    "SECOR 2026",
                    "SECOR Submission",
                    "Safety Program",
                    f"COR {r.randint(2023, 2026)}",
                    "Company SECOR",
                    "SECOR docs",
                    "Audit Package",
                ),
            )
        )
    if r.random() < tidy:
        out.append(folder_name(r, label))
        if r.random() < 0.1:
            out.append(
                pick(
                    r,
                    (
                        "Forms",
                        "Completed",
                        "Records",
                        "2025",
                        MONTHS[r.randrange(12)],
                        "Scans",
                        "Signed",
                    ),
                )
            )
    elif r.random() < 0.35:
        out.append(pick(r, GENERIC_FOLDERS))
    return out


def generic_stem(r: Random) -> str:
    """A file name that says nothing about the content."""
    x = r.randrange(17)
    y, m, d = r.randint(2023, 2026), r.randint(1, 12), r.randint(1, 28)
    hh, mm, ss = r.randint(6, 20), r.randint(0, 59), r.randint(0, 59)
    return (
        f"IMG_{r.randint(1000, 9999)}",
        f"Scan_{r.randint(1, 999):04d}",
        f"doc{r.randint(100, 9999):05d}",
        f"Document ({r.randint(1, 12)})",
        f"New Microsoft Word Document ({r.randint(1, 5)})",
        r.choice(("Untitled", "Untitled document", "Untitled spreadsheet")),
        f"image{r.randint(0, 9)}",
        f"Screenshot {y}-{m:02d}-{d:02d} {hh:02d}{mm:02d}{ss:02d}",
        f"Screenshot_{y}{m:02d}{d:02d}-{hh:02d}{mm:02d}{ss:02d}",
        f"new doc {r.randint(1, 30)}",
        f"export ({r.randint(1, 6)})",
        f"{y}{m:02d}{d:02d}_{hh:02d}{mm:02d}{ss:02d}",
        f"PXL_{y}{m:02d}{d:02d}_{hh:02d}{mm:02d}{ss:02d}",
        f"CamScanner {m:02d}-{d:02d}-{y} {hh:02d}.{mm:02d}",
        f"WhatsApp Image {y}-{m:02d}-{d:02d} at {hh:02d}.{mm:02d}.{ss:02d}",
        f"scan{r.randint(1, 99):04d}",
        r.choice(("Book1", "Sheet1", "form", "file", "doc", f"doc_{r.randint(1, 90)}", "download")),
    )[x]


def descriptive_stem(r: Random, names: list[str]) -> str:
    """One of the draft's own names, written a little differently."""
    stem = pick(r, names)
    x = r.random()
    if x < 0.15:
        stem = stem.replace(" ", "_")
    elif x < 0.22:
        stem = stem.lower()
    elif x < 0.27:
        stem = stem.replace(" ", "-")
    if r.random() < 0.15:
        stem += pick(
            r,
            (
                " v2",
                " final",
                " (1)",
                " - signed",
                " copy",
                f" {r.randint(2023, 2026)}",
                " rev 3",
                "_scan",
            ),
        )
    return stem


def member_path(
    r: Random, label: str, names: list[str], ext: str, *, tidy: float, generic: float
) -> str:
    """The path of a generated file inside a submission."""
    stem = generic_stem(r) if r.random() < generic else descriptive_stem(r, names)
    return "/".join([*member_folders(r, label, tidy), stem + ext])
