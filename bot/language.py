"""Questions written in a language other than English get a short line, not a guess.

The bot reads English only (its model, lexicons and the pages are English). A question in
French, Spanish, Punjabi or any other language would otherwise be matched on the one
word it shares with English ("SECOR") and answered with a confident, unrelated topic.
Instead the answer says in one line that the bot answers in English and gives the COR
department's contact (in French too, for a French question).
"""

from __future__ import annotations

import re
import unicodedata

from bot.answers import Answer
from knowledge.facts import contacts

# Common function words, by language; a question mostly made of another language's is not
# English. (Only words that are not also English words.)
_FRENCH = frozenset(
    {
        "le", "la", "les", "des", "est", "que", "qui", "avec", "mon", "mes", "nous", "vous", "je",
        "une", "du", "au", "aux", "peut", "quel", "quelle", "quels", "combien", "est-ce",
        "bonjour", "employés", "employes", "entreprise", "notre", "nos", "votre", "il", "elle",
        "sont", "avoir", "être", "etre", "faire", "pourquoi", "où", "ou", "dans", "sur", "ce",
        "cette", "mais", "donc", "aussi", "peut-on", "puis-je", "dois-je", "faut-il"
    }
)  # fmt: skip
_SPANISH = frozenset(
    {
        "el", "los", "las", "es", "para", "con", "mi", "nosotros", "cuántos", "cuantos", "puedo",
        "tener", "qué", "una", "del", "por", "hola", "gracias", "empleados", "empresa", "nuestra",
        "nuestro", "cómo", "como", "dónde", "donde", "pero", "también", "tengo", "necesito",
        "puede", "está", "esta"
    }
)  # fmt: skip
_ENGLISH = frozenset(
    {
        "the", "a", "an", "is", "are", "we", "i", "my", "our", "you", "your", "for", "with", "can",
        "do", "does", "how", "what", "who", "when", "where", "which", "and", "or", "to", "of",
        "in", "on", "it", "have", "has", "be", "need", "get", "many", "much"
    }
)  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*", re.UNICODE)
# Share of letters outside the Latin script above which a question is not English.
NON_LATIN_SHARE = 0.5
# Foreign function words needed (and more than English ones).
MIN_FOREIGN = 2


def language_of(text: str) -> str:
    """ "english", "french", "spanish" or "other" (another script) for TEXT."""
    letters = [c for c in text if c.isalpha()]
    if letters:
        latin = sum("LATIN" in unicodedata.name(c, "") for c in letters)
        if 1 - latin / len(letters) > NON_LATIN_SHARE:
            return "other"
    words = [w.lower() for w in _WORD.findall(text)]
    english = sum(w in _ENGLISH for w in words)
    for name, vocabulary in (("french", _FRENCH), ("spanish", _SPANISH)):
        foreign = sum(w in vocabulary for w in words)
        if foreign >= MIN_FOREIGN and foreign > english:
            return name
    return "english"


def english_only(language: str) -> Answer:
    """The one line: the bot answers in English; the COR department's contact."""
    c = contacts()
    text = (
        "I can only answer in English, from ACSA's English pages. The COR department can "
        f"help you: call {c.phone} or email {c.email}."
    )
    if language == "french":
        text += (
            " Je réponds seulement en anglais; le département COR peut vous aider : "
            f"{c.phone}, {c.email}."
        )
    return Answer(text, "language", 1.0, (), "unknown")
