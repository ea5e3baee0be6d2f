#!/usr/bin/env bash
# The main job on the bundled samples: build, create an archive, import every sample, list the
# chats, search, verify the encrypted archive, export to JSON Lines, plain text, Telegram packages and
# Telegram Desktop JSON, and convert a WhatsApp export straight to Telegram, under out/demo/.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
scripts/build.sh release >/dev/null
cv=build/release/chatvault

# A demo passphrase so the script runs unattended; for your own archive, let chatvault prompt.
export CHATVAULT_PASSPHRASE="demo passphrase, not a secret"
rm -rf out/demo
mkdir -p out/demo
archive=out/demo/demo.chatvault

step() { printf '\n$ %s\n' "$*"; "$@"; }

step "$cv" init "$archive" --kdf interactive
# Each export's clock times are in the zone of the phone that wrote it.
step "$cv" import "$archive" "samples/whatsapp/WhatsApp Chat with Anna Schmidt.zip" --tz Europe/Berlin --self "Ben Carter"
step "$cv" import "$archive" "samples/whatsapp/WhatsApp Chat - Hiking Club.zip" --tz America/New_York
# A Telegram Desktop export (its times are UTC in the file, no --tz needed).
step "$cv" import "$archive" samples/telegram/ChatExport_2024-05-12
# Meta "Download your information" JSON: who you are comes from the download's profile.
step "$cv" import "$archive" samples/messenger/facebook-jonasweber-2025
# The E2EE download continues the e2ee_cutover thread of the one above: the two become one chat.
step "$cv" import "$archive" samples/messenger/messenger-secure-storage-2025
step "$cv" import "$archive" samples/instagram/instagram-jonas.weber-2024
step "$cv" import "$archive" samples/instagram/instagram-legacy-2019
# HTML downloads write no zone: --tz is the account's. The Instagram one is the same chat as the
# JSON download above, so it adds nothing.
step "$cv" import "$archive" samples/instagram/instagram-html-2024 --tz Europe/Madrid
step "$cv" import "$archive" samples/messenger/facebook-html-2021 --tz Europe/Berlin --self "Jonas Weber"
step "$cv" import "$archive" samples/messenger/facebook-legacy-2016
# The same export again adds nothing.
step "$cv" import "$archive" "samples/whatsapp/WhatsApp Chat with Anna Schmidt.zip" --tz Europe/Berlin
step "$cv" chats "$archive"
# Whole words, any case and accent ("cafe" finds "café"), newest first; "trail*" is a prefix.
step "$cv" search "$archive" cafe
step "$cv" search "$archive" "trail*" --limit 5
step "$cv" search "$archive" map --from "Anna Schmidt" --json
step "$cv" verify "$archive"
step "$cv" export "$archive" --format jsonl --out out/demo/jsonl
step "$cv" export "$archive" --format txt --out out/demo/txt
# Packages Telegram's "Import chat" accepts (an iPhone zip and an Android folder per chat).
step "$cv" export "$archive" --format telegram --out out/demo/telegram --self "Ben Carter"
# Telegram Desktop's own result.json layout, for tools that read Telegram exports.
step "$cv" export "$archive" --format telegram-json --out out/demo/telegram-json
# The one-step migration: a WhatsApp export straight to Telegram, no archive, no passphrase.
step "$cv" convert "samples/whatsapp/WhatsApp Chat - Hiking Club.zip" --tz America/New_York --format telegram \
  --out out/demo/convert
printf '\nwritten: %s\n' "$(cd out/demo && find jsonl txt telegram telegram-json convert -type f | sort | tr '\n' ' ')"
