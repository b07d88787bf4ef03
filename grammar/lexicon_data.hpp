#pragma once
// The lexicon TSVs as compiled into the binary (see cmake/embed_lexicon.cmake).
#include <cstddef>

namespace mizan::lexicon {

struct EmbeddedFile {
  const char* name;  // file name without .tsv
  const char* text;
};
extern const EmbeddedFile kEmbeddedFiles[];
extern const std::size_t kEmbeddedFileCount;

}  // namespace mizan::lexicon
