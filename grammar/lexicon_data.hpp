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

// The first cell of each data line of each file, folded at build time (grammar/gen/fold_lexicon.cpp).
struct FoldedForms {
  const char* name;  // file name without .tsv
  const char* const* forms;
  std::size_t count;  // the file's data rows (forms holds one more: a null)
};
extern const FoldedForms kFoldedForms[];
extern const std::size_t kFoldedFormsCount;

}  // namespace mizan::lexicon
