"""Everyday work sentences that belong to no label, mixed into documents of every label.

They keep the model from taking ordinary words (crew, client, truck, text, weather,
schedule) as evidence for one label, in particular for ``other``.
"""

from __future__ import annotations

from random import Random

from tools.corpus.banks import pick
from tools.corpus.common import Ctx, fill

NARRATIVE = (
    "The client was home all day and asked a lot of questions.",
    "Trucks left the yard at 7:15 after fuelling up at the Co-op.",
    "It rained most of the afternoon so we moved inside.",
    "The schedule slipped two days waiting on the lumber delivery.",
    "{supervisor} was on another job in the morning and came by after lunch.",
    "Parking on the street was tight; the trailer went in the back lane.",
    "The homeowner's kids were off school, so the yard was busy.",
    "Most of the crew has been with us for more than five years.",
    "We hired a summer student who starts next Monday.",
    "The general contractor changed the start date again.",
    "Radio said the highway was backed up, so we took the range road.",
    "Lunch was at the truck; everyone back at it by 12:30.",
    "{worker} will be away for two weeks in July.",
    "Material was dropped at the wrong address and had to be moved.",
    "We finished the punch list and handed over the keys.",
    "The town inspector came by on Tuesday.",
    "The office will be closed on the long weekend.",
    "Keep receipts for anything bought on the company card.",
    "The new truck should be in service by the end of the month.",
    "Crew moved to the {site} job on Wednesday.",
    "Temperatures dropped overnight to minus {n}.",
    "Everyone got a copy by email and a paper copy in the truck.",
    "{worker2} is the new lead hand on the second crew.",
    "We are busy until the fall with two crews running.",
    "Call the office if you are going to be late.",
    "Big thanks to the crew for a good season.",
    "The landlord needs 24 hours notice before we go into the units.",
    "The job is about 40 minutes out of {town}.",
    "Dumpster swap booked for Friday morning.",
    "Snow is forecast for the weekend.",
    "The trailer hitch was moved to the new truck.",
    "The owner signs off on all purchases over $500.",
    "We share the site with the electricians and the plumbers this month.",
    "Coffee run at 10 - whoever is last in buys.",
    "Phone reception is poor at the site, use the radio.",
)


def sprinkle(r: Random, c: Ctx, text: str, k: int) -> str:
    """TEXT with K everyday sentences put between its lines."""
    lines = text.split("\n")
    for _ in range(k):
        lines.insert(r.randint(0, len(lines)), fill(r, pick(r, NARRATIVE), c))
    return "\n".join(lines)
