#pragma once
// Scanner: a SAX pass over result.json that keeps chat-level fields and one message at a time.
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "importers/source_tree.hpp"

namespace chatvault::importers::telegram {

using nlohmann::json;

struct ChatInfo {
  bool has_messages = false;
  bool is_list_element = false;
  std::string path_prefix;  // "$" or "$.chats.list[3]"
  std::string name;
  bool has_name = false;
  std::string type;
  std::string id;
  std::size_t message_count = 0;
};

enum class Role { root, chat, messages, section, list, personal, other };

// SAX handler that keeps only chat-level scalars and one message object at a time.
class Scanner : public nlohmann::json_sax<json> {
 public:
  using MessageFn = std::function<void(std::size_t chat, std::size_t index, json&& msg)>;
  using ChatEndFn = std::function<void(std::size_t chat)>;

  Scanner(std::vector<ChatInfo>& chats, MessageFn on_message, ChatEndFn on_chat_end)
      : m_chats(chats), m_on_message(std::move(on_message)), m_on_chat_end(std::move(on_chat_end)) {}

  std::optional<std::string> self_user_id;
  std::size_t error_position = 0;
  std::string error_text;
  // No export nests deeper: a deeper file is damaged or hostile, and refused.
  static constexpr std::size_t k_max_depth = 512;
  bool too_deep = false;

  bool null() override { return scalar(json(nullptr)); }
  bool boolean(bool v) override { return scalar(json(v)); }
  bool number_integer(number_integer_t v) override { return scalar(json(v)); }
  bool number_unsigned(number_unsigned_t v) override { return scalar(json(v)); }
  bool number_float(number_float_t v, const string_t&) override { return scalar(json(v)); }
  bool string(string_t& v) override { return scalar(json(std::move(v))); }
  bool binary(binary_t&) override { return scalar(json(nullptr)); }

  bool key(string_t& k) override {
    if (!m_build.empty()) {
      m_build_key = std::move(k);
    } else {
      m_frames.back().key = std::move(k);
    }
    return true;
  }

  bool start_object(std::size_t) override { return start(true); }
  bool start_array(std::size_t) override { return start(false); }
  bool end_object() override { return end(); }
  bool end_array() override { return end(); }

  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& ex) override {
    error_position = position;
    error_text = ex.what();
    return false;
  }

 private:
  struct Frame {
    Role role = Role::other;
    std::string key;          // the current key, in an object
    std::size_t index = 0;    // the next element's index, in an array
    std::size_t chat = 0;     // for chat and messages frames
    std::string section;      // for section and list frames: "chats" or "left_chats"
  };

  // Where a value about to begin sits: its parent's role and the key or index naming it.
  Role child_role(bool is_object, bool is_array, std::size_t& index_out) {
    if (m_frames.empty()) {
      return is_object ? Role::root : Role::other;
    }
    Frame& top = m_frames.back();
    index_out = top.index;
    if (!is_object && !is_array && top.role != Role::messages) {
      return Role::other;
    }
    switch (top.role) {
      case Role::root:
        if (top.key == "messages" && is_array) return Role::messages;
        if ((top.key == "chats" || top.key == "left_chats") && is_object) return Role::section;
        if (top.key == "personal_information" && is_object) return Role::personal;
        return Role::other;
      case Role::section:
        return top.key == "list" && is_array ? Role::list : Role::other;
      case Role::list:
        return is_object ? Role::chat : Role::other;
      case Role::chat:
        return top.key == "messages" && is_array ? Role::messages : Role::other;
      default:
        return Role::other;
    }
  }

  void chat_scalar(ChatInfo& c, const std::string& key, const json& v) {
    if (key == "name") {
      c.has_name = v.is_string();
      c.name = v.is_string() ? v.get<std::string>() : std::string();
    } else if (key == "type" && v.is_string()) {
      c.type = v.get<std::string>();
    } else if (key == "id" && (v.is_number() || v.is_string())) {
      c.id = v.is_string() ? v.get<std::string>() : v.dump();
    }
  }

  bool scalar(json&& v) {
    if (!m_build.empty()) {
      insert(std::move(v));
      return true;
    }
    if (m_frames.empty()) {
      return true;
    }
    Frame& top = m_frames.back();
    if (top.role == Role::messages) {
      const std::size_t idx = top.index++;
      m_on_message(top.chat, idx, std::move(v));
      return true;
    }
    if (top.role == Role::root || top.role == Role::chat) {
      chat_scalar(m_chats[top.role == Role::root ? 0 : top.chat], top.key, v);
    } else if (top.role == Role::personal && top.key == "user_id" && (v.is_number() || v.is_string())) {
      self_user_id = v.is_string() ? v.get<std::string>() : v.dump();
    }
    ++top.index;
    return true;
  }

  void insert(json&& v) {
    json* top = m_build.back();
    if (top->is_object()) {
      (*top)[m_build_key] = std::move(v);
    } else {
      top->push_back(std::move(v));
    }
  }

  bool start(bool is_object) {
    // nlohmann parses any depth without recursing, but dumping a message's extra recurses.
    if (m_frames.size() + m_build.size() >= k_max_depth) {
      too_deep = true;
      return false;
    }
    if (!m_build.empty()) {
      insert(is_object ? json::object() : json::array());
      json* top = m_build.back();
      m_build.push_back(top->is_object() ? &(*top)[m_build_key] : &top->back());
      return true;
    }
    std::size_t index = 0;
    const Role role = child_role(is_object, !is_object, index);
    Frame* parent = m_frames.empty() ? nullptr : &m_frames.back();
    if (parent && parent->role == Role::messages) {
      m_build_chat = parent->chat;
      m_build_index = parent->index++;
      m_current = is_object ? json::object() : json::array();
      m_build.push_back(&m_current);
      return true;
    }
    if (parent) {
      ++parent->index;
    }
    Frame f;
    f.role = role;
    if (role == Role::root) {
      if (m_chats.empty()) {
        m_chats.emplace_back();
      }
      m_chats[0].path_prefix = "$";
      f.chat = 0;
    } else if (role == Role::section) {
      f.section = parent->key;
    } else if (role == Role::list) {
      f.section = parent->section;
    } else if (role == Role::chat) {
      ChatInfo c;
      c.is_list_element = true;
      c.path_prefix = "$." + parent->section + ".list[" + std::to_string(index) + "]";
      f.chat = next_chat_slot(std::move(c));
    } else if (role == Role::messages) {
      f.chat = parent->role == Role::root ? 0 : parent->chat;
      m_chats[f.chat].has_messages = true;
    }
    m_frames.push_back(std::move(f));
    return true;
  }

  // Pass two re-walks the same file, so slots are matched by order, not created anew.
  std::size_t next_chat_slot(ChatInfo&& c) {
    const std::size_t slot = ++m_list_chats;
    if (slot >= m_chats.size()) {
      m_chats.resize(slot + 1);
      m_chats[slot] = std::move(c);
    }
    return slot;
  }

  bool end() {
    if (!m_build.empty()) {
      m_build.pop_back();
      if (m_build.empty()) {
        m_on_message(m_build_chat, m_build_index, std::move(m_current));
        m_current = json();
      }
      return true;
    }
    const Frame f = std::move(m_frames.back());
    m_frames.pop_back();
    if (f.role == Role::chat || (f.role == Role::root && m_chats[0].has_messages)) {
      m_on_chat_end(f.chat);
    }
    return true;
  }

  std::vector<ChatInfo>& m_chats;
  MessageFn m_on_message;
  ChatEndFn m_on_chat_end;
  std::vector<Frame> m_frames;
  std::size_t m_list_chats = 0;
  json m_current;
  std::vector<json*> m_build;
  std::string m_build_key;
  std::size_t m_build_chat = 0;
  std::size_t m_build_index = 0;
};

// Streams `entry` of `tree` through `scanner`; invalid JSON is Error(input) naming the entry and
// the byte where parsing stopped.
void run_scan(const SourceTree& tree, const std::string& entry, Scanner& scanner);

}  // namespace chatvault::importers::telegram
