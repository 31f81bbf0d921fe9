"""Generators for files that belong to no element: invoices, quotes, brochures, photos, ..."""

# ruff: noqa: E501  -- phrase banks: sentences read better unbroken

from __future__ import annotations

from random import Random

from tools.corpus import banks as b
from tools.corpus.common import Ctx, fill, header, title_of
from tools.corpus.render import (
    Block,
    Bullets,
    Draft,
    Fields,
    Heading,
    Para,
    Signatures,
    Steps,
    Table,
    Title,
)


def _money(r: Random, lo: int, hi: int) -> str:
    return f"${r.randint(lo, hi):,}.{r.randint(0, 99):02d}"


def invoice(r: Random, c: Ctx) -> Draft:
    """An invoice from or to the company."""
    blocks: list[Block] = [
        Para(c.company),
        Para(f"{b.address(r)}  GST# {r.randint(100000000, 999999999)} RT0001"),
    ]
    blocks.append(Title(r.choice(("INVOICE", "Invoice", "Tax Invoice", "Statement", "Bill"))))
    blocks.append(
        Fields(
            [
                ("Invoice #", str(r.randint(1000, 99999))),
                ("Date", b.date(r, c.year)),
                ("Bill to", b.person(r)),
                ("Job", c.site),
                ("Terms", r.choice(("Net 30", "Due on receipt", "Net 15"))),
            ]
        )
    )
    rows = []
    for _ in range(r.randint(2, 9)):
        qty = r.randint(1, 40)
        rows.append(
            [
                fill(
                    r,
                    b.pick(
                        r,
                        (
                            "{material}",
                            "Labour - {task}",
                            "Equipment rental - {equipment2}",
                            "Disposal fee",
                            "Travel",
                            "{material} supply and install",
                            "Service call",
                        ),
                    ),
                    c,
                ),
                str(qty),
                _money(r, 10, 900),
                _money(r, 50, 9000),
            ]
        )
    blocks.append(Table(["Description", "Qty", "Rate", "Amount"], rows))
    blocks.append(
        Fields(
            [
                ("Subtotal", _money(r, 500, 40000)),
                ("GST 5%", _money(r, 20, 2000)),
                ("Total", _money(r, 500, 42000)),
            ]
        )
    )
    blocks.append(
        Para(
            b.pick(
                r,
                (
                    "Thank you for your business!",
                    "Payment by e-transfer to accounts@example.ca",
                    "Interest of 2% per month on overdue accounts.",
                    "Please remit payment within 30 days.",
                ),
            )
        )
    )
    return Draft(
        blocks,
        None,
        ["Invoice", f"Invoice {r.randint(1000, 9999)}", f"INV-{r.randint(100, 9999)}", "Statement"],
        "table",
    )


def quote(r: Random, c: Ctx) -> Draft:
    """A quote or estimate for a customer."""
    blocks: list[Block] = [Para(c.company)]
    blocks.append(Title(r.choice(("Quote", "Estimate", "Quotation", "Proposal", "Job Estimate"))))
    blocks.append(
        Fields(
            [
                ("Quote #", str(r.randint(100, 9999))),
                ("Date", b.date(r, c.year)),
                ("Customer", b.person(r)),
                ("Site", c.site),
                ("Valid for", "30 days"),
            ]
        )
    )
    blocks.append(Heading(b.pick(r, ("Scope of work", "Work included", "Description"))))
    blocks.append(
        Bullets(
            [
                fill(r, x, c)
                for x in b.sample(
                    r,
                    (
                        "Supply all {material}",
                        "{task}",
                        "{task2}",
                        "Haul away and disposal of old materials",
                        "Clean up of site",
                        "Permit fees included",
                        "5 year workmanship warranty",
                        "Colour selection by owner",
                    ),
                    2,
                    6,
                )
            ]
        )
    )
    blocks.append(Heading(b.pick(r, ("Price", "Pricing", "Cost"))))
    blocks.append(
        Table(
            ["Item", "Price"],
            [
                [fill(r, "{material}", c), _money(r, 200, 9000)],
                ["Labour", _money(r, 500, 15000)],
                ["GST", _money(r, 50, 900)],
                ["Total", _money(r, 1000, 30000)],
            ],
        )
    )
    blocks.append(
        Para(
            b.pick(
                r,
                (
                    "50% deposit required to book the work.",
                    "Price does not include unforeseen rot repair.",
                    "Acceptance: sign and return to schedule your project.",
                ),
            )
        )
    )
    blocks.append(Signatures([("Customer acceptance", "", "")]))
    return Draft(
        blocks,
        None,
        [
            "Quote",
            f"Quote {r.randint(100, 999)}",
            "Estimate",
            "Proposal",
            f"Estimate - {b.pick(r, b.LAST_NAMES)}",
        ],
        "form",
    )


def brochure(r: Random, c: Ctx) -> Draft:
    """A marketing brochure or flyer."""
    blocks: list[Block] = [
        Title(c.company),
        Para(
            b.pick(
                r,
                (
                    "Quality you can trust",
                    "Family owned since 1998",
                    "Serving central Alberta for 20 years",
                    "Built right the first time",
                    "Your local experts",
                ),
            )
        ),
    ]
    blocks.append(Heading(b.pick(r, ("Our services", "What we do", "Services"))))
    blocks.append(Bullets(b.sample(r, c.trade.tasks, 3, 7)))
    blocks.append(
        Para(
            fill(
                r,
                b.pick(
                    r,
                    (
                        "Free estimates! Call today and ask about our spring discount.",
                        "Fully insured and licensed. Senior discounts available. Follow us on Facebook and Instagram.",
                        "We take pride in every {trade} job and leave your property cleaner than we found it.",
                        "Over 500 happy customers in {town} and area. Read our 5 star reviews on Google.",
                    ),
                ),
                c,
            )
        )
    )
    blocks.append(
        Para(
            f"Call {r.randint(200, 999)}-{r.randint(200, 999)}-{r.randint(1000, 9999)}  www.{c.company.split()[0].lower()}.ca"
        )
    )
    return Draft(blocks, None, ["Brochure", "Flyer", "Marketing", "Spring promo"], "prose")


def resume(r: Random, c: Ctx) -> Draft:
    """A job applicant's resume."""
    name = b.person(r, False)
    blocks: list[Block] = [
        Title(name),
        Para(
            f"{c.town}, AB  |  {r.randint(200, 999)}-{r.randint(200, 999)}-{r.randint(1000, 9999)}  |  {name.split()[0].lower()}@email.com"
        ),
    ]
    blocks.append(Heading(b.pick(r, ("Objective", "Profile", "Summary"))))
    blocks.append(
        Para(
            fill(
                r,
                b.pick(
                    r,
                    (
                        "Hard working {trade} labourer looking for full time work.",
                        "Journeyman with 10 years of experience in {trade}, seeking a lead hand position.",
                        "Reliable and motivated worker with my own tools and a valid class 5 licence.",
                    ),
                ),
                c,
            )
        )
    )
    blocks.append(Heading(b.pick(r, ("Experience", "Work History", "Employment"))))
    for _ in range(r.randint(1, 3)):
        blocks.append(
            Para(
                f"{b.company(r, b.trade(r))}  {r.randint(2012, 2020)} - {r.choice(('present', str(r.randint(2021, 2025))))}"
            )
        )
        blocks.append(Bullets(b.sample(r, c.trade.tasks, 2, 4)))
    blocks.append(Heading(b.pick(r, ("Tickets and Certifications", "Certifications", "Training"))))
    blocks.append(Bullets(b.sample(r, b.TICKETS, 2, 5)))
    blocks.append(Heading("References"))
    blocks.append(Para("Available upon request"))
    return Draft(
        blocks, None, ["Resume", f"Resume_{name.split()[-1]}", "CV", f"{name} resume"], "prose"
    )


def sales_minutes(r: Random, c: Ctx) -> Draft:
    """Minutes of a sales, marketing or business meeting."""
    blocks: list[Block] = [
        Para(c.company),
        Title(
            title_of(
                r,
                (
                    "Sales Meeting Minutes",
                    "Monthly Sales Meeting",
                    "Management Meeting Minutes",
                    "Marketing Meeting Notes",
                    "Budget Meeting - {date}",
                    "Board Meeting Minutes",
                ),
                c,
            )
        ),
    ]
    blocks.append(
        Fields(
            [
                ("Date", b.date(r, c.year)),
                ("Present", ", ".join([c.owner, c.supervisor, b.person(r)])),
            ]
        )
    )
    blocks.append(Heading(b.pick(r, ("Agenda", "Discussion", "Items"))))
    blocks.append(
        Steps(
            [
                fill(r, x, c)
                for x in b.sample(
                    r,
                    (
                        "Q3 sales were up 12% over last year",
                        "New leads from the home show in {town}",
                        "Pricing for {material} going up 8% in spring",
                        "Website redesign quote from the agency",
                        "Follow up on overdue accounts",
                        "Hiring a second estimator",
                        "Truck lease renewal",
                        "Google ads budget",
                        "Customer complaint about scheduling",
                        "Year end party",
                        "Bid for the {site} tender",
                    ),
                    3,
                    6,
                )
            ]
        )
    )
    blocks.append(Heading(b.pick(r, ("Action items", "Next steps"))))
    blocks.append(
        Table(
            ["Action", "Who"],
            [
                [fill(r, x, c), b.person(r, True)]
                for x in b.sample(
                    r,
                    (
                        "Send the revised price list",
                        "Call the bank about the line of credit",
                        "Book the trade show booth",
                        "Update the CRM",
                        "Prepare the {year} budget",
                    ),
                    1,
                    3,
                )
            ],
        )
    )
    return Draft(
        blocks, None, ["Sales meeting minutes", "Management meeting", "Board minutes"], "form"
    )


def price_list(r: Random, c: Ctx) -> Draft:
    """A supplier or company price list."""
    blocks: list[Block] = [
        Para(
            b.pick(r, ("Supplier price list", c.company, "Wholesale pricing", "Dealer price sheet"))
        )
    ]
    blocks.append(
        Title(
            title_of(
                r,
                (
                    "Price List {year}",
                    "Price List",
                    "Pricing - {material}",
                    "Rate Sheet",
                    "Product Catalogue",
                ),
                c,
            )
        )
    )
    rows = [
        [
            fill(r, "{material}", c)
            + f" {r.choice(('4x8', '2x6', '10 ft', '20 kg', 'per sq', 'box of 50', 'per yd'))}",
            f"SKU{r.randint(10000, 99999)}",
            r.choice(("ea", "box", "sq ft", "bundle", "m")),
            _money(r, 1, 400),
        ]
        for _ in range(r.randint(5, 20))
    ]
    blocks.append(Table(["Product", "SKU", "Unit", "Price"], rows))
    blocks.append(
        Para(
            b.pick(
                r,
                (
                    "Prices subject to change without notice.",
                    "Prices in CAD, GST extra.",
                    "Valid until Dec 31.",
                ),
            )
        )
    )
    return Draft(blocks, None, ["Price list", "Rates", "Catalogue"], "table")


PHOTO_TEXT = (
    "",
    "",
    "",
    "STOP",
    "EXIT",
    "HAPPY BIRTHDAY",
    "Welcome to Jasper National Park",
    "Tim Hortons",
    "OPEN",
    "9:41 LTE 87%",
    "Hi! Running late, be there at 10",
    "SALE 50% OFF",
    "No Parking",
    "Canada Day",
    "Merry Christmas",
    "BAKERY",
    "Edmonton Oilers",
    "ABC 1234",
    "Go Flames Go",
    "Best Dad Ever",
    "Lake Louise",
    "Menu Burgers Fries",
    "Bobcat",
    "DeWalt",
    "Ford",
    "FOR SALE",
    "Photo by",
    "Love you",
    "Grad 2025",
    "Hockey tournament",
)


def photo(r: Random, c: Ctx) -> Draft:
    """A personal photo or screenshot with little or no text."""
    words = b.sample(r, PHOTO_TEXT, 0, 3)
    if r.random() < 0.3:
        words.append(fill(r, b.pick(r, ("{equipment}", "{town}", "{material}", "{worker}")), c))
    return Draft(
        [Para(w) for w in words],
        None,
        ["photo", "pic", "family", "truck", "lake", "Screenshot", "image"],
        "cert",
    )


def correspondence(r: Random, c: Ctx) -> Draft:
    """An unrelated letter, email or text thread."""
    blocks: list[Block] = [
        Para(b.pick(r, ("From: ", "To: ", "Subject: ", "Dear ", "Hi ")) + b.person(r))
    ]
    blocks.append(
        Para(
            fill(
                r,
                b.pick(
                    r,
                    (
                        "Just confirming the delivery of {material} on Tuesday morning at {site}. Please make sure someone is there to sign.",
                        "Thanks for the quick turnaround on the {task} job. The homeowner was really happy.",
                        "Attached is the signed contract for the {site} project. Let me know when you can start.",
                        "Reminder that your truck lease payment is due on the 15th.",
                        "We are pleased to inform you that your application for a business account has been approved.",
                        "Your order #{n}4521 has shipped and will arrive in 3-5 business days.",
                        "Can you send me the colour samples for the siding before Friday?",
                        "The city inspector will be at {site} on Monday for the framing inspection.",
                        "Please find our updated terms and conditions attached.",
                        "Congratulations on 10 years in business!",
                    ),
                ),
                c,
            )
        )
    )
    blocks.append(
        Para(fill(r, b.pick(r, ("Regards,", "Thanks,", "Cheers,", "Best,")) + " {worker}", c))
    )
    return Draft(
        blocks,
        None,
        ["Letter", "email", "Re delivery", "correspondence", "Message", "Note"],
        "prose",
    )


def business_doc(r: Random, c: Ctx) -> Draft:
    """Timesheets, purchase orders, schedules, permits, rental agreements and the like."""
    x = r.randrange(7)
    if x == 0:
        blocks: list[Block] = [
            Para(c.company),
            Title(r.choice(("Timesheet", "Weekly Time Card", "Hours Worked"))),
        ]
        blocks.append(Fields([("Employee", c.worker), ("Week ending", b.date(r, c.year))]))
        blocks.append(
            Table(
                ["Day", "Job", "Start", "End", "Hours"],
                [
                    [d, c.site.split(" - ")[0][:20], "7:00", "15:30", "8"]
                    for d in b.WEEKDAYS[: r.randint(3, 6)]
                ],
            )
        )
        return Draft(
            blocks, None, ["Timesheet", f"Timesheet {b.date(r, c.year)}", "Hours"], "table"
        )
    if x == 1:
        blocks = [Para(c.company), Title(r.choice(("Purchase Order", "PO", "Material Order")))]
        blocks.append(
            Fields(
                [
                    ("PO #", str(r.randint(1000, 9999))),
                    (
                        "Vendor",
                        b.pick(
                            r,
                            (
                                "Home Depot",
                                "Rona",
                                "Kent",
                                "Wolseley",
                                "Guillevin",
                                "Convoy Supply",
                                "Taiga",
                            ),
                        ),
                    ),
                    ("Deliver to", c.site),
                ]
            )
        )
        blocks.append(
            Table(
                ["Item", "Qty", "Price"],
                [
                    [fill(r, "{material}", c), str(r.randint(1, 200)), _money(r, 5, 3000)]
                    for _ in range(r.randint(2, 8))
                ],
            )
        )
        return Draft(
            blocks,
            None,
            ["PO", f"PO {r.randint(100, 999)}", "Purchase order", "Material order"],
            "table",
        )
    if x == 2:
        blocks = [
            Title(
                r.choice(
                    ("Project Schedule", "Job Schedule", "Three Week Lookahead", "Crew Schedule")
                )
            )
        ]
        blocks.append(
            Table(
                ["Week", "Site", "Work", "Crew"],
                [
                    [
                        f"Wk {i}",
                        c.site.split(" - ")[0][:24],
                        b.pick(r, c.trade.tasks),
                        b.person(r, True),
                    ]
                    for i in range(1, r.randint(4, 10))
                ],
            )
        )
        return Draft(blocks, None, ["Schedule", "Job schedule", "Lookahead"], "table")
    if x == 3:
        blocks = [Title(r.choice(("Building Permit Application", "Development Permit", "Permit")))]
        blocks.append(
            Fields(
                [
                    ("Applicant", c.company),
                    ("Address", b.address(r)),
                    ("Project value", _money(r, 5000, 500000)),
                    ("Type of work", b.pick(r, c.trade.tasks)),
                    ("Municipality", f"Town of {c.town}"),
                ]
            )
        )
        return Draft(blocks, None, ["Permit", "Building permit", "Permit application"], "form")
    if x == 4:
        blocks = [
            Title(r.choice(("Equipment Rental Agreement", "Rental Contract", "Lease Agreement")))
        ]
        blocks.append(
            Fields(
                [
                    ("Renter", c.company),
                    ("Equipment", b.pick(r, b.EQUIPMENT_GENERAL)),
                    ("Daily rate", _money(r, 50, 900)),
                    ("Out", b.date(r, c.year)),
                    ("Due back", b.date(r, c.year)),
                ]
            )
        )
        blocks.append(
            Para(
                "Renter is responsible for loss or damage. Fuel charged at the current rate. Deposit refundable on return."
            )
        )
        return Draft(blocks, None, ["Rental agreement", "Rental contract"], "form")
    if x == 5:
        blocks = [
            Para(
                r.choice(("Royal Bank", "ATB Financial", "Servus Credit Union", "TD Canada Trust"))
            ),
            Title("Account Statement"),
        ]
        blocks.append(
            Table(
                ["Date", "Description", "Withdrawals", "Deposits", "Balance"],
                [
                    [
                        b.date(r, c.year),
                        r.choice(("Cheque", "E-transfer", "Fuel", "Payroll", "Deposit")),
                        _money(r, 10, 5000),
                        "",
                        _money(r, 100, 50000),
                    ]
                    for _ in range(r.randint(4, 12))
                ],
            )
        )
        return Draft(blocks, None, ["Statement", "Bank statement", "eStatement"], "table")
    blocks = [Title(r.choice(("Job Posting", "Now Hiring", "Help Wanted")))]
    blocks.append(
        Para(
            fill(
                r,
                "{Company} is hiring a {trade} labourer in {town}. Competitive wages, benefits after 3 months. Must have valid driver's licence. Send resume to the office.",
                c,
            )
        )
    )
    blocks.append(Bullets(b.sample(r, c.trade.tasks, 2, 4)))
    return Draft(blocks, None, ["Job posting", "Now hiring", "Hiring ad"], "prose")


def warranty(r: Random, c: Ctx) -> Draft:
    """A warranty, a customer survey or a material takeoff."""
    if r.random() < 0.5:
        blocks: list[Block] = header(
            r,
            c,
            r.choice(("Warranty Certificate", "Limited Warranty", "Workmanship Warranty")),
            control=False,
        )
        blocks.append(
            Para(
                fill(
                    r,
                    "{Company} warrants the {material} installed at {site} against defects in workmanship for a period of {n} years from completion. This warranty does not cover damage from acts of nature or misuse.",
                    c,
                )
            )
        )
        blocks.append(Signatures([("Authorized", c.owner, b.date(r, c.year))]))
        return Draft(blocks, None, ["Warranty", "Warranty certificate"], "cert")
    blocks = [
        Title(r.choice(("Material Takeoff", "Customer Satisfaction Survey", "Estimate worksheet")))
    ]
    blocks.append(
        Table(
            ["Item", "Quantity", "Notes"],
            [
                [fill(r, "{material}", c), str(r.randint(1, 500)), ""]
                for _ in range(r.randint(3, 10))
            ],
        )
    )
    return Draft(blocks, None, ["Takeoff", "Survey", "Worksheet"], "table")


GENERATORS = {
    "other": (
        (invoice, 2.0),
        (quote, 1.6),
        (brochure, 1.4),
        (resume, 1.4),
        (sales_minutes, 1.4),
        (price_list, 1.2),
        (photo, 1.6),
        (correspondence, 1.2),
        (business_doc, 2.5),
        (warranty, 0.8),
    ),
}
