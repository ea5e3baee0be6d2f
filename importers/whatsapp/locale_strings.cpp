// Hand-collected strings that the generated §9 tables lack: English and German forms from
// FORMAT.md §4 and §9.6, older spellings seen in real exports, file-name prefixes (§9.5),
// completed-call words, and the edited marker.
#include "importers/whatsapp/locale_strings.hpp"

#include <span>

namespace chatvault::importers::whatsapp::strings {
namespace {
using C = Category;
using K = model::AttachmentKind;
using namespace std::string_view_literals;

constexpr Entry k_extra[] = {
    // File names (§1.1, §9.5).
    {C::file_name, K::other, "WhatsApp Chat - %s"sv}, {C::file_name, K::other, "Chat de WhatsApp con %s"sv},
    {C::file_name, K::other, "Чат WhatsApp с контактом %s"sv}, {C::file_name, K::other, "Chat WhatsApp con %s"sv},
    // English iOS/Android forms not in the resource tables (§4.5, §4.6, §9.6).
    {C::omitted, K::video, "video note omitted"sv}, {C::omitted, K::video, "video message omitted"sv},
    {C::omitted, K::video, "<Video message omitted>"sv}, {C::omitted, K::video, "<Video note omitted>"sv},
    {C::omitted, K::photo, "view once photo omitted"sv}, {C::omitted, K::video, "view once video omitted"sv},
    {C::omitted, K::voice, "view once voice message omitted"sv},
    {C::omitted, K::other, "<Multimedia omitido>"sv}, {C::omitted, K::other, "<Médias omis>"sv},
    // German (§9.6, WhatsR).
    {C::omitted, K::video, "Videonachricht weggelassen"sv}, {C::omitted, K::video, "<Videonachricht weggelassen>"sv},
    {C::omitted, K::photo, "Bild ausgelassen"sv}, {C::omitted, K::audio, "Audio ausgelassen"sv},
    {C::omitted, K::video, "Video ausgelassen"sv}, {C::omitted, K::gif, "GIF ausgelassen"sv},
    {C::omitted, K::sticker, "Sticker ausgelassen"sv}, {C::omitted, K::contact, "Kontaktkarte weggelassen"sv},
    {C::omitted, K::document, "Dokument ausgelassen"sv},
    {C::file_attached, K::other, "%s (archivo adjunto)"sv}, {C::file_attached, K::other, "%s (plik załączony)"sv},
    {C::live_location, K::other, "Live location shared"sv},
    {C::deleted, K::other, "You deleted this message as admin"sv},
    {C::deleted, K::other, "Je hebt dit bericht verwijderd"sv},
    {C::deleted, K::other, "Tato zpráva byla odstraněna"sv},
    // Completed calls (§4.9): "Voice call. 5 min", "Video call, 5 min", "Sprachanruf. Keine Antwort".
    {C::voice_call, K::other, "Voice call"sv}, {C::video_call, K::other, "Video call"sv},
    {C::voice_call, K::other, "Sprachanruf"sv}, {C::video_call, K::other, "Videoanruf"sv},
    {C::video_call, K::other, "Videollamada"sv}, {C::video_call, K::other, "Appel vidéo"sv},
    {C::video_call, K::other, "Videochiamata"sv}, {C::video_call, K::other, "Видеозвонок"sv},
    {C::no_answer, K::other, "No answer"sv}, {C::no_answer, K::other, "Keine Antwort"sv},
    {C::no_answer, K::other, "Tap to call back"sv}, {C::no_answer, K::other, "Zum Zurückrufen tippen"sv},
    // Notices (§4.2).
    {C::notice, K::other, "Messages and calls are end-to-end encrypted"sv},
    {C::notice, K::other, "Messages you send to this chat and calls are now secured with end-to-end encryption"sv},
    {C::notice, K::other, "Messages you send to this group are now secured with end-to-end encryption"sv},
    {C::notice, K::other, "This business uses a secure service from Meta"sv},
    {C::notice, K::other, "Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt"sv},
    {C::notice, K::other, "Berichten en oproepen worden end-to-end versleuteld"sv},
    {C::notice, K::other, "Zprávy a hovory jsou zabezpečeny koncovým šifrováním"sv},
    {C::notice, K::other, "Сообщения и звонки защищены сквозным шифрованием"sv},
    {C::notice, K::other, "پیامها و تماسها سرتاسر رمزگذاری شدهاند"sv},
    // English group events (§4.2) beyond the resource tables.
    {C::group_event, K::other, "%s added %s"sv}, {C::group_event, K::other, "You added %s"sv},
    {C::group_event, K::other, "%s removed %s"sv}, {C::group_event, K::other, "You removed %s"sv},
    {C::group_event, K::other, "You joined using this group's invite link"sv},
    {C::group_event, K::other, "%s joined using this group's invite link"sv},
    {C::group_event, K::other, "You changed the subject from %s to %s"sv},
    {C::group_event, K::other, "%s changed the subject from %s to %s"sv},
    {C::group_event, K::other, "%s changed the subject to %s"sv}, {C::group_event, K::other, "You changed the subject to %s"sv},
    {C::group_event, K::other, "%s changed this group's icon"sv}, {C::group_event, K::other, "You changed this group's icon"sv},
    {C::group_event, K::other, "%s deleted this group's icon"sv}, {C::group_event, K::other, "You deleted this group's icon"sv},
    {C::group_event, K::other, "%s changed the group description"sv},
    {C::group_event, K::other, "You changed the group description"sv},
    {C::group_event, K::other, "%s deleted the group description"sv},
    {C::group_event, K::other, "%s changed this group's settings %s"sv},
    {C::group_event, K::other, "You changed this group's settings %s"sv},
    {C::group_event, K::other, "You're now an admin"sv}, {C::group_event, K::other, "You're no longer an admin"sv},
    {C::group_event, K::other, "%s created this group"sv},
    {C::group_event, K::other, "%s started a call"sv}, {C::group_event, K::other, "%s started a video call"sv},
    {C::contact_event, K::other, "You turned on disappearing messages.%s"sv},
    {C::contact_event, K::other, "%s turned on disappearing messages.%s"sv},
    {C::contact_event, K::other, "You turned off disappearing messages.%s"sv},
    {C::contact_event, K::other, "%s turned off disappearing messages.%s"sv},
    {C::contact_event, K::other, "You updated the message timer.%s"sv},
    {C::contact_event, K::other, "%s updated the message timer.%s"sv},
    {C::contact_event, K::other, "%s changed their phone number to a new number.%s"sv},
    {C::contact_event, K::other, "%s changed to %s"sv},
    {C::contact_event, K::other, "You blocked this contact.%s"sv},
    {C::contact_event, K::other, "You unblocked this contact.%s"sv},
    {C::contact_event, K::other, "Your security code with %s changed.%s"sv},
    // German group and contact events (§9.6, WhatsR).
    {C::group_event, K::other, "%s hat %s hinzugefügt"sv}, {C::group_event, K::other, "Du hast %s hinzugefügt"sv},
    {C::group_event, K::other, "%s hat %s entfernt"sv}, {C::group_event, K::other, "Du hast %s entfernt"sv},
    {C::group_event, K::other, "%s hat die Gruppe verlassen."sv},
    {C::group_event, K::other, "%s hat den Betreff von %s zu %s geändert"sv},
    {C::group_event, K::other, "%s hat das Gruppenbild geändert"sv},
    {C::group_event, K::other, "%s hat die Gruppenbeschreibung geändert"sv},
    {C::group_event, K::other, "Du bist jetzt ein*e Admin"sv}, {C::group_event, K::other, "Du bist jetzt Admin"sv},
    {C::group_event, K::other, "Du bist kein*e Admin mehr"sv},
    {C::group_event, K::other, "%s ist über den Einladungslink dieser Gruppe beigetreten"sv},
    {C::contact_event, K::other, "%s hat eine neue Telefonnummer.%s"sv},
    {C::contact_event, K::other, "Dein Sicherheitscode für %s hat sich geändert.%s"sv},
    {C::contact_event, K::other, "%s hat selbstlöschende Nachrichten aktiviert.%s"sv},
    {C::contact_event, K::other, "%s hat selbstlöschende Nachrichten deaktiviert.%s"sv},
    // The edited marker (§4.4): English is observed; the generic "<…>" rule covers the others.
    {C::edited, K::other, "<This message was edited>"sv},
    {C::edited, K::other, "<Diese Nachricht wurde bearbeitet>"sv},
    {C::edited, K::other, "<Se editó este mensaje.>"sv},
    {C::edited, K::other, "<Ce message a été modifié>"sv},
    {C::edited, K::other, "<Dit bericht is bewerkt>"sv},
    {C::edited, K::other, "<Questo messaggio è stato modificato>"sv},
    {C::edited, K::other, "<Mensagem editada>"sv},
    {C::edited, K::other, "<Сообщение изменено>"sv},
};

}  // namespace

std::span<const Entry> extra_entries() { return k_extra; }

const std::vector<std::string_view>& file_name_templates() {
  static const auto all = [] {
    std::vector<std::string_view> out;
    for (auto table : {extra_entries(), android_entries()}) {
      for (const Entry& e : table) {
        if (e.category == Category::file_name) out.push_back(e.text);
      }
    }
    return out;
  }();
  return all;
}

}  // namespace chatvault::importers::whatsapp::strings
