// Fuzzes the codebook lookup and the JSONL writer with arbitrary bytes.
// Invariants: LookupCameo returns nullptr or an entry whose code is a prefix
// of the input; QuadClass agrees with CameoRoot; every JSONL line the writer
// emits is valid JSON (checked with nlohmann::json when it is available).
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>
#include <string_view>

#include "entente/codebook.h"
#include "entente/output.h"

#if __has_include(<nlohmann/json.hpp>)
#include <nlohmann/json.hpp>
#define ENTENTE_FUZZ_HAVE_JSON 1
#endif

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);

  std::string_view code = in.substr(0, 6);
  const entente::CameoInfo* info = entente::LookupCameo(code);
  if (info != nullptr && !code.starts_with(info->code)) std::abort();
  if ((entente::QuadClass(code) != 0) && entente::CameoRoot(code).empty()) std::abort();

  entente::Event e;
  e.code = std::string(code);
  e.doc = std::string(in.substr(0, 16));
  e.text = std::string(in);
  e.verb_text = std::string(in.substr(size / 2));
  e.date = size > 3 ? static_cast<entente::Day>(data[0] | data[1] << 8 | data[2] << 16) : entente::kNoDate;
  std::ostringstream out;
  {
    auto w = entente::NewEventWriter(entente::OutputFormat::kJsonl, &out);
    w->Write(e);
  }
  const std::string s = out.str();
  if (s.empty() || s.back() != '\n' || s.find('\n') != s.size() - 1) std::abort();
#ifdef ENTENTE_FUZZ_HAVE_JSON
  if (!nlohmann::json::accept(s)) std::abort();
#endif
  std::ostringstream tsv;
  entente::NewEventWriter(entente::OutputFormat::kTsv, &tsv)->Write(e);
  const std::string t = tsv.str();
  if (t.find('\n') != t.size() - 1) std::abort();
  return 0;
}
