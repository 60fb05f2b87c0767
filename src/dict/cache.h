// The compiled-dictionary cache: a binary image of a Dictionary and its
// Matcher, so the next load skips parsing (docs/formats/cache.md).
//
// File layout (little-endian, native sizes; the cache is per machine):
//   "ENTDICT\0"  magic, 8 bytes
//   uint32       format version (kCacheVersion)
//   uint64       fingerprint of the sources: kind, path, size and a hash of
//                the bytes of every dictionary file, in load order
//   sections     the dictionary's tables, then the matcher's, each a
//                uint64 element count followed by the elements
//   uint64       checksum: a hash of every byte before it
// A cache whose magic, version or fingerprint differs is ignored and
// rewritten; a damaged one is reported as Corruption and rebuilt.
#ifndef ENTENTE_DICT_CACHE_H_
#define ENTENTE_DICT_CACHE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "dict/dictionary.h"
#include "dict/matcher.h"
#include "entente/status.h"

namespace entente::dict {

inline constexpr uint32_t kCacheVersion = 8;

// Fingerprint of dictionary files: reads every byte (a changed file always
// changes it). NotFound when a file cannot be read.
Status Fingerprint(const std::vector<std::pair<WordType, std::string>>& files, uint64_t* out);

// Hash of the dictionaries' contents alone (kind, file name without its
// directory, and every byte, in load order; options files included): the
// same dictionaries give the same value on every machine, so a store can
// record which dictionary version coded its events. NotFound when a file
// cannot be read.
Status ContentHash(const std::vector<std::pair<WordType, std::string>>& files,
                   const std::vector<std::string>& option_files, uint64_t* out);

// The cache file for these sources inside `dir`.
std::string CachePath(const std::string& dir, const std::vector<std::pair<WordType, std::string>>& files);

// Writes dict+matcher to `path` atomically (temp file, then rename).
Status SaveCache(const std::string& path, uint64_t fingerprint, const Dictionary& dict, const Matcher& matcher);

// Loads `path` if it exists and matches `fingerprint`. *hit is false (and
// the status ok) when there is no usable cache.
Status LoadCache(const std::string& path, uint64_t fingerprint, std::unique_ptr<Dictionary>* dict,
                 std::unique_ptr<Matcher>* matcher, bool* hit);

}  // namespace entente::dict

#endif  // ENTENTE_DICT_CACHE_H_
