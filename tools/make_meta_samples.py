#!/usr/bin/env python3
"""Writes samples/messenger/ and samples/instagram/: small Meta "Download your information"
JSON downloads made up for chatvault's tests (no real people). Strings are written the way
Meta writes them: every UTF-8 byte as its own \\u00XX escape (the mojibake of FORMAT.md §1.7).
Run from the repository root; it refuses to overwrite existing samples."""
import datetime
import html
import json
import os
import sys
from zoneinfo import ZoneInfo

JPEG_1x1 = bytes.fromhex(
    "ffd8ffe000104a46494600010100000100010000ffdb004300080606070605080707070909080a0c140d0c0b0b0c1912130f141d1a1f1e1d1a1c1c20242e2720222c231c1c2837292c30313434341f27393d38323c2e333432ffc0000b080001000101011100ffc4001f0000010501010101010100000000000000000102030405060708090a0bffc400b5100002010303020403050504040000017d01020300041105122131410613516107227114328191a1082342b1c11552d1f02433627282090a161718191a25262728292a3435363738393a434445464748494a535455565758595a636465666768696a737475767778797a838485868788898a92939495969798999aa2a3a4a5a6a7a8a9aab2b3b4b5b6b7b8b9bac2c3c4c5c6c7c8c9cad2d3d4d5d6d7d8d9dae1e2e3e4e5e6e7e8e9eaf1f2f3f4f5f6f7f8f9faffda0008010100003f00fbd3ffd9")


def mangle(obj):
    """Meta's serializer: each UTF-8 byte of a string as one code point U+0000..U+00FF."""
    if isinstance(obj, str):
        return obj.encode("utf-8").decode("latin-1")
    if isinstance(obj, list):
        return [mangle(v) for v in obj]
    if isinstance(obj, dict):
        return {k: mangle(v) for k, v in obj.items()}
    return obj


def write_json(path, obj):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "x", encoding="ascii") as f:  # ensure_ascii: \u00XX escapes, as Meta writes
        json.dump(mangle(obj), f, indent=2, ensure_ascii=True)
        f.write("\n")


def write_bytes(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "xb") as f:
        f.write(data)


def msg(sender, ms, content=None, **fields):
    m = {"sender_name": sender, "timestamp_ms": ms}
    if content is not None:
        m["content"] = content
    m.update(fields)
    m["is_geoblocked_for_viewer"] = False
    return m


def thread(title, participants, messages, path, **fields):
    t = {"participants": [{"name": p} for p in participants], "messages": sorted(messages, key=lambda m: -m["timestamp_ms"]),
         "title": title, "is_still_participant": True, "thread_path": path, "magic_words": []}
    t.update(fields)
    return t


def messenger(root):
    base = os.path.join(root, "facebook-jonasweber-2025")
    act = "your_facebook_activity/messages"
    me, lena = "Jonas Weber", "Lena Fischer"
    t0 = 1735725600000  # 2025-01-01T10:00:00Z
    lena_dir = f"{act}/inbox/lenafischer_1029384756473829"
    older = [
        msg(lena, t0, "Frohes neues Jahr! 🎆 Wie war eure Silvesterparty?"),
        msg(me, t0 + 60_000, "Danke, dir auch! Es war großartig, wir haben bis 3 Uhr getanzt 💃",
            reactions=[{"reaction": "😂", "actor": lena}, {"reaction": "😂", "actor": lena}]),
        msg(lena, t0 + 120_000, "Schau mal, das Feuerwerk über der Spree:",
            photos=[{"uri": f"{lena_dir}/photos/5550001112223334.jpg", "creation_timestamp": (t0 + 110_000) // 1000}]),
        msg(me, t0 + 180_000, "Reacted ❤️ to your message "),
    ]
    newer = [
        msg(me, t0 + 180_000, "Reacted ❤️ to your message "),  # repeated at the seam of the two files
        msg(lena, t0 + 3_600_000, "Lena sent an attachment.",
            share={"link": "https://www.example.org/rezepte/kaesespaetzle", "share_text": "Käsespätzle wie bei Oma"}),
        msg(me, t0 + 3_660_000, "Jonas Weber called you.", call_duration=754),
        msg(lena, t0 + 3_720_000, "You missed a call from Lena Fischer.", call_duration=0, missed=True),
        msg(lena, t0 + 3_780_000, None,
            audio_files=[{"uri": f"{lena_dir}/audio/audioclip17357329800001234.mp4", "creation_timestamp": (t0 + 3_779_000) // 1000}]),
        msg(me, t0 + 3_840_000, None, is_unsent=True),
        msg(lena, t0 + 3_900_000, "Lena Fischer sent a location.",
            share={"link": "https://www.bing.com/maps/default.aspx?v=2&pc=FACEBK&mid=8100&where1=52.516275%2C%2013.377704&FORM=FBKPL1&mkt=en-US",
                   "share_text": "Brandenburger Tor"}),
        msg(me, t0 + 3_960_000, "Bis morgen 👋\nUnd vergiss die Tickets nicht!"),
    ]
    write_json(f"{base}/{lena_dir}/message_2.json",
               thread(lena, [lena, me], older, "inbox/lenafischer_1029384756473829"))
    write_json(f"{base}/{lena_dir}/message_1.json",
               thread(lena, [lena, me], newer, "inbox/lenafischer_1029384756473829"))
    write_bytes(f"{base}/{lena_dir}/photos/5550001112223334.jpg", JPEG_1x1)
    write_bytes(f"{base}/{lena_dir}/audio/audioclip17357329800001234.mp4", b"\x00\x00\x00\x18ftypmp42 placeholder voice note")

    club = f"{act}/inbox/buchclub_2938475610293847"
    tg = 1704103200000  # 2024-01-01T10:00:00Z
    group = [
        msg(me, tg, "Jonas Weber created the group."),
        msg(me, tg + 1000, "Jonas Weber added Sofía Martínez and Yuki Tanaka to the group."),
        msg(me, tg + 2000, "Jonas Weber named the group Buchclub 📚."),
        msg("Sofía Martínez", tg + 60_000, "¡Hola a todos! ¿Qué leemos en febrero? Propongo «Cien años de soledad»."),
        msg("Yuki Tanaka", tg + 120_000, "こんにちは！村上春樹の『ノルウェイの森』はどうですか？",
            reactions=[{"reaction": "👍", "actor": me}, {"reaction": "👍", "actor": "Sofía Martínez"}]),
        msg("Omar Haddad", tg + 180_000, "مرحبا! أنا موافق على أي كتاب 🙂"),
        msg("Omar Haddad", tg + 240_000, "Omar Haddad left the group."),
        msg("Facebook user", tg + 300_000, "This is from an account that no longer exists."),
        msg("Sofía Martínez", tg + 360_000, None,
            files=[{"uri": f"{club}/files/leseliste_2024.pdf", "creation_timestamp": (tg + 359_000) // 1000}]),
        msg(me, tg + 420_000, None, sticker={"uri": f"{act}/stickers_used/369239263222822.png", "ai_stickers": []}),
    ]
    write_json(f"{base}/{club}/message_1.json",
               thread("Buchclub 📚", [me, "Sofía Martínez", "Yuki Tanaka"], group, "inbox/buchclub_2938475610293847",
                      joinable_mode={"mode": 1, "link": ""}))
    write_bytes(f"{base}/{club}/files/leseliste_2024.pdf", b"%PDF-1.4\n% placeholder reading list\n")

    arch = f"{act}/archived_threads/markusbauer_3847561029384756"
    write_json(f"{base}/{arch}/message_1.json",
               thread("Markus Bauer", ["Markus Bauer", me],
                      [msg("Markus Bauer", 1420106400000, "Hast du noch mein Fahrrad? 🚲", ip="198.51.100.7"),
                       msg(me, 1420110000000, "Ja, ich bringe es am Samstag vorbei.")],
                      "archived_threads/markusbauer_3847561029384756"))
    cut = f"{act}/e2ee_cutover/lenafischer_4756102938475610"
    write_json(f"{base}/{cut}/message_1.json",
               thread(lena, [lena, me],
                      [msg(lena, 1690000000000, "Ab jetzt ist unser Chat Ende-zu-Ende-verschlüsselt 🔒"),
                       msg(me, 1690000060000, "Super, endlich!")],
                      "e2ee_cutover/lenafischer_4756102938475610"))
    # A settings file that is not a thread, as real downloads have.
    write_json(f"{base}/{act}/autofill_information.json", {"autofill_information_v2": {}})
    write_json(f"{base}/personal_information/profile_information/profile_information.json",
               {"profile_v2": {"name": {"full_name": me, "first_name": "Jonas", "last_name": "Weber"}}})


IG_ME, IG_MARTA = "Jonas Weber", "Marta Ruiz"
IG_THREAD = "your_instagram_activity/messages/inbox/marta.ruiz_17841400000000001"


def instagram_messages():
    """Jonas and Marta's Instagram chat, oldest first: the JSON and the HTML sample both hold it."""
    me, marta, d = IG_ME, IG_MARTA, IG_THREAD
    t0 = 1720000000000  # 2024-07-03T09:46:40Z
    return [
        msg(marta, t0, "¡Hola Jonas! Mañana vamos a la playa 🏖️ ¿Te apuntas?"),
        msg(me, t0 + 60_000, "You sent an attachment.",
            share={"link": "https://www.instagram.com/reel/C8xYzAbCdEf/", "share_text": "Best paella in Valencia 🥘 #foodie",
                   "original_content_owner": "valencia.eats"},
            reactions=[{"reaction": "❤️", "actor": marta}]),
        msg(marta, t0 + 120_000, "Reacted ❤️ to your message "),
        msg(marta, t0 + 180_000, "😍 ¿dónde es esto?",
            share={"link": "https://instagram.com/stories/jonas.weber/3412345678901234567"}),
        msg(me, t0 + 240_000, None,
            audio_files=[{"uri": f"{d}/audio/aud_17841400000000099.mp4", "creation_timestamp": (t0 + 239_000) // 1000}]),
        msg(marta, t0 + 300_000, None,
            photos=[{"uri": f"{d}/photos/ig_photo_17841400000000100.jpg", "creation_timestamp": (t0 + 299_000) // 1000}]),
        msg(me, t0 + 360_000, "Liked a message"),
        msg(me, t0 + 420_000, "Straße, naïve café — 你好! Bis bald 👋"),
    ]


def instagram(root):
    base = os.path.join(root, "instagram-jonas.weber-2024")
    me, marta, d = IG_ME, IG_MARTA, IG_THREAD
    msgs = instagram_messages()
    write_json(f"{base}/{d}/message_1.json", thread(marta, [marta, me], msgs, "inbox/marta.ruiz_17841400000000001"))
    write_bytes(f"{base}/{d}/photos/ig_photo_17841400000000100.jpg", JPEG_1x1)
    write_bytes(f"{base}/{d}/audio/aud_17841400000000099.mp4", b"\x00\x00\x00\x18ftypmp42 placeholder voice message")
    write_json(f"{base}/personal_information/personal_information/personal_information.json",
               {"profile_user": [{"title": "", "media_map_data": {},
                                  "string_map_data": {"Username": {"href": "", "value": "jonas.weber", "timestamp": 0},
                                                      "Name": {"href": "", "value": me, "timestamp": 0}}}]})


def e2ee(root):
    """Messenger's end-to-end-encrypted "message storage" download: clean UTF-8, no mojibake."""
    base = os.path.join(root, "messenger-secure-storage-2025")
    me, lena = "Jonas Weber", "Lena Fischer"
    t0 = 1735812000000  # 2025-01-02T10:00:00Z
    chat = {"participants": [lena, me], "threadName": "Lena Fischer_2", "messages": [
        {"senderName": lena, "timestamp": t0, "text": "Jetzt verschlüsselt 🔒 – klappt's?", "type": "text",
         "media": [], "reactions": [{"actor": me, "reaction": "👍"}], "isUnsent": False},
        {"senderName": me, "timestamp": t0 + 60_000, "text": "https://www.example.org/tickets", "type": "link",
         "media": [], "reactions": [], "isUnsent": False},
        {"senderName": lena, "timestamp": t0 + 120_000, "text": "", "type": "media",
         "media": [{"uri": "./media/3f2b8c1e-5d4a-4e7b-9c0d-1a2b3c4d5e6f.jpeg"}], "reactions": [], "isUnsent": False},
        {"senderName": me, "timestamp": t0 + 180_000, "text": "", "type": "media",
         "media": [{"uri": "./media/9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d.ogg"}], "reactions": [], "isUnsent": False},
        {"senderName": lena, "timestamp": t0 + 240_000, "text": "", "type": "media",
         "media": [{"uri": "Failed to download media"}], "reactions": [], "isUnsent": False},
        {"senderName": me, "timestamp": t0 + 300_000, "text": "User unsent a message", "type": "placeholder",
         "media": [], "reactions": [], "isUnsent": True},
    ]}
    os.makedirs(base, exist_ok=False)
    with open(f"{base}/Lena Fischer_2.json", "x", encoding="utf-8") as f:
        json.dump(chat, f, indent=2, ensure_ascii=False)
        f.write("\n")
    with open(f"{base}/Leerer Chat_7.json", "x", encoding="utf-8") as f:
        json.dump({"participants": ["Niemand", me], "threadName": "Leerer Chat_7", "messages": []}, f, indent=2)
        f.write("\n")
    write_bytes(f"{base}/media/3f2b8c1e-5d4a-4e7b-9c0d-1a2b3c4d5e6f.jpeg", JPEG_1x1)
    write_bytes(f"{base}/media/9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d.ogg", b"OggS placeholder voice note")


def instagram_legacy(root):
    """Instagram's 2018-2020 messages.json: one array, usernames, clean UTF-8, newest first."""
    base = os.path.join(root, "instagram-legacy-2019")
    me = "jonas.weber"
    convs = [
        {"participants": [me, "marta.ruiz"], "conversation": [
            {"sender": "marta.ruiz", "created_at": "2019-08-02T18:30:05.120000+00:00", "text": "¡Qué bonito! 😍 ¿Dónde es?"},
            {"sender": me, "created_at": "2019-08-02T18:29:41.004711+00:00",
             "media_share_url": "https://scontent.cdninstagram.com/v/t51/placeholder.jpg", "media_owner": "visit.berlin",
             "media_share_caption": "Sonnenuntergang an der Spree 🌅"},
            {"sender": "marta.ruiz", "created_at": "2019-08-01T09:00:00.000000+00:00", "heart": "❤️",
             "likes": [{"username": me, "date": "2019-08-01T09:01:00.000000+00:00"}]},
            {"sender": me, "created_at": "2019-07-30T20:15:00.500000+00:00", "voice_media": "Media unavailable."},
            {"sender": "marta.ruiz", "created_at": "2019-07-30T20:10:00.000000+00:00",
             "media": "https://scontent.cdninstagram.com/v/t51/clip_2019.mp4"},
            {"sender": me, "created_at": "2019-07-29T12:00:00.000000+00:00", "text": "Hallo Marta! Wie geht's?"},
        ]},
        {"participants": [me, "marta.ruiz", "yuki.t"], "conversation": [
            {"sender": "yuki.t", "created_at": "2019-09-01T10:05:00.000000+00:00", "text": "よろしくお願いします！"},
            {"sender": me, "created_at": "2019-09-01T10:00:00.000000+00:00", "action": "jonas.weber named the group Sprachcafé"},
        ]},
    ]
    os.makedirs(base, exist_ok=False)
    with open(f"{base}/messages.json", "x", encoding="utf-8") as f:
        json.dump(convs, f, indent=2, ensure_ascii=False)
        f.write("\n")
    with open(f"{base}/profile.json", "x", encoding="utf-8") as f:
        json.dump({"username": me, "name": "Jonas Weber", "private_account": True}, f, indent=2)
        f.write("\n")


# --- HTML downloads (FORMAT.md §3): the same people, pages as Meta's generations write them ---

def esc(text):
    return html.escape(text, quote=True)


def write_text(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "x", encoding="utf-8") as f:
        f.write(text)


def clock_12h(ms, zone, comma):
    """"Jul 03, 2024 11:46 am" (2023+) or "Jan 02, 2021, 3:47 PM" (2018-2022), in `zone`."""
    t = datetime.datetime.fromtimestamp(ms / 1000, ZoneInfo(zone))
    hour = t.hour % 12 or 12
    if comma:
        return f"{t:%b %d, %Y}, {hour}:{t:%M} {'AM' if t.hour < 12 else 'PM'}"
    return f"{t:%b %d, %Y} {hour}:{t:%M} {'am' if t.hour < 12 else 'pm'}"


def instagram_html(root):
    """Instagram's 2023+ HTML download of the chat instagram-jonas.weber-2024 holds as JSON, read in
    Europe/Madrid: importing both gives each message once."""
    base = os.path.join(root, "instagram-html-2024")
    zone = "Europe/Madrid"
    blocks = []
    for m in sorted(instagram_messages(), key=lambda m: -m["timestamp_ms"]):  # newest first, as Meta writes
        parts = [f"<div>{esc(m['content'])}</div>" if m.get("content") else "<div></div>"]
        media = ""
        for key in ("photos", "audio_files", "videos"):
            for item in m.get(key, []):
                uri = esc(item["uri"])
                if key == "photos":
                    media += f'<div><a target="_blank" href="{uri}"><img src="{uri}" class="_a6_o _3-96" /></a></div>'
                else:
                    media += (f'<div><div><video src="{uri}" controls="1" class="_a6_o _3-96"><a target="_blank" '
                              f'href="{uri}"><div>Click for audio</div></a></video></div></div>')
        share = m.get("share")
        if share:
            caption = f"<div>{esc(share['share_text'])}</div>" if share.get("share_text") else ""
            owner = f"<div>{esc(share['original_content_owner'])}</div>" if share.get("original_content_owner") else ""
            link = esc(share["link"])
            media += f'<div><div>{caption}{owner}<div><a target="_blank" href="{link}">{link}</a></div></div></div>'
        parts.append(f"<div>{media}</div>")
        reactions = "".join(f"<li><span>{esc(r['reaction'])}{esc(r['actor'])}</span></li>" for r in m.get("reactions", []))
        parts.append(f'<div><ul class="_a6-q">{reactions}</ul></div>' if reactions else "<div></div>")
        blocks.append(f'<div class="pam _3-95 _2ph- _a6-g uiBoxWhite noborder"><h2 class="_3-95 _2pim _a6-h _a6-i">'
                      f'{esc(m["sender_name"])}</h2><div class="_3-95 _a6-p"><div><div></div>{"".join(parts)}</div></div>'
                      f'<div class="_3-94 _a6-o">{clock_12h(m["timestamp_ms"], zone, False)}</div></div>')
    page = ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\" /><title>" + esc(IG_MARTA) +
            "</title></head>\n<body>\n<div class=\"_a706\" role=\"main\">\n" + "\n".join(blocks) +
            "\n</div>\n</body></html>\n")
    write_text(f"{base}/{IG_THREAD}/message_1.html", page)
    write_bytes(f"{base}/{IG_THREAD}/photos/ig_photo_17841400000000100.jpg", JPEG_1x1)
    write_bytes(f"{base}/{IG_THREAD}/audio/aud_17841400000000099.mp4", b"\x00\x00\x00\x18ftypmp42 placeholder voice message")


def facebook_html(root):
    """Facebook's 2018-2022 HTML download: one group thread in two pages, English dates written in
    Europe/Berlin, a photo, reactions, people added and leaving."""
    base = os.path.join(root, "facebook-html-2021")
    me, lena, max_ = "Jonas Weber", "Lena Fischer", "Max Braun"
    d = "messages/inbox/wanderfreunde_4455667788"
    t0 = 1609592820000  # 2021-01-02T13:07:00Z
    msgs = [  # oldest first: (sender, minutes after t0, text, photo, reactions)
        (me, 0, "Jonas Weber created the group.", None, []),
        (me, 1, "Jonas Weber added Lena Fischer to the group.", None, []),
        (me, 2, "Jonas Weber added Max Braun to the group.", None, []),
        (me, 3, "Wer kommt Samstag mit auf den Brocken? 🏔️", None, [("👍", lena)]),
        (lena, 5, "Ich! Treffpunkt Bahnhof Wernigerode um 8:30?", None, []),
        (max_, 9, "Bin dabei & bringe Tee mit <heiß>", None, [("❤", me), ("❤", lena)]),
        (lena, 62, "", f"{d}/photos/137799331_1029384756_n.jpg", []),
        (me, 63, "Traumhaft! Bis Samstag 😊", None, []),
        (max_, 1500, "Max Braun left the group.", None, []),
        (lena, 1501, "Schade, Max!\nNächstes Mal wieder?", None, []),
    ]
    blocks = []
    for sender, minutes, text, photo, reactions in msgs:
        body = "<div>" + esc(text).replace("\n", "<br />") + "</div>" if text else "<div></div>"
        if photo:
            body += f'<div><a href="{photo}"><img src="{photo}" class="_2yuc _3-96" /></a></div>'
        if reactions:
            body += '<div><ul class="_tqp">' + "".join(f"<li>{esc(e)}{esc(a)}</li>" for e, a in reactions) + "</ul></div>"
        when = clock_12h(t0 + minutes * 60_000, "Europe/Berlin", True)
        blocks.append(f'<div class="pam _3-95 _2pi0 _2lej uiBoxWhite noborder"><div class="_3-96 _2pio _2lek _2lel">'
                      f'{esc(sender)}</div><div class="_3-96 _2let"><div><div></div>{body}<div></div></div></div>'
                      f'<div class="_3-94 _2lem">{when}</div></div>')

    def page(chunk):
        return ("<html><head><meta charset=\"utf-8\" /><title>Wanderfreunde</title><base href=\"../../../\" /></head>"
                "<body class=\"_5vb_ _2yq _4yic\"><div class=\"clearfix _ikh\"><div class=\"_4bl9\"><div class=\"_li\">"
                "<div class=\"_3a_u\"><div class=\"_4t5n\" role=\"main\">\n"
                "<div class=\"_3b0d\">Participants: Jonas Weber, Lena Fischer and Max Braun</div>\n" +
                "\n".join(reversed(chunk)) + "\n</div></div></div></div></div></body></html>\n")
    # message_1.html holds the newest messages, each page newest first.
    write_text(f"{base}/{d}/message_1.html", page(blocks[6:]))
    write_text(f"{base}/{d}/message_2.html", page(blocks[:6]))
    write_bytes(f"{base}/{d}/photos/137799331_1029384756_n.jpg", JPEG_1x1)


def facebook_legacy(root):
    """Facebook's legacy html/messages.htm (≤ 2017), German: every thread on one page, dates with
    their zone, the owner in the heading."""
    base = os.path.join(root, "facebook-legacy-2016")
    me = "Jonas Weber"
    threads = [
        ("Lena Fischer, Jonas Weber", [  # newest first, as these pages list them
            ("Lena Fischer", "Sonntag, 4. Dezember 2016 um 13:56 UTC+01", "Gern geschehen 😊"),
            ("Jonas Weber", "Sonntag, 4. Dezember 2016 um 13:55 UTC+01", "Danke für das Rezept, die Spätzle waren super!"),
            ("Lena Fischer", "Sonntag, 4. Dezember 2016 um 13:54 UTC+01", "Hast du es ausprobiert?"),
        ]),
        ("Max Braun, Lena Fischer, Jonas Weber", [
            ("Max Braun", "Samstag, 31. Dezember 2016 um 23:59 UTC+01", "Guten Rutsch euch allen! 🎆"),
            ("Jonas Weber", "Samstag, 31. Dezember 2016 um 18:02 UTC+01", "Wer bringt die Raclette mit? <3"),
        ]),
    ]
    body = []
    for people, messages in threads:
        items = "".join(f'<div class="message"><div class="message_header"><span class="user">{esc(u)}</span>'
                        f'<span class="meta">{esc(t)}</span></div></div><p>{esc(text)}</p>' for u, t, text in messages)
        body.append(f'<div><div class="thread">{esc(people)}{items}</div></div>')
    page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\" />"
            f"<title>{me} - Nachrichten</title></head><body><div class=\"nav\"><ul><li class=\"selected\">Nachrichten</li>"
            f"</ul></div><div class=\"contents\"><h1>{me}</h1>" + "".join(body) +
            "</div><div class=\"footer\">Heruntergeladen von Jonas Weber am Montag, 2. Januar 2017 um 10:00 UTC+01</div>"
            "</body></html>\n")
    write_text(f"{base}/html/messages.htm", page)


if __name__ == "__main__":
    samples = os.path.join(os.getcwd(), "samples")
    if not os.path.isdir(samples):
        sys.exit("run from the repository root")
    # Each sample is written only where it is not yet: existing samples are never rewritten.
    for make, folder, name in [(messenger, "messenger", "facebook-jonasweber-2025"),
                               (e2ee, "messenger", "messenger-secure-storage-2025"),
                               (instagram, "instagram", "instagram-jonas.weber-2024"),
                               (instagram_legacy, "instagram", "instagram-legacy-2019"),
                               (instagram_html, "instagram", "instagram-html-2024"),
                               (facebook_html, "messenger", "facebook-html-2021"),
                               (facebook_legacy, "messenger", "facebook-legacy-2016")]:
        if not os.path.exists(os.path.join(samples, folder, name)):
            make(os.path.join(samples, folder))
