"""Configuration: one TOML file read once into typed settings.

Every key has a default that serves the embedded set-up (``make run``). Secrets
may come from the environment instead of the file: ``SECOR_<SECTION>__<KEY>``,
for example ``SECOR_MAILBOX__PASSWORD`` or ``SECOR_TELEGRAM__TOKEN``.
"""

from __future__ import annotations

import difflib
import os
import tomllib
from datetime import date
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from core import locations

CONFIG_ENV = "SECOR_CONFIG"
DEFAULT_CONFIG = Path("config.toml")

Security = Literal["none", "starttls", "tls"]


class ConfigError(Exception):
    """The configuration file or environment has a wrong key or value."""


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class PathsSettings(_Section):
    """Where the service keeps its state."""

    data_dir: Path = Path("var")


class EmbeddedSettings(_Section):
    """The local IMAP mailbox and SMTP hub that ``make run`` starts."""

    enabled: bool = True
    host: str = "127.0.0.1"
    imap_port: int = Field(default=11143, ge=0, le=65535)
    smtp_port: int = Field(default=11025, ge=0, le=65535)
    seed_examples: bool = True
    examples_dir: Path = Path("examples/inbox")


class MailboxSettings(_Section):
    """The COR mailbox read over IMAP."""

    host: str = "127.0.0.1"
    port: int = Field(default=993, ge=1, le=65535)
    security: Security = "tls"
    username: str = "cor@acsa.local"
    password: SecretStr = SecretStr("cor-local")
    oauth2_token: SecretStr | None = None
    oauth2_token_command: str | None = None
    folder: str = "INBOX"
    triage_prefix: str = "Triage"
    file_action: Literal["move", "copy"] = "move"
    sent_folder: str = "Sent"
    poll_seconds: float = Field(default=30.0, gt=0)
    idle: bool = True
    max_attempts: int = Field(default=3, ge=1)
    max_message_bytes: int = Field(default=50 * 1024 * 1024, ge=1024)
    # added by the service (issue 7)
    enabled: bool = True
    tls_ca_file: Path | None = None
    timeout_seconds: float = Field(default=60.0, gt=0)
    reconnect_max_seconds: float = Field(default=300.0, ge=1)
    first_start_days: int = Field(default=14, ge=0)
    # added for deployment (issue 14)
    oauth2_token_minutes: float = Field(default=60.0, gt=1)  # token life when the tool omits it
    credentials_expire_on: date | None = None  # password / app secret end: warned about early


class SmtpSettings(_Section):
    """The relay that sends the automatic replies."""

    host: str = "127.0.0.1"
    port: int = Field(default=587, ge=1, le=65535)
    security: Security = "starttls"
    username: str | None = None
    password: SecretStr | None = None
    timeout_seconds: float = Field(default=30.0, gt=0)
    # added by the service (issue 7)
    tls_ca_file: Path | None = None
    max_attempts: int = Field(default=12, ge=1)
    retry_initial_seconds: float = Field(default=5.0, gt=0)
    retry_max_seconds: float = Field(default=3600.0, gt=0)
    give_up_hours: float = Field(default=72.0, gt=0)
    in_doubt: Literal["resend", "hold"] = "resend"
    # added for deployment (issue 14)
    oauth2_token: SecretStr | None = None
    oauth2_token_command: str | None = None
    credentials_expire_on: date | None = None


# Free and internet-provider mail domains common among Alberta's small contractors.
SHARED_MAIL_DOMAINS = (
    "gmail.com",
    "googlemail.com",
    "outlook.com",
    "hotmail.com",
    "hotmail.ca",
    "live.com",
    "live.ca",
    "msn.com",
    "yahoo.com",
    "yahoo.ca",
    "icloud.com",
    "me.com",
    "aol.com",
    "shaw.ca",
    "telus.net",
    "sasktel.net",
    "proton.me",
    "protonmail.com",
    "gmx.com",
)


class IntakeSettings(_Section):
    """The department's identity and the reply policy."""

    cor_address: str = "cor@acsa.local"
    from_name: str = "ACSA COR Department"
    reply_interval_hours: float = Field(default=24.0, ge=0)
    templates_dir: Path | None = None
    reference_prefix: str = "SECOR"
    follow_up_days: float = Field(default=30.0, ge=0)
    # sender trust (SECURITY.md): our own mail servers' authserv-ids in Authentication-Results
    trusted_authserv_ids: list[str] = Field(default_factory=list)
    max_replies_per_recipient_per_day: int = Field(default=5, ge=0)
    # added for issue 11: "auto" sends every reply; "approve" holds every reply for
    # staff to send from the dashboard; "auto_when_confident" holds a reply when a
    # file is below the review threshold, a problem needs a person or an answer gives a
    # head count's verdict (intake.report.ReplyReview).
    replies: Literal["auto", "approve", "auto_when_confident"] = "auto"
    # mail domains many unrelated people share: a Reply-To in the From domain is no sign
    # of the same organisation there, so it is honoured only for an authenticated sender
    shared_mail_domains: list[str] = Field(default_factory=lambda: list(SHARED_MAIL_DOMAINS))


class LimitsSettings(_Section):
    """Bounds on what one submission may make the service do."""

    max_total_bytes: int = Field(default=2 * 1024**3, ge=1)
    max_file_bytes: int = Field(default=512 * 1024**2, ge=1)
    max_ratio: float = Field(default=200.0, gt=1)
    max_entries: int = Field(default=5000, ge=1)
    max_depth: int = Field(default=4, ge=1)
    extract_timeout_seconds: float = Field(default=60.0, gt=0)
    extract_memory_mb: int = Field(default=1024, ge=64)
    max_text_chars: int = Field(default=200_000, ge=1000)
    ocr: bool = True
    # added by the receive stage (intake/ingest)
    ratio_floor_bytes: int = Field(default=1024**2, ge=0)  # ratios are checked above this size
    extract_workers: int = Field(default=0, ge=0)  # 0: one worker per CPU (1 to 4)
    max_pdf_pages: int = Field(default=300, ge=1)  # pages whose text layer is read
    ocr_max_pages: int = Field(default=5, ge=1)  # scanned pages (or image frames) per file
    ocr_max_side: int = Field(default=1600, ge=320, le=8000)  # pixels, longest side
    max_image_pixels: int = Field(default=50_000_000, ge=1_000_000)
    signature_image_bytes: int = Field(default=64 * 1024, ge=0)  # smaller inline images skipped
    # per message (SECURITY.md): documents kept, seconds spent unpacking and reading
    max_documents: int = Field(default=2000, ge=1)
    max_message_seconds: float = Field(default=900.0, gt=0)
    unpack_cpu_seconds: int = Field(default=60, ge=1)  # CPU time of one archive in the worker


class LinksSettings(_Section):
    """Download links in the body: which providers may be fetched, and how."""

    enabled: bool = True
    allowed_hosts: list[str] = Field(
        default_factory=lambda: [
            "dropbox.com",
            "www.dropbox.com",
            "dl.dropboxusercontent.com",
            "1drv.ms",
            "onedrive.live.com",
            "api.onedrive.com",
            "*.sharepoint.com",
            "drive.google.com",
            "docs.google.com",
            "drive.usercontent.google.com",
            "app.box.com",
            "*.app.box.com",
            "box.com",
        ]
    )
    timeout_seconds: float = Field(default=60.0, gt=0)
    max_redirects: int = Field(default=5, ge=0)
    https_only: bool = True
    # added by the receive stage (intake/ingest)
    redirect_hosts: list[str] = Field(
        default_factory=lambda: [
            "*.dropboxusercontent.com",
            "*.files.1drv.com",
            "*.livefilestore.com",
            "*.sharepoint.com",
            "*.googleusercontent.com",
            "*.boxcloud.com",
        ]
    )
    max_links: int = Field(default=10, ge=0)  # links fetched per message
    total_timeout_seconds: float = Field(default=180.0, gt=0)  # for all links of a message
    max_download_bytes: int = Field(default=512 * 1024**2, ge=1)


class ClassifierSettings(_Section):
    """The trained model and how sure it must be."""

    model_dir: Path | None = None
    review_threshold: float = Field(default=0.5, ge=0, le=1)
    # issue 12: learning from the department's reviews
    retrain_hours: float = Field(default=0.0, ge=0)  # 0: no scheduled retrain
    gate_tolerance: float = Field(default=0.0, ge=0, le=0.2)
    eval_samples_dir: Path | None = None  # labelled samples (labels.csv) for the retrain gate


class StoreSettings(_Section):
    """The database: SQLite by default, PostgreSQL by URL."""

    url: str | None = None
    # added by the service (issue 7)
    claim_timeout_minutes: float = Field(default=30.0, gt=0)
    # added for retention: `purge` removes submissions idle this many days (0: never automatically)
    retention_days: int = Field(default=0, ge=0)


class InboundSettings(_Section):
    """An SMTP or LMTP listener the department's mail server can forward the COR mail to."""

    enabled: bool = False
    protocol: Literal["smtp", "lmtp"] = "smtp"
    host: str = "127.0.0.1"
    port: int = Field(default=10025, ge=0, le=65535)
    recipients: list[str] = Field(default_factory=list)
    allowed_clients: list[str] = Field(default_factory=lambda: ["127.0.0.1", "::1"])
    max_message_bytes: int = Field(default=50 * 1024 * 1024, ge=1024)
    tls_cert: Path | None = None
    tls_key: Path | None = None
    require_tls: bool = False


class OpsSettings(_Section):
    """Logs, metrics and the health check of the service."""

    log_format: Literal["text", "json"] = "text"
    http_host: str = "127.0.0.1"
    http_port: int = Field(default=0, ge=0, le=65535)
    stale_after_seconds: float = Field(default=900.0, gt=0)
    # added for deployment (issue 14)
    expiry_warning_days: int = Field(default=14, ge=0)


class DashboardSettings(_Section):
    """The review dashboard."""

    host: str = "127.0.0.1"
    port: int = Field(default=8080, ge=0, le=65535)
    secret_key: SecretStr | None = None
    demo_user: str | None = "cor"
    demo_password: SecretStr | None = SecretStr("cor-review")
    # added by the dashboard (intake/dashboard)
    secure_cookies: bool = False
    session_hours: float = Field(default=12.0, gt=0, le=24 * 30)
    login_attempts: int = Field(default=5, ge=1)
    login_window_minutes: float = Field(default=15.0, gt=0)
    timezone: str = "America/Edmonton"
    confirm_relabel_above: float = Field(default=0.9, ge=0, le=1)


class TelegramSettings(_Section):
    """The Telegram channel of the chat bot."""

    token: SecretStr | None = None
    base_url: str = "https://api.telegram.org/bot"
    mode: Literal["polling", "webhook"] = "polling"
    webhook_url: str | None = None
    webhook_listen: str = "127.0.0.1"
    webhook_port: int = Field(default=8443, ge=1, le=65535)
    rate_limit_per_minute: int = Field(default=20, ge=1)
    max_message_chars: int = Field(default=1000, ge=10)
    base_file_url: str = "https://api.telegram.org/file/bot"
    webhook_path: str = "telegram"
    webhook_secret: SecretStr | None = None
    poll_timeout_seconds: int = Field(default=30, ge=0, le=600)


class Settings(BaseSettings):
    """All settings of the product."""

    model_config = SettingsConfigDict(
        env_prefix="SECOR_",
        env_nested_delimiter="__",
        extra="forbid",
    )

    paths: PathsSettings = PathsSettings()
    embedded: EmbeddedSettings = EmbeddedSettings()
    mailbox: MailboxSettings = MailboxSettings()
    smtp: SmtpSettings = SmtpSettings()
    intake: IntakeSettings = IntakeSettings()
    limits: LimitsSettings = LimitsSettings()
    links: LinksSettings = LinksSettings()
    classifier: ClassifierSettings = ClassifierSettings()
    store: StoreSettings = StoreSettings()
    inbound: InboundSettings = InboundSettings()
    ops: OpsSettings = OpsSettings()
    dashboard: DashboardSettings = DashboardSettings()
    telegram: TelegramSettings = TelegramSettings()

    _toml_file: Path | None = None

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        toml_file = _CURRENT_FILE.get("path")
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        if toml_file is not None:
            sources.append(TomlConfigSettingsSource(settings_cls, toml_file=toml_file))
        return tuple(sources)

    # derived values -------------------------------------------------------
    @property
    def data_dir(self) -> Path:
        """The state folder, created on demand."""
        return self.paths.data_dir

    @property
    def database_url(self) -> str:
        """The store's URL: the configured one, else SQLite in the data folder."""
        return self.store.url or f"sqlite:///{(self.data_dir / 'secor.db').as_posix()}"

    @property
    def outbox_dir(self) -> Path:
        """Where the embedded hub drops mail for anyone but the COR mailbox."""
        return self.data_dir / "outbox"

    @property
    def effective_mailbox(self) -> MailboxSettings:
        """The mailbox to read: the embedded one when the embedded stack runs."""
        if not self.embedded.enabled:
            return self.mailbox
        return self.mailbox.model_copy(
            update={
                "host": self.embedded.host,
                "port": self.embedded.imap_port,
                "security": "none",
            }
        )

    @property
    def effective_smtp(self) -> SmtpSettings:
        """The relay to send through: the embedded hub when the embedded stack runs."""
        if not self.embedded.enabled:
            return self.smtp
        return self.smtp.model_copy(
            update={
                "host": self.embedded.host,
                "port": self.embedded.smtp_port,
                "security": "none",
                "username": None,
                "password": None,
            }
        )


_CURRENT_FILE: dict[str, Path | None] = {"path": None}


def _describe(error: ValidationError, source: Path | None) -> str:
    first = error.errors()[0]
    key = ".".join(str(p) for p in first["loc"]) or "(top level)"
    where = f" in {source}" if source else ""
    if first["type"] == "extra_forbidden":
        return f"unknown configuration key '{key}'{where}; see config.example.toml for the keys"
    return f"configuration key '{key}'{where}: {first['msg']}"


def load_settings(path: Path | None = None, **overrides: object) -> Settings:
    """Read the settings from PATH (or $SECOR_CONFIG, or ./config.toml if present).

    Raises ConfigError with one line naming the wrong key or value.
    """
    if path is None and os.environ.get(CONFIG_ENV):
        path = Path(os.environ[CONFIG_ENV])
    if path is None and DEFAULT_CONFIG.is_file():
        path = DEFAULT_CONFIG
    if path is not None and path.is_dir():
        raise ConfigError(f"{path} is a folder; give the configuration file (a .toml) inside it")
    if path is not None and not path.is_file():
        raise ConfigError(f"configuration file {path} does not exist")
    _check_environment()
    _CURRENT_FILE["path"] = path
    try:
        settings = Settings(**overrides)  # type: ignore[arg-type]
        if path is not None:
            _anchor_to_file(settings, path, set(overrides))
        # what the file does not set is found as with no file (a path it sets is anchored)
        _find_defaults(settings, set(overrides))
        return settings
    except ValidationError as exc:
        raise ConfigError(_describe(exc, path)) from None
    except (ValueError, OSError) as exc:  # TOML syntax errors and unreadable files
        raise ConfigError(f"cannot read configuration {path}: {exc}") from None
    finally:
        _CURRENT_FILE["path"] = None


def _setting_variables() -> set[str]:
    """Every SECOR_SECTION__KEY environment variable that names a setting."""
    names: set[str] = set()
    for section, info in Settings.model_fields.items():
        model = info.annotation
        if isinstance(model, type) and issubclass(model, BaseModel):
            names.update(f"SECOR_{section}__{key}".upper() for key in model.model_fields)
    return names


def _check_environment() -> None:
    """Refuse a SECOR_SECTION__KEY variable that names no setting: a typo such as
    SECOR_MAILBOX__PASWORD would otherwise be ignored without a word."""
    known = _setting_variables()
    for variable in os.environ:
        name = variable.upper()
        if not name.startswith("SECOR_") or "__" not in name:
            continue  # SECOR_CONFIG and the test switches are not settings
        if name in known or any(name.startswith(f"{k}__") for k in known):
            continue  # a setting, or a key inside one (a nested value)
        close = difflib.get_close_matches(name, sorted(known), n=1)
        hint = f" (did you mean {close[0]}?)" if close else ""
        raise ConfigError(f"environment variable {variable} names no setting{hint}")


def _from_env(section: str, key: str) -> bool:
    name = f"SECOR_{section}__{key}".upper()
    return any(k.upper() == name for k in os.environ)


def _anchor_to_file(settings: Settings, path: Path, overridden: set[str]) -> None:
    """Make the relative paths written in the config file relative to that file's folder."""
    with path.open("rb") as handle:
        written = tomllib.load(handle)
    base = path.resolve().parent
    for section_name, keys in written.items():
        section = getattr(settings, section_name, None)
        if section_name in overridden or not isinstance(keys, dict) or section is None:
            continue
        for key in keys:
            value = getattr(section, key, None)
            if not isinstance(value, Path) or _from_env(section_name, key):
                continue
            value = value.expanduser()
            setattr(section, key, value if value.is_absolute() else base / value)


def _find_defaults(settings: Settings, overridden: set[str]) -> None:
    """Unless a config file or the environment sets them: find the data folder and the
    examples from any working folder."""
    paths, embedded = settings.paths, settings.embedded
    if (
        "paths" not in overridden
        and not _from_env("paths", "data_dir")
        and paths.data_dir == locations.DEFAULT_DATA_DIR
    ):
        paths.data_dir = locations.default_data_dir()
    if (
        "embedded" not in overridden
        and not _from_env("embedded", "examples_dir")
        and embedded.examples_dir == locations.DEFAULT_EXAMPLES_DIR
    ):
        embedded.examples_dir = locations.default_examples_dir()
