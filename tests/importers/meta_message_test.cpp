// One DYI message's rules on their own: which English sentences are group events.
#include <doctest/doctest.h>

#include <string_view>

#include "importers/meta/dyi_message.hpp"

using chatvault::importers::meta::is_english_event;

TEST_CASE("dyi message: English event sentences, and text that only looks like them") {
  for (std::string_view event :
       {"Anna created the group.", "Anna added Ben and Chloé to the group.", "Ben left the group.",
        "Anna removed Ben from the group.", "Anna changed the group photo.", "Ben joined the video call.",
        "Ben joined the call.", "Anna started a video chat.", "Anna started a call.", "The video call ended.",
        "The call ended.", "You are now connected on Messenger", "Anna named the group Buchclub 📚.",
        "Anna set the nickname for Ben to Benny.", "Anna changed the theme to Love.", "Anna set the emoji to 🎉.",
        "Anna set the theme, then set the emoji to 🎉."}) {
    CAPTURE(event);
    CHECK(is_english_event(event, ""));
  }
  for (std::string_view text :
       {"", "the", "I left the group chat early", "we named the dog Rex", "Anna named the group", "set the table",
        "the emoji to use", "changed the  theme to", "Did you see the group.photo?", "The call ended badly? no",
        "The game ended.", "Anna hat die Gruppe erstellt.", "named the group x", "xnamed the group y"}) {
    CAPTURE(text);
    CHECK_FALSE(is_english_event(text, ""));
  }
  CHECK(is_english_event("anything", "Subscribe"));
  CHECK(is_english_event("", "Unsubscribe"));
  CHECK_FALSE(is_english_event("hello", "Generic"));
}
