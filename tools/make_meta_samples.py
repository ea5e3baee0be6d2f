#!/usr/bin/env python3
"""Writes samples/messenger/ and samples/instagram/: small Meta "Download your information"
JSON downloads made up for chatvault's tests (no real people). Strings are written the way
Meta writes them: every UTF-8 byte as its own \\u00XX escape (the mojibake of FORMAT.md §1.7).
Run from the repository root; it refuses to overwrite existing samples."""
import json
import os
import sys

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


def instagram(root):
    base = os.path.join(root, "instagram-jonas.weber-2024")
    me, marta = "Jonas Weber", "Marta Ruiz"
    d = "your_instagram_activity/messages/inbox/marta.ruiz_17841400000000001"
    t0 = 1720000000000  # 2024-07-03T09:46:40Z
    msgs = [
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


if __name__ == "__main__":
    samples = os.path.join(os.getcwd(), "samples")
    if not os.path.isdir(samples):
        sys.exit("run from the repository root")
    # Each sample is written only where it is not yet: existing samples are never rewritten.
    for make, folder, name in [(messenger, "messenger", "facebook-jonasweber-2025"),
                               (e2ee, "messenger", "messenger-secure-storage-2025"),
                               (instagram, "instagram", "instagram-jonas.weber-2024"),
                               (instagram_legacy, "instagram", "instagram-legacy-2019")]:
        if not os.path.exists(os.path.join(samples, folder, name)):
            make(os.path.join(samples, folder))
