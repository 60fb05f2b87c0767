#include "dict/cache.h"

#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>
#include <string_view>
#include <type_traits>
#include <unistd.h>

#include <fcntl.h>
#include <sys/stat.h>

namespace entente::dict {
namespace {

constexpr char kMagic[8] = {'E', 'N', 'T', 'D', 'I', 'C', 'T', '\0'};
constexpr uint64_t kChecksumSeed = 0x656e7464696374ULL;

// Whole file in one read; false when it cannot be opened.
bool ReadFile(const std::string& path, std::string* out) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  struct stat st;
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    return false;
  }
  out->resize(static_cast<size_t>(st.st_size));
  size_t got = 0;
  while (got < out->size()) {
    ssize_t n = ::read(fd, out->data() + got, out->size() - got);
    if (n <= 0) break;
    got += static_cast<size_t>(n);
  }
  ::close(fd);
  out->resize(got);
  return true;
}

uint64_t Mix(uint64_t h, uint64_t v) {
  h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
  h *= 0xff51afd7ed558ccdULL;
  return h ^ (h >> 33);
}

uint64_t HashBytes(std::string_view s, uint64_t h) {
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t v;
    std::memcpy(&v, s.data() + i, 8);
    h = (h ^ v) * 0x100000001b3ULL;
    h ^= h >> 29;
  }
  for (; i < s.size(); ++i) h = (h ^ static_cast<unsigned char>(s[i])) * 0x100000001b3ULL;
  return Mix(h, s.size());
}

// ---- a tiny binary writer/reader ----
template <class T>
void Put(std::string* out, const T& v) {
  static_assert(std::is_trivially_copyable_v<T>);
  out->append(reinterpret_cast<const char*>(&v), sizeof v);
}
template <class T>
void PutVec(std::string* out, const std::vector<T>& v) {
  Put<uint64_t>(out, v.size());
  if (!v.empty()) out->append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
}
void PutStr(std::string* out, const std::string& s) {
  Put<uint64_t>(out, s.size());
  out->append(s);
}

struct In {
  const char** p;
  const char* end;
  bool ok = true;
  template <class T>
  T Get() {
    T v{};
    if (end - *p < static_cast<ptrdiff_t>(sizeof v)) {
      ok = false;
      return v;
    }
    std::memcpy(&v, *p, sizeof v);
    *p += sizeof v;
    return v;
  }
  template <class T>
  void GetVec(std::vector<T>* v) {
    uint64_t n = Get<uint64_t>();
    if (!ok || n > static_cast<uint64_t>(end - *p) / sizeof(T)) {
      ok = false;
      return;
    }
    v->resize(n);
    if (n) std::memcpy(v->data(), *p, n * sizeof(T));
    *p += n * sizeof(T);
  }
  void GetStr(std::string* s) {
    uint64_t n = Get<uint64_t>();
    if (!ok || n > static_cast<uint64_t>(end - *p)) {
      ok = false;
      return;
    }
    s->assign(*p, n);
    *p += n;
  }
};

void PutIndex(std::string* out, const Dictionary::PatternIndex& ix) {
  PutVec(out, ix.order);
  PutVec(out, ix.keyed);
  PutVec(out, ix.always);
  PutVec(out, ix.slots);
}

// Reads one index; ids in `order` must be below `limit`.
bool GetIndex(In& in, Dictionary::PatternIndex* ix, int32_t limit) {
  in.GetVec(&ix->order);
  in.GetVec(&ix->keyed);
  in.GetVec(&ix->always);
  in.GetVec(&ix->slots);
  if (!in.ok || ix->slots.empty() || (ix->slots.size() & (ix->slots.size() - 1))) return false;
  int32_t n = static_cast<int32_t>(ix->order.size());
  for (int32_t id : ix->order)
    if (id <= 0 || id >= limit) return false;
  for (const auto& sl : ix->slots)
    if (sl.begin < 0 || sl.end > static_cast<int32_t>(ix->keyed.size()) || sl.begin > sl.end) return false;
  for (const auto& k : ix->keyed)
    if (k.lit < 0 || k.ord < 0 || k.ord >= n) return false;
  for (int32_t ord : ix->always)
    if (ord < 0 || ord >= n) return false;
  return true;
}

void PutStrings(std::string* out, const std::vector<std::string>& v) {
  Put<uint64_t>(out, v.size());
  for (const std::string& s : v) PutStr(out, s);
}
void GetStrings(In& in, std::vector<std::string>* v) {
  uint64_t n = in.Get<uint64_t>();
  if (!in.ok || n > static_cast<uint64_t>(in.end - *in.p)) {
    in.ok = false;
    return;
  }
  v->resize(n);
  for (auto& s : *v) in.GetStr(&s);
}
template <class T>
void PutVecs(std::string* out, const std::vector<std::vector<T>>& v) {
  Put<uint64_t>(out, v.size());
  for (const auto& x : v) PutVec(out, x);
}
template <class T>
void GetVecs(In& in, std::vector<std::vector<T>>* v) {
  uint64_t n = in.Get<uint64_t>();
  if (!in.ok || n > static_cast<uint64_t>(in.end - *in.p)) {
    in.ok = false;
    return;
  }
  v->resize(n);
  for (auto& x : *v) in.GetVec(&x);
}

}  // namespace

void Dictionary::SaveTo(std::string* out) const {
  PutStrings(out, literals_);
  PutVecs(out, start_lists_);
  PutVec(out, start_flat);
  PutVec(out, start_off);
  PutStrings(out, codes_);
  PutStrings(out, labels);
  Put<int32_t>(out, elite_agent_);
  PutVec(out, elems);
  PutVec(out, roots);
  PutVec(out, patterns);
  Put<uint64_t>(out, actor_sets.size());
  for (const ActorCodeSet& a : actor_sets) {
    Put<uint64_t>(out, a.blocks.size());
    for (const DatedCodes& b : a.blocks) {
      Put<uint8_t>(out, b.kind);
      Put<int32_t>(out, b.from);
      Put<int32_t>(out, b.to);
      PutVec(out, b.codes);
    }
  }
  PutVec(out, event_codes);
  PutVec(out, time_codes);
  for (int v : {lit_and, lit_nor, lit_the, root_former, root_default_actor, first_descriptor_root,
                last_descriptor_root})
    Put<int32_t>(out, v);
  PutVec(out, singular_pronoun_lits);
  PutVec(out, plural_pronoun_lits);
  Put<uint8_t>(out, has_time_list);
  Put<uint8_t>(out, has_attrib_list);
  PutVec(out, required);
  PutVec(out, required_synsets);
  PutVec(out, root_req_begin);
  PutVec(out, root_req);
  Put<uint64_t>(out, pattern_indexes.size());
  for (const PatternIndex& ix : pattern_indexes) PutIndex(out, ix);
  PutVec(out, head_index);
  PutVec(out, is_pattern_key);
  Put<uint64_t>(out, start_indexes.size());
  for (const PatternIndex& ix : start_indexes) PutIndex(out, ix);
  PutVec(out, start_index_of);
  PutVec(out, is_root_key);
}

Status Dictionary::LoadFrom(const char** p, const char* end) {
  In in{p, end};
  GetStrings(in, &literals_);
  GetVecs(in, &start_lists_);
  in.GetVec(&start_flat);
  in.GetVec(&start_off);
  GetStrings(in, &codes_);
  GetStrings(in, &labels);
  elite_agent_ = in.Get<int32_t>();
  in.GetVec(&elems);
  in.GetVec(&roots);
  in.GetVec(&patterns);
  uint64_t nsets = in.Get<uint64_t>();
  if (!in.ok || nsets > static_cast<uint64_t>(end - *p)) return Status::Corruption("dictionary cache: bad actor sets");
  actor_sets.assign(nsets, {});
  for (ActorCodeSet& a : actor_sets) {
    uint64_t nb = in.Get<uint64_t>();
    if (!in.ok || nb > static_cast<uint64_t>(end - *p)) return Status::Corruption("dictionary cache: bad actor set");
    a.blocks.resize(nb);
    for (DatedCodes& b : a.blocks) {
      b.kind = static_cast<DatedCodes::Kind>(in.Get<uint8_t>());
      b.from = in.Get<int32_t>();
      b.to = in.Get<int32_t>();
      in.GetVec(&b.codes);
    }
  }
  in.GetVec(&event_codes);
  in.GetVec(&time_codes);
  for (int* v : {&lit_and, &lit_nor, &lit_the, &root_former, &root_default_actor, &first_descriptor_root,
                 &last_descriptor_root})
    *v = in.Get<int32_t>();
  in.GetVec(&singular_pronoun_lits);
  in.GetVec(&plural_pronoun_lits);
  has_time_list = in.Get<uint8_t>();
  has_attrib_list = in.Get<uint8_t>();
  in.GetVec(&required);
  in.GetVec(&required_synsets);
  in.GetVec(&root_req_begin);
  in.GetVec(&root_req);
  uint64_t nix = in.Get<uint64_t>();
  if (!in.ok || nix > static_cast<uint64_t>(end - *p)) return Status::Corruption("dictionary cache: bad pattern index");
  pattern_indexes.assign(nix, {});
  for (PatternIndex& ix : pattern_indexes)
    if (!GetIndex(in, &ix, static_cast<int32_t>(patterns.size()))) return Status::Corruption("dictionary cache: bad pattern index");
  in.GetVec(&head_index);
  in.GetVec(&is_pattern_key);
  uint64_t nsix = in.Get<uint64_t>();
  if (!in.ok || nsix > static_cast<uint64_t>(end - *p)) return Status::Corruption("dictionary cache: bad start index");
  start_indexes.assign(nsix, {});
  for (PatternIndex& ix : start_indexes)
    if (!GetIndex(in, &ix, static_cast<int32_t>(roots.size()))) return Status::Corruption("dictionary cache: bad start index");
  in.GetVec(&start_index_of);
  in.GetVec(&is_root_key);
  if (!in.ok) return Status::Corruption("dictionary cache: truncated");
  // Cross-checks so a damaged image cannot make the coder index out of range.
  int nlit = literal_count(), nroots = static_cast<int>(roots.size()), npat = static_cast<int>(patterns.size());
  if (start_index_of.size() != literals_.size() || is_root_key.size() != literals_.size())
    return Status::Corruption("dictionary cache: bad start index");
  for (int32_t ix : start_index_of)
    if (ix < -1 || ix >= static_cast<int32_t>(start_indexes.size())) return Status::Corruption("dictionary cache: bad start index");
  for (int32_t ix : head_index)
    if (ix < -1 || ix >= static_cast<int32_t>(pattern_indexes.size())) return Status::Corruption("dictionary cache: bad pattern index");
  if (is_pattern_key.size() != literals_.size()) return Status::Corruption("dictionary cache: bad pattern keys");
  if (start_off.size() != literals_.size() + 1) return Status::Corruption("dictionary cache: bad start lists");
  for (size_t k = 0; k + 1 < start_off.size(); ++k)
    if (start_off[k] < 0 || start_off[k] > start_off[k + 1] || start_off[k + 1] > static_cast<int32_t>(start_flat.size()))
      return Status::Corruption("dictionary cache: bad start lists");
  for (const StartEntry& e : start_flat)
    if (e.root <= 0 || e.root >= static_cast<int32_t>(roots.size()) || e.key < 0 || e.key >= literal_count())
      return Status::Corruption("dictionary cache: bad start entry");
  if (start_lists_.size() != literals_.size() || codes_.size() != labels.size() || nroots == 0 || npat == 0 ||
      root_req_begin.size() != roots.size() + 1 || head_index.size() != patterns.size() ||
      singular_pronoun_lits.empty() || plural_pronoun_lits.empty())
    return Status::Corruption("dictionary cache: inconsistent tables");
  for (const Root& r : roots)
    if (r.phrase < 0 || r.phrase >= static_cast<int32_t>(elems.size()) || r.pat >= npat)
      return Status::Corruption("dictionary cache: bad root");
  for (const Pattern& pt : patterns)
    if (pt.phrase >= static_cast<int32_t>(elems.size()) || pt.next >= npat ||
        pt.req_begin < 0 || pt.req_count < 0 || pt.req_lower < 0 || pt.req_lower > pt.req_count ||
        pt.req_begin + static_cast<int64_t>(pt.req_count) > static_cast<int64_t>(required.size()) ||
        pt.syn_begin < 0 || pt.syn_count < 0 ||
        pt.syn_begin + static_cast<int64_t>(pt.syn_count) > static_cast<int64_t>(required_synsets.size()))
      return Status::Corruption("dictionary cache: bad pattern");
  for (int32_t r : required_synsets)
    if (r <= 0 || r >= nroots) return Status::Corruption("dictionary cache: bad pattern");
  for (const PhraseElem& e : elems)
    if (e.tok < 0 || e.tok >= ((e.conn & kFlagSynm) ? nroots : nlit)) return Status::Corruption("dictionary cache: bad phrase");
  literal_ids_.clear();  // rebuilt on first use (loading entries, not coding, needs them)
  code_ids_.clear();
  maps_stale_ = true;
  return Status::Ok();
}

void Matcher::SaveTo(std::string* out) const {
  PutVec(out, lits_);
  PutVec(out, table_);
  Put<uint32_t>(out, mask_);
  out->append(reinterpret_cast<const char*>(root_children_), sizeof root_children_);
}

Status Matcher::LoadFrom(const char** p, const char* end, std::unique_ptr<Matcher>* out) {
  std::unique_ptr<Matcher> m(new Matcher());
  In in{p, end};
  in.GetVec(&m->lits_);
  in.GetVec(&m->table_);
  m->mask_ = in.Get<uint32_t>();
  if (!in.ok || m->table_.size() != static_cast<size_t>(m->mask_) + 1 || m->lits_.empty() ||
      end - *p < static_cast<ptrdiff_t>(sizeof m->root_children_))
    return Status::Corruption("dictionary cache: bad matcher");
  std::memcpy(m->root_children_, *p, sizeof m->root_children_);
  *p += sizeof m->root_children_;
  for (const Slot& s : m->table_)
    if (s.key && (s.child < 0 || s.child >= static_cast<int32_t>(m->lits_.size())))
      return Status::Corruption("dictionary cache: bad matcher edge");
  for (int32_t c : m->root_children_)
    if (c >= static_cast<int32_t>(m->lits_.size())) return Status::Corruption("dictionary cache: bad matcher root");
  *out = std::move(m);
  return Status::Ok();
}

Status Fingerprint(const std::vector<std::pair<WordType, std::string>>& files, uint64_t* out) {
  uint64_t h = Mix(0, kCacheVersion);
  for (const auto& [kind, path] : files) {
    std::string bytes;
    if (!ReadFile(path, &bytes)) return Status::NotFound("cannot open dictionary " + path);
    h = Mix(h, kind);
    h = HashBytes(path, h);
    h = HashBytes(bytes, h);
  }
  *out = h;
  return Status::Ok();
}

Status ContentHash(const std::vector<std::pair<WordType, std::string>>& files,
                   const std::vector<std::string>& option_files, uint64_t* out) {
  uint64_t h = 0x656e74656e7465ULL;  // "entente"
  auto add = [&h](uint64_t kind, const std::string& path) {
    std::string bytes;
    if (!ReadFile(path, &bytes)) return false;
    const size_t slash = path.find_last_of('/');
    h = Mix(h, kind);
    h = HashBytes(slash == std::string::npos ? path : path.substr(slash + 1), h);
    h = HashBytes(bytes, h);
    return true;
  };
  for (const auto& [kind, path] : files) {
    if (!add(kind, path)) return Status::NotFound("cannot open dictionary " + path);
  }
  for (const std::string& path : option_files) {
    if (!add(0xffff, path)) return Status::NotFound("cannot open options file " + path);
  }
  *out = h;
  return Status::Ok();
}

std::string CachePath(const std::string& dir, const std::vector<std::pair<WordType, std::string>>& files) {
  uint64_t h = 1469598103934665603ULL;
  for (const auto& [kind, path] : files) h = HashBytes(path, Mix(h, kind));
  char name[40];
  std::snprintf(name, sizeof name, "%016llx.entdict", static_cast<unsigned long long>(h));
  return dir + "/" + name;
}

Status SaveCache(const std::string& path, uint64_t fingerprint, const Dictionary& dict, const Matcher& matcher) {
  std::string image(kMagic, sizeof kMagic);
  Put<uint32_t>(&image, kCacheVersion);
  Put<uint64_t>(&image, fingerprint);
  dict.SaveTo(&image);
  matcher.SaveTo(&image);
  // Trailer: a hash of every byte before it, so damage the table checks
  // cannot see (an index still in range, but wrong) is caught too.
  Put<uint64_t>(&image, HashBytes(image, kChecksumSeed));
  std::string tmp = path + ".tmp" + std::to_string(::getpid());
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return Status::IoError("cannot write dictionary cache " + tmp);
    out.write(image.data(), static_cast<std::streamsize>(image.size()));
    if (!out) return Status::IoError("cannot write dictionary cache " + tmp);
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    std::remove(tmp.c_str());
    return Status::IoError("cannot rename dictionary cache to " + path);
  }
  return Status::Ok();
}

Status LoadCache(const std::string& path, uint64_t fingerprint, std::unique_ptr<Dictionary>* dict,
                 std::unique_ptr<Matcher>* matcher, bool* hit) {
  *hit = false;
  std::string image;
  if (!ReadFile(path, &image)) return Status::Ok();
  const char* p = image.data();
  const char* end = p + image.size();
  if (image.size() < sizeof kMagic + 12 || std::memcmp(p, kMagic, sizeof kMagic) != 0) return Status::Ok();
  p += sizeof kMagic;
  uint32_t version;
  uint64_t fp;
  std::memcpy(&version, p, 4);
  std::memcpy(&fp, p + 4, 8);
  p += 12;
  if (version != kCacheVersion || fp != fingerprint) return Status::Ok();
  if (image.size() < sizeof kMagic + 12 + 8) return Status::Corruption("dictionary cache: truncated");
  end -= 8;
  uint64_t sum;
  std::memcpy(&sum, end, 8);
  if (sum != HashBytes(std::string_view(image.data(), image.size() - 8), kChecksumSeed))
    return Status::Corruption("dictionary cache: checksum mismatch");
  auto d = std::make_unique<Dictionary>();
  Status st = d->LoadFrom(&p, end);
  if (!st.ok()) return st;
  std::unique_ptr<Matcher> m;
  st = Matcher::LoadFrom(&p, end, &m);
  if (!st.ok()) return st;
  *dict = std::move(d);
  *matcher = std::move(m);
  *hit = true;
  return Status::Ok();
}

}  // namespace entente::dict
