"""Telegram channel posts, from the three forms they are saved in."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from typing import Any
from urllib.parse import urlsplit

import lxml.etree
import lxml.html

from sitrep.model import Document, Problem, ReadResult
from sitrep.sources._encoding import decode_bytes

LOGGER = logging.getLogger(__name__)

TME = "https://t.me"
# Desktop exports of a whole account hold private chats too; only channels are reports.
# Chat types as Telegram Desktop writes them (export_output_json.cpp, TypeString).
CHANNEL_CHAT_TYPES = frozenset({"public_channel", "private_channel"})
# How far into a file the sniffers look; the markers sit in the first few hundred bytes.
SNIFF_BYTES = 64 * 1024
# t.me post links: https://t.me/<username>/<id> and https://t.me/c/<numeric id>/<id>.
_POST_PATH = re.compile(r"^/(?:s/)?(?:c/)?([A-Za-z0-9_]+)/(\d+)/?$")
_DESKTOP_PEER = re.compile(r"^(?:channel|chat|user)(\d+)$")
_DESKTOP_HEADER_KEY = re.compile(r'"(name|type|id)"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+)')
_MESSAGES_KEY = re.compile(r'"messages"\s*:\s*\[')


class _BadMessage(ValueError):
    """One message that cannot be read; becomes a Problem naming that message."""


def parse_telegram_json(
    data: bytes, *, origin: str, source: str | None = None, fetched: datetime | None = None
) -> ReadResult:
    """Read a Telegram Desktop export or a Telethon dump into documents.

    Accepts Telegram Desktop's ``result.json`` (one chat, or a whole account's ``chats``, of
    which only channels are read) and Telethon ``Message.to_dict()`` dumps (a JSON list, or
    JSON Lines). Tries strict JSON first, then JSON Lines, then salvages the complete
    messages of a truncated file; ``parser`` records which won and how many messages were
    skipped. Service messages and posts without text (photo-only album parts) are skipped,
    not reported: every channel has them.

    Args:
        data: the file's bytes.
        origin: the file path or URL, for provenance and problem reports.
        source: the channel name to use; defaults to the export's chat name, or
            ``telegram:<channel id>`` for Telethon dumps, which carry no name.
        fetched: when the file was read or fetched.

    Returns:
        One document per text post; a Problem for each message that could not be read, or
        one for the whole input when it is not a Telegram dump at all.
    """
    decoded = decode_bytes(data)
    reader = _Reader(origin=origin, source=source, fetched=fetched, encoding=decoded.encoding)
    try:
        value: Any = json.loads(decoded.text)
        mode = "strict"
    except json.JSONDecodeError as exc:
        value, mode = reader.recover(decoded.text, exc)
        if value is None:
            return ReadResult(problems=reader.problems, parser=None)
    fmt = reader.read_value(value)
    parser = f"{fmt} {mode}; skipped {reader.skipped} service/empty" if fmt else None
    return ReadResult(documents=reader.documents, problems=reader.problems, parser=parser)


def looks_like_telegram_json(data: bytes) -> bool:
    """Whether bytes look like a Desktop export or a Telethon dump (cheap sniff, no parse)."""
    head = data[:SNIFF_BYTES].lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head.startswith((b"{", b"[")):
        return False
    telethon = re.search(rb'"_"\s*:\s*"Message(?:Service)?"', head) is not None
    desktop = re.search(rb'"messages"\s*:\s*\[', head) is not None and b'"type"' in head
    return telethon or desktop or re.search(rb'"chats"\s*:\s*\{', head) is not None


def parse_telegram_preview(
    data: bytes, *, origin: str, fetched: datetime | None = None
) -> ReadResult:
    """Read a saved ``t.me/s/<channel>`` page into documents, one per text post.

    Service posts and posts without text are skipped and counted in ``parser``.

    Args:
        data: the page's bytes.
        origin: the file path or URL, for provenance and problem reports.
        fetched: when the page was fetched.

    Returns:
        One document per text post, with ``url`` pointing at the post; a Problem when the
        page holds no posts, and one per post that cannot be read.
    """
    decoded = decode_bytes(data)
    try:
        tree = lxml.html.document_fromstring(decoded.text)
    except (lxml.etree.ParserError, ValueError) as exc:
        return ReadResult(problems=[Problem(origin, f"cannot parse as HTML: {exc}")])
    posts = tree.xpath(f"//div[{_has_class('tgme_widget_message')}][@data-post]")
    if not posts:
        reason = "no Telegram posts found; is this a saved t.me/s/<channel> page?"
        return ReadResult(problems=[Problem(origin, reason)])
    reader = _Reader(origin=origin, source=None, fetched=fetched, encoding=decoded.encoding)
    fallback_title = _first_text(tree, "tgme_channel_info_header_title")
    for post in posts:
        reader.add(post.get("data-post"), partial(_preview_post, post, fallback_title))
    parser = f"tme-preview; skipped {reader.skipped} service/empty"
    return ReadResult(documents=reader.documents, problems=reader.problems, parser=parser)


def looks_like_telegram_preview(data: bytes) -> bool:
    """Whether bytes look like a saved ``t.me/s/`` page: they carry its widget markup."""
    return b"tgme_widget_message" in data[: SNIFF_BYTES * 4]


class _Reader:
    """Collects documents, per-message problems and the skip count for one input."""

    def __init__(
        self,
        *,
        origin: str,
        source: str | None,
        fetched: datetime | None,
        encoding: str | None = None,
    ) -> None:
        self.origin = origin
        self.source = source
        self.fetched = fetched
        self.encoding = encoding
        self.documents: list[Document] = []
        self.problems: list[Problem] = []
        self.skipped = 0

    def add(self, message_id: object, build: Callable[[], dict[str, Any] | None]) -> None:
        """Build one message's fields; a failure is recorded against that message only."""
        try:
            fields = build()
        except (_BadMessage, KeyError, TypeError, ValueError) as exc:
            self.problems.append(Problem(f"{self.origin}, message {message_id}", _why(exc)))
            return
        if fields is None:
            self.skipped += 1
            return
        self.documents.append(
            Document(
                kind="telegram",
                origin=self.origin,
                fetched=self.fetched,
                encoding=self.encoding,
                **fields,
            )
        )

    def problem(self, reason: str) -> None:
        self.problems.append(Problem(self.origin, reason))

    def recover(self, text: str, exc: json.JSONDecodeError) -> tuple[Any, str]:
        """After strict JSON failed: try JSON Lines, then salvage a truncated file."""
        lines = _json_lines(text)
        if lines is not None:
            for number, error in lines[1]:
                self.problems.append(Problem(f"{self.origin}, line {number}", error))
            return lines[0], "jsonl"
        salvaged = _salvage(text)
        where = f"line {exc.lineno} column {exc.colno}"
        if salvaged is None:
            self.problem(f"not valid JSON ({exc.msg} at {where})")
            return None, "failed"
        self.problem(
            f"JSON is cut off or broken at {where} ({exc.msg}); "
            "read the complete messages before that point"
        )
        return salvaged, "lenient"

    def read_value(self, value: Any) -> str | None:
        """Dispatch a parsed JSON value to the format it is; name that format."""
        if isinstance(value, dict) and "_" in value:
            value = [value]
        if isinstance(value, list):
            self.read_telethon(value)
            return "telethon"
        if isinstance(value, dict) and isinstance(value.get("messages"), list):
            self.read_desktop_chat(value)
            return "telegram-desktop"
        if isinstance(value, dict) and isinstance(value.get("chats"), dict):
            self.read_desktop_account(value)
            return "telegram-desktop-account"
        self.problem(
            "JSON is neither a Telegram Desktop export (a chat with 'messages') "
            "nor a list of Telethon messages"
        )
        return None

    def read_telethon(self, messages: list[Any]) -> None:
        for index, message in enumerate(messages):
            self.add(_label(message, index), partial(_telethon_fields, message, self.source))

    def read_desktop_chat(self, chat: dict[str, Any]) -> None:
        chat_id = str(chat.get("id", "unknown"))
        name = self.source or chat.get("name") or f"telegram:{chat_id}"
        for index, message in enumerate(chat["messages"]):
            self.add(_label(message, index), partial(_desktop_fields, message, chat_id, name))

    def read_desktop_account(self, export: dict[str, Any]) -> None:
        """A whole-account export: read its channels, leave private chats alone."""
        chats = export["chats"].get("list")
        if not isinstance(chats, list):
            self.problem("Desktop export has 'chats' but no 'list' of chats")
            return
        for chat in chats:
            if isinstance(chat, dict) and chat.get("type") in CHANNEL_CHAT_TYPES:
                self.read_desktop_chat(chat)


def _label(message: Any, index: int) -> object:
    """How a problem names a message: its id, else its place in the file (counted from 1)."""
    mid = message.get("id") if isinstance(message, dict) else None
    return mid if mid is not None else f"#{index + 1} (no id)"


def _why(exc: Exception) -> str:
    """A reader's sentence for why one message failed."""
    if isinstance(exc, _BadMessage):
        return str(exc)
    if isinstance(exc, KeyError):
        return f"message has no {exc} field; skipped"
    return f"malformed message ({exc}); skipped"


def _json_lines(text: str) -> tuple[list[Any], list[tuple[int, str]]] | None:
    """Parse JSON Lines; None when the first non-empty line is not a JSON object."""
    values: list[Any] = []
    errors: list[tuple[int, str]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            if not values and not errors:
                return None
            errors.append((number, f"not a JSON object ({exc.msg}); line skipped"))
            continue
        if not isinstance(value, dict):
            if not values and not errors:
                return None
            errors.append((number, "not a JSON object; line skipped"))
            continue
        values.append(value)
    return (values, errors) if values else None


def _salvage(text: str) -> Any:
    """The complete messages at the start of a truncated dump, in the shape of the whole.

    Telethon lists start with ``[``; Desktop exports write ``name``, ``type`` and ``id``
    before ``messages``, so the header survives truncation and is read back by pattern.
    """
    stripped = text.lstrip("\ufeff \t\r\n")
    if stripped.startswith("["):
        items = _complete_items(stripped, 1)
        return items or None
    match = _MESSAGES_KEY.search(text)
    if match is None:
        return None
    items = _complete_items(text, match.end())
    if not items:
        return None
    header = {k: json.loads(v) for k, v in _DESKTOP_HEADER_KEY.findall(text[: match.start()])}
    return {**header, "messages": items}


def _complete_items(text: str, start: int) -> list[Any]:
    """Decode JSON values one by one from ``start`` inside an array, until one breaks."""
    decoder = json.JSONDecoder()
    items: list[Any] = []
    pos = start
    while True:
        while pos < len(text) and text[pos] in " \t\r\n,":
            pos += 1
        if pos >= len(text) or text[pos] == "]":
            return items
        try:
            item, pos = decoder.raw_decode(text, pos)
        except json.JSONDecodeError:
            return items
        items.append(item)


# --- Telegram Desktop export ------------------------------------------------------------


def _desktop_fields(message: Any, chat_id: str, name: str) -> dict[str, Any] | None:
    """Document fields of one Desktop export message; None for service and empty ones."""
    if not isinstance(message, dict):
        raise _BadMessage(f"expected a message object, found {type(message).__name__}")
    if message.get("type") != "message":
        return None
    text = _desktop_text(message.get("text", "")).strip()
    if not text:
        return None
    mid = int(message["id"])
    reply_to = None
    if message.get("reply_to_message_id") is not None:
        peer = _desktop_peer(message.get("reply_to_peer_id")) or chat_id
        reply_to = f"{peer}/{int(message['reply_to_message_id'])}"
    return {
        "source": name,
        "text": text,
        "external_id": f"{chat_id}/{mid}",
        "published": _desktop_date(message),
        "author": message.get("author"),
        "forwarded_from": message.get("forwarded_from") or None,
        "reply_to": reply_to,
    }


def _desktop_text(value: Any) -> str:
    """Plain text of a Desktop ``text``: a string, or strings mixed with entity objects."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        parts = [p if isinstance(p, str) else p.get("text", "") for p in value if _is_part(p)]
        return "".join(str(p) for p in parts)
    raise _BadMessage(f"'text' is neither a string nor a list but {type(value).__name__}")


def _is_part(part: Any) -> bool:
    return isinstance(part, str | dict)


def _desktop_date(message: dict[str, Any]) -> datetime:
    """UTC time of a Desktop message.

    ``date_unixtime`` is exact. Exports before it existed carry only ``date``, the exporting
    machine's local time without an offset; that is read as UTC, possibly hours off.
    """
    if message.get("date_unixtime") is not None:
        try:
            return datetime.fromtimestamp(int(message["date_unixtime"]), UTC)
        except (OverflowError, OSError) as exc:
            raise _BadMessage(f"'date_unixtime' {message['date_unixtime']!r} is no time") from exc
    if message.get("date"):
        return _as_utc(datetime.fromisoformat(message["date"]))
    raise _BadMessage("message has neither 'date_unixtime' nor 'date'")


def _desktop_peer(value: Any) -> str | None:
    """``channel123`` (or ``chat``/``user``) to ``123``; None when absent."""
    if not isinstance(value, str):
        return None
    match = _DESKTOP_PEER.match(value)
    return match.group(1) if match else value


# --- Telethon Message.to_dict() ---------------------------------------------------------


def _telethon_fields(message: Any, source: str | None) -> dict[str, Any] | None:
    """Document fields of one Telethon message dict; None for service and empty ones."""
    if not isinstance(message, dict):
        raise _BadMessage(f"expected a message object, found {type(message).__name__}")
    kind = message.get("_", "Message")
    if kind != "Message":
        return None
    text = message.get("message") or ""
    if not isinstance(text, str):
        raise _BadMessage(f"'message' is not text but {type(text).__name__}")
    if not text.strip():
        return None
    channel = _peer_id(message.get("peer_id"))
    if channel is None:
        raise _BadMessage("message has no 'peer_id' naming its channel")
    mid = int(message["id"])
    if not message.get("date"):
        raise _BadMessage("message has no 'date'")
    return {
        "source": source or f"telegram:{channel}",
        "text": text.strip(),
        "external_id": f"{channel}/{mid}",
        "published": _as_utc(datetime.fromisoformat(message["date"])),
        "author": message.get("post_author"),
        "forwarded_from": _telethon_forward(message.get("fwd_from")),
        "reply_to": _telethon_reply(message.get("reply_to"), channel),
    }


def _peer_id(peer: Any) -> str | None:
    """The numeric id of a Telethon ``Peer*`` dict as a string."""
    if not isinstance(peer, dict):
        return None
    for key in ("channel_id", "chat_id", "user_id"):
        if peer.get(key) is not None:
            return str(peer[key])
    return None


def _telethon_forward(fwd: Any) -> str | None:
    """``<channel id>/<post>`` when the header names both, else the origin's name or id."""
    if not isinstance(fwd, dict):
        return None
    peer = _peer_id(fwd.get("from_id"))
    if peer is not None and fwd.get("channel_post") is not None:
        return f"{peer}/{int(fwd['channel_post'])}"
    return fwd.get("from_name") or fwd.get("post_author") or peer


def _telethon_reply(reply: Any, channel: str) -> str | None:
    if not isinstance(reply, dict) or reply.get("reply_to_msg_id") is None:
        return None
    peer = _peer_id(reply.get("reply_to_peer_id")) or channel
    return f"{peer}/{int(reply['reply_to_msg_id'])}"


# --- t.me/s/ preview pages --------------------------------------------------------------


def _preview_post(post: lxml.html.HtmlElement, fallback_title: str | None) -> dict[str, Any] | None:
    """Document fields of one preview post; None for service and text-less posts."""
    if "service_message" in (post.get("class") or "").split():
        return None
    link = _post_link(f"{TME}/{post.get('data-post', '')}")
    if link is None:
        raise _BadMessage(f"data-post {post.get('data-post')!r} is not <channel>/<id>")
    body = post.xpath(
        f".//div[{_has_class('tgme_widget_message_text')}]"
        f"[not(ancestor::*[{_has_class('tgme_widget_message_reply')}])]"
    )
    text = _html_text(body[0]) if body else ""
    if not text:
        return None
    stamps = post.xpath(f".//a[{_has_class('tgme_widget_message_date')}]//time/@datetime")
    if not stamps:
        raise _BadMessage("post has no <time datetime> in its date link")
    username, mid = link.split("/")
    owner = _first_text(post, "tgme_widget_message_owner_name")
    return {
        "source": owner or fallback_title or username,
        "text": text,
        "url": f"{TME}/{username}/{mid}",
        "external_id": link,
        "published": _as_utc(datetime.fromisoformat(stamps[0])),
        "author": _first_text(post, "tgme_widget_message_from_author"),
        "forwarded_from": _preview_forward(post),
        "reply_to": _preview_reply(post),
    }


def _preview_forward(post: lxml.html.HtmlElement) -> str | None:
    """The forwarded post as ``<channel>/<id>`` when linked, else the origin's name."""
    names = post.xpath(f".//*[{_has_class('tgme_widget_message_forwarded_from_name')}]")
    if not names:
        return None
    href = names[0].get("href")
    linked = _post_link(href) if href else None
    return linked or _clean(names[0].text_content()) or None


def _preview_reply(post: lxml.html.HtmlElement) -> str | None:
    hrefs = post.xpath(f".//a[{_has_class('tgme_widget_message_reply')}]/@href")
    return _post_link(hrefs[0]) if hrefs else None


def _post_link(url: str) -> str | None:
    """``https://t.me/<channel>/<id>`` (or ``/c/<id>/<id>``) to ``<channel>/<id>``."""
    parts = urlsplit(url)
    if parts.netloc not in {"t.me", "telegram.me", "www.t.me"}:
        return None
    match = _POST_PATH.match(parts.path)
    return f"{match.group(1)}/{match.group(2)}" if match else None


def _html_text(element: lxml.html.HtmlElement) -> str:
    """Plain text of a post body: ``<br>`` become line breaks, emoji images their character."""
    for br in element.iter("br"):
        br.tail = "\n" + (br.tail or "")
    return element.text_content().strip()


def _first_text(root: lxml.html.HtmlElement, css_class: str) -> str | None:
    found = root.xpath(f".//*[{_has_class(css_class)}]")
    return _clean(found[0].text_content()) if found else None


def _has_class(name: str) -> str:
    """XPath predicate for an element whose class list contains ``name`` exactly."""
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


def _clean(text: str) -> str | None:
    return " ".join(text.split()) or None


def _as_utc(moment: datetime) -> datetime:
    """Aware UTC; a naive time is taken to be UTC already."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)
