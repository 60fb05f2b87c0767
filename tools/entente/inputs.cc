#include "inputs.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <system_error>

#include "subcommands.h"

#include <simdjson.h>

namespace entente {
namespace {

bool IsStdin(const std::string& file) { return file == "-"; }

}  // namespace

bool CheckInputs(const std::vector<std::string>& files) {
  for (const std::string& file : files) {
    if (IsStdin(file)) continue;
    std::error_code ec;
    const char* why = nullptr;
    if (std::filesystem::is_directory(file, ec)) {
      why = "is a directory";
    } else if (!std::ifstream(file, std::ios::binary)) {
      why = std::strerror(errno);
    }
    if (why != nullptr) {
      std::cerr << "entente: cannot read " << file << ": " << why << "\n";
      return false;
    }
  }
  return true;
}

uint64_t InputPosition::Read() const {
  uint64_t here = 0;
  if (current != nullptr) {
    // Readers pull the input in large chunks: the position is that of the
    // last chunk, and once the stream hit its end tellg() fails (-1): all
    // of the file has been read.
    const std::streamoff off = current->tellg();
    here = off < 0 ? current_size : static_cast<uint64_t>(off);
  }
  return done_bytes + here;
}

int CodeFiles(CodePipeline* pipeline, const std::vector<std::string>& files, InputFormat format,
              const ReaderOptions& base_options, InputPosition* position) {
  InputPosition unused;
  if (position == nullptr) position = &unused;
  for (const std::string& file : files) {
    std::error_code ec;
    if (!IsStdin(file)) position->total_bytes += std::filesystem::file_size(file, ec);
  }
  std::vector<char> buffer(1 << 20);
  for (const std::string& file : files) {
    ReaderOptions options = base_options;
    Status read;
    if (IsStdin(file)) {
      options.default_id = "stdin";
      read = pipeline->CodeInput(&std::cin, "<stdin>", format, options);
    } else {
      options.default_id = std::filesystem::path(file).filename().string();
      std::ifstream in;
      in.rdbuf()->pubsetbuf(buffer.data(), static_cast<std::streamsize>(buffer.size()));
      in.open(file, std::ios::binary);
      if (!in) {
        std::cerr << "entente: cannot read " << file << ": " << std::strerror(errno) << "\n";
        return kExitFailure;
      }
      std::error_code size_ec;
      position->current_size = std::filesystem::file_size(file, size_ec);
      position->current = &in;
      read = pipeline->CodeInput(&in, file, format, options);
      position->current = nullptr;
      position->done_bytes += position->current_size;
    }
    if (!read.ok()) {
      std::cerr << "entente: " << (IsStdin(file) ? "<stdin>" : file) << ": " << read.ToString()
                << "\n";
      return kExitFailure;
    }
    if (pipeline->interrupted()) break;
  }
  return kExitOk;
}

void ArticleSource(const std::string& metadata, std::string* publisher, std::string* url) {
  publisher->clear();
  if (url != nullptr) url->clear();
  static thread_local simdjson::dom::parser parser;
  simdjson::dom::object fields;
  if (parser.parse(metadata).get(fields)) return;
  auto first = [&fields](std::initializer_list<const char*> keys, std::string* out) {
    for (const char* key : keys) {
      std::string_view v;
      if (!fields[key].get_string().get(v)) {
        out->assign(v);
        return;
      }
    }
  };
  first({"publisher", "source", "outlet"}, publisher);
  if (url != nullptr) first({"url", "link"}, url);
}

}  // namespace entente
