#include "importers/whatsapp/locale_strings.hpp"

#include <array>

namespace chatvault::importers::whatsapp::strings {
namespace {
using K = model::AttachmentKind;
using namespace std::string_view_literals;

constexpr std::array k_omitted{
    // English: Android, then iOS.
    Omitted{"<Media omitted>"sv, K::other},
    Omitted{"image omitted"sv, K::photo},
    Omitted{"video omitted"sv, K::video},
    Omitted{"audio omitted"sv, K::audio},
    Omitted{"sticker omitted"sv, K::sticker},
    Omitted{"GIF omitted"sv, K::gif},
    Omitted{"document omitted"sv, K::document},
    Omitted{"Contact card omitted"sv, K::contact},
    Omitted{"video note omitted"sv, K::video},
    Omitted{"video message omitted"sv, K::video},
    Omitted{"<Video message omitted>"sv, K::video},
    Omitted{"<Video note omitted>"sv, K::video},
    // Android, other languages (FORMAT.md §9.3/9.4).
    Omitted{"<Medien ausgeschlossen>"sv, K::other},
    Omitted{"<Medien weggelassen>"sv, K::other},
    Omitted{"<Media weggelaten>"sv, K::other},
    Omitted{"<Média vynechány>"sv, K::other},
    Omitted{"< Média vynechána >"sv, K::other},
    Omitted{"<Без медиафайлов>"sv, K::other},
    Omitted{"<Файл пропущен>"sv, K::other},
    Omitted{"<Archivo omitido>"sv, K::other},
    Omitted{"<Multimedia omitido>"sv, K::other},
    Omitted{"<Fichier omis>"sv, K::other},
    Omitted{"<Médias omis>"sv, K::other},
    Omitted{"<Media omessi>"sv, K::other},
    Omitted{"<Media omesso>"sv, K::other},
    Omitted{"<Mídia omitida>"sv, K::other},
    Omitted{"<Ficheiro não revelado>"sv, K::other},
    // iOS, other languages (FORMAT.md §9.2 I1) for the fixtures' locales.
    Omitted{"Bild weggelassen"sv, K::photo},
    Omitted{"Video weggelassen"sv, K::video},
    Omitted{"Audio weggelassen"sv, K::audio},
    Omitted{"Sticker weggelassen"sv, K::sticker},
    Omitted{"GIF weggelassen"sv, K::gif},
    Omitted{"Dokument weggelassen"sv, K::document},
    Omitted{"Kontaktkarte ausgelassen"sv, K::contact},
    Omitted{"imagen omitida"sv, K::photo},
    Omitted{"Video omitido"sv, K::video},
    Omitted{"audio omitido"sv, K::audio},
    Omitted{"sticker omitido"sv, K::sticker},
    Omitted{"GIF omitido"sv, K::gif},
    Omitted{"documento omitido"sv, K::document},
    Omitted{"image absente"sv, K::photo},
    Omitted{"vidéo absente"sv, K::video},
    Omitted{"audio omis"sv, K::audio},
    Omitted{"sticker omis"sv, K::sticker},
    Omitted{"immagine omessa"sv, K::photo},
    Omitted{"video omesso"sv, K::video},
    Omitted{"audio omesso"sv, K::audio},
    Omitted{"obrázek vynechán"sv, K::photo},
    Omitted{"video vynecháno"sv, K::video},
    Omitted{"изображение отсутствует"sv, K::photo},
    Omitted{"видео отсутствует"sv, K::video},
    Omitted{"аудиофайл отсутствует"sv, K::audio},
    Omitted{"стикер не добавлен"sv, K::sticker},
    Omitted{"зображення відсутнє"sv, K::photo},
    Omitted{"відео відсутнє"sv, K::video},
    Omitted{"аудіо відсутнє"sv, K::audio},
    Omitted{"imagem não revelada"sv, K::photo},
    Omitted{"vídeo não revelado"sv, K::video},
    Omitted{"gambar tidak disertakan"sv, K::photo},
    Omitted{"video tidak disertakan"sv, K::video},
    Omitted{"audio tidak disertakan"sv, K::audio},
    Omitted{"stiker tidak disertakan"sv, K::sticker},
    Omitted{"画像は含まれていません"sv, K::photo},
    Omitted{"ビデオは含まれていません"sv, K::video},
    Omitted{"音声は含まれていません"sv, K::audio},
    Omitted{"ไม่มีรูปภาพ"sv, K::photo},
    Omitted{"วิดีโอถูกลบ"sv, K::video},
    Omitted{"ไม่มีไฟล์เสียง"sv, K::audio},
    Omitted{"đã bỏ qua hình ảnh"sv, K::photo},
    Omitted{"đã bỏ video"sv, K::video},
    Omitted{"फ़ोटो हटाई गई"sv, K::photo},
    Omitted{"वीडियो छोड़ा गया"sv, K::video},
    Omitted{"لم يتم إدراج الصورة"sv, K::photo},
    Omitted{"لم يتم إدراج الفيديوهات"sv, K::video},
};

constexpr std::array k_file_attached{
    " (file attached)"sv, " (Datei angehängt)"sv, " (bestand bijgevoegd)"sv, " (archivo adjunto)"sv,
    " (archivo adjuntado)"sv, " (arquivo anexado)"sv, " (ficheiro anexado)"sv, " (fichier joint)"sv,
    " (file allegato)"sv, " (soubor byl přiložen)"sv, " (файл добавлен)"sv, " (bifogad fil)"sv,
    " (dosya ekli)"sv, " (plik załączony)"sv, " (załączony plik)"sv,
};

constexpr std::array k_attached{
    "<attached: "sv, "<Anhang: "sv, "<adjunto: "sv, "< pièce jointe : "sv, "<allegato: "sv,
    "<anexo: "sv, "<anexado: "sv, "<bijgevoegd: "sv, "<příloha: "sv, "<прикреплено: "sv, "<додано: "sv,
    "<terlampir: "sv, "<添付ファイル: "sv, "<แนบ: "sv, "<đính kèm: "sv, "<المُرفق: "sv,
};

constexpr std::array k_deleted{
    "This message was deleted"sv,
    "You deleted this message"sv,
    "This message was deleted by an admin"sv,
    "You deleted this message as admin"sv,
    "Diese Nachricht wurde gelöscht"sv,
    "Du hast diese Nachricht gelöscht"sv,
    "Dit bericht is verwijderd"sv,
    "U hebt dit bericht verwijderd"sv,
    "Je hebt dit bericht verwijderd"sv,
    "Данное сообщение удалено"sv,
    "Вы удалили данное сообщение"sv,
    "Tato zpráva byla odstraněna"sv,
    "Tuto zprávu jste odstranil/a"sv,
    "Este mensaje fue eliminado"sv,
    "Eliminaste este mensaje"sv,
    "Ce message a été supprimé"sv,
    "Vous avez supprimé ce message"sv,
    "Questo messaggio è stato eliminato"sv,
    "Hai eliminato questo messaggio"sv,
    "Esta mensagem foi apagada"sv,
    "Você apagou esta mensagem"sv,
};

constexpr std::array k_location{
    "location: "sv, "Standort: "sv, "locatie: "sv, "poloha: "sv, "местоположение: "sv,
    "ubicación: "sv, "localisation : "sv, "posizione: "sv, "localização: "sv,
};

constexpr std::array k_live{
    "live location shared"sv, "Live-Standort wird geteilt"sv, "live locatie gedeeld"sv,
};

constexpr std::array k_missed_voice{
    "Missed voice call"sv, "Verpasster Sprachanruf"sv, "Gemiste spraakoproep"sv,
    "Пропущенный аудиозвонок"sv, "Zmeškaný hovor"sv, "Zmeškaný hlasový hovor"sv,
    "Llamada de voz perdida"sv, "Appel vocal manqué"sv, "Chiamata vocale persa"sv,
};

constexpr std::array k_missed_video{
    "Missed video call"sv, "Verpasster Videoanruf"sv, "Gemiste video-oproep"sv,
    "Пропущенный видеозвонок"sv, "Zmeškaný videohovor"sv, "Videollamada perdida"sv,
    "Appel vidéo manqué"sv, "Videochiamata persa"sv,
};

constexpr std::array k_notice{
    "Messages and calls are end-to-end encrypted"sv,
    "Messages to this chat and calls are now secured with end-to-end encryption"sv,
    "Messages to this group are now secured with end-to-end encryption"sv,
    "Messages you send to this chat and calls are now secured with end-to-end encryption"sv,
    "Messages you send to this group are now secured with end-to-end encryption"sv,
    "This business uses a secure service from Meta"sv,
    "Your security code with "sv,
    "Waiting for this message"sv,
    "Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt"sv,
    "Dein Sicherheitscode für "sv,
};

constexpr std::array k_group{
    " created group "sv, "You created group "sv, " added you"sv, "You were added"sv,
    " joined using this group's invite link"sv, " changed the subject "sv, " changed this group's icon"sv,
    " changed the group description"sv, "Messages to this group are now secured"sv,
    "You're now an admin"sv, " left"sv, " removed "sv, "hat die Gruppe "sv, "Du hast die Gruppe "sv,
};

constexpr std::array k_attributed_events{
    " created group "sv, "You created group "sv, " added you"sv, "You were added"sv,
    " joined using this group's invite link"sv, " changed the subject "sv, " changed this group's icon"sv,
    " changed the group description"sv, "You're now an admin"sv, "You're no longer an admin"sv,
    " changed their phone number"sv, " changed this group's settings"sv,
};

constexpr std::array k_file_names{
    "WhatsApp Chat with %s"sv, "WhatsApp Chat - %s"sv, "WhatsApp Chat mit %s"sv,
    "Chat de WhatsApp con %s"sv, "Chat WhatsApp con %s"sv, "Conversa do WhatsApp com %s"sv,
    "Conversa no WhatsApp com %s"sv, "Discussion WhatsApp avec %s"sv, "WhatsApp-chat met %s"sv,
    "Чат WhatsApp с контактом %s"sv, "Чат WhatsApp с %s"sv, "Chat WhatsApp s uživatelem %s"sv,
    "WhatsApp-chatt med %s"sv, "WhatsApp chat med %s"sv, "Czat WhatsApp z %s"sv,
    "%s ile WhatsApp Sohbeti"sv, "%sとのWhatsAppチャット"sv,
};

}  // namespace

std::span<const Omitted> omitted() { return k_omitted; }
std::span<const std::string_view> file_attached_suffixes() { return k_file_attached; }
std::span<const std::string_view> attached_prefixes() { return k_attached; }
std::span<const std::string_view> deleted() { return k_deleted; }
std::span<const std::string_view> location_prefixes() { return k_location; }
std::span<const std::string_view> live_location() { return k_live; }
std::span<const std::string_view> missed_voice_calls() { return k_missed_voice; }
std::span<const std::string_view> missed_video_calls() { return k_missed_video; }
std::span<const std::string_view> notice_prefixes() { return k_notice; }
std::span<const std::string_view> group_event_markers() { return k_group; }
std::span<const std::string_view> attributed_event_markers() { return k_attributed_events; }
std::span<const std::string_view> file_name_templates() { return k_file_names; }

}  // namespace chatvault::importers::whatsapp::strings
