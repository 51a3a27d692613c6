"""Tests for sitrep.sources.telegram against real Telethon dumps and real-layout fixtures."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from sitrep.model import Document, ReadResult
from sitrep.sources.telegram import (
    looks_like_telegram_json,
    looks_like_telegram_preview,
    parse_telegram_json,
    parse_telegram_preview,
)

FIXTURES = Path(__file__).parent.parent / "fixtures" / "telegram"
DESKTOP = FIXTURES / "desktop_result.json"
PREVIEW = FIXTURES / "tme_s_preview.html"
IT_WAR = FIXTURES / "telethon_channel_messages_it_war_2022-05-08.json"
UK_HELP = FIXTURES / "telethon_channel_messages_uk_refugee_help_2022.json"


def _read_json(path: Path, **kwargs: object) -> ReadResult:
    return parse_telegram_json(path.read_bytes(), origin=str(path), **kwargs)  # type: ignore[arg-type]


def _by_id(result: ReadResult) -> dict[str, Document]:
    return {doc.external_id or "": doc for doc in result.documents}


# --- Telegram Desktop export -----------------------------------------------------------


def test_desktop_export_yields_text_posts_only() -> None:
    result = _read_json(DESKTOP)

    assert result.problems == []
    assert [d.external_id for d in result.documents] == [
        "1000000001/101",
        "1000000001/102",
        "1000000001/103",
        "1000000001/104",
    ]
    assert result.parser == "telegram-desktop strict; skipped 2 service/empty"
    assert {d.source for d in result.documents} == {"Sitrep Fixture Channel"}
    assert {d.kind for d in result.documents} == {"telegram"}


def test_desktop_export_prefers_unixtime_for_utc() -> None:
    docs = _by_id(_read_json(DESKTOP))

    # "date" is Kyiv local time 11:05 without an offset; date_unixtime is 09:05 UTC.
    assert docs["1000000001/101"].published == datetime(2025, 11, 23, 9, 5, tzinfo=UTC)


def test_desktop_export_joins_mixed_text_array() -> None:
    doc = _by_id(_read_json(DESKTOP))["1000000001/104"]

    assert doc.text == (
        "According to the highly reputable DeepState mapping project, led by a Ukrainian team"
        " in close contact with commanders across the front line, Russian forces have continued"
        " to advance in central Pokrovsk over the past day.\n\nhttps://kyivindependent.com/"
    )


def test_desktop_export_keeps_forward_name_and_reply() -> None:
    docs = _by_id(_read_json(DESKTOP))

    assert docs["1000000001/102"].forwarded_from == "Airborne Assault Forces"
    assert docs["1000000001/102"].text.startswith("Our positions in the city center")
    assert docs["1000000001/103"].reply_to == "1000000001/102"
    # Desktop exports carry no channel username, so there is no public post URL.
    assert docs["1000000001/101"].url is None


def test_desktop_export_source_can_be_overridden() -> None:
    result = _read_json(DESKTOP, source="Kyiv Independent (test)")

    assert {d.source for d in result.documents} == {"Kyiv Independent (test)"}


def test_desktop_message_without_unixtime_falls_back_to_date_as_utc() -> None:
    export = json.loads(DESKTOP.read_bytes())
    del export["messages"][0]["date_unixtime"]

    result = parse_telegram_json(json.dumps(export).encode(), origin="old-export.json")

    assert result.documents[0].published == datetime(2025, 11, 23, 11, 5, tzinfo=UTC)


def test_desktop_account_export_reads_channels_not_private_chats() -> None:
    channel = json.loads(DESKTOP.read_bytes())
    private = {
        "name": "A friend",
        "type": "personal_chat",
        "id": 42,
        "messages": [
            {
                "id": 1,
                "type": "message",
                "date": "2025-11-23T10:00:00",
                "date_unixtime": "1763884800",
                "from": "A friend",
                "from_id": "user42",
                "text": "see you tonight",
                "text_entities": [],
            },
        ],
    }
    account = {
        "about": "Here is the data you requested.",
        "chats": {
            "about": "This page lists all chats from this export.",
            "list": [private, channel],
        },
    }

    result = parse_telegram_json(json.dumps(account).encode(), origin="result.json")

    assert len(result.documents) == 4
    assert all(d.source == "Sitrep Fixture Channel" for d in result.documents)
    assert result.parser == "telegram-desktop-account strict; skipped 2 service/empty"


def test_truncated_desktop_export_keeps_complete_messages() -> None:
    data = DESKTOP.read_bytes()
    cut = data[: data.index(b'"id": 104')]

    result = parse_telegram_json(cut, origin="result.json")

    assert [d.external_id for d in result.documents] == [
        "1000000001/101",
        "1000000001/102",
        "1000000001/103",
    ]
    assert result.documents[0].source == "Sitrep Fixture Channel"
    assert result.parser is not None and result.parser.startswith("telegram-desktop lenient")
    assert len(result.problems) == 1
    assert result.problems[0].input == "result.json"
    assert "cut off" in result.problems[0].reason


# --- Telethon dumps ----------------------------------------------------------------------


def test_telethon_italian_dump_skips_photo_only_album_parts() -> None:
    result = _read_json(IT_WAR)

    assert result.problems == []
    # 17 messages, 7 of them album photos without text.
    assert len(result.documents) == 10
    assert result.parser == "telethon strict; skipped 7 service/empty"
    assert "1774946085/7113" not in _by_id(result)


def test_telethon_post_fields_and_emoji() -> None:
    docs = _by_id(_read_json(IT_WAR))
    doc = docs["1774946085/7117"]

    assert doc.source == "telegram:1774946085"
    assert doc.kind == "telegram"
    assert doc.text.startswith("⚡️ CNN conferma che l'Incaricata d'affari degli USA")
    assert doc.published == datetime(2022, 5, 8, 17, 7, 47, tzinfo=UTC)
    assert doc.published is not None and doc.published.tzinfo is UTC
    assert doc.url is None
    assert doc.encoding == "utf-8"
    assert docs["1774946085/7116"].reply_to == "1774946085/7114"
    assert docs["1774946085/7117"].reply_to is None


def test_telethon_ascii_escaped_ukrainian_is_decoded_and_service_skipped() -> None:
    result = _read_json(UK_HELP)
    docs = _by_id(result)

    assert result.problems == []
    assert len(result.documents) == 44
    assert result.parser == "telethon strict; skipped 1 service/empty"
    assert "1746611944/1" not in docs  # MessageActionChannelCreate
    greeting = "Дорогі друзі!\n\nДеякий час від нас не було"
    assert docs["1746611944/106"].text.startswith(greeting)
    assert docs["1746611944/105"].text.startswith("🇦🇷Аргентина")


def test_telethon_source_name_from_caller() -> None:
    result = _read_json(IT_WAR, source="Italian war news")

    assert {d.source for d in result.documents} == {"Italian war news"}
    assert result.documents[0].external_id == "1774946085/7117"


def test_telethon_forward_header_becomes_channel_and_post() -> None:
    messages = json.loads(IT_WAR.read_bytes())
    messages[0]["fwd_from"] = {
        "_": "MessageFwdHeader",
        "date": "2022-05-08T17:00:00+00:00",
        "from_id": {"_": "PeerChannel", "channel_id": 1101806611},
        "channel_post": 45,
        "from_name": None,
    }
    messages[1]["fwd_from"] = {
        "_": "MessageFwdHeader",
        "date": "2022-05-08T16:40:00+00:00",
        "from_id": None,
        "from_name": "Hidden Sender",
    }

    result = parse_telegram_json(json.dumps(messages).encode(), origin="dump.json")

    assert result.documents[0].forwarded_from == "1101806611/45"
    assert result.documents[1].forwarded_from == "Hidden Sender"


def test_telethon_json_lines() -> None:
    messages = json.loads(IT_WAR.read_bytes())
    lines = "\n".join(json.dumps(m, ensure_ascii=False) for m in messages) + "\n"

    result = parse_telegram_json(lines.encode(), origin="dump.jsonl")

    assert result.problems == []
    assert len(result.documents) == 10
    assert result.parser == "telethon jsonl; skipped 7 service/empty"


def test_json_lines_with_a_broken_line_keeps_the_rest() -> None:
    messages = json.loads(IT_WAR.read_bytes())
    lines = [json.dumps(m) for m in messages]
    lines[2] = lines[2][:40]

    result = parse_telegram_json("\n".join(lines).encode(), origin="dump.jsonl")

    assert len(result.documents) == 9
    assert [p.input for p in result.problems] == ["dump.jsonl, line 3"]
    assert "skipped" in result.problems[0].reason


def test_one_malformed_message_is_a_problem_naming_it() -> None:
    messages = json.loads(IT_WAR.read_bytes())
    messages[1]["peer_id"] = None
    messages[2]["date"] = "yesterday"

    result = parse_telegram_json(json.dumps(messages).encode(), origin="dump.json")

    assert len(result.documents) == 8
    assert [p.input for p in result.problems] == [
        "dump.json, message 7116",
        "dump.json, message 7115",
    ]
    assert "peer_id" in result.problems[0].reason
    assert "yesterday" in result.problems[1].reason


def test_message_without_id_is_named_by_its_place() -> None:
    messages = json.loads(IT_WAR.read_bytes())
    del messages[0]["id"]
    messages[3] = "not a message"

    result = parse_telegram_json(json.dumps(messages).encode(), origin="dump.json")

    assert len(result.documents) == 8
    assert [(p.input, p.reason) for p in result.problems] == [
        ("dump.json, message #1 (no id)", "message has no 'id' field; skipped"),
        ("dump.json, message #4 (no id)", "expected a message object, found str"),
    ]


def test_truncated_telethon_dump_keeps_complete_messages() -> None:
    data = IT_WAR.read_bytes()
    cut = data[: data.index(b'"id": 7112')]

    result = parse_telegram_json(cut, origin="dump.json")

    assert [d.external_id for d in result.documents] == [
        "1774946085/7117",
        "1774946085/7116",
        "1774946085/7115",
        "1774946085/7114",
    ]
    assert result.parser == "telethon lenient; skipped 1 service/empty"
    assert len(result.problems) == 1 and "cut off" in result.problems[0].reason


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "not valid JSON"),
        (b"<html><body>Not found</body></html>", "not valid JSON"),
        (b'{"feed": {"entries": []}}', "neither a Telegram Desktop export"),
        (b"42", "neither a Telegram Desktop export"),
    ],
)
def test_input_that_is_no_telegram_dump_is_one_problem(data: bytes, expected: str) -> None:
    result = parse_telegram_json(data, origin="input.json")

    assert result.documents == []
    assert len(result.problems) == 1
    assert result.problems[0].input == "input.json"
    assert expected in result.problems[0].reason


# --- t.me/s/ preview pages ---------------------------------------------------------------


def test_preview_page_posts() -> None:
    result = parse_telegram_preview(PREVIEW.read_bytes(), origin=str(PREVIEW))

    assert result.problems == []
    assert result.parser == "tme-preview; skipped 2 service/empty"  # "Channel created", photo
    assert [d.external_id for d in result.documents] == [
        "sitrep_fixture/201",
        "sitrep_fixture/202",
        "sitrep_fixture/203",
    ]
    first = result.documents[0]
    assert first.source == "Sitrep Fixture Channel"
    assert first.url == "https://t.me/sitrep_fixture/201"
    assert first.published == datetime(2025, 11, 23, 9, 5, tzinfo=UTC)
    assert first.text == (
        "Ukrainian forces are clearing out central Pokrovsk from Russian soldiers, the Ukrainian"
        " military said on Nov. 23.\n\nAlso on Nov. 23, Ukraine’s Special Operations Forces"
        " published footage of a series of successful attacks on Russian positions inside of"
        " the city. The Kyiv Independent"
    )


def test_preview_forward_reply_and_emoji() -> None:
    docs = _by_id(parse_telegram_preview(PREVIEW.read_bytes(), origin=str(PREVIEW)))

    forwarded = docs["sitrep_fixture/202"]
    assert forwarded.forwarded_from == "Airborne Assault Forces"
    assert forwarded.text.startswith("⚡ Our positions in the city center are being maintained")
    assert "\nThe defense forces are containing the enemy" in forwarded.text
    reply = docs["sitrep_fixture/203"]
    assert reply.reply_to == "sitrep_fixture/202"
    # The quoted snippet of the replied-to post is not part of the reply's own text.
    assert reply.text.startswith("In particular, in recent days, the Skala")
    assert "Our positions" not in reply.text


def test_preview_forward_link_names_channel_and_post() -> None:
    page = PREVIEW.read_bytes().replace(
        b'<span class="tgme_widget_message_forwarded_from_name"><span dir="auto">'
        b"Airborne Assault Forces</span></span>",
        b'<a class="tgme_widget_message_forwarded_from_name" href="https://t.me/other/45">'
        b'<span dir="auto">Other</span></a>',
    )

    docs = _by_id(parse_telegram_preview(page, origin="page.html"))

    assert docs["sitrep_fixture/202"].forwarded_from == "other/45"


def test_preview_post_without_time_is_a_problem_others_survive() -> None:
    page = PREVIEW.read_bytes().replace(
        b'<time datetime="2025-11-23T09:20:00+00:00" class="time">09:20</time>', b""
    )

    result = parse_telegram_preview(page, origin="page.html")

    assert len(result.documents) == 2
    assert [p.input for p in result.problems] == ["page.html, message sitrep_fixture/202"]


@pytest.mark.parametrize("data", [b"", b"<html><body><p>Hello</p></body></html>"])
def test_page_without_posts_is_one_problem(data: bytes) -> None:
    result = parse_telegram_preview(data, origin="page.html")

    assert result.documents == []
    assert len(result.problems) == 1
    assert result.problems[0].input == "page.html"


# --- sniffing ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "is_json", "is_preview"),
    [
        (DESKTOP, True, False),
        (IT_WAR, True, False),
        (UK_HELP, True, False),
        (PREVIEW, False, True),
    ],
)
def test_sniffers_on_fixtures(path: Path, is_json: bool, is_preview: bool) -> None:
    data = path.read_bytes()

    assert looks_like_telegram_json(data) is is_json
    assert looks_like_telegram_preview(data) is is_preview


@pytest.mark.parametrize("data", [b"", b"[1, 2, 3]", b'{"rss": {}}', b"<html></html>"])
def test_sniffers_reject_other_input(data: bytes) -> None:
    assert not looks_like_telegram_json(data)
    assert not looks_like_telegram_preview(data)
