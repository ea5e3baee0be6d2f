#include "exporters/output_dir.hpp"

#include <doctest/doctest.h>

#include <filesystem>

#include "tests/support.hpp"
#include "util/error.hpp"
#include "util/utf8.hpp"

namespace chatvault::exporters {
namespace fs = std::filesystem;
using test::TempDir;

namespace {

std::string repeat(std::string_view s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) {
    out += s;
  }
  return out;
}

}  // namespace

TEST_CASE("sanitize_component: traversal, separators and absolute paths") {
  CHECK(sanitize_component("..") == "_");
  CHECK(sanitize_component(".") == "_");
  CHECK(sanitize_component("../../etc") == "_._.._etc");
  CHECK(sanitize_component("/etc/passwd") == "_etc_passwd");
  CHECK(sanitize_component("a/b") == "a_b");
  CHECK(sanitize_component("a\\b") == "a_b");
  CHECK(sanitize_component("C:\\Windows") == "C__Windows");
  CHECK(sanitize_component(".hidden") == "_hidden");
}

TEST_CASE("sanitize_component: control, reserved and invisible characters") {
  CHECK(sanitize_component(std::string("a\0b", 3)) == "a_b");
  CHECK(sanitize_component("tab\there\nnew") == "tab_here_new");
  CHECK(sanitize_component("<>:\"|?*") == "_______");
  CHECK(sanitize_component("x\x7F\xC2\x85y") == "x__y");                  // DEL and C1 NEL
  CHECK(sanitize_component("\xE2\x80\xAEgpj.exe") == "_gpj.exe");         // U+202E override
  CHECK(sanitize_component(R"(Mum/Dad: "Plans"?)") == "Mum_Dad_ _Plans__");
}

TEST_CASE("sanitize_component: Windows device names, any case, with or without extension") {
  CHECK(sanitize_component("CON") == "_CON");
  CHECK(sanitize_component("con.txt") == "_con.txt");
  CHECK(sanitize_component("nul") == "_nul");
  CHECK(sanitize_component("Aux.tar.gz") == "_Aux.tar.gz");
  CHECK(sanitize_component("com1") == "_com1");
  CHECK(sanitize_component("LPT9.log") == "_LPT9.log");
  CHECK(sanitize_component("PRN ") == "_PRN");
  CHECK(sanitize_component("COM10") == "COM10");
  CHECK(sanitize_component("console") == "console");
  CHECK(sanitize_component("NUL...") == "_NUL");
  // Becomes a device name only once the cut drops the tail: still caught.
  CHECK(sanitize_component("AUX" + std::string(200, ' ') + "x") == "_AUX");
}

TEST_CASE("sanitize_component: trailing dots and spaces, empty names") {
  CHECK(sanitize_component("name...") == "name");
  CHECK(sanitize_component("name . .") == "name");
  CHECK(sanitize_component("  spaced  ") == "spaced");
  CHECK(sanitize_component("") == "_");
  CHECK(sanitize_component("   ") == "_");
  CHECK(sanitize_component("...") == "_");
}

TEST_CASE("sanitize_component: UTF-8 kept, invalid repaired") {
  CHECK(sanitize_component("Ma\xC3\xAF" "a \xF0\x9F\x98\x80") == "Ma\xC3\xAF" "a \xF0\x9F\x98\x80");
  CHECK(sanitize_component("bad\xFFname") == "bad\xEF\xBF\xBDname");
  CHECK(sanitize_component("\xC3") == "\xEF\xBF\xBD");
}

TEST_CASE("sanitize_component: long names are cut on a code point boundary, keeping the extension") {
  const std::string e_acute = "\xC3\xA9";
  const std::string grin = "\xF0\x9F\x98\x80";

  const std::string even = sanitize_component(repeat(e_acute, 150));  // 300 bytes
  CHECK(even == repeat(e_acute, 60));

  const std::string odd = sanitize_component("x" + repeat(e_acute, 150));  // the cut falls mid-sequence
  CHECK(odd == "x" + repeat(e_acute, 59));
  CHECK(utf8::is_valid(odd));

  const std::string with_ext = sanitize_component("x" + repeat(e_acute, 150) + ".jpg");
  CHECK(with_ext == "x" + repeat(e_acute, 57) + ".jpg");
  CHECK(with_ext.size() <= k_max_component_bytes);

  const std::string emoji = sanitize_component("ab" + repeat(grin, 80));
  CHECK(emoji == "ab" + repeat(grin, 29));

  for (std::size_t max : {5u, 6u, 7u, 8u}) {
    const std::string s = sanitize_component(repeat(grin, 3), max);
    CHECK(utf8::is_valid(s));
    CHECK(s.size() <= max);
  }
}

TEST_CASE("fold_case folds the letters file systems fold") {
  CHECK(fold_case("Anna.JSONL") == "anna.jsonl");
  CHECK(fold_case("\xC3\x84rger") == "\xC3\xA4rger");          // Ä -> ä
  CHECK(fold_case("\xC5\x81\xC3\xB3" "d\xC5\xBA") == "\xC5\x82\xC3\xB3" "d\xC5\xBA");  // Łódź
  CHECK(fold_case("\xD0\x9C\xD0\xB0\xD1\x88\xD0\xB0") == "\xD0\xBC\xD0\xB0\xD1\x88\xD0\xB0");  // Маша
  CHECK(fold_case("\xCE\xA3") == "\xCF\x83");                  // Σ -> σ
}

TEST_CASE("OutputDir: collisions are made unique case-insensitively and deterministically") {
  TempDir tmp;
  OutputDir out(tmp / "out");
  CHECK(out.claim("", "Anna.jsonl") == "Anna.jsonl");
  CHECK(out.claim("", "anna.jsonl") == "anna (2).jsonl");
  CHECK(out.claim("", "ANNA.JSONL") == "ANNA (3).JSONL");
  CHECK(out.claim("", "Anna (2).jsonl") == "Anna (2) (2).jsonl");
  CHECK(out.claim("Anna_media", "anna.jsonl") == "Anna_media/anna.jsonl");  // another folder
  CHECK(out.claim("", "\xC3\x84.txt") == "\xC3\x84.txt");
  CHECK(out.claim("", "\xC3\xA4.txt") == "\xC3\xA4 (2).txt");
  CHECK(out.claim("", "../x") == "_._x");

  CHECK(out.claim_stem("Anna") == "Anna");
  CHECK(out.claim_stem("anna") == "anna (2)");
  CHECK(out.claim_stem("") == "_");

  // A long colliding name stays within the cap and keeps its extension.
  const std::string long_name = std::string(200, 'a') + ".jpg";
  const std::string first = out.claim("m", long_name);
  const std::string second = out.claim("m", long_name);
  CHECK(first == "m/" + std::string(116, 'a') + ".jpg");
  CHECK(second == "m/" + std::string(112, 'a') + " (2).jpg");

  // Stems leave room for a suffix and an extension.
  CHECK(out.claim_stem(std::string(300, 'b')).size() <= k_max_component_bytes - 20);
}

TEST_CASE("OutputDir: files are created once, never overwritten") {
  TempDir tmp;
  {
    OutputDir out(tmp / "a" / "b");
    OutputFile f = out.create(out.claim("media", "x.bin"));
    f.write("hello");
    f.close();
  }
  CHECK(test::read_file(tmp / "a" / "b" / "media" / "x.bin") == "hello");

  OutputDir again(tmp / "a" / "b");
  try {
    (void)again.create(again.claim("media", "x.bin"));
    FAIL("expected an error");
  } catch (const Error& e) {
    CHECK(e.category() == ErrorCategory::io);
    CHECK(std::string(e.what()).find((tmp / "a" / "b" / "media" / "x.bin").string()) != std::string::npos);
    CHECK(std::string(e.what()).find("already exists") != std::string::npos);
  }
  CHECK(test::read_file(tmp / "a" / "b" / "media" / "x.bin") == "hello");
}

TEST_CASE("OutputDir: never writes through a symbolic link") {
  TempDir tmp;
  fs::create_directories(tmp / "out");
  fs::create_directories(tmp / "elsewhere");
  fs::create_directory_symlink(tmp / "elsewhere", tmp / "out" / "Anna_media");
  fs::create_symlink(tmp / "elsewhere" / "target", tmp / "out" / "Anna.jsonl");
  OutputDir out(tmp / "out");
  CHECK_THROWS_AS((void)out.create("Anna_media/IMG-1.jpg"), Error);
  CHECK_THROWS_AS((void)out.create("Anna.jsonl"), Error);
  CHECK(fs::is_empty(tmp / "elsewhere"));
}

TEST_CASE("OutputDir: an output path that is a file is an I/O error") {
  TempDir tmp;
  test::write_file(tmp / "file", "x");
  CHECK_THROWS_AS(OutputDir(tmp / "file"), Error);
}

}  // namespace chatvault::exporters
