// libFuzzer: the fold of any bytes, and its offset map back to them.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "text/fold.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view original(reinterpret_cast<const char*>(data), size);
  const mizan::FoldedText f = mizan::fold(original);
  // Every folded byte maps into the original, in order; one more entry maps the end.
  if (f.to_original.size() != f.text.size() + 1) std::abort();
  if (f.to_original.back() != size) std::abort();
  for (std::size_t i = 0; i + 1 < f.to_original.size(); ++i)
    if (f.to_original[i] > f.to_original[i + 1] || f.to_original[i] > size) std::abort();
  (void)mizan::fold_word(original);
  return 0;
}
