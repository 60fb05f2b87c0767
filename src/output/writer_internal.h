// Shared plumbing for the event writers. Internal to src/output.
#ifndef ENTENTE_OUTPUT_WRITER_INTERNAL_H_
#define ENTENTE_OUTPUT_WRITER_INTERNAL_H_

#include <memory>
#include <ostream>

#include "entente/output.h"
#include "output/write_buffer.h"

namespace entente {

// An EventWriter that renders into a WriteBuffer; subclasses implement
// Write() and end it with MaybeDrain().
class BufferedWriter : public EventWriter, protected WriteBuffer {
 public:
  explicit BufferedWriter(std::ostream* out) : WriteBuffer(out) {}
  ~BufferedWriter() override { DrainAndFlush(); }

  void Flush() override { DrainAndFlush(); }
};

std::unique_ptr<EventWriter> NewJsonlWriter(std::ostream* out);
std::unique_ptr<EventWriter> NewTsvWriter(std::ostream* out);

}  // namespace entente

#endif  // ENTENTE_OUTPUT_WRITER_INTERNAL_H_
