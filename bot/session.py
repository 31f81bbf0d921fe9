"""One conversation, whatever the channel: commands, the guided check, and questions."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from bot import eligibility
from bot.answers import Answer, answer_intent
from bot.engine import Engine
from bot.lexicon import intents
from knowledge.facts import Citation

# Conversation states of a session.
CHATTING = "chatting"
CHECKING = "checking"

# During the guided check, a message the check cannot read is answered as a question
# when it reads as one and the engine is at least this sure (answers need 0.22).
ASIDE_CONFIDENCE = 0.5
_QUESTION = re.compile(
    r"^(?:what|what's|whats|how|who|whom|whose|when|where|why|which|is|are|am|do|does|did|"
    r"can|could|should|would|will|must|may|have|has|shall)\b|\?\s*$",
    re.IGNORECASE,
)

HELP = (
    "I answer questions about ACSA's SECOR program (the safety certificate for employers with "
    "10 or fewer employees) and cite where each answer comes from. Ask in your own words, for "
    'example "do part-time workers count?" or "how do I submit?".\n'
    "Commands:\n"
    "/eligibility - guided check of the SECOR prerequisites\n"
    "/submit - how to send your submission\n"
    "/elements - the 13 SECOR elements\n"
    "/help - this message"
)


@dataclass(frozen=True)
class Reply:
    """What a channel shows: text, choices (label, value), sources, and the check's step."""

    text: str
    choices: tuple[tuple[str, str], ...] = ()
    sources: tuple[Citation, ...] = field(default=())
    state: str = CHATTING
    step: str = ""


def format_sources(sources: tuple[Citation, ...]) -> str:
    """Sources as lines: "Sources: SECOR Process, Steps to Take (effective 2020-03-14)"."""
    if not sources:
        return ""
    items = [f"{s.title}, {s.section} ({_when(s)}; {s.authority})" for s in sources]
    return "Sources:\n" + "\n".join(f"- {item}" for item in items)


def _when(source: Citation) -> str:
    """A page's dates as it prints them: effective, and valid until when it says so."""
    when = "undated" if source.effective == "undated" else f"effective {source.effective}"
    return f"{when}, valid until {source.valid_until}" if source.valid_until else when


def answer_reply(answer: Answer) -> Reply:
    """An engine answer as a reply with its sources."""
    return Reply(answer.answer, (), answer.sources)


class Session:
    """A conversation with one user: free questions, or the guided eligibility check."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.check: eligibility.Check | None = None

    @property
    def state(self) -> str:
        """CHATTING or CHECKING."""
        return CHECKING if self.check is not None and not self.check.done else CHATTING

    def handle(self, text: str) -> Reply:
        """The reply to one message or button press."""
        stripped = text.strip()
        if stripped.startswith("/"):
            return self.command(stripped.split()[0][1:].split("@")[0].lower())
        if self.state == CHECKING:
            return self.choose(stripped)
        if self.check is not None and eligibility.steering(stripped) == eligibility.RESTART:
            return self.command("eligibility")  # "start over" right after a verdict
        return answer_reply(self.engine.ask(stripped))

    def command(self, name: str) -> Reply:
        """A slash command (without the slash)."""
        if name in ("start", "help"):
            return Reply(HELP if name == "help" else f"Hi! {HELP}")
        if name == "eligibility":
            self.check, prompt = eligibility.start()
            return self._prompt(prompt)
        if name in ("cancel", "stop"):
            was = self.state == CHECKING
            self.check = None
            if not was:
                return Reply("Nothing to cancel.")
            return Reply(
                "Check cancelled. Ask me anything about SECOR, or type /eligibility to start "
                "the check again."
            )
        if name in ("back", "restart") and self.state == CHECKING:
            return self.choose(name)
        if name == "submit":
            return answer_reply(answer_intent(intents()["how_to_submit"], 1.0))
        if name == "elements":
            return answer_reply(answer_intent(intents()["elements"], 1.0))
        return Reply(f"I don't know the command /{name}. {HELP}")

    def choose(self, value: str) -> Reply:
        """A reply within the guided check (button value or typed text)."""
        if self.check is None or self.check.done:
            return Reply("There is no check running. Type /eligibility to start one.")
        steer = eligibility.steering(value)
        if steer == eligibility.STOP:
            return self.command("cancel")  # "stop", "cancel", "quit", "never mind"
        if steer == eligibility.RESTART:
            return self.command("eligibility")  # "start over"
        if steer == eligibility.BACK:
            self.check, prompt = eligibility.back(self.check)  # "back", "go back", "undo"
            return self._prompt(prompt)
        check, prompt = eligibility.advance(self.check, value, self.engine.read_headcount)
        if check == self.check:  # the check could not read the reply: maybe a free question
            aside = self._aside(value)
            if aside is not None:
                return aside
        self.check = check
        return self._prompt(prompt)

    def _aside(self, text: str) -> Reply | None:
        """The answer to a clear question on another topic, then the pending step again."""
        if self.check is None or not _QUESTION.search(text.strip()):
            return None
        answer = self.engine.ask(text)
        # the head-count verdict is the check's own subject; only other confident answers
        if answer.kind != "answer" or not answer.sources:
            return None
        if answer.confidence < ASIDE_CONFIDENCE:
            return None
        again = self._prompt(eligibility.repeat(self.check))
        return replace(again, text=f"{answer.answer}\n\n{again.text}", sources=answer.sources)

    def _prompt(self, prompt: eligibility.Prompt) -> Reply:
        state = CHATTING if prompt.state == eligibility.DONE else CHECKING
        return Reply(prompt.text, prompt.choices, prompt.sources, state, prompt.state)
