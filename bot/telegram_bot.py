"""``secor-bot telegram``: the bot on Telegram (python-telegram-bot v22).

Thin handlers around the channel-independent :class:`bot.session.Session`:
commands /start, /help, /eligibility, /submit, /elements, /cancel; free text
answered by the engine; inline keyboard buttons for the guided check. Long
polling by default; ``[telegram] mode = "webhook"`` serves a webhook with
starlette and uvicorn instead. Every update passes the per-user rate limit and
the message length cap of the settings.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.error import InvalidToken, NetworkError, TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.engine import Engine
from bot.ratelimit import RateLimiter
from bot.session import CHECKING, Reply, Session, format_sources
from core.config import Settings, TelegramSettings
from core.errors import OperationalError, UserError
from knowledge.facts import contacts

log = logging.getLogger(__name__)

App = Application[Any, Any, Any, Any, Any, Any]

BUTTON_PREFIX = "elig"
COMMANDS: tuple[tuple[str, str], ...] = (
    ("start", "what this bot does"),
    ("help", "how to ask and the commands"),
    ("eligibility", "guided check of the SECOR prerequisites"),
    ("submit", "how to send your SECOR submission"),
    ("elements", "the 13 SECOR elements"),
    ("cancel", "stop the guided check"),
)
TOO_FAST = "You're sending messages faster than I can answer. Please wait a minute and try again."
STALE_BUTTON = "That question was already answered."


def build_application(settings: TelegramSettings, engine: Engine) -> App:
    """The python-telegram-bot Application with every handler registered."""
    if settings.token is None:
        raise UserError("no Telegram token configured: set SECOR_TELEGRAM__TOKEN")
    builder = (
        ApplicationBuilder()
        .token(settings.token.get_secret_value())
        .base_url(settings.base_url)
        .base_file_url(settings.base_file_url)
        .post_init(_post_init)
    )
    if settings.mode == "webhook":
        builder = builder.updater(None)
    app = builder.build()
    app.bot_data["engine"] = engine
    app.bot_data["limiter"] = RateLimiter(settings.rate_limit_per_minute)
    app.bot_data["max_chars"] = settings.max_message_chars
    app.add_handler(CommandHandler([name for name, _ in COMMANDS], on_command))
    app.add_handler(CallbackQueryHandler(on_button, pattern=rf"^{BUTTON_PREFIX}:"))
    app.add_handler(MessageHandler(filters.COMMAND, on_unknown_command))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, on_text))
    app.add_handler(MessageHandler(filters.ChatType.PRIVATE & ~filters.TEXT, on_other))
    app.add_error_handler(on_error)
    return app


async def _post_init(app: App) -> None:
    """Publish the command list so Telegram clients can show it."""
    await app.bot.set_my_commands(list(COMMANDS))


# --- handlers ---------------------------------------------------------------------------------


async def on_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer /start, /help, /eligibility, /submit, /elements and /cancel."""
    message = update.effective_message
    if message is None or message.text is None or not await _allowed(update, context):
        return
    await _send(update, _session(context).command(_command(message.text)))


async def on_unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Reply to a command the bot does not know with the help text."""
    message = update.effective_message
    if message is None or message.text is None or not await _allowed(update, context):
        return
    await _send(update, _session(context).command(_command(message.text)))


async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer a free-text question, or take a typed reply during the guided check."""
    message = update.effective_message
    if message is None or message.text is None or not await _allowed(update, context):
        return
    limit: int = context.bot_data["max_chars"]
    if len(message.text) > limit:
        await message.reply_text(f"Please keep your message under {limit} characters.")
        return
    await _send(update, _session(context).handle(message.text))


async def on_other(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Explain that files and media are not read here, and where submissions go."""
    message = update.effective_message
    if message is None or not await _allowed(update, context):
        return
    c = contacts()
    await message.reply_text(
        "I can only read text messages. Please don't send your submission here: email it "
        f"(a zipped folder or a download link) to {c.email}."
    )


async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Take a button press of the guided check."""
    query = update.callback_query
    if query is None or query.data is None:
        return
    if not await _allowed(update, context):
        await query.answer()
        return
    _, state, value = [*query.data.split(":", 2), "", ""][:3]
    session = _session(context)
    current = session.check.state if session.check is not None else None
    if session.state != CHECKING or state != current:
        await query.answer(STALE_BUTTON)
        return
    await query.answer()
    message = query.message
    label = _label(message, value)
    if label and isinstance(message, Message) and message.text:
        await query.edit_message_text(f"{message.text}\n\u2192 {label}")
    await _send(update, session.choose(value))


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log the failure (no message contents) and tell the user, if there is one."""
    error = context.error
    log.error("telegram update failed: %s: %s", type(error).__name__, error)
    if isinstance(update, Update) and update.effective_chat is not None:
        c = contacts()
        try:
            await context.bot.send_message(
                update.effective_chat.id,
                "Sorry, something went wrong on my side. Please try again, or contact the COR "
                f"department: {c.phone}, {c.email}.",
            )
        except TelegramError as exc:
            log.warning("could not report the failure to the user: %s", type(exc).__name__)


# --- helpers ----------------------------------------------------------------------------------


def _command(text: str) -> str:
    """The command name of "/Help@secor_bot extra" -> "help"."""
    return text.split()[0][1:].split("@")[0].lower()


def _session(context: ContextTypes.DEFAULT_TYPE) -> Session:
    """This user's conversation (kept in user_data)."""
    data = context.user_data if context.user_data is not None else {}
    session = data.get("session")
    if not isinstance(session, Session):
        session = Session(context.bot_data["engine"])
        data["session"] = session
    return session


async def _allowed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """Apply the per-user rate limit; warn once when it is hit."""
    user = update.effective_user
    if user is None:
        return False
    limiter: RateLimiter = context.bot_data["limiter"]
    if limiter.allow(user.id):
        return True
    if limiter.first_refusal(user.id) and update.effective_chat is not None:
        await context.bot.send_message(update.effective_chat.id, TOO_FAST)
    return False


async def _send(update: Update, reply: Reply) -> None:
    """Send a reply: text and sources, with buttons for the guided check's choices."""
    chat = update.effective_chat
    if chat is None:
        return
    sources = format_sources(reply.sources)
    text = reply.text + (f"\n\n{sources}" if sources else "")
    markup = None
    if reply.choices:
        state = reply.step
        markup = InlineKeyboardMarkup(
            [
                [
                    InlineKeyboardButton(label, callback_data=f"{BUTTON_PREFIX}:{state}:{value}")
                    for label, value in reply.choices
                ]
            ]
        )
    await chat.send_message(text, reply_markup=markup)


def _label(message: object, value: str) -> str:
    """The label of the pressed button, read from the message's keyboard."""
    markup = getattr(message, "reply_markup", None)
    if not isinstance(markup, InlineKeyboardMarkup):
        return ""
    for row in markup.inline_keyboard:
        for button in row:
            if isinstance(button.callback_data, str) and button.callback_data.endswith(f":{value}"):
                return button.text
    return ""


# --- running ----------------------------------------------------------------------------------


def run_telegram(settings: Settings, make_engine: Callable[[Settings], Engine]) -> int:
    """Run the bot until interrupted: long polling, or a webhook when configured."""
    tg = settings.telegram
    if tg.token is None:
        raise UserError("no Telegram token configured: set SECOR_TELEGRAM__TOKEN")
    if tg.mode == "webhook" and not tg.webhook_url:
        raise UserError("webhook mode needs [telegram] webhook_url (the public HTTPS address)")
    if tg.mode == "webhook":
        from bot.webhook import WebhookSecretMissing, webhook_secret

        try:
            webhook_secret(tg)
        except WebhookSecretMissing as exc:
            raise UserError(str(exc)) from None
    app = build_application(tg, make_engine(settings))
    try:
        if tg.mode == "webhook":
            from bot.webhook import serve_webhook

            serve_webhook(app, tg)
        else:
            app.run_polling(
                allowed_updates=Update.ALL_TYPES,
                timeout=tg.poll_timeout_seconds,
                close_loop=False,
            )
    except InvalidToken:
        raise UserError("Telegram rejected the token: check SECOR_TELEGRAM__TOKEN") from None
    except NetworkError as exc:
        raise OperationalError(f"cannot reach Telegram ({exc}); check the network") from None
    except TelegramError as exc:
        raise OperationalError(f"Telegram error: {exc}") from None
    return 0
